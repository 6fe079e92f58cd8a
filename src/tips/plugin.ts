import type { CurrentBuild, PostPage } from "../content/publishedView.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { FEED_SIZE, rssFeed, siteChannel, type FeedEntries, type PostItems } from "../feeds/index.ts";
import type { TipCategory } from "../clinicData/schema.ts";
import { shelves, shelfUrl, tipOfTheWeek } from "./library.ts";

/**
 * The tips library: /tips/ by category, a page per category, /tips/feed.xml, and the tip of the week.
 * Tip pages themselves come from posts/tips/ (their layout is set in posts/tips/tips.11tydata.json, their address in src/lib/publishedPath.ts).
 */
export default function tipsPlugin(
  eleventyConfig: EleventyConfig,
  { build, entries }: { build: CurrentBuild; entries: FeedEntries },
): void {
  eleventyConfig.addCollection("tips", () => build().tips);
  eleventyConfig.addCollection("tipShelves", () =>
    build().byLanguage(({ tips }, language) => shelves(tips, language.tipCategories, language.prefix)),
  );
  // A tip of the week in each language (templates take theirs with `inLanguage`).
  eleventyConfig.addCollection("tipOfTheWeek", () =>
    build().byLanguage(({ tips }) => {
      const tip = tipOfTheWeek(tips, build().now, build().site.clinic.timeZone);
      return tip ? [tip] : [];
    }),
  );

  // The pages a tip's `related:` names that are in this build (a related draft is left out).
  eleventyConfig.addFilter("relatedPages", (page: PostPage) =>
    (page.tip?.related ?? []).flatMap((slug) => build().pageNamed(slug, page.lang) ?? []),
  );
  eleventyConfig.addFilter("shelfUrl", (category: TipCategory) => shelfUrl(category));

  eleventyConfig.addTemplate("tips/feed.11ty.js", {
    data: {
      permalink: "/tips/feed.xml",
      eleventyExcludeFromCollections: true,
      eleventyImport: { collections: ["tips", "postItems"] },
      sitemap: false,
    },
    render: async (data: { collections: { tips: readonly PostPage[]; postItems: PostItems } }) => {
      const { name } = build().site.clinic;
      const channel = siteChannel(
        build(),
        "/tips/",
        `${name}: health tips`,
        `Short, practical health tips and checklists from ${name}.`,
        {
          rss: build().absolute("/tips/feed.xml"),
        },
      );
      const tips = data.collections.tips.slice(0, FEED_SIZE);
      return entries.feedText("/tips/feed.xml", channel, tips, data.collections.postItems, rssFeed);
    },
  });
}
