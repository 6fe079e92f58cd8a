import { Feed, type Extension } from "feed";
import type { FeedEntry } from "../feeds/index.ts";
import { escapeHtml, forAttribute, forCdata, forText } from "../lib/xmlSafe.ts";
import type { Episode } from "./episode.ts";
import { podcastGuid } from "./guid.ts";
import type { Show } from "../clinicData/showSchema.ts";

export const PODCAST_NAMESPACE_URL = "https://podcastindex.org/namespace/1.0";

export interface EpisodeEntry extends FeedEntry {
  episode: Episode;
  /** Absolute addresses of the episode's files. */
  audioUrl: string;
  transcriptUrl: string;
  chaptersUrl?: string;
  imageUrl?: string;
}

export interface PodcastAddresses {
  feedUrl: string;
  pageUrl: string;
  imageUrl: string;
}

// xml-js's compact form: `_text` is element text, `_attributes` its attributes; arrays repeat the element.
const text = (value: string | number) => ({ _text: forText(String(value)) });
const attributes = (values: Record<string, string | undefined>) => ({
  _attributes: Object.fromEntries(
    Object.entries(values)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, forAttribute(v!)]),
  ),
});
const extension = (name: string, objects: unknown): Extension => ({
  name,
  objects: objects as Record<string, unknown>,
});

/**
 * The podcast feed: RSS 2.0 with Apple's itunes tags and the Podcasting 2.0 podcast tags, built with `feed`
 * (its `podcast` option declares the itunes namespace; the tags it lacks go in as extensions).
 */
export function podcastFeed(show: Show, addresses: PodcastAddresses, entries: readonly EpisodeEntry[]): string {
  const feed = new Feed({
    id: forText(addresses.feedUrl),
    title: forText(show.title),
    // Podcast apps show it as HTML (Apple allows links and lists in it): the plain text is escaped as HTML.
    description: forText(escapeHtml(show.description)),
    link: addresses.pageUrl,
    language: forText(show.language),
    copyright: forText(show.copyright),
    image: addresses.imageUrl,
    updated: new Date(Math.max(0, ...entries.map((entry) => entry.updated.toMillis()))),
    feedLinks: { rss: addresses.feedUrl },
    podcast: true,
    generator: false,
  });
  const hosts = show.hosts.map((host) => ({ ...attributes({ role: host.role }), ...text(host.name) }));
  const channel: [string, unknown][] = [
    ["itunes:image", attributes({ href: addresses.imageUrl })],
    [
      "itunes:category",
      {
        ...attributes({ text: show.category }),
        ...(show.subcategory ? { "itunes:category": attributes({ text: show.subcategory }) } : {}),
      },
    ],
    ["itunes:explicit", text(String(show.explicit))],
    ["itunes:author", text(show.author)],
    ["itunes:owner", { "itunes:name": text(show.owner.name), "itunes:email": text(show.owner.email) }],
    ["itunes:type", text(show.type)],
    ["podcast:guid", text(podcastGuid(addresses.feedUrl))],
    ["podcast:locked", { ...attributes({ owner: show.owner.email }), ...text(show.locked ? "yes" : "no") }],
    ["podcast:person", hosts],
  ];
  if (show.funding)
    channel.push(["podcast:funding", { ...attributes({ url: show.funding.url }), ...text(show.funding.text) }]);
  for (const [name, objects] of channel) feed.addExtension(extension(name, objects));

  for (const entry of entries) {
    const { episode } = entry;
    const people = [
      ...hosts,
      ...episode.guests.map((guest) => ({ ...attributes({ role: "guest" }), ...text(guest.name) })),
    ];
    const item: [string, unknown][] = [
      ["itunes:duration", text(episode.audio.duration)],
      ["itunes:episodeType", text(episode.episodeType)],
      ["itunes:explicit", text(String(episode.explicit))],
      ["podcast:transcript", attributes({ url: entry.transcriptUrl, type: episode.transcript.type })],
      ["podcast:person", people],
    ];
    if (episode.season !== undefined) item.push(["itunes:season", text(episode.season)]);
    if (episode.episode !== undefined) item.push(["itunes:episode", text(episode.episode)]);
    if (entry.chaptersUrl)
      item.push(["podcast:chapters", attributes({ url: entry.chaptersUrl, type: "application/json+chapters" })]);
    if (entry.imageUrl) item.push(["itunes:image", attributes({ href: entry.imageUrl })]);
    feed.addItem({
      id: entry.id,
      guid: forText(episode.guid),
      title: forCdata(entry.title),
      link: entry.url,
      date: entry.published.toJSDate(),
      description: forCdata(entry.html),
      content: forCdata(entry.html),
      enclosure: { url: entry.audioUrl, length: episode.audio.length, type: episode.audio.type },
      extensions: item.map(([name, objects]) => extension(name, objects)),
    });
  }
  // `feed` has no way to declare a namespace of our own on <rss>, and podcast apps look for it there.
  return feed.rss2().replace('<rss version="2.0"', `<rss version="2.0" xmlns:podcast="${PODCAST_NAMESPACE_URL}"`);
}
