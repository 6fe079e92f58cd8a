import type { Author } from "../clinicData/schema.ts";
import type { Post } from "../content/post.ts";
import { tagSlug, tagUrl } from "../lib/tags.ts";

/** A post together with where Eleventy published it. `page` is Eleventy's collection item, for rendered content. */
export interface PostPage extends Post {
  url: string;
  page: unknown;
}

export interface TagGroup {
  tag: string;
  slug: string;
  url: string;
  posts: PostPage[];
}

export function newestFirst<T extends Post>(posts: readonly T[]): T[] {
  // The file name breaks ties so two posts on the same day keep a stable order between builds.
  return [...posts].sort((a, b) => b.date.toMillis() - a.date.toMillis() || a.file.localeCompare(b.file));
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

export interface Neighbours {
  older?: PostPage;
  newer?: PostPage;
}

/** For each post URL, the post published just before (older) and just after (newer) it; built once per build. */
export function neighbourIndex(posts: readonly PostPage[]): Map<string, Neighbours> {
  const sorted = newestFirst(posts);
  return new Map(sorted.map((post, i) => [post.url, { newer: sorted[i - 1], older: sorted[i + 1] }]));
}
