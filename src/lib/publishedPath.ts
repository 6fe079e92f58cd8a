import path from "node:path";
import { TIPS_DIR } from "./folders.ts";
import { languageFolderOf, withoutLanguageFolder } from "./language.ts";

/**
 * Where a post or tip is published, from its file (relative to the root, like `posts/tips/x.md`): tips at
 * /tips/<file name>/, beside the library's category pages; other posts at their file's path. A file in a
 * language's folder is published under that language's prefix: posts/es/x.md at /es/posts/x/, and
 * posts/es/tips/x.md at /es/tips/x/. The one place this is decided: Eleventy writes the page here and share
 * texts, feeds and checks link to it.
 */
export function publishedPath(file: string): string {
  const code = languageFolderOf(file);
  const prefix = code ? `/${code}` : "";
  const main = withoutLanguageFolder(file);
  if (main.startsWith(`${TIPS_DIR}/`)) return `${prefix}/tips/${path.posix.basename(main, ".md")}/`;
  return `${prefix}/${main.replace(/\.md$/, "")}/`;
}
