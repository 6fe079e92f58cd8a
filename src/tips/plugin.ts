import type { PostPage } from "../blog/collections.ts";
import type { ContentStore } from "../content/store.ts";
import type { EleventyConfig } from "../eleventy/types.ts";
import { FEED_SIZE, rssFeed } from "../feeds/blogFeed.ts";
import type { FeedEntries } from "../feeds/entries.ts";
import type { TipCategory } from "../site/schema.ts";
import { shelves, shelfUrl, tipOfTheWeek } from "./library.ts";

/**
 * The tips library: /tips/ by category, a page per category, /tips/feed.xml, and the tip of the week.
 * Tip pages themselves come from posts/tips/ (their layout and address are set in posts/tips/tips.11tydata.js).
 */
export default function tipsPlugin(eleventyConfig: EleventyConfig, { store, entries }: { store: ContentStore; entries: FeedEntries }): void {
  eleventyConfig.addCollection("tips", (api) => store.tips(api));
  eleventyConfig.addCollection("tipShelves", (api) => shelves(store.tips(api), store.site.tipCategories));
  eleventyConfig.addCollection("tipOfTheWeek", (api) => {
    const tip = tipOfTheWeek(store.tips(api), store.now, store.site.clinic.timeZone);
    return tip ? [tip] : [];
  });

  eleventyConfig.addFilter("relatedPages", (page: PostPage) => store.related(page));
  eleventyConfig.addFilter("shelfUrl", (category: TipCategory) => shelfUrl(category));

  eleventyConfig.addTemplate("tips/feed.11ty.js", {
    data: { permalink: "/tips/feed.xml", eleventyExcludeFromCollections: true, eleventyImport: { collections: ["tips"] }, sitemap: false },
    render: async (data: { collections: { tips: PostPage[] } }) => {
      const { clinic } = store.site;
      const absolute = (url: string) => new URL(url, clinic.url + "/").href;
      const tips = data.collections.tips.slice(0, FEED_SIZE);
      const channel = {
        id: absolute("/tips/"),
        title: `${clinic.name}: health tips`,
        description: `Short, practical health tips and checklists from ${clinic.name}.`,
        homeUrl: absolute("/tips/"),
        language: clinic.language,
        copyright: `© ${store.now.setZone(clinic.timeZone).year} ${clinic.name}`,
        links: { rss: absolute("/tips/feed.xml") },
      };
      const feedEntries = await entries.of(tips);
      // A tip's summary is its description in the feed.
      return rssFeed(channel, feedEntries.map((entry, i) => ({ ...entry, summary: tips[i]?.tip?.summary ?? entry.summary })));
    },
  });
}
