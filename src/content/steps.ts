import type { DateTime } from "luxon";
import type { ZodType } from "zod";
import type { SiteData } from "../clinicData/loadSiteData.ts";
import type { ContentCache } from "../lib/cache.ts";
import type { Problem } from "../lib/problems.ts";
import type { ContentExtensions } from "./loadContent.ts";
import type { Post } from "./post.ts";
import type { ReservedAddress } from "./postAddress.ts";
import type { PostSchemaContext } from "./postSchema.ts";
import type { SourceFiles } from "./sourceFiles.ts";

/**
 * How a feature (the podcast, the share kit, the guardrails…) takes part in loading content, without this
 * folder knowing it: the configuration hands `loadContent` the steps, as Astro hands each content loader a
 * context. Every member is optional; each says what it adds.
 */
export interface ContentStep {
  /** The feature's name, for messages. */
  name: string;
  /** Front matter fields the feature owns, checked with the rest of a post's; `kinds` says which posts have them. */
  fields?: {
    kinds: readonly Post["kind"][];
    shape: (context: PostSchemaContext, site: SiteData) => Record<string, ZodType>;
  };
  /**
   * What the feature makes of one checked post's own fields: what the post gains, and what is wrong, by field
   * ("social.x"). Called for the kinds of post its `fields` name. Kept with the file's other results while
   * the file is unchanged.
   */
  complete?: (
    post: Omit<Post, "state">,
    data: Readonly<Record<string, unknown>>,
    site: SiteData,
  ) => { post?: Partial<Post>; problems?: { field: string; message: string }[] };
  /** Completes posts from their files (an episode's audio), before the content is handed out. */
  resolve?: (posts: readonly LoadedPost[], context: StepContext) => Promise<Resolved>;
  /** Checks every file (the health-content guardrails). */
  check?: (context: StepContext) => Checked;
  /** Addresses the feature writes itself, which no post may take. */
  reservedAddresses?: (site: SiteData) => ReservedAddress[];
}

/** A checked post with its front matter as the schema gave it (a feature reads its own fields from it). */
export interface LoadedPost {
  post: Post;
  data: Readonly<Record<string, unknown>>;
}

/** What a step is given: the build's site data, clock, files and cache. */
export interface StepContext {
  root: string;
  site: SiteData;
  now: DateTime;
  sources: SourceFiles;
  cache: ContentCache;
}

export interface Checked {
  problems: Problem[];
  warnings: Problem[];
  /** What the step adds to the content as a whole (see ContentExtensions). */
  adds?: Partial<ContentExtensions>;
}

export interface Resolved extends Checked {
  /** What each post (by file) gains, e.g. `{ podcast: episode }`. */
  additions: ReadonlyMap<string, Partial<Post>>;
}
