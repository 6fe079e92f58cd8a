import type { DateTime } from "luxon";
import { formatDisplayDate, formatIsoDate } from "../lib/dates.ts";
import { publishedPath } from "../lib/publishedPath.ts";
import type { CurrentBuild } from "../content/publishedView.ts";
import { groupByAuthor, groupByTag, groupByYear } from "./collections.ts";
import { tagUrl } from "../lib/tags.ts";
import { topicNamer } from "./topics.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";

/**
 * The blog: keeps drafts and scheduled posts out of production, and hands templates ready-made lists
 * (latest, by tag, by year, by author) and the filters to show them.
 */
export default function blogPlugin(eleventyConfig: EleventyConfig, { build }: { build: CurrentBuild }): void {
  // Returning false drops the template entirely: no page, no collection, no tag, no sitemap entry.
  eleventyConfig.addPreprocessor("publishing", "md", function (this: { inputPath: string }) {
    return build().isVisible(this.inputPath) ? undefined : false;
  });

  // Every post's address is decided in src/, not by a data file under posts/ (which would be code editors
  // can change). Other templates get undefined, which leaves them their own permalink or Eleventy's default.
  eleventyConfig.addGlobalData("permalink", () => (data: { page: { inputPath: string } }) => {
    const post = build().post(data.page.inputPath);
    return post ? publishedPath(post.file) : undefined;
  });

  // Eleventy would read "2026-03-01" as midnight UTC; the schema already read it at the clinic.
  eleventyConfig.addDateParsing(function () {
    return build().post(this.page.inputPath)?.date;
  });

  eleventyConfig.addCollection("posts", () => build().posts);
  // Lists of each language's own posts, each item with its `lang` (templates take theirs with `inLanguage`).
  eleventyConfig.addCollection("tagGroups", () =>
    build().byLanguage(({ posts, tips }, language) => groupByTag(posts, topicNamer(language), tips, language.prefix)),
  );
  eleventyConfig.addCollection("postYears", () =>
    build().byLanguage(({ posts }) => groupByYear(posts, build().site.clinic.timeZone)),
  );
  eleventyConfig.addCollection("authorGroups", () => groupByAuthor(build().all, build().site.authors.values()));
  // Eleventy's own items for the posts, by address: the feeds carry each post's rendered HTML.
  eleventyConfig.addCollection(
    "postItems",
    (api) => new Map(api.getAll().flatMap((item) => (build().pageAt(item.url) ? [[item.url, item]] : []))),
  );

  eleventyConfig.addFilter("postAt", (url: string) => build().pageAt(url));
  eleventyConfig.addFilter("neighbours", (url: string) => build().neighbours(url));
  eleventyConfig.addFilter("latest", <T>(items: T[], count: number) => items.slice(0, count));
  // A topic's page and name in the language of the page that links to it (/es/tags/x/, "Nutrición").
  type OnPage = { page?: { url?: string | false } };
  eleventyConfig.addFilter("tagUrl", function (this: OnPage, tag: string) {
    return `${build().languageAt(this.page?.url).prefix}${tagUrl(tag)}`;
  });
  eleventyConfig.addFilter("topicName", function (this: OnPage, tag: string) {
    return topicNamer(build().languageAt(this.page?.url))(tag);
  });
  // In the language of the page it is on ("14 de marzo de 2026" on /es/).
  eleventyConfig.addFilter("displayDate", function (this: { page?: { url?: string | false } }, date: DateTime) {
    return formatDisplayDate(date, build().site.clinic.timeZone, build().languageAt(this.page?.url).locale);
  });
  // When a clinician should check a reviewed page again.
  eleventyConfig.addFilter("nextReview", (date: DateTime) =>
    date.plus({ months: build().site.settings.reviewIntervalMonths }),
  );
  eleventyConfig.addFilter("isoDate", (date: DateTime) => formatIsoDate(date, build().site.clinic.timeZone));
  eleventyConfig.addFilter("absoluteUrl", (url: string) => build().absolute(url));
}
