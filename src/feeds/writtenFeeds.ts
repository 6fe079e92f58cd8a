import type { FeedChannel, FeedEntry } from "./entry.ts";

/**
 * Each feed's text from the last build, kept in memory for npm start: a feed whose channel and entries
 * are the same objects as then (FeedEntries keeps unchanged entries) is not made again. After one edit,
 * most of the thirty-odd topic feeds are unchanged.
 */
export class WrittenFeeds {
  readonly #last = new Map<string, { channel: string; entries: readonly FeedEntry[]; text: string }>();

  /** `feed` names the feed (its address); `write` makes its text when something changed. */
  text(
    feed: string,
    channel: FeedChannel,
    entries: readonly FeedEntry[],
    write: (channel: FeedChannel, entries: readonly FeedEntry[]) => string,
  ): string {
    const channelText = JSON.stringify(channel);
    const last = this.#last.get(feed);
    if (
      last &&
      last.channel === channelText &&
      last.entries.length === entries.length &&
      last.entries.every((entry, i) => entry === entries[i])
    )
      return last.text;
    const text = write(channel, entries);
    this.#last.set(feed, { channel: channelText, entries, text });
    return text;
  }
}
