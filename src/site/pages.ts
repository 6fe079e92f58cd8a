import type { SitePageType } from "../structuredData/index.ts";

/**
 * The site's own pages. Each is a virtual template whose markup lives in `_includes/pages/`, so a clinic
 * restyles a page by editing its layout and never has to touch this list.
 */
export interface SitePage {
  inputPath: string;
  layout: string;
  permalink: string;
  title: string;
  description?: string;
  /** What the page is to search engines (src/structuredData/); a plain WebPage if not set. */
  schemaType?: SitePageType;
  /** Leave out of sitemap.xml (error pages, machine-readable files). */
  noSitemap?: boolean;
  data?: Record<string, unknown>;
}

// Computed titles are functions, not "{{ group.name }}" strings: Eleventy renders a string through Nunjucks,
// which escapes it, and the layout escapes the title again ("Food & Drink" showed as "Food &amp;amp; Drink").
// A title is plain text until the one template that writes it out.
type TagPageData = { group: { name: string; tips: readonly unknown[] } };
type AuthorPageData = { entry: { author: { name: string; role: string } } };
type ShelfPageData = { shelf: { category: { name: string; description: string } } };

export const SITE_PAGES: SitePage[] = [
  { inputPath: "index", layout: "pages/home.njk", permalink: "/", title: "Home" },
  {
    inputPath: "archive",
    layout: "pages/archive.njk",
    permalink: "/archive/",
    schemaType: "CollectionPage",
    title: "All posts by year",
    description: "Every post on the blog, newest first, grouped by year.",
  },
  {
    inputPath: "tags",
    layout: "pages/tags.njk",
    permalink: "/tags/",
    schemaType: "CollectionPage",
    title: "Topics",
    description: "Browse posts by topic.",
  },
  {
    inputPath: "tag",
    layout: "pages/tag.njk",
    permalink: "/tags/{{ group.slug }}/",
    schemaType: "CollectionPage",
    title: "Topic",
    data: {
      pagination: { data: "collections.tagGroups", size: 1, alias: "group" },
      eleventyComputed: {
        title: (data: TagPageData) => data.group.name,
        description: (data: TagPageData) =>
          `Every post${data.group.tips.length ? " and health tip" : ""} about ${data.group.name}, newest first.`,
      },
    },
  },
  {
    inputPath: "authors",
    layout: "pages/authors.njk",
    permalink: "/authors/",
    schemaType: "CollectionPage",
    title: "Our writers",
    description: "The staff who write for this blog, and what each has written.",
  },
  {
    inputPath: "author",
    layout: "pages/author.njk",
    permalink: "/authors/{{ entry.author.id }}/",
    schemaType: "ProfilePage",
    title: "Writer",
    data: {
      pagination: { data: "collections.authorGroups", size: 1, alias: "entry" },
      eleventyComputed: {
        title: (data: AuthorPageData) => data.entry.author.name,
        description: (data: AuthorPageData) =>
          `${data.entry.author.name}, ${data.entry.author.role}: who they are, what they wrote and what they reviewed.`,
      },
    },
  },
  {
    inputPath: "about",
    layout: "pages/about.njk",
    permalink: "/about/",
    schemaType: "AboutPage",
    title: "About and contact",
    description: "Where we are, when we are open and how to reach us.",
  },
  {
    inputPath: "editorial-policy",
    layout: "pages/editorial-policy.njk",
    permalink: "/editorial-policy/",
    schemaType: "AboutPage",
    title: "How we write and check our content",
    description: "Who writes for this site, how clinicians check it, how we correct mistakes, and who pays for it.",
  },
  {
    inputPath: "tips",
    layout: "pages/tips.njk",
    permalink: "/tips/",
    schemaType: "CollectionPage",
    title: "Health tips",
    description: "Short, practical health tips and checklists, by topic.",
  },
  {
    inputPath: "tip-category",
    layout: "pages/tip-category.njk",
    permalink: "/tips/{{ shelf.category.id }}/",
    schemaType: "CollectionPage",
    title: "Tips",
    data: {
      pagination: { data: "collections.tipShelves", size: 1, alias: "shelf" },
      eleventyComputed: {
        title: (data: ShelfPageData) => `${data.shelf.category.name} tips`,
        description: (data: ShelfPageData) => data.shelf.category.description,
      },
    },
  },
  {
    inputPath: "podcast",
    layout: "pages/podcast.njk",
    permalink: "/podcast/",
    schemaType: "CollectionPage",
    title: "Podcast",
    description: "Every episode of our health podcast, newest first.",
  },
  {
    inputPath: "subscribe",
    layout: "pages/subscribe.njk",
    permalink: "/subscribe/",
    title: "Subscribe",
    description: "Get new posts and podcast episodes in your feed reader or podcast app.",
  },
  {
    inputPath: "search",
    layout: "pages/search.njk",
    permalink: "/search/",
    schemaType: "SearchResultsPage",
    title: "Search",
    description: "Search every post, episode and tip.",
  },
  {
    inputPath: "share",
    layout: "pages/share.njk",
    permalink: "/share/",
    title: "Share kit",
    description: "Ready-to-post text for every network.",
    noSitemap: true,
  },
  { inputPath: "404", layout: "pages/404.njk", permalink: "/404.html", title: "Page not found", noSitemap: true },
  {
    inputPath: "sitemap",
    layout: "pages/sitemap.xml.njk",
    permalink: "/sitemap.xml",
    title: "Sitemap",
    noSitemap: true,
  },
  {
    inputPath: "robots",
    layout: "pages/robots.txt.njk",
    permalink: "/robots.txt",
    title: "robots.txt",
    noSitemap: true,
  },
  {
    inputPath: "site-css",
    layout: "pages/site.css.njk",
    permalink: "/assets/site.css",
    title: "Stylesheet",
    noSitemap: true,
  },
];
