import type { CurrentBuild, PostPage } from "../content/publishedView.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { FEED_SIZE, feedWords, rssFeed, siteChannel, type FeedEntries, type PostItems } from "../feeds/index.ts";
import type { Language } from "../clinicData/languages.ts";
import { fill } from "../lib/fill.ts";
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
  // A category's shelf, and the category with its name, in the language of the page that shows it.
  type OnPage = { page?: { url?: string | false } };
  eleventyConfig.addFilter("shelfUrl", function (this: OnPage, category: TipCategory) {
    return `${build().languageAt(this.page?.url).prefix}${shelfUrl(category)}`;
  });
  eleventyConfig.addFilter("categoryHere", function (this: OnPage, category: TipCategory) {
    return (
      build()
        .languageAt(this.page?.url)
        .tipCategories.find((own) => own.id === category.id) ?? category
    );
  });

  // The library's feed in each language: /tips/feed.xml, /es/tips/feed.xml.
  eleventyConfig.addTemplate("tips/feed.11ty.js", {
    data: {
      permalink: (data: { edition: Language }) => `${data.edition.prefix}/tips/feed.xml`,
      pagination: { data: "collections.siteLanguages", size: 1, alias: "edition" },
      eleventyExcludeFromCollections: true,
      eleventyImport: { collections: ["tips", "postItems"] },
      sitemap: false,
    },
    render: async (data: { edition: Language; collections: { tips: readonly PostPage[]; postItems: PostItems } }) => {
      const { name } = build().site.clinic;
      const { prefix, code } = data.edition;
      const words = feedWords(data.edition);
      const channel = siteChannel(
        build(),
        `${prefix}/tips/`,
        fill(words.tipsTitle!, { clinic: name }),
        fill(words.tipsDescription!, { clinic: name }),
        { rss: build().absolute(`${prefix}/tips/feed.xml`) },
      );
      const tips = data.collections.tips.filter((tip) => tip.lang === code).slice(0, FEED_SIZE);
      return entries.feedText(`${prefix}/tips/feed.xml`, channel, tips, data.collections.postItems, rssFeed);
    },
  });
}
