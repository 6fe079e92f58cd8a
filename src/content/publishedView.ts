import { publishedPath } from "../lib/publishedPath.ts";
import { siteAddress } from "../lib/siteAddress.ts";
import type { Content } from "./loadContent.ts";
import type { Post } from "./post.ts";
import { isVisible, type BuildMode } from "./publishing.ts";

/** A post together with where it is published. */
export interface PostPage extends Post {
  url: string;
}

export interface Neighbours {
  older?: PostPage;
  newer?: PostPage;
}

// Eleventy gives each plain object with an `inputPath` in a custom collection its template's rendered
// content, looking the template up for each one (unpatched, Eleventy 3.1 searched through all of them: with
// five collections of posts, at 4,000 posts, seconds of every build). A page made from this class is not a
// plain object, so Eleventy leaves it alone.
class PublishedPage {}

export function newestFirst<T extends Post>(posts: readonly T[]): T[] {
  // The file name breaks ties so two posts on the same day keep a stable order between builds.
  return [...posts].sort((a, b) => b.date.toMillis() - a.date.toMillis() || a.file.localeCompare(b.file));
}

/** For each post URL, the post published just before (older) and just after (newer) it. */
export function neighbourIndex(posts: readonly PostPage[]): Map<string, Neighbours> {
  const sorted = newestFirst(posts);
  return new Map(sorted.map((post, i) => [post.url, { newer: sorted[i - 1], older: sorted[i + 1] }]));
}

/** What a plugin asks for the build under way (it throws before the content is loaded). */
export type CurrentBuild = () => PublishedView;

/**
 * What one build publishes, made once from the checked content before Eleventy reads a template: every list,
 * address and neighbour pages, feeds and the share kit use. Each post's address is its file's
 * (publishedPath), the same one Eleventy writes it to.
 */
export class PublishedView {
  /** Every visible post and tip, newest first. */
  readonly all: readonly PostPage[];
  /** The blog: posts and episodes, newest first (tips have their own library). */
  readonly posts: readonly PostPage[];
  /** The tips library, newest first. */
  readonly tips: readonly PostPage[];
  readonly #byUrl: ReadonlyMap<string, PostPage>;
  readonly #bySlug: ReadonlyMap<string, PostPage>;
  readonly #neighbours: ReadonlyMap<string, Neighbours>;
  readonly #byInputPath: ReadonlyMap<string, Post>;

  constructor(
    readonly content: Content,
    readonly mode: BuildMode,
  ) {
    const pages = content.posts
      .filter((post) => isVisible(post.state, mode))
      .map((post) => Object.freeze(Object.assign(new PublishedPage(), post, { url: publishedPath(post.file) })));
    this.all = newestFirst(pages);
    this.posts = this.all.filter((page) => page.kind === "post");
    this.tips = this.all.filter((page) => page.kind === "tip");
    this.#byUrl = new Map(this.all.map((page) => [page.url, page]));
    this.#bySlug = new Map(this.all.map((page) => [page.slug, page]));
    this.#neighbours = neighbourIndex(this.posts);
    this.#byInputPath = new Map(content.posts.map((post) => [post.inputPath, post]));
  }

  /** The post read from this input path ("./posts/x.md"), drafts included. */
  post(inputPath: string): Post | undefined {
    return this.#byInputPath.get(inputPath);
  }

  /** Whether the template at this input path belongs in this build (false: drop it before Eleventy renders it). */
  isVisible(inputPath: string): boolean {
    const post = this.#byInputPath.get(inputPath);
    return !post || isVisible(post.state, this.mode);
  }

  get site() {
    return this.content.site;
  }

  get now() {
    return this.content.now;
  }

  /** A site path as the full address readers, feeds and social networks need. */
  absolute(url: string): string {
    return siteAddress(this.content.site.clinic.url, url);
  }

  pageAt(url: string): PostPage | undefined {
    return this.#byUrl.get(url);
  }

  /** The post published just before (older) and just after (newer) the one at `url`. */
  neighbours(url: string): Neighbours {
    return this.#neighbours.get(url) ?? {};
  }

  /** The page made from the file of this name ("flu-shots" for posts/flu-shots.md), if this build shows it. */
  pageNamed(slug: string): PostPage | undefined {
    return this.#bySlug.get(slug);
  }
}
