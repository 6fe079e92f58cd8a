import type { TagGroup } from "../blog/index.ts";
import type { CurrentBuild, PostPage } from "../content/publishedView.ts";
import type { Language } from "../clinicData/languages.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { fill } from "../lib/fill.ts";
import { atomFeed, FEED_SIZE, jsonFeed, rssFeed } from "./blogFeed.ts";
import { feedWords, siteChannel } from "./channel.ts";
import type { FeedChannel } from "./entry.ts";
import type { FeedEntries, PostItems } from "./entries.ts";

export interface FeedData {
  collections: { posts: readonly PostPage[]; postItems: PostItems };
  group?: TagGroup;
  /** The language of a feed of the whole blog (one per language). */
  edition?: Language;
}

/**
 * The blog's feeds, in each language the site is written in: /feed.xml (RSS), /feed.atom, /feed.json, and
 * /es/feed.xml… for another; and an RSS feed per topic at /tags/<topic>/feed.xml (/es/tags/<topic>/feed.xml).
 * Each is a virtual JavaScript template, rendered after the posts so it can carry their full HTML.
 */
export default function feedsPlugin(
  eleventyConfig: EleventyConfig,
  { build, entries }: { build: CurrentBuild; entries: FeedEntries },
): void {
  const absolute = (url: string) => build().absolute(url);
  const topicChannel = (group: TagGroup): FeedChannel => {
    const { clinic } = build().site;
    const words = feedWords(build().languageAt(group.url));
    return siteChannel(
      build(),
      group.url,
      fill(words.topicTitle!, { clinic: clinic.name, topic: group.name }),
      fill(words.topicDescription!, { clinic: clinic.name, topic: group.name }),
      { rss: absolute(`${group.url}feed.xml`) },
    );
  };
  const blogChannel = (language: Language): FeedChannel => {
    const at = (path: string) => absolute(`${language.prefix}${path}`);
    return siteChannel(build(), `${language.prefix}/`, build().site.clinic.name, language.clinic.tagline, {
      rss: at("/feed.xml"),
      atom: at("/feed.atom"),
      json: at("/feed.json"),
    });
  };
  const common = {
    eleventyExcludeFromCollections: true,
    eleventyImport: { collections: ["posts", "postItems"] },
    sitemap: false,
  };

  const formats = { "/feed.xml": rssFeed, "/feed.atom": atomFeed, "/feed.json": jsonFeed };
  for (const [path, write] of Object.entries(formats)) {
    eleventyConfig.addTemplate(`feeds${path}.11ty.js`, {
      data: {
        ...common,
        pagination: { data: "collections.siteLanguages", size: 1, alias: "edition" },
        permalink: (data: FeedData) => `${data.edition!.prefix}${path}`,
      },
      render: (data: FeedData) =>
        entries.feedText(
          `${data.edition!.prefix}${path}`,
          blogChannel(data.edition!),
          data.collections.posts.filter((post) => post.lang === data.edition!.code).slice(0, FEED_SIZE),
          data.collections.postItems,
          write,
        ),
    });
  }
  eleventyConfig.addTemplate("feeds/tag-feed.11ty.js", {
    data: {
      ...common,
      pagination: { data: "collections.tagGroups", size: 1, alias: "group" },
      permalink: (data: FeedData) => `${data.group?.url}feed.xml`,
    },
    render: (data: FeedData) =>
      entries.feedText(
        `${data.group!.url}feed.xml`,
        topicChannel(data.group!),
        data.group!.posts.slice(0, FEED_SIZE),
        data.collections.postItems,
        rssFeed,
      ),
  });
}
