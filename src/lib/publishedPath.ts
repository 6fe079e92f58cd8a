import path from "node:path";
import { TIPS_DIR } from "./folders.ts";

/**
 * Where a post or tip is published, from its file (relative to the root, like `posts/tips/x.md`): tips at
 * /tips/<file name>/, beside the library's category pages; other posts at their file's path. The one place
 * this is decided: Eleventy writes the page here and share texts, feeds and checks link to it.
 */
export function publishedPath(file: string): string {
  if (file.startsWith(`${TIPS_DIR}/`)) return `/tips/${path.posix.basename(file, ".md")}/`;
  return `/${file.replace(/\.md$/, "")}/`;
}
