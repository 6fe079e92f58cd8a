import { Feed, type Extension } from "feed";
import type { FeedEntry } from "../feeds/index.ts";
import { escapeHtml, forAttribute, forCdata, forText } from "../lib/xmlSafe.ts";
import type { Episode } from "./episode.ts";
import { podcastGuid } from "./guid.ts";
import { cleanShowNotes, episodeSummary } from "./showNotes.ts";
import type { Show } from "../clinicData/showSchema.ts";

export const PODCAST_NAMESPACE_URL = "https://podcastindex.org/namespace/1.0";

export interface EpisodeEntry extends FeedEntry {
  episode: Episode;
  /** Absolute addresses of the episode's files. */
  audioUrl: string;
  transcriptUrl: string;
  chaptersUrl?: string;
  imageUrl?: string;
  /** The smaller file for listeners with little data, when there is one. */
  lowDataUrl?: string;
}

/** What the feed says about the show besides its settings: where it lives, who makes it, how often. */
export interface PodcastChannel {
  feedUrl: string;
  pageUrl: string;
  imageUrl: string;
  /** Where the show is made, as people write a place: "Riverbend, IL". */
  location?: string;
  /** A host's or guest's photo and page, when they are on the staff. */
  personLinks?: (name: string) => { img: string; href: string } | undefined;
  /** How often episodes come, from the messaging plan's rhythm. */
  updateFrequency?: { rrule: string; label: string };
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
export function podcastFeed(show: Show, addresses: PodcastChannel, entries: readonly EpisodeEntry[]): string {
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
  const person = (name: string, role: string) => ({
    ...attributes({ role, ...addresses.personLinks?.(name) }),
    ...text(name),
  });
  const hosts = show.hosts.map((host) => person(host.name, host.role));
  // What apps fetch from another origin is announced with the language it is in.
  const enclosureUrl = (url: string) => (show.op3 ? op3Url(url, podcastGuid(addresses.feedUrl)) : url);
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
  if (show.newFeedUrl) channel.push(["itunes:new-feed-url", text(show.newFeedUrl)]);
  if (show.block) channel.push(["itunes:block", text("Yes")]);
  if (show.complete) channel.push(["itunes:complete", text("Yes")]);
  if (show.txt.length)
    channel.push([
      "podcast:txt",
      show.txt.map((txt) => ({ ...attributes({ purpose: txt.purpose }), ...text(txt.value) })),
    ]);
  if (addresses.location) channel.push(["podcast:location", text(addresses.location)]);
  if (addresses.updateFrequency)
    channel.push([
      "podcast:updateFrequency",
      {
        ...attributes({ rrule: addresses.updateFrequency.rrule, complete: show.complete ? "true" : undefined }),
        ...text(addresses.updateFrequency.label),
      },
    ]);
  const trailers = entries.filter((entry) => entry.episode.episodeType === "trailer" && !entry.episode.block);
  if (trailers.length)
    channel.push([
      "podcast:trailer",
      trailers.map((entry) => ({
        ...attributes({
          pubdate: entry.published.toRFC2822() ?? undefined,
          url: enclosureUrl(entry.audioUrl),
          length: String(entry.episode.audio.length),
          type: entry.episode.audio.type,
          season: entry.episode.season === undefined ? undefined : String(entry.episode.season),
        }),
        ...text(entry.title),
      })),
    ]);
  for (const [name, objects] of channel) feed.addExtension(extension(name, objects));

  for (const entry of entries) {
    const { episode } = entry;
    const people = [...hosts, ...episode.guests.map((guest) => person(guest.name, "guest"))];
    const summary = episodeSummary(entry.summary, entry.html, entry.title);
    const item: [string, unknown][] = [
      ["itunes:duration", text(episode.audio.duration)],
      ["itunes:episodeType", text(episode.episodeType)],
      ["itunes:explicit", text(String(episode.explicit))],
      ["itunes:summary", text(summary)],
      [
        "podcast:transcript",
        attributes({
          url: entry.transcriptUrl,
          type: episode.transcript.type,
          language: show.language,
          // A WebVTT file has the timing players show as captions.
          rel: episode.transcript.type === "text/vtt" ? "captions" : undefined,
        }),
      ],
      ["podcast:person", people],
    ];
    const plainTitle = titleWithoutNumber(entry.title);
    if (plainTitle !== entry.title) item.push(["itunes:title", text(plainTitle)]);
    if (episode.block) item.push(["itunes:block", text("Yes")]);
    if (episode.lowData && entry.lowDataUrl) {
      const enclosure = (url: string, type: string, length: number, bitrate?: number, isDefault = false) => ({
        ...attributes({
          type,
          length: String(length),
          bitrate: bitrate === undefined ? undefined : String(bitrate),
          default: isDefault ? "true" : undefined,
          title: isDefault ? "Standard" : "Smaller download",
        }),
        "podcast:source": attributes({ uri: enclosureUrl(url) }),
      });
      item.push([
        "podcast:alternateEnclosure",
        [
          enclosure(entry.audioUrl, episode.audio.type, episode.audio.length, undefined, true),
          enclosure(entry.lowDataUrl, episode.lowData.type, episode.lowData.length, episode.lowData.bitrate),
        ],
      ]);
    }
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
      // Apple takes at most 4,000 bytes of description; the whole notes go in content:encoded.
      description: forCdata(escapeHtml(summary)),
      content: forCdata(cleanShowNotes(entry.html)),
      enclosure: { url: enclosureUrl(entry.audioUrl), length: episode.audio.length, type: episode.audio.type },
      extensions: item.map(([name, objects]) => extension(name, objects)),
    });
  }
  // `feed` has no way to declare a namespace of our own on <rss>, and podcast apps look for it there.
  return feed.rss2().replace('<rss version="2.0"', `<rss version="2.0" xmlns:podcast="${PODCAST_NAMESPACE_URL}"`);
}

/**
 * The title as podcast apps show it beside the number they show anyway: "Episode 3: Sleep" is "Sleep". Only
 * an episode's own numbering goes: "988: when to call" and "2026 in review" keep their numbers.
 */
export function titleWithoutNumber(title: string): string {
  const plain = title.replace(/^\s*(?:(?:episode|ep\.?)\s*#?\d+|#\d+)\s*[:.\-–—|]\s*/i, "").trim();
  return plain || title;
}

/**
 * The audio's address through OP3 (https://op3.dev), an open download counter that keeps no listener's
 * address: it records the request, then sends the app on to the file.
 */
export function op3Url(url: string, podcastGuidValue: string): string {
  return `https://op3.dev/e,pg=${podcastGuidValue}/${url.replace(/^https?:\/\//, "")}`;
}
