import { readdirSync } from "node:fs";
import path from "node:path";
import { PUBLIC_FOLDERS } from "../site/publicFiles.ts";
import { POSTS_DIR } from "./folders.ts";
import type { Problem } from "./problems.ts";

/**
 * Under posts/, only Markdown is content. Eleventy runs every template (.njk, .11ty.js, .liquid…) and every
 * JavaScript data file (x.11tydata.js) it finds there, at build time with the build machine's rights, and
 * the checks never read them: an editor's push could read the machine's secrets or write anywhere. So a
 * file there must be a Markdown post or JSON data (Eleventy reads JSON as data and never runs it).
 * The folders published as they are (posts/images/, posts/media/) have rules of their own.
 */
const CONTENT_FILE = /\.(md|json)$/i;

// Files a computer or git leaves behind (.DS_Store, .gitkeep): never templates, as they have no extension.
const HIDDEN_FILE = /^\.[^.]+$/;

// What Eleventy or one of its plugins would run, so the message can say why it is refused.
const CODE_FILE = /\.(c|m)?(js|ts)x?$|\.(njk|liquid|html?|webc|hbs|handlebars|pug|ejs|haml|mustache|mdx|vto|jsx|tsx)$/i;

/** A problem for each file under posts/ that is not a post or its data. */
export function foreignFileProblems(root: string): Problem[] {
  const publicFolders = Object.values(PUBLIC_FOLDERS).filter((folder) => folder.startsWith(`${POSTS_DIR}/`));
  const entries = readdirSync(path.join(root, POSTS_DIR), { recursive: true, withFileTypes: true });
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.isDirectory() || CONTENT_FILE.test(entry.name) || HIDDEN_FILE.test(entry.name)) continue;
    const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (publicFolders.some((folder) => file.startsWith(folder))) continue;
    const what = CODE_FILE.test(entry.name) ? "is code the build would run, not a post" : "is not a post";
    problems.push({
      file,
      message:
        `${what}: write posts in Markdown (a .md file); posts/ holds only posts and their .json data. ` +
        "Put images in posts/images/ and audio in posts/media/",
    });
  }
  return problems;
}
