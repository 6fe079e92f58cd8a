import type { DateTime } from "luxon";
import type { Episode } from "../podcast/episode.ts";
import type { Author } from "../site/schema.ts";
import type { PublishState } from "./publishing.ts";

/** A blog post after its front matter passed the schema: what every page, feed and list is made from. */
export interface Post {
  /** Path from the project root, e.g. "posts/flu-season.md". */
  file: string;
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
  /** Set when the post is a podcast episode (its body is then the show notes). */
  podcast?: Episode;
}
