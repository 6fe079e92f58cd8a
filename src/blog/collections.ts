import type { Author } from "../clinicData/schema.ts";
import { newestFirst, type PostPage } from "../content/publishedView.ts";
import { tagSlug, tagUrl } from "../lib/tags.ts";

export interface TagGroup {
  tag: string;
  slug: string;
  url: string;
  posts: PostPage[];
}

/** Tags in alphabetical order, each with its posts newest first. Tags that slug alike share one page. */
export function groupByTag(posts: readonly PostPage[]): TagGroup[] {
  const groups = new Map<string, TagGroup>();
  for (const post of newestFirst(posts)) {
    for (const tag of new Set(post.tags)) {
      const slug = tagSlug(tag);
      let group = groups.get(slug);
      if (!group) {
        group = { tag, slug, url: tagUrl(tag), posts: [] };
        groups.set(slug, group);
      }
      if (!group.posts.includes(post)) group.posts.push(post);
    }
  }
  return [...groups.values()].sort((a, b) => a.tag.localeCompare(b.tag));
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

/** Every author in the directory, with their posts newest first (an author may have none yet). */
export function groupByAuthor(
  posts: readonly PostPage[],
  authors: Iterable<Author>,
): { author: Author; posts: PostPage[] }[] {
  const sorted = newestFirst(posts);
  return [...authors]
    .map((author) => ({ author, posts: sorted.filter((post) => post.author.id === author.id) }))
    .sort((a, b) => a.author.name.localeCompare(b.author.name));
}
