import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import type { SiteData } from "../site/loadSiteData.ts";
import { checkPublicFile } from "../site/publicFiles.ts";
import { lineOfPath, readFrontMatter } from "./frontMatter.ts";
import type { EpisodeFrontMatter } from "../podcast/episodeSchema.ts";
import type { Post } from "./post.ts";
import { crossFieldProblems, postSchema, unknownKeys } from "./postSchema.ts";
import type { Problem } from "./problems.ts";
import { publishState } from "./publishing.ts";
import { readingMinutes } from "./readingTime.ts";
import { problemsFromZod } from "./zodProblems.ts";

export const POSTS_DIR = "posts";

export interface LoadedPosts {
  posts: Post[];
  /** Front matter of the posts that are podcast episodes, by input path, for the media step to complete. */
  episodes: Map<string, EpisodeFrontMatter>;
  problems: Problem[];
  warnings: Problem[];
}

/** Every Markdown file under posts/, relative to the root, in a stable order. */
export function listPostFiles(root: string): string[] {
  const entries = readdirSync(path.join(root, POSTS_DIR), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** Reads and checks every post, collecting all problems rather than stopping at the first. */
export function loadPosts(root: string, site: SiteData, now: DateTime): LoadedPosts {
  const schema = postSchema({
    timeZone: site.clinic.timeZone,
    authorIds: new Set(site.authors.keys()),
    checkFile: (publicPath) => checkPublicFile(root, publicPath),
  });
  const result: LoadedPosts = { posts: [], episodes: new Map(), problems: [], warnings: [] };

  for (const file of listPostFiles(root)) {
    const text = readFileSync(path.join(root, file), "utf8");
    const frontMatter = readFrontMatter(text);
    if (!frontMatter.ok) {
      result.problems.push({ file, line: frontMatter.line, message: frontMatter.message });
      continue;
    }
    const lineOf = (path: readonly (string | number)[]) => lineOfPath(text, path);
    for (const key of unknownKeys(schema, frontMatter.data)) {
      result.warnings.push({
        file,
        line: lineOf([key]),
        field: key,
        message: `is not a field posts use, so it is ignored: check the spelling (fields: ${Object.keys(schema.shape).join(", ")})`,
      });
    }
    const parsed = schema.safeParse(frontMatter.data);
    const crossField = crossFieldProblems(frontMatter.data).map((p) => ({ file, line: lineOf([p.field]) ?? lineOf(["image"]), ...p }));
    result.problems.push(...crossField);
    if (!parsed.success) {
      result.problems.push(...problemsFromZod(file, parsed.error, lineOf));
      continue;
    }
    if (crossField.length > 0) continue;
    const data = parsed.data;
    if (data.podcast) result.episodes.set(`./${file}`, data.podcast);
    result.posts.push({
      file,
      inputPath: `./${file}`,
      title: data.title,
      description: data.description,
      tags: data.tags,
      author: site.authors.get(data.author)!,
      date: data.date,
      updated: data.updated,
      state: publishState(data, now),
      image: data.image,
      imageAlt: data.imageAlt,
      readingMinutes: readingMinutes(frontMatter.body, site.settings.wordsPerMinute),
    });
  }
  return result;
}
