import type { PostPage } from "../blog/collections.ts";
import type { ContentStore } from "../content/store.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { FEED_SIZE, rssFeed } from "../feeds/blogFeed.ts";
import { siteChannel } from "../feeds/channel.ts";
import type { FeedEntries } from "../feeds/entries.ts";
import type { TipCategory } from "../clinicData/schema.ts";
import { shelves, shelfUrl, tipOfTheWeek } from "./library.ts";

/**
 * The tips library: /tips/ by category, a page per category, /tips/feed.xml, and the tip of the week.
 * Tip pages themselves come from posts/tips/ (their layout is set in posts/tips/tips.11tydata.json, their address in src/lib/publishedPath.ts).
 */
export default function tipsPlugin(
  eleventyConfig: EleventyConfig,
  { store, entries }: { store: ContentStore; entries: FeedEntries },
): void {
  eleventyConfig.addCollection("tips", (api) => store.tips(api));
  eleventyConfig.addCollection("tipShelves", (api) => shelves(store.tips(api), store.site.tipCategories));
  eleventyConfig.addCollection("tipOfTheWeek", (api) => {
    const tip = tipOfTheWeek(store.tips(api), store.now, store.site.clinic.timeZone);
    return tip ? [tip] : [];
  });

  eleventyConfig.addFilter("relatedPages", (page: PostPage) => store.related(page));
  eleventyConfig.addFilter("shelfUrl", (category: TipCategory) => shelfUrl(category));

  eleventyConfig.addTemplate("tips/feed.11ty.js", {
    data: {
      permalink: "/tips/feed.xml",
      eleventyExcludeFromCollections: true,
      eleventyImport: { collections: ["tips"] },
      sitemap: false,
    },
    render: async (data: { collections: { tips: PostPage[] } }) => {
      const { name } = store.site.clinic;
      const channel = siteChannel(
        store,
        "/tips/",
        `${name}: health tips`,
        `Short, practical health tips and checklists from ${name}.`,
        {
          rss: store.absolute("/tips/feed.xml"),
        },
      );
      return rssFeed(channel, await entries.of(data.collections.tips.slice(0, FEED_SIZE)));
    },
  });
}
