import type { CurrentBuild, PostPage } from "../content/publishedView.ts";
import { cachePart, digestOf, type ContentCache } from "../lib/cache.ts";
import { tagSlug, tagUrl } from "../lib/tags.ts";
import { topicNamer } from "../blog/index.ts";
import { escapeHtml } from "../lib/xmlSafe.ts";
import { absoluteHtml } from "./absoluteHtml.ts";
import type { FeedChannel, FeedEntry } from "./entry.ts";

/** Eleventy's items for the posts, by address (the `postItems` collection): each carries its rendered HTML. */
export type PostItems = ReadonlyMap<string, { content: unknown }>;

// Parsing each post's HTML to make its links absolute is most of an entry's cost: kept in the post's record
// while the HTML is the same, so a build redoes only the posts that changed.
const FEED_HTML = cachePart<string>("feed html", { code: ["feeds"] });
// A whole feed's text, kept in memory for npm start while what it is made from is the same: after one save most
// of the thirty-odd feeds are unchanged. Not saved to disk: reading them back cost a build as much as writing
// them again.
const FEED_TEXT = cachePart<string>("feed text", { code: ["feeds"], disk: false });

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
   * The text of the feed at `address` of these posts, made by `write` from their entries unless this process
   * made it before from the same channel, the same site data and the same posts' files. (A post's entry is
   * made from its file and the site's data alone; comparing the entries themselves cost as much as writing.)
   */
  async feedText(
    address: string,
    channel: FeedChannel,
    posts: readonly PostPage[],
    items: PostItems,
    write: (channel: FeedChannel, entries: FeedEntry[]) => string,
  ): Promise<string> {
    const make = async () => write(channel, await this.of(posts, items));
    const digests = posts.map((post) => this.cache.recordOf(post.file)?.digest);
    if (digests.includes(undefined)) return make();
    const madeFrom = JSON.stringify([channel, this.build().content.siteDigest, digests]);
    return this.cache.record(address, madeFrom).keepAsync(FEED_TEXT, { make });
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
      author: { name: post.author.name, url: build.absolute(`/authors/${post.author.id}/`) },
      // Named and linked in the post's language (a Spanish post's topics are on /es/tags/).
      tags: post.tags.map((tag) => ({
        name: topicNamer(build.languageAt(post.url))(tag),
        slug: tagSlug(tag),
        url: build.absolute(`${build.languageAt(post.url).prefix}${tagUrl(tag)}`),
      })),
    };
  }
}

/** The post's image as the page shows it above the text; the rendered body alone would leave it out. */
function leadImage(post: PostPage): string {
  return post.image ? `<p><img src="${escapeHtml(post.image)}" alt="${escapeHtml(post.imageAlt ?? "")}"></p>\n` : "";
}
