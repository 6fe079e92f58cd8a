import { formatTimestamp } from "../podcast/index.ts";
import { CHANNELS, YOUTUBE_VIDEO, type Channel, type ChannelId } from "./channels.ts";
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
}

export interface Snippet {
  text: string;
  count: number;
  limit: number;
}

export interface Snippets {
  channels: Record<ChannelId, Snippet>;
  /** For an episode posted as a YouTube video. */
  youtubeVideo?: { title: string; description: string };
}

export interface ShareSettings {
  /** Instagram wording for where the link is, e.g. "Read the full post: link in our bio." */
  linkInBio: string;
}

function message(source: ShareSource, channel: Channel): string {
  const lead = source.lead ?? source.firstParagraph ?? "";
  const more = source.firstParagraph && source.firstParagraph !== lead ? source.firstParagraph : "";
  if (channel.length === "short") return lead ? `${source.title}: ${lead}` : source.title;
  if (channel.length === "medium") return [source.title, lead].filter(Boolean).join("\n\n");
  return [source.title, lead, more].filter(Boolean).join("\n\n");
}

function tail(source: ShareSource, channel: Channel, settings: ShareSettings, tagCount: number): string {
  const where = channel.link ? linkFor(source.url, channel.id, source.slug) : settings.linkInBio;
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
  return { text, count: channel.count(text), limit: channel.limit };
}

/** Every network's text for one post; episodes also get a YouTube video title and description. */
export function composeSnippets(source: ShareSource, settings: ShareSettings): Snippets {
  const channels = Object.fromEntries(
    CHANNELS.map((channel) => [channel.id, composeFor(source, channel, settings)]),
  ) as Record<ChannelId, Snippet>;
  return { channels, youtubeVideo: source.chapters?.length ? youtubeVideo(source) : undefined };
}

// YouTube refuses "<" and ">" in titles and descriptions, so they become look-alike angle quotes there.
const forYouTube = (text: string) => text.replace(/</g, "‹").replace(/>/g, "›");

function youtubeVideo(source: ShareSource): { title: string; description: string } {
  const title = truncateToFit(forYouTube(source.title), (t) => countCodePoints(t) <= YOUTUBE_VIDEO.titleLimit);
  // YouTube makes chapters from a list of timestamps that starts at 0:00.
  const chapters = [
    "Chapters:",
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
  for (const channel of CHANNELS) {
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
