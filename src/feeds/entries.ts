import type { PostPage } from "../blog/collections.ts";
import type { ContentStore } from "../content/store.ts";
import { tagSlug, tagUrl } from "../lib/tags.ts";
import { cacheFile, DiskCache } from "../lib/diskCache.ts";
import type { CollectionItem } from "../lib/eleventyTypes.ts";
import { absoluteHtml } from "./absoluteHtml.ts";
import type { FeedEntry } from "./entry.ts";
import { escapeHtml } from "../lib/xmlSafe.ts";

const absolutes = new DiskCache<string>(cacheFile("feed-html.json"));

/**
 * Feed entries made once per build: a post in five topic feeds is made absolute once, not six times. An
 * entry the same as in the last build is that same object, so a feed of unchanged entries can be kept
 * (see WrittenFeeds).
 */
export class FeedEntries {
  #cache = new Map<string, Promise<FeedEntry>>();
  #made = new Map<string, FeedEntry>();
  #previous = new Map<string, FeedEntry>();

  constructor(private readonly store: ContentStore) {}

  /** Called before each build. */
  clear(): void {
    this.#cache.clear();
    this.#previous = this.#made;
    this.#made = new Map();
  }

  of(posts: readonly PostPage[]): Promise<FeedEntry[]> {
    return Promise.all(posts.map((post) => this.entry(post)));
  }

  entry(post: PostPage): Promise<FeedEntry> {
    let entry = this.#cache.get(post.url);
    if (!entry) {
      entry = this.#make(post).then((made) => {
        const previous = this.#previous.get(post.url);
        const kept = previous && sameEntry(previous, made) ? previous : made;
        this.#made.set(post.url, kept);
        return kept;
      });
      this.#cache.set(post.url, entry);
    }
    return entry;
  }

  // Parsing each post's HTML to make its links absolute is most of an entry's cost: kept while the HTML is
  // the same, so a build redoes only the posts that changed.
  #absolute(html: string, url: string): Promise<string> {
    return absolutes.getAsync(url, html, "", () => absoluteHtml(html, url));
  }

  async #make(post: PostPage): Promise<FeedEntry> {
    const url = this.store.absolute(post.url);
    return {
      id: url,
      url,
      title: post.title,
      // A tip's one-line summary is what it says about itself in lists; posts have a description.
      summary: post.tip?.summary ?? post.description,
      html: await this.#absolute(leadImage(post) + (post.page as CollectionItem).content, url),
      published: post.date,
      updated: post.updated ?? post.date,
      author: { name: post.author.name, url: this.store.absolute(`/authors/#${post.author.id}`) },
      tags: post.tags.map((tag) => ({ name: tag, slug: tagSlug(tag), url: this.store.absolute(tagUrl(tag)) })),
    };
  }
}

// The HTML is most of an entry: compared as it is, and the rest as JSON.
function sameEntry(a: FeedEntry, b: FeedEntry): boolean {
  return a.html === b.html && JSON.stringify({ ...a, html: "" }) === JSON.stringify({ ...b, html: "" });
}

/** The post's image as the page shows it above the text; the rendered body alone would leave it out. */
function leadImage(post: PostPage): string {
  return post.image ? `<p><img src="${escapeHtml(post.image)}" alt="${escapeHtml(post.imageAlt ?? "")}"></p>\n` : "";
}
