import type { DateTime } from "luxon";
import { loadSiteData, type SiteData } from "../clinicData/loadSiteData.ts";
import { ContentCache, digestOf } from "../lib/cache.ts";
import type { Problem } from "../lib/problems.ts";
import { buildNow } from "./buildContext.ts";
import { loadPosts } from "./loadPosts.ts";
import type { Post } from "./post.ts";
import type { ReservedAddress } from "./postAddress.ts";
import { foreignFileProblems } from "./postFolderFiles.ts";
import { publishedMediaProblems } from "./publishedMedia.ts";
import { SourceFiles } from "./sourceFiles.ts";
import type { ContentStep, StepContext } from "./steps.ts";

/** What features add to the content as a whole (the guardrails' findings), declared from their own folders. */
export interface ContentExtensions {}

/** Everything one build read, checked and complete: nothing fills anything in later. */
export interface Content extends ContentExtensions {
  readonly root: string;
  readonly site: SiteData;
  /** The build's clock: what is published, scheduled or due is judged against it. */
  readonly now: DateTime;
  /** Every post, tip and episode that passed its checks, drafts included, in file order. */
  readonly posts: readonly Post[];
  /** A digest of the checked site data (with the year, which moves the accepted dates): what every post's checks depend on. */
  readonly siteDigest: string;
  /** Addresses the kit's features write, which no post may take. */
  readonly reserved: readonly ReservedAddress[];
  /** Each post's front matter as parsed, by its YAML text, for Eleventy's reader (see yamlForEleventy). */
  readonly parsedYaml: ReadonlyMap<string, unknown>;
}

export interface LoadedContent {
  /** Missing only when the clinic's own data (`_data/`) has problems: no post can be checked without it. */
  content?: Content;
  /** Every problem in one list: a build with any publishes nothing. */
  problems: Problem[];
  warnings: Problem[];
}

/**
 * Reads and checks the site's data and every post, then lets each feature's step add its fields, complete
 * posts from their files and check what it checks. The Eleventy configuration and every script call this.
 * `cache` (one per build, or the one `npm start` keeps) spares work on unchanged files.
 */
export async function loadContent(
  root: string,
  {
    steps,
    cache = new ContentCache(),
    now = buildNow(),
    onBody,
  }: {
    steps: readonly ContentStep[];
    cache?: ContentCache;
    now?: DateTime;
    /** Told each checked post's Markdown body as soon as it is read (the build renders them ahead). */
    onBody?: (file: string, body: string) => void;
  },
): Promise<LoadedContent> {
  const siteResult = loadSiteData(root);
  if (!siteResult.data) return { problems: siteResult.problems, warnings: siteResult.warnings };
  const site = siteResult.data;
  const sources = new SourceFiles(root, cache);
  const context: StepContext = { root, site, now, sources, cache };
  const reserved = steps.flatMap((step) => step.reservedAddresses?.(site) ?? []);
  const siteDigest = digestOf(JSON.stringify({ ...site, authors: [...site.authors], year: now.year }));
  const loaded = loadPosts(context, steps, reserved, siteDigest, onBody);
  // Files no template reads (templates, scripts, media) are checked too: Eleventy would run or publish them.
  const problems = [...foreignFileProblems(root), ...publishedMediaProblems(root), ...loaded.problems];
  const warnings = [...siteResult.warnings, ...loaded.warnings];

  const additions = new Map<string, Partial<Post>>();
  for (const step of steps) {
    if (!step.resolve) continue;
    const resolved = await step.resolve(loaded.posts, context);
    problems.push(...resolved.problems);
    warnings.push(...resolved.warnings);
    for (const [file, added] of resolved.additions) additions.set(file, { ...additions.get(file), ...added });
  }
  const extensions: Partial<ContentExtensions> = {};
  for (const step of steps) {
    if (!step.check) continue;
    const checked = step.check(context);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
    Object.assign(extensions, checked.adds);
  }
  const posts = loaded.posts.map(({ post }) => Object.freeze({ ...post, ...additions.get(post.file) }));
  const content: Content = {
    ...extensions,
    root,
    site,
    now,
    posts,
    siteDigest,
    reserved,
    parsedYaml: sources.parsedYaml,
  };
  return { content: Object.freeze(content), problems, warnings };
}
