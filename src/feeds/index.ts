/** What other features use of the feeds: entries made once per build, the RSS writer and the site's channel. */
export { FEED_SIZE, rssFeed } from "./blogFeed.ts";
export { feedWords, siteChannel } from "./channel.ts";
export { FeedEntries, type PostItems } from "./entries.ts";
export type { FeedChannel, FeedEntry } from "./entry.ts";
