import path from "node:path";
import type { DateTime } from "luxon";
import {
  groupByAuthor,
  groupByTag,
  groupByYear,
  neighbourIndex,
  newestFirst,
  type Neighbours,
  type PostPage,
} from "../blog/collections.ts";
import type { CollectionApi } from "../lib/eleventyTypes.ts";
import type { Finding } from "../guardrails/finding.ts";
import { checkFiles, contentFiles, describeFinding } from "../guardrails/run.ts";
import { resolveEpisodes } from "../podcast/resolveEpisodes.ts";
import { loadSiteData, type SiteData } from "../clinicData/loadSiteData.ts";
import { publishedMediaProblems } from "./publishedMedia.ts";
import { buildModeFrom, buildNow } from "./buildContext.ts";
import { loadPosts } from "./loadPosts.ts";
import { foreignFileProblems } from "./postFolderFiles.ts";
import type { Post } from "./post.ts";
import { DiskCache } from "../lib/diskCache.ts";
import { siteAddress } from "../lib/siteAddress.ts";
import { SourceFiles } from "./sourceFiles.ts";
import { forgetParsedFrontMatter } from "./frontMatter.ts";
import { ContentError, formatProblem } from "../lib/problems.ts";
import { isVisible, type BuildMode } from "./publishing.ts";

interface Build {
  site: SiteData;
  mode: BuildMode;
  now: DateTime;
  posts: Map<string, Post>;
  /** Every visible post and tip, newest first, made from Eleventy's items on first use. */
  all?: PostPage[];
  byUrl: Map<string, PostPage>;
  bySlug: Map<string, PostPage>;
  neighbours: Map<string, Neighbours>;
}

// Eleventy gives each plain object with an `inputPath` in a custom collection its template's rendered
// content, looking the template up for each one (unpatched, Eleventy 3.1 searched through all of them: with
// five collections of posts, at 4,000 posts, seconds of every build). A page made from this class is not a
// plain object, so Eleventy leaves it alone; the rendered content is on its `page`.
class PublishedPage {}

/**
 * The checked content of one build, shared by every plugin: loaded once before Eleventy reads a template,
 * so pages, feeds and the podcast all see the same posts, judged against the same clock.
 */
export class ContentStore {
  #build?: Build;
  // Findings of unchanged files are kept between builds, as share cards are.
  readonly #findings: DiskCache<Finding[]>;

  constructor(readonly root: string) {
    this.#findings = new DiskCache(path.join(root, ".cache/guardrails.json"));
  }

  /** Reads and checks everything; throws one ContentError listing every problem. */
  async load(runMode: string | undefined): Promise<void> {
    this.#build = undefined;
    const siteResult = loadSiteData(this.root);
    if (!siteResult.data) throw new ContentError(siteResult.problems);
    const now = buildNow();
    forgetParsedFrontMatter();
    const sources = new SourceFiles(this.root);
    const loaded = loadPosts(this.root, siteResult.data, now, sources);
    const media = await resolveEpisodes(this.root, loaded);
    // The health-content guardrails run on every build: patient data and unreviewed advice never publish.
    const findings = checkFiles(this.root, contentFiles(this.root), siteResult.data, now, sources, this.#findings).map(
      (f) => ({
        severity: f.severity,
        problem: { file: f.file, line: f.line, column: f.column, message: `${f.rule}: ${describeFinding(f)}` },
      }),
    );
    const warnings = [
      ...siteResult.warnings,
      ...loaded.warnings,
      ...media.warnings,
      ...findings.filter((f) => f.severity === "warning").map((f) => f.problem),
    ];
    for (const warning of warnings) console.warn(`[clinic] warning: ${formatProblem(warning)}`);
    // Files no template reads (templates, scripts, media) are checked too: Eleventy would run or publish them.
    const fileProblems = [...foreignFileProblems(this.root), ...publishedMediaProblems(this.root)];
    const problems = [
      ...fileProblems,
      ...loaded.problems,
      ...media.problems,
      ...findings.filter((f) => f.severity === "error").map((f) => f.problem),
    ];
    if (problems.length > 0) throw new ContentError(problems);
    this.#build = {
      site: siteResult.data,
      mode: buildModeFrom(runMode),
      now,
      posts: new Map(loaded.posts.map((post) => [post.inputPath, post])),
      byUrl: new Map(),
      bySlug: new Map(),
      neighbours: new Map(),
    };
  }

  get #current(): Build {
    if (!this.#build) throw new Error("Content was used before it was loaded (the eleventy.before hook did not run).");
    return this.#build;
  }

  get site(): SiteData {
    return this.#current.site;
  }

  /** A site path as the full address readers, feeds and social networks need. */
  absolute(url: string): string {
    return siteAddress(this.site.clinic.url, url);
  }

  get now(): DateTime {
    return this.#current.now;
  }

  /** "preview" under npm start, otherwise "production". */
  get mode(): BuildMode {
    return this.#current.mode;
  }

  /** Every post, tip and episode this build read, drafts included (for the editors' plan). */
  allPosts(): Post[] {
    return [...this.#current.posts.values()];
  }

  /** Whether the post at this input path belongs in this build (false: drop it before Eleventy renders it). */
  isVisible(inputPath: string): boolean {
    const post = this.#build?.posts.get(inputPath);
    return !post || isVisible(post.state, this.#current.mode);
  }

  post(inputPath: string): Post | undefined {
    return this.#build?.posts.get(inputPath);
  }

  /** Every visible post and tip with its URL, newest first; built once per build from Eleventy's items. */
  all(api: CollectionApi): PostPage[] {
    const build = this.#current;
    if (!build.all) {
      const pages: PostPage[] = [];
      // Every template, not a glob: Eleventy 3.1 compiles the glob again for each of thousands of items.
      for (const item of api.getAll()) {
        const post = build.posts.get(item.inputPath);
        if (post && isVisible(post.state, build.mode))
          pages.push(Object.assign(new PublishedPage(), post, { url: item.url, page: item }));
      }
      build.all = newestFirst(pages);
      build.byUrl = new Map(build.all.map((page) => [page.url, page]));
      build.bySlug = new Map(build.all.map((page) => [page.slug, page]));
      build.neighbours = neighbourIndex(build.all.filter((page) => page.kind === "post"));
    }
    return build.all;
  }

  /** Addresses of episode audio hosted on other sites (for the Content-Security-Policy). */
  remoteAudio(): string[] {
    return [...this.#current.posts.values()].flatMap((post) =>
      post.podcast && /^https?:/.test(post.podcast.audio.url) ? [post.podcast.audio.url] : [],
    );
  }

  /** Whether any post shows a video (the site-wide security headers then allow the video player). */
  hasVideos(): boolean {
    return [...this.#current.posts.values()].some((post) => post.video);
  }

  /** The pages made in this build, once collections have been built (for work done after Eleventy writes). */
  visiblePages(): PostPage[] {
    return this.#current.all ?? [];
  }

  /** The blog: posts and episodes, newest first (tips have their own library). */
  pages(api: CollectionApi): PostPage[] {
    return this.all(api).filter((page) => page.kind === "post");
  }

  /** The tips library, newest first. */
  tips(api: CollectionApi): PostPage[] {
    return this.all(api).filter((page) => page.kind === "tip");
  }

  /** The pages a tip's `related:` names that are in this build (a related draft is left out). */
  related(page: PostPage): PostPage[] {
    return (page.tip?.related ?? []).flatMap((slug) => this.#current.bySlug.get(slug) ?? []);
  }

  pageAt(url: string): PostPage | undefined {
    return this.#current.byUrl.get(url);
  }

  neighbours(url: string): Neighbours {
    return this.#current.neighbours.get(url) ?? {};
  }

  tagGroups(api: CollectionApi) {
    return groupByTag(this.pages(api));
  }

  years(api: CollectionApi) {
    return groupByYear(this.pages(api), this.site.clinic.timeZone);
  }

  authorGroups(api: CollectionApi) {
    return groupByAuthor(this.pages(api), this.site.authors.values());
  }
}
