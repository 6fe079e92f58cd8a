import type { Author } from "../clinicData/schema.ts";
import { newestFirst, type PostPage } from "../content/publishedView.ts";
import { tagSlug, tagUrl } from "../lib/tags.ts";
import type { TopicNamer } from "./topics.ts";

export interface TagGroup {
  tag: string;
  /** What readers see (see topics.ts). */
  name: string;
  slug: string;
  url: string;
  posts: PostPage[];
  /** Tips in the tip category of the same address part: the same topic, in the tips library. */
  tips: PostPage[];
}

/**
 * Topics by name, each with its posts newest first and its tips. Tags that slug alike share one page.
 * `prefix`: the language's address prefix ("/es"), for the topic pages of a language other than the main one.
 */
export function groupByTag(
  posts: readonly PostPage[],
  name: TopicNamer,
  tips: readonly PostPage[] = [],
  prefix = "",
): TagGroup[] {
  const groups = new Map<string, TagGroup>();
  for (const post of newestFirst(posts)) {
    for (const tag of new Set(post.tags)) {
      const slug = tagSlug(tag);
      let group = groups.get(slug);
      if (!group) {
        group = { tag, name: name(tag), slug, url: `${prefix}${tagUrl(tag)}`, posts: [], tips: [] };
        groups.set(slug, group);
      }
      if (!group.posts.includes(post)) group.posts.push(post);
    }
  }
  for (const tip of tips) if (tip.tip) groups.get(tip.tip.category.id)?.tips.push(tip);
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Years newest first, posts newest first within each; the year is the one at the clinic. */
export function groupByYear(posts: readonly PostPage[], timeZone: string): { year: number; posts: PostPage[] }[] {
  const years = new Map<number, PostPage[]>();
  for (const post of newestFirst(posts)) {
    const year = post.date.setZone(timeZone).year;
    const list = years.get(year);
    if (list) list.push(post);
    else years.set(year, [post]);
  }
  return [...years.entries()].map(([year, list]) => ({ year, posts: list }));
}

/**
 * Every author in the directory, with what they wrote (posts and episodes, and tips) and what they checked
 * as a clinician, each newest first. An author may have none of these yet.
 */
export function groupByAuthor(
  pages: readonly PostPage[],
  authors: Iterable<Author>,
): { author: Author; posts: PostPage[]; tips: PostPage[]; reviewed: PostPage[] }[] {
  const sorted = newestFirst(pages);
  return [...authors]
    .map((author) => {
      const wrote = sorted.filter((page) => page.author.id === author.id);
      return {
        author,
        posts: wrote.filter((page) => page.kind === "post"),
        tips: wrote.filter((page) => page.kind === "tip"),
        reviewed: sorted.filter((page) => page.review?.reviewer.id === author.id),
      };
    })
    .sort((a, b) => a.author.name.localeCompare(b.author.name));
}
