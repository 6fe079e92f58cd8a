import { countCodePoints, countForMastodon, countForX, countGraphemes } from "./count.ts";

export type ChannelId = "x" | "bluesky" | "mastodon" | "threads" | "linkedin" | "facebook" | "instagram" | "youtube";

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
  /** Instagram captions cannot hold a working link; the text says where to find the post instead. */
  link: boolean;
}

export const CHANNELS: readonly Channel[] = [
  { id: "x", name: "X", limit: 280, count: countForX, hashtags: 2, length: "short", link: true },
  { id: "bluesky", name: "Bluesky", limit: 300, count: countGraphemes, hashtags: 2, length: "short", link: true },
  { id: "mastodon", name: "Mastodon", limit: 500, count: countForMastodon, hashtags: 3, length: "short", link: true },
  { id: "threads", name: "Threads", limit: 500, count: countCodePoints, hashtags: 1, length: "short", link: true },
  { id: "linkedin", name: "LinkedIn", limit: 3000, count: countCodePoints, hashtags: 3, length: "long", link: true },
  // Facebook has no practical cap; posts under about 500 characters are the ones people read.
  { id: "facebook", name: "Facebook", limit: 500, count: countCodePoints, hashtags: 2, length: "medium", link: true },
  {
    id: "instagram",
    name: "Instagram",
    limit: 2200,
    count: countCodePoints,
    hashtags: 30,
    length: "long",
    link: false,
  },
  // A YouTube community post: kept to a readable length like Facebook's.
  { id: "youtube", name: "YouTube", limit: 500, count: countCodePoints, hashtags: 3, length: "medium", link: true },
];

export const CHANNEL_IDS = CHANNELS.map((channel) => channel.id);

/** "mastodon" → "Mastodon": a network's name as people write it (an unknown id is shown as it is). */
export function channelName(id: string): string {
  return CHANNELS.find((channel) => channel.id === id)?.name ?? id;
}

/** YouTube's limits for an episode uploaded as a video (https://support.google.com/youtube/answer/57404). */
export const YOUTUBE_VIDEO = { titleLimit: 100, descriptionLimit: 5000 };
