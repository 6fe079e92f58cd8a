import type { DateTime } from "luxon";

/** One post as every feed format sees it: absolute addresses, rendered HTML, and its dates. */
export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary?: string;
  html: string;
  published: DateTime;
  updated: DateTime;
  author: { name: string; url: string };
  tags: { name: string; slug: string; url: string }[];
}

/** The feed itself: who publishes it, where it lives, and where its siblings in other formats are. */
export interface FeedChannel {
  id: string;
  title: string;
  description: string;
  homeUrl: string;
  language: string;
  copyright: string;
  links: { rss: string; atom?: string; json?: string };
}
