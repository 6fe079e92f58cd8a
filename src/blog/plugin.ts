import path from "node:path";
import type { DateTime } from "luxon";
import { buildModeFrom, buildNow } from "../content/buildContext.ts";
import { formatDisplayDate, formatIsoDate } from "../content/dates.ts";
import { loadPosts, POSTS_DIR } from "../content/loadPosts.ts";
import type { Post } from "../content/post.ts";
import { ContentError, formatProblem } from "../content/problems.ts";
import { isVisible, type BuildMode } from "../content/publishing.ts";
import { tagUrl } from "../content/tags.ts";
import type { CollectionApi, EleventyConfig } from "../eleventy/types.ts";
import { loadSiteData, type SiteData } from "../site/loadSiteData.ts";
import {
  groupByAuthor,
  groupByTag,
  groupByYear,
  neighbourIndex,
  newestFirst,
  type Neighbours,
  type PostPage,
} from "./collections.ts";

interface BuildState {
  site: SiteData;
  mode: BuildMode;
  posts: Map<string, Post>;
  sorted?: PostPage[];
  pages: Map<string, PostPage>;
  neighbours: Map<string, Neighbours>;
}

/**
 * The blog: checks all content before Eleventy reads a template, keeps drafts and scheduled posts out of
 * production, and hands templates ready-made lists (latest, by tag, by year, by author).
 */
export default function blogPlugin(eleventyConfig: EleventyConfig, options: { root: string }): void {
  let state: BuildState | undefined;
  const current = (): BuildState => {
    if (!state) throw new Error("The blog's content was used before it was loaded (eleventy.before did not run).");
    return state;
  };

  eleventyConfig.on("eleventy.before", ({ runMode }) => {
    const mode = buildModeFrom(runMode);
    const siteResult = loadSiteData(options.root);
    if (!siteResult.data) throw new ContentError(siteResult.problems);
    const loaded = loadPosts(options.root, siteResult.data, buildNow());
    for (const warning of loaded.warnings) console.warn(`[clinic] warning: ${formatProblem(warning)}`);
    if (loaded.problems.length > 0) throw new ContentError(loaded.problems);
    state = {
      site: siteResult.data,
      mode,
      posts: new Map(loaded.posts.map((post) => [post.inputPath, post])),
      pages: new Map(),
      neighbours: new Map(),
    };
  });

  // Returning false drops the template entirely: no page, no collection, no tag, no sitemap entry.
  eleventyConfig.addPreprocessor("publishing", "md", function (this: { inputPath: string }) {
    const post = state?.posts.get(this.inputPath);
    if (post && !isVisible(post.state, current().mode)) return false;
    return undefined;
  });

  // Eleventy would read "2026-03-01" as midnight UTC; the schema already read it at the clinic.
  eleventyConfig.addDateParsing(function () {
    return state?.posts.get(this.page.inputPath)?.date;
  });

  // Every list is built from one pass over Eleventy's items, shared by all collections of a build.
  const postPages = (api: CollectionApi): PostPage[] => {
    const build = current();
    if (!build.sorted) {
      const pages: PostPage[] = [];
      for (const item of api.getFilteredByGlob(`./${POSTS_DIR}/**/*.md`)) {
        const post = build.posts.get(item.inputPath);
        if (post && isVisible(post.state, build.mode)) pages.push({ ...post, url: item.url, page: item });
      }
      build.sorted = newestFirst(pages);
      build.pages = new Map(build.sorted.map((page) => [page.url, page]));
      build.neighbours = neighbourIndex(build.sorted);
    }
    return build.sorted;
  };
  eleventyConfig.addCollection("posts", (api) => postPages(api));
  eleventyConfig.addCollection("tagGroups", (api) => groupByTag(postPages(api)));
  eleventyConfig.addCollection("postYears", (api) => groupByYear(postPages(api), current().site.clinic.timeZone));
  eleventyConfig.addCollection("authorGroups", (api) => groupByAuthor(postPages(api), current().site.authors.values()));

  eleventyConfig.addFilter("postAt", (url: string) => current().pages.get(url));
  eleventyConfig.addFilter("neighbours", (url: string) => current().neighbours.get(url) ?? {});
  eleventyConfig.addFilter("latest", (posts: PostPage[], count: number) => posts.slice(0, count));
  eleventyConfig.addFilter("tagUrl", (tag: string) => tagUrl(tag));
  eleventyConfig.addFilter("displayDate", (date: DateTime) => {
    const { clinic } = current().site;
    return formatDisplayDate(date, clinic.timeZone, clinic.language);
  });
  eleventyConfig.addFilter("isoDate", (date: DateTime) => formatIsoDate(date, current().site.clinic.timeZone));
  eleventyConfig.addFilter("absoluteUrl", (url: string) => new URL(url, current().site.clinic.url + "/").href);

  eleventyConfig.addWatchTarget(path.join(options.root, "_data"));
}

