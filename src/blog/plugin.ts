import type { DateTime } from "luxon";
import { formatDisplayDate, formatIsoDate } from "../lib/dates.ts";
import { publishedPath } from "../lib/publishedPath.ts";
import type { ContentStore } from "../content/store.ts";
import { tagUrl } from "../lib/tags.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";

/**
 * The blog: keeps drafts and scheduled posts out of production, and hands templates ready-made lists
 * (latest, by tag, by year, by author) and the filters to show them.
 */
export default function blogPlugin(eleventyConfig: EleventyConfig, { store }: { store: ContentStore }): void {
  // Returning false drops the template entirely: no page, no collection, no tag, no sitemap entry.
  eleventyConfig.addPreprocessor("publishing", "md", function (this: { inputPath: string }) {
    return store.isVisible(this.inputPath) ? undefined : false;
  });

  // Every post's address is decided in src/, not by a data file under posts/ (which would be code editors
  // can change). Other templates get undefined, which leaves them their own permalink or Eleventy's default.
  eleventyConfig.addGlobalData("permalink", () => (data: { page: { inputPath: string } }) => {
    const post = store.post(data.page.inputPath);
    return post ? publishedPath(post.file) : undefined;
  });

  // Eleventy would read "2026-03-01" as midnight UTC; the schema already read it at the clinic.
  eleventyConfig.addDateParsing(function () {
    return store.post(this.page.inputPath)?.date;
  });

  eleventyConfig.addCollection("posts", (api) => store.pages(api));
  eleventyConfig.addCollection("tagGroups", (api) => store.tagGroups(api));
  eleventyConfig.addCollection("postYears", (api) => store.years(api));
  eleventyConfig.addCollection("authorGroups", (api) => store.authorGroups(api));

  eleventyConfig.addFilter("postAt", (url: string) => store.pageAt(url));
  eleventyConfig.addFilter("neighbours", (url: string) => store.neighbours(url));
  eleventyConfig.addFilter("latest", <T>(items: T[], count: number) => items.slice(0, count));
  eleventyConfig.addFilter("tagUrl", (tag: string) => tagUrl(tag));
  eleventyConfig.addFilter("displayDate", (date: DateTime) =>
    formatDisplayDate(date, store.site.clinic.timeZone, store.site.clinic.language),
  );
  eleventyConfig.addFilter("isoDate", (date: DateTime) => formatIsoDate(date, store.site.clinic.timeZone));
  eleventyConfig.addFilter("absoluteUrl", (url: string) => store.absolute(url));
}
