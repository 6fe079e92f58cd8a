import path from "node:path";
import { addBrowserScript } from "../lib/browserScripts.ts";
import type { CurrentBuild, PostPage } from "../content/publishedView.ts";
import type { Language } from "../clinicData/languages.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { fill } from "../lib/fill.ts";
import type { FeedEntries, PostItems } from "../feeds/index.ts";
import { writeIfChanged } from "../lib/outputFiles.ts";
import { chaptersJson, chaptersUrl } from "./chapters.ts";
import type { Episode } from "./episode.ts";
import { podcastFeed, type EpisodeEntry } from "./feed.ts";
import { formatTimestamp } from "./time.ts";
import { updateFrequency } from "./updateFrequency.ts";
import { readPlan } from "../editorial/index.ts";

export type EpisodePage = PostPage & { podcast: Episode };

/** The plan's podcast rhythm, if the plan can be read (the plan's own checks say what is wrong with it). */
function plannedFrequency(root: string) {
  try {
    const plan = readPlan(root);
    return plan.data ? updateFrequency(plan.data.rhythm.podcastPerMonth) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The podcast: /podcast.xml for podcast apps, a chapters file beside each episode page, the episode list,
 * and the filters episode pages use (running time, file size, chapter times).
 */
export default function podcastPlugin(
  eleventyConfig: EleventyConfig,
  { build, entries, root }: { build: CurrentBuild; entries: FeedEntries; root: string },
): void {
  const absolute = (url: string) => build().absolute(url);
  const episodesOf = (pages: readonly PostPage[]) =>
    pages.filter((page): page is EpisodePage => page.podcast !== undefined);
  const common = {
    eleventyExcludeFromCollections: true,
    eleventyImport: { collections: ["posts", "postItems"] },
    sitemap: false,
  };

  eleventyConfig.addCollection("episodes", () => episodesOf(build().posts));
  // The languages with a show of their own: a feed (/podcast.xml, /es/podcast.xml) and a page each.
  eleventyConfig.addCollection("podcastShows", () => build().site.languages.all.filter((language) => language.show));

  eleventyConfig.addTemplate("podcast/feed.11ty.js", {
    data: {
      ...common,
      pagination: { data: "collections.podcastShows", size: 1, alias: "edition" },
      permalink: (data: { edition: Language }) => `${data.edition.prefix}/podcast.xml`,
    },
    render: async (data: { edition: Language; collections: { episodes: EpisodePage[]; postItems: PostItems } }) => {
      const { prefix, code } = data.edition;
      const show = data.edition.show!;
      const inShow = data.collections.episodes.filter((page) => page.lang === code);
      const episodes = await Promise.all(
        inShow.map(async (page): Promise<EpisodeEntry> => ({
          ...(await entries.entry(page, data.collections.postItems)),
          episode: page.podcast,
          audioUrl: absolute(page.podcast.audio.url),
          transcriptUrl: absolute(page.podcast.transcript.url),
          chaptersUrl: page.podcast.chapters.length ? absolute(chaptersUrl(page.url)) : undefined,
          imageUrl: page.podcast.image ? absolute(page.podcast.image) : undefined,
          lowDataUrl: page.podcast.lowData ? absolute(page.podcast.lowData.url) : undefined,
        })),
      );
      const { clinic, authors } = build().site;
      const staff = [...authors.values()];
      return podcastFeed(
        show,
        {
          feedUrl: absolute(`${prefix}/podcast.xml`),
          pageUrl: absolute(`${prefix}/podcast/`),
          imageUrl: absolute(show.image),
          location: `${clinic.address.city}, ${clinic.address.region}`,
          // "Ana Reyes, MD" is Ana Reyes of the staff directory.
          personLinks: (name) => {
            const member = staff.find((author) => author.name === name.split(",")[0]!.trim());
            return member && { img: absolute(member.photo), href: absolute(`/authors/${member.id}/`) };
          },
          updateFrequency: plannedFrequency(root),
        },
        episodes,
      );
    },
  });

  // Chapter files are written after Eleventy, each only when it changed: as a template paginated over the
  // episodes, every one was rewritten whenever any post changed in a preview.
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    for (const page of episodesOf(build().all)) {
      if (page.podcast.chapters.length === 0) continue;
      writeIfChanged(path.join(directories.output, chaptersUrl(page.url)), chaptersJson(page.podcast, page.title));
    }
  });

  addBrowserScript(eleventyConfig, "chapterLinks", "/assets/chapter-links.js");

  eleventyConfig.addFilter("timestamp", (seconds: number) => formatTimestamp(seconds));
  // "1 min 15 s", in the words of the page's language.
  eleventyConfig.addFilter("runningTime", function (this: { page?: { url?: string | false } }, seconds: number) {
    const words = build().languageAt(this.page?.url).strings.episode as { runningTime: Record<string, string> };
    const [minutes, rest] = [Math.floor(seconds / 60), seconds % 60];
    const key = minutes ? (rest ? "minutesSeconds" : "minutes") : "seconds";
    return fill(words.runningTime[key]!, { minutes, seconds: rest });
  });
  eleventyConfig.addFilter("fileSize", (bytes: number) =>
    bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`,
  );
  eleventyConfig.addFilter("chaptersUrl", (url: string) => chaptersUrl(url));
}
