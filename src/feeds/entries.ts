import type { CurrentBuild, PostPage } from "../content/publishedView.ts";
import { cachePart, digestOf, type ContentCache } from "../lib/cache.ts";
import { tagSlug, tagUrl } from "../lib/tags.ts";
import { escapeHtml } from "../lib/xmlSafe.ts";
import { absoluteHtml } from "./absoluteHtml.ts";
import type { FeedEntry } from "./entry.ts";

/** Eleventy's items for the posts, by address (the `postItems` collection): each carries its rendered HTML. */
export type PostItems = ReadonlyMap<string, { content: unknown }>;

// Parsing each post's HTML to make its links absolute is most of an entry's cost: kept in the post's record
// while the HTML is the same, so a build redoes only the posts that changed.
const FEED_HTML = cachePart<string>("feed html", { code: ["feeds"] });
// A whole feed's text, kept while what it is made from is the same: writing thirty-odd feeds of fifty entries
// each again was a tenth of a one-post rebuild, and most of them had not changed.
const FEED_TEXT = cachePart<string>("feed text", { code: ["feeds", "podcast"] });

/** Feed entries made once per build: a post in five topic feeds is made absolute once, not six times. */
export class FeedEntries {
  #made = new Map<string, Promise<FeedEntry>>();
  #madeFor?: object;

  constructor(
    private readonly build: CurrentBuild,
    private readonly cache: ContentCache,
  ) {}

  of(posts: readonly PostPage[], items: PostItems): Promise<FeedEntry[]> {
    return Promise.all(posts.map((post) => this.entry(post, items)));
  }

  entry(post: PostPage, items: PostItems): Promise<FeedEntry> {
    // Entries are the build's: a new build starts with none.
    if (this.#madeFor !== this.build()) [this.#made, this.#madeFor] = [new Map(), this.build()];
    let entry = this.#made.get(post.url);
    if (!entry) {
      const item = items.get(post.url);
      if (!item) throw new Error(`${post.file} is in a feed, but Eleventy has no page for it at ${post.url}`);
      entry = this.#make(post, String(item.content));
      this.#made.set(post.url, entry);
    }
    return entry;
  }

  /**
   * The text of the feed at `address`, made by `write` unless a build already made it from the same
   * `madeFrom` (its channel and entries, as JSON).
   */
  feedText(address: string, madeFrom: unknown, write: () => string): string {
    return this.cache.record(address, JSON.stringify(madeFrom)).keep(FEED_TEXT, { make: write });
  }

  async #make(post: PostPage, body: string): Promise<FeedEntry> {
    const build = this.build();
    const url = build.absolute(post.url);
    const html = leadImage(post) + body;
    const record = this.cache.recordOf(post.file);
    return {
      id: url,
      url,
      title: post.title,
      // A tip's one-line summary is what it says about itself in lists; posts have a description.
      summary: post.tip?.summary ?? post.description,
      html: record
        ? await record.keepAsync(FEED_HTML, {
            context: `${url}\0${digestOf(html)}`,
            make: () => absoluteHtml(html, url),
          })
        : await absoluteHtml(html, url),
      published: post.date,
      updated: post.updated ?? post.date,
      author: { name: post.author.name, url: build.absolute(`/authors/#${post.author.id}`) },
      tags: post.tags.map((tag) => ({ name: tag, slug: tagSlug(tag), url: build.absolute(tagUrl(tag)) })),
    };
  }
}

/** The post's image as the page shows it above the text; the rendered body alone would leave it out. */
function leadImage(post: PostPage): string {
  return post.image ? `<p><img src="${escapeHtml(post.image)}" alt="${escapeHtml(post.imageAlt ?? "")}"></p>\n` : "";
}
