import { Feed, type FeedOptions, type Item } from "feed";
import type { FeedChannel, FeedEntry } from "./entry.ts";
import { escapeHtml, forCdata, forText } from "../lib/xmlSafe.ts";

/** How many posts a feed carries: enough for a reader who checks monthly, small enough for a cheap phone. */
export const FEED_SIZE = 50;

function newest(entries: readonly FeedEntry[]): Date {
  const times = entries.map((entry) => entry.updated.toMillis());
  return new Date(times.length ? Math.max(...times) : 0);
}

/** The channel as both XML formats take it; each adds the link to itself. */
function xmlFeed(
  channel: FeedChannel,
  entries: readonly FeedEntry[],
  feedLinks: FeedOptions["feedLinks"],
  description: string,
): Feed {
  return new Feed({
    id: forText(channel.id),
    title: forText(channel.title),
    description: forText(description),
    link: channel.homeUrl,
    language: forText(channel.language),
    copyright: forText(channel.copyright),
    updated: newest(entries),
    feedLinks,
    generator: false,
  });
}

/**
 * RSS 2.0. Readers show its descriptions (the channel's and each item's) as HTML, so the plain-text ones
 * are escaped as HTML first; titles are shown as text.
 */
export function rssFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feed = xmlFeed(channel, entries, { rss: channel.links.rss }, escapeHtml(channel.description));
  for (const entry of entries) {
    feed.addItem({
      ...common(entry),
      title: forCdata(entry.title),
      guid: forText(entry.id),
      description: entry.summary === undefined ? undefined : forCdata(escapeHtml(entry.summary)),
      content: forCdata(entry.html),
      author: [{ name: forText(entry.author.name) }],
      // The domain is the topic's page, which names the topic for machines whatever its shown name.
      category: entry.tags.map((tag) => ({ name: forText(tag.name), domain: tag.url })),
    });
  }
  return feed.rss2();
}

/** Atom 1.0. Its titles and summaries are marked type="html", so plain text is escaped as HTML first. */
export function atomFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  // Atom's <subtitle> is written without a type, so it is text and stays as it is.
  const feed = xmlFeed(channel, entries, { atom: channel.links.atom }, channel.description);
  for (const entry of entries) {
    feed.addItem({
      ...common(entry),
      title: forCdata(escapeHtml(entry.title)),
      description: entry.summary === undefined ? undefined : forCdata(escapeHtml(entry.summary)),
      content: forCdata(entry.html),
      author: [{ name: forText(entry.author.name), link: entry.author.url }],
      // The term is the topic's slug (always safe); a label with "<" cannot be written correctly through `feed`.
      category: entry.tags.map((tag) => ({
        term: tag.slug,
        name: tag.name.includes("<") ? undefined : tag.name,
        scheme: tag.url,
      })),
    });
  }
  return feed.atom1();
}

/**
 * JSON Feed 1.1. `feed` writes the 1.0 shape, so the version and the 1.1 fields (`language`, `authors`)
 * are set on its output.
 */
export function jsonFeed(channel: FeedChannel, entries: readonly FeedEntry[]): string {
  const feed = new Feed({
    id: channel.id,
    title: channel.title,
    description: channel.description,
    link: channel.homeUrl,
    feedLinks: { json: channel.links.json },
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({
      ...common(entry),
      title: entry.title,
      description: entry.summary,
      content: entry.html,
      author: [{ name: entry.author.name, link: entry.author.url }],
      category: entry.tags.map((tag) => ({ name: tag.name })),
    });
  }
  const json = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  json.version = "https://jsonfeed.org/version/1.1";
  json.language = channel.language;
  for (const item of json.items) if (item.author) item.authors = [item.author];
  return JSON.stringify(json, null, 2);
}

function common(entry: FeedEntry): Pick<Item, "id" | "link" | "date" | "published"> {
  return { id: entry.id, link: entry.url, date: entry.updated.toJSDate(), published: entry.published.toJSDate() };
}
