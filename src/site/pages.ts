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
  /** Leave out of sitemap.xml (error pages, machine-readable files). */
  noSitemap?: boolean;
  data?: Record<string, unknown>;
}

// Computed titles are functions, not "{{ group.name }}" strings: Eleventy renders a string through Nunjucks,
// which escapes it, and the layout escapes the title again ("Food & Drink" showed as "Food &amp;amp; Drink").
// A title is plain text until the one template that writes it out.
type TagPageData = { group: { name: string; tips: readonly unknown[] } };
type ShelfPageData = { shelf: { category: { name: string; description: string } } };

export const SITE_PAGES: SitePage[] = [
  { inputPath: "index", layout: "pages/home.njk", permalink: "/", title: "Home" },
  {
    inputPath: "archive",
    layout: "pages/archive.njk",
    permalink: "/archive/",
    title: "All posts by year",
    description: "Every post on the blog, newest first, grouped by year.",
  },
  {
    inputPath: "tags",
    layout: "pages/tags.njk",
    permalink: "/tags/",
    title: "Topics",
    description: "Browse posts by topic.",
  },
  {
    inputPath: "tag",
    layout: "pages/tag.njk",
    permalink: "/tags/{{ group.slug }}/",
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
    title: "Our writers",
    description: "The staff who write for this blog, and what each has written.",
  },
  {
    inputPath: "about",
    layout: "pages/about.njk",
    permalink: "/about/",
    title: "About and contact",
    description: "Where we are, when we are open and how to reach us.",
  },
  {
    inputPath: "tips",
    layout: "pages/tips.njk",
    permalink: "/tips/",
    title: "Health tips",
    description: "Short, practical health tips and checklists, by topic.",
  },
  {
    inputPath: "tip-category",
    layout: "pages/tip-category.njk",
    permalink: "/tips/{{ shelf.category.id }}/",
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
