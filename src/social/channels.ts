import { countCodePoints, countForMastodon, countForThreads, countForX, countGraphemes } from "./count.ts";

export type ChannelId =
  | "x"
  | "bluesky"
  | "mastodon"
  | "threads"
  | "linkedin"
  | "facebook"
  | "instagram"
  | "youtube"
  | "google"
  | "whatsapp"
  | "nextdoor";

/**
 * Each network's limits and how it counts, from its own documentation. The composer writes to these; the
 * tests check every snippet against them with the same counters.
 */
export interface Channel {
  id: ChannelId;
  name: string;
  limit: number;
  /** How this network counts the text's length. */
  count: (text: string) => number;
  /** How many hashtags fit the network's manners (and its hard cap, for Instagram). */
  hashtags: number;
  /** How much of the post the text carries. */
  length: "short" | "medium" | "long";
  /**
   * Where the post's link goes: at the end of the text; on the post's button (Google's posts, whose text may
   * not hold one); or nowhere, the text saying where to find it (Instagram captions cannot hold a working link).
   */
  link: "text" | "button" | "bio";
  /** Only the source in the link's tracking, where the whole address counts against a short limit. */
  shortTracking?: boolean;
  /** Phone numbers taken out of the text (Google refuses a post with one; the profile has the number). */
  noPhoneNumbers?: boolean;
  /** For a post that announces an event: the network's event post, whose title has this limit. */
  eventTitleLimit?: number;
}

/** The per-server numbers of the clinic's Mastodon server (`_data/social.json`). */
export interface MastodonServer {
  characterLimit: number;
  linkLength: number;
}

/** The networks the share kit writes for, as the clinic set them up in `_data/social.json`. */
export function channelsFor(settings: {
  mastodon: MastodonServer;
  channels: Partial<Record<ChannelId, boolean>>;
}): Channel[] {
  const { characterLimit, linkLength } = settings.mastodon;
  const all: Channel[] = [
    // https://developer.x.com/en/docs/counting-characters: URLs count 23, CJK and emoji 2 (twitter-text).
    { id: "x", name: "X", limit: 280, count: countForX, hashtags: 2, length: "short", link: "text" },
    // https://docs.bsky.app/docs/advanced-guides/post-richtext: 300 graphemes, and a pasted link counts whole
    // (it becomes a link card): its tracking is kept to the source.
    {
      id: "bluesky",
      name: "Bluesky",
      limit: 300,
      count: countGraphemes,
      hashtags: 2,
      length: "short",
      link: "text",
      shortTracking: true,
    },
    // https://docs.joinmastodon.org/user/posting/#links: a link counts as 23, on most servers of 500; both are
    // the server's own settings.
    {
      id: "mastodon",
      name: "Mastodon",
      limit: characterLimit,
      count: (text) => countForMastodon(text, linkLength),
      hashtags: 3,
      length: "short",
      link: "text",
    },
    // https://help.instagram.com/threads: 500 characters, an emoji counting its UTF-8 bytes; at most 5 links
    // and one topic tag per post.
    { id: "threads", name: "Threads", limit: 500, count: countForThreads, hashtags: 1, length: "short", link: "text" },
    // LinkedIn shows about 210 characters before "see more": the title and lead come first.
    {
      id: "linkedin",
      name: "LinkedIn",
      limit: 3000,
      count: countCodePoints,
      hashtags: 3,
      length: "long",
      link: "text",
    },
    // Facebook has no practical cap; posts under about 500 characters are the ones people read.
    {
      id: "facebook",
      name: "Facebook",
      limit: 500,
      count: countCodePoints,
      hashtags: 2,
      length: "medium",
      link: "text",
    },
    // https://help.instagram.com (December 2025): at most 5 hashtags a post, down from 30.
    {
      id: "instagram",
      name: "Instagram",
      limit: 2200,
      count: countCodePoints,
      hashtags: 5,
      length: "long",
      link: "bio",
    },
    // A YouTube community post: kept to a readable length like Facebook's.
    { id: "youtube", name: "YouTube", limit: 500, count: countCodePoints, hashtags: 3, length: "medium", link: "text" },
    // https://support.google.com/business/answer/7662907: 1,500 characters; the link is the post's button,
    // and a phone number in the text gets the post rejected. An event post adds a title of at most 58
    // characters (the form's own counter) and its start and end.
    {
      id: "google",
      name: "Google Business Profile",
      limit: 1500,
      count: countCodePoints,
      hashtags: 0,
      length: "medium",
      link: "button",
      noPhoneNumbers: true,
      eventTitleLimit: 58,
    },
    // A WhatsApp channel or group message: no practical cap, read on a phone, so short, with the link.
    {
      id: "whatsapp",
      name: "WhatsApp",
      limit: 700,
      count: countCodePoints,
      hashtags: 0,
      length: "short",
      link: "text",
    },
    // Nextdoor publishes no limit for business posts: under 1,000 characters reads as neighbourly, link last.
    {
      id: "nextdoor",
      name: "Nextdoor",
      limit: 1000,
      count: countCodePoints,
      hashtags: 0,
      length: "medium",
      link: "text",
    },
  ];
  return all.filter((channel) => settings.channels[channel.id] !== false);
}

/** Every network the kit can write for, whatever a clinic turned off: what `social:` overrides may name. */
export const CHANNEL_IDS: readonly ChannelId[] = channelsFor({
  mastodon: { characterLimit: 500, linkLength: 23 },
  channels: {},
}).map((channel) => channel.id);

const NAMES = Object.fromEntries(
  channelsFor({ mastodon: { characterLimit: 500, linkLength: 23 }, channels: {} }).map((c) => [c.id, c.name]),
);

/** "mastodon" → "Mastodon": a network's name as people write it (an unknown id is shown as it is). */
export function channelName(id: string): string {
  return NAMES[id] ?? id;
}

/** YouTube's limits for an episode uploaded as a video (https://support.google.com/youtube/answer/57404). */
export const YOUTUBE_VIDEO = { titleLimit: 100, descriptionLimit: 5000 };

/** Pinterest's limits for a pin (https://help.pinterest.com/en/business/article/pin-specs), for tips. */
export const PINTEREST = { titleLimit: 100, descriptionLimit: 500 };
