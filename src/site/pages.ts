import type { Language, Strings } from "../clinicData/languages.ts";
import { fill } from "../lib/fill.ts";
import type { SitePageType } from "../structuredData/index.ts";

/**
 * The site's own pages. Each is a virtual template whose markup lives in `_includes/pages/`, so a clinic
 * restyles a page by editing its layout and never has to touch this list.
 */
export interface SitePage {
  inputPath: string;
  layout: string;
  permalink: string;
  /** The page's name in build messages; readers see `pages.<inputPath>.title` from the language's file. */
  title: string;
  /**
   * Made in every language the site has, under its prefix (/es/tips/), or in those a test picks (the podcast
   * page, in each language with a show); otherwise in the main language only.
   */
  everyLanguage?: true | ((language: Language) => boolean);
  /** What the page is to search engines (src/structuredData/); a plain WebPage if not set. */
  schemaType?: SitePageType;
  /** Leave out of sitemap.xml (error pages, machine-readable files). */
  noSitemap?: boolean;
  data?: Record<string, unknown>;
}

// Computed titles are functions, not "{{ group.name }}" strings: Eleventy renders a string through Nunjucks,
// which escapes it, and the layout escapes the title again ("Food & Drink" showed as "Food &amp;amp; Drink").
// A title is plain text until the one template that writes it out.
type Words = { strings: { pages: Record<string, Record<string, string>> } & Strings };
type TagPageData = Words & { group: { name: string; tips: readonly unknown[] } };
type AuthorPageData = Words & { entry: { author: { name: string; role: string } } };
type ShelfPageData = Words & { shelf: { category: { name: string; description: string } } };
// Eleventy first runs computed data with stand-ins to learn what it reads, before `strings` is there.
const words = (data: Words, page: string): Record<string, string> => data.strings?.pages?.[page] ?? {};

export const SITE_PAGES: SitePage[] = [
  { inputPath: "index", layout: "pages/home.njk", permalink: "/", title: "Home", everyLanguage: true },
  {
    inputPath: "archive",
    layout: "pages/archive.njk",
    permalink: "/archive/",
    everyLanguage: true,
    schemaType: "CollectionPage",
    title: "All posts by year",
  },
  {
    inputPath: "tags",
    layout: "pages/tags.njk",
    permalink: "/tags/",
    everyLanguage: true,
    schemaType: "CollectionPage",
    title: "Topics",
  },
  {
    inputPath: "tag",
    layout: "pages/tag.njk",
    // A topic's page in each language that has posts about it: the group knows its address (/es/tags/x/).
    permalink: "{{ group.url }}",
    everyLanguage: true,
    schemaType: "CollectionPage",
    title: "Topic",
    data: {
      pagination: { data: "collections.tagGroups", size: 1, alias: "group" },
      eleventyComputed: {
        title: (data: TagPageData) => data.group.name,
        description: (data: TagPageData) =>
          fill(words(data, "tag")[data.group.tips.length ? "descriptionWithTips" : "description"] ?? "", {
            topic: data.group.name,
          }),
      },
    },
  },
  {
    inputPath: "authors",
    layout: "pages/authors.njk",
    permalink: "/authors/",
    schemaType: "CollectionPage",
    title: "Our writers",
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
          fill(words(data, "author").description ?? "", { name: data.entry.author.name, role: data.entry.author.role }),
      },
    },
  },
  {
    inputPath: "about",
    layout: "pages/about.njk",
    permalink: "/about/",
    schemaType: "AboutPage",
    title: "About and contact",
  },
  {
    inputPath: "editorial-policy",
    layout: "pages/editorial-policy.njk",
    permalink: "/editorial-policy/",
    schemaType: "AboutPage",
    title: "How we write and check our content",
  },
  {
    inputPath: "tips",
    layout: "pages/tips.njk",
    permalink: "/tips/",
    everyLanguage: true,
    schemaType: "CollectionPage",
    title: "Health tips",
  },
  {
    inputPath: "tip-category",
    layout: "pages/tip-category.njk",
    permalink: "{{ shelf.url }}",
    everyLanguage: true,
    schemaType: "CollectionPage",
    title: "Tips",
    data: {
      pagination: { data: "collections.tipShelves", size: 1, alias: "shelf" },
      eleventyComputed: {
        title: (data: ShelfPageData) =>
          fill(words(data, "tip-category").title ?? "", { category: data.shelf.category.name }),
        description: (data: ShelfPageData) => data.shelf.category.description,
      },
    },
  },
  {
    inputPath: "resources",
    layout: "pages/resources.njk",
    permalink: "/resources/",
    // The links the clinic recommends (_data/resources.json): no page, and no link to it, until it lists some.
    everyLanguage: (language) => language.resources.length > 0,
    schemaType: "CollectionPage",
    title: "Recommended resources",
  },
  {
    inputPath: "podcast",
    layout: "pages/podcast.njk",
    permalink: "/podcast/",
    everyLanguage: (language) => language.show !== undefined,
    schemaType: "CollectionPage",
    title: "Podcast",
  },
  {
    inputPath: "subscribe",
    layout: "pages/subscribe.njk",
    permalink: "/subscribe/",
    everyLanguage: true,
    title: "Subscribe",
  },
  {
    inputPath: "search",
    layout: "pages/search.njk",
    permalink: "/search/",
    everyLanguage: true,
    schemaType: "SearchResultsPage",
    title: "Search",
  },
  {
    inputPath: "ask",
    layout: "pages/ask.njk",
    permalink: "/ask/",
    everyLanguage: true,
    schemaType: "ContactPage",
    title: "Ask us or suggest a topic",
  },
  {
    // Where the question form sends a reader once Netlify has taken it: a page for them, not for search.
    inputPath: "ask-thanks",
    layout: "pages/ask-thanks.njk",
    permalink: "/ask/thanks/",
    everyLanguage: true,
    title: "Thank you for your question",
    noSitemap: true,
    data: { noindex: true },
  },
  {
    inputPath: "share",
    layout: "pages/share.njk",
    permalink: "/share/",
    title: "Share kit",
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
