import { formatTimestamp } from "../podcast/index.ts";
import { phoneNumbersIn } from "../lib/phoneNumbers.ts";
import {
  channelsFor,
  PINTEREST,
  YOUTUBE_VIDEO,
  type Channel,
  type ChannelId,
  type MastodonServer,
} from "./channels.ts";
import { countCodePoints } from "./count.ts";
import { hashtags, linkFor, truncateToFit } from "./text.ts";

/** What the share kit knows about one published post, episode or tip. */
export interface ShareSource {
  slug: string;
  url: string;
  title: string;
  /** The post's description, or a tip's summary. */
  lead?: string;
  /** The body's first paragraph, as plain text. */
  firstParagraph?: string;
  tags: readonly string[];
  chapters?: readonly { start: number; title: string }[];
  /** Texts an editor wrote for particular networks (front matter `social:`). */
  overrides?: Partial<Record<ChannelId, string>>;
  /** When an event the post announces starts and ends, as the clinic's local "YYYY-MM-DD HH:MM". */
  event?: { start: string; end: string };
  /** A tip's card and its text alternative, for a Pinterest pin. */
  pin?: { image: string; alt: string };
  /** The few words the texts add, in the post's language (`_data/languages/`). */
  words: ShareWords;
}

export interface ShareWords {
  /** Instagram's line for where the link is, e.g. "Read the full post: link in our bio." */
  linkInBio: string;
  /** The label of Google's button that carries the link. */
  learnMore: string;
  /** The heading of a YouTube description's chapter list. */
  chapters: string;
}

export interface Snippet {
  text: string;
  count: number;
  limit: number;
  /** Where the link goes instead of the text (Google's "Learn more" button). */
  button?: { label: string; url: string };
  /** The network's event post, for a post that announces one: its title and when it starts and ends. */
  event?: { title: string; start: string; end: string };
}

export interface Snippets {
  channels: Partial<Record<ChannelId, Snippet>>;
  /** For an episode posted as a YouTube video. */
  youtubeVideo?: { title: string; description: string };
  /** For a tip pinned on Pinterest: its card, with a title and description within Pinterest's limits. */
  pin?: { title: string; description: string; link: string; image: string; alt: string };
}

export interface ShareSettings {
  mastodon: MastodonServer;
  /** Networks turned off (false) in `_data/social.json`. */
  channels: Partial<Record<string, boolean>>;
}

function message(source: ShareSource, channel: Channel): string {
  const lead = source.lead ?? source.firstParagraph ?? "";
  const more = source.firstParagraph && source.firstParagraph !== lead ? source.firstParagraph : "";
  const text =
    channel.length === "short"
      ? lead
        ? `${source.title}: ${lead}`
        : source.title
      : [source.title, lead, ...(channel.length === "long" ? [more] : [])].filter(Boolean).join("\n\n");
  return channel.noPhoneNumbers ? withoutPhoneNumbers(text) : text;
}

/** The text with each phone number taken out, and the space or punctuation it leaves tidied. */
function withoutPhoneNumbers(text: string): string {
  let out = text;
  for (const found of phoneNumbersIn(text).reverse())
    out = out.slice(0, found.index) + out.slice(found.index + found.length);
  return out
    .replace(/\(\s*\)/g, "")
    .replace(/[ \t]+([,.;:!?])/g, "$1")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

const linkOf = (source: ShareSource, channel: Channel) =>
  linkFor(source.url, channel.id, source.slug, channel.shortTracking);

function tail(source: ShareSource, channel: Channel, settings: ShareSettings, tagCount: number): string {
  const where =
    channel.link === "text" ? linkOf(source, channel) : channel.link === "bio" ? source.words.linkInBio : "";
  const tags = hashtags(source.tags, tagCount).join(" ");
  return [where, tags].filter(Boolean).join("\n\n");
}

/** The text for one network: the message cut to fit, then the link (or where to find it) and hashtags. */
export function composeFor(source: ShareSource, channel: Channel, settings: ShareSettings): Snippet {
  const override = source.overrides?.[channel.id];
  let tagCount = channel.hashtags;
  let end = tail(source, channel, settings, tagCount);
  const fits = (body: string) => channel.count([body, end].filter(Boolean).join("\n\n")) <= channel.limit;
  // Many long tags on a short network: drop hashtags before they crowd out the words people read.
  while (tagCount > 0 && channel.count(end) > channel.limit / 2) end = tail(source, channel, settings, --tagCount);
  const body = override ?? truncateToFit(message(source, channel), fits);
  const text = [body, end].filter(Boolean).join("\n\n");
  const button =
    channel.link === "button" ? { label: source.words.learnMore, url: linkOf(source, channel) } : undefined;
  const event =
    channel.eventTitleLimit && source.event
      ? { title: truncateToFit(source.title, (t) => channel.count(t) <= channel.eventTitleLimit!), ...source.event }
      : undefined;
  return { text, count: channel.count(text), limit: channel.limit, ...(button && { button }), ...(event && { event }) };
}

/** Every network's text for one post; episodes also get a YouTube video title and description. */
export function composeSnippets(source: ShareSource, settings: ShareSettings): Snippets {
  const channels = Object.fromEntries(
    channelsFor(settings).map((channel) => [channel.id, composeFor(source, channel, settings)]),
  ) as Partial<Record<ChannelId, Snippet>>;
  return {
    channels,
    youtubeVideo: source.chapters?.length ? youtubeVideo(source) : undefined,
    pin: source.pin && settings.channels.pinterest !== false ? pinFor(source, source.pin) : undefined,
  };
}

/** A tip as a Pinterest pin: its card, title and summary within Pinterest's limits, and a tracked link. */
function pinFor(source: ShareSource, card: { image: string; alt: string }): NonNullable<Snippets["pin"]> {
  const fitsIn = (limit: number) => (text: string) => countCodePoints(text) <= limit;
  const description = [source.lead, hashtags(source.tags, 3).join(" ")].filter(Boolean).join(" ");
  return {
    title: truncateToFit(source.title, fitsIn(PINTEREST.titleLimit)),
    description: truncateToFit(description, fitsIn(PINTEREST.descriptionLimit)),
    link: linkFor(source.url, "pinterest", source.slug),
    ...card,
  };
}

// YouTube refuses "<" and ">" in titles and descriptions, so they become look-alike angle quotes there.
const forYouTube = (text: string) => text.replace(/</g, "‹").replace(/>/g, "›");

function youtubeVideo(source: ShareSource): { title: string; description: string } {
  const title = truncateToFit(forYouTube(source.title), (t) => countCodePoints(t) <= YOUTUBE_VIDEO.titleLimit);
  // YouTube makes chapters from a list of timestamps that starts at 0:00.
  const chapters = [
    source.words.chapters,
    ...(source.chapters ?? []).map((c) => `${formatTimestamp(c.start)} ${forYouTube(c.title)}`),
  ].join("\n");
  const end = [linkFor(source.url, "youtube", source.slug), chapters, hashtags(source.tags, 3).join(" ")]
    .filter(Boolean)
    .join("\n\n");
  const prose = forYouTube([source.lead, source.firstParagraph].filter(Boolean).join("\n\n"));
  const body = truncateToFit(
    prose,
    (p) => countCodePoints([p, end].filter(Boolean).join("\n\n")) <= YOUTUBE_VIDEO.descriptionLimit,
  );
  return { title, description: [body, end].filter(Boolean).join("\n\n") };
}

/** Overrides an editor wrote that do not fit their network, as messages naming the network, count and limit. */
export function overrideProblems(
  source: ShareSource,
  settings: ShareSettings,
): { channel: ChannelId; message: string }[] {
  const problems: { channel: ChannelId; message: string }[] = [];
  for (const channel of channelsFor(settings)) {
    if (source.overrides?.[channel.id] === undefined) continue;
    const snippet = composeFor(source, channel, settings);
    if (snippet.count > snippet.limit) {
      problems.push({
        channel: channel.id,
        message: `is ${snippet.count} characters as ${channel.name} counts them with the link${channel.hashtags ? " and hashtags" : ""} added, over its limit of ${snippet.limit}: shorten it by ${snippet.count - snippet.limit}`,
      });
    }
  }
  return problems;
}
