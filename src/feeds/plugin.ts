import type { TagGroup } from "../blog/index.ts";
import type { CurrentBuild, PostPage } from "../content/publishedView.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { atomFeed, FEED_SIZE, jsonFeed, rssFeed } from "./blogFeed.ts";
import { siteChannel } from "./channel.ts";
import type { FeedChannel } from "./entry.ts";
import type { FeedEntries, PostItems } from "./entries.ts";

export interface FeedData {
  collections: { posts: readonly PostPage[]; postItems: PostItems };
  group?: TagGroup;
}

/**
 * The blog's feeds: /feed.xml (RSS), /feed.atom, /feed.json, and an RSS feed per topic at /tags/<topic>/feed.xml.
 * Each is a virtual JavaScript template, rendered after the posts so it can carry their full HTML.
 */
export default function feedsPlugin(
  eleventyConfig: EleventyConfig,
  { build, entries }: { build: CurrentBuild; entries: FeedEntries },
): void {
  const absolute = (url: string) => build().absolute(url);
  const channel = (group?: TagGroup): FeedChannel => {
    const { clinic } = build().site;
    return group
      ? siteChannel(
          build(),
          group.url,
          `${clinic.name}: ${group.name}`,
          `Posts about ${group.name} from ${clinic.name}.`,
          {
            rss: absolute(`${group.url}feed.xml`),
          },
        )
      : siteChannel(build(), "/", clinic.name, clinic.tagline, {
          rss: absolute("/feed.xml"),
          atom: absolute("/feed.atom"),
          json: absolute("/feed.json"),
        });
  };
  const common = {
    eleventyExcludeFromCollections: true,
    eleventyImport: { collections: ["posts", "postItems"] },
    sitemap: false,
  };

  const formats = { "/feed.xml": rssFeed, "/feed.atom": atomFeed, "/feed.json": jsonFeed };
  for (const [permalink, write] of Object.entries(formats)) {
    eleventyConfig.addTemplate(`feeds${permalink}.11ty.js`, {
      data: { ...common, permalink },
      render: (data: FeedData) =>
        entries.feedText(
          permalink,
          channel(),
          data.collections.posts.slice(0, FEED_SIZE),
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
        `${data.group?.url}feed.xml`,
        channel(data.group),
        (data.group?.posts ?? []).slice(0, FEED_SIZE),
        data.collections.postItems,
        rssFeed,
      ),
  });
}
