import type { DateTime } from "luxon";
import type { Author } from "../clinicData/schema.ts";
import type { PublishState } from "./publishing.ts";

/**
 * What features add to a post, each from its own front matter fields (see ContentStep): a feature declares
 * its fields here from its own folder (`declare module "../content/post.ts"`), so this folder names none.
 */
export interface PostExtensions {}

/** A blog post after its front matter passed the schema: what every page, feed and list is made from. */
export interface Post extends PostExtensions {
  /** Path from the project root, e.g. "posts/flu-season.md". */
  file: string;
  /** The file name without ".md": what `related:` lists refer to. */
  slug: string;
  /** A blog post (an episode is one too), or a tip from posts/tips/. */
  kind: "post" | "tip";
  /** The same path as Eleventy writes it, e.g. "./posts/flu-season.md". */
  inputPath: string;
  title: string;
  description?: string;
  tags: string[];
  author: Author;
  date: DateTime;
  updated?: DateTime;
  state: PublishState;
  image?: string;
  imageAlt?: string;
  readingMinutes: number;
  /** The body's first paragraph as plain text, for share texts. */
  firstParagraph?: string;
  /** A YouTube video shown behind a click-to-load facade. */
  video?: { youtube: string; title: string; thumbnail?: string };
  /**
   * A clinician's sign-off: a post's `medicalReview` (required when it gives medical instructions), a tip's
   * `reviewer` and `reviewed` (required to publish one).
   */
  review?: { reviewer: Author; date: DateTime };
  /** The trusted pages it is based on (at least one for a tip). */
  sources: { title: string; url: string }[];
  /** The language it is written in: the main language's code, or the code of its folder (posts/es/ → "es"). */
  lang: string;
  /** For a translation: the file name (slug) of the main-language post or tip it translates. */
  translationOf?: string;
  /** An event the post announces (a flu shot day, a health fair), for Google's event posts. */
  event?: { start: DateTime; end: DateTime };
  /** Dated notes of what was put right after it was published, oldest first. */
  corrections: { date: DateTime; note: string }[];
}
