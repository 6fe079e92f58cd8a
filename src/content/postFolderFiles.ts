import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PUBLIC_FOLDERS } from "../lib/publicFiles.ts";
import { LEFT_BEHIND_FILES, POSTS_DIR, TIPS_DIR } from "../lib/folders.ts";
import { withoutLanguageFolder } from "../lib/language.ts";
import type { Problem } from "../lib/problems.ts";

/**
 * Under posts/, only Markdown is content. Eleventy runs every template (.njk, .11ty.js, .liquid…) and every
 * JavaScript data file (x.11tydata.js) it finds there, at build time with the build machine's rights, and
 * the checks never read them: an editor's push could read the machine's secrets or write anywhere. So a
 * file there must be a Markdown post or JSON data (Eleventy reads JSON as data and never runs it), and the
 * data may only choose one of the kit's post layouts (see dataFileProblem).
 * The folders published as they are (posts/images/, posts/media/) have rules of their own.
 */
// Lowercase only: the checks list posts by ".md", and Eleventy would render "x.MD" all the same.
const CONTENT_FILE = /\.md$/;

// The layouts a data file in posts/ may give its posts. Any other key Eleventy reads from data changes how the
// posts are built: `templateEngineOverride` makes a post's text a template that can run code, `permalink`
// writes it anywhere, `eleventyComputed` values are templates too. Front matter may set none of them either.
// Each folder's posts have the layout their pages need (a tip's reads its category).
const LAYOUT_OF_FOLDER: Record<string, string> = { [POSTS_DIR]: "layouts/post.njk", [TIPS_DIR]: "layouts/tip.njk" };
// Such a file is one line; anything far larger is not one, and is not read.
const MAX_DATA_FILE = 64 * 1024;

// What Eleventy or one of its plugins would run, so the message can say why it is refused.
const CODE_FILE = /\.(c|m)?(js|ts)x?$|\.(njk|liquid|html?|webc|hbs|handlebars|pug|ejs|haml|mustache|mdx|vto|jsx|tsx)$/i;

/** A problem for each file under posts/ that is not a post or its data. */
export function foreignFileProblems(root: string): Problem[] {
  const publicFolders = Object.values(PUBLIC_FOLDERS).filter((folder) => folder.startsWith(`${POSTS_DIR}/`));
  const entries = readdirSync(path.join(root, POSTS_DIR), { recursive: true, withFileTypes: true });
  const problems: Problem[] = [];
  for (const entry of entries) {
    // A link is refused on its own (src/content/links.ts), and never followed here.
    if (entry.isDirectory() || entry.isSymbolicLink() || LEFT_BEHIND_FILES.has(entry.name)) continue;
    const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (publicFolders.some((folder) => file.startsWith(folder))) continue;
    if (/\.json$/i.test(entry.name)) {
      const full = path.join(root, file);
      // A language's folders (posts/es/, posts/es/tips/) are laid out as the main language's are.
      const layout = LAYOUT_OF_FOLDER[path.posix.dirname(withoutLanguageFolder(file))] ?? LAYOUT_OF_FOLDER[POSTS_DIR]!;
      const problem =
        statSync(full).size > MAX_DATA_FILE
          ? `is over ${MAX_DATA_FILE / 1024} KB: a data file here holds one line, "layout"`
          : dataFileProblem(readFileSync(full, "utf8"), layout);
      if (problem) problems.push({ file, message: problem });
      continue;
    }
    if (CONTENT_FILE.test(entry.name)) continue;
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

/**
 * What is wrong with a JSON data file in posts/ (Eleventy reads posts.json, x.json and x.11tydata.json), given
 * the one layout its folder's posts may have.
 */
export function dataFileProblem(text: string, layoutHere: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `is not valid JSON (${(error as Error).message}): fix it, or remove the file`;
  }
  const allowed = `only "layout" (${layoutHere}) is allowed here`;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return `must be a JSON object: ${allowed}`;
  const others = Object.keys(data).filter((key) => key !== "layout");
  if (others.length > 0) {
    return `sets ${others.map((key) => `"${key}"`).join(" and ")}, which a data file in posts/ may not: ${allowed}, as anything else changes how Eleventy builds the posts`;
  }
  const { layout } = data as { layout?: unknown };
  if (layout !== undefined && layout !== layoutHere) {
    return `sets "layout" to ${JSON.stringify(layout)}: the posts in this folder use ${layoutHere}`;
  }
  return undefined;
}
