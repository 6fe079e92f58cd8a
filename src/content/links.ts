import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { POSTS_DIR } from "../lib/folders.ts";
import type { Problem } from "../lib/problems.ts";

/**
 * Links (symlinks) among the given files and folders, relative to the root. Everything under posts/ is
 * published or read into pages, and a link there can point anywhere on the machine that builds the site
 * (/etc/passwd copied into the site, a patient's notes published as a post, the Pages upload packing what
 * it points at). Links are refused outright rather than followed and checked: an editor never needs one.
 */
export function linksUnder(root: string, targets: readonly string[] = [POSTS_DIR]): string[] {
  const links: string[] = [];
  for (const target of targets) {
    const full = path.resolve(root, target);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) links.push(full);
    else if (stat.isDirectory()) {
      // A recursive listing does not step into linked folders, so each link is found once, where it is.
      for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
        if (entry.isSymbolicLink()) links.push(path.join(entry.parentPath, entry.name));
      }
    }
  }
  return [...new Set(links.map((file) => path.relative(root, file).split(path.sep).join("/")))].sort();
}

/** What is wrong with a link, and how to put it right, in the editor's words. */
export const LINK = {
  message: "is a link (symlink), which could lead anywhere on the computer that builds the site",
  fix: "replace the link with the file itself",
};

/** One problem per link under posts/, for the build to refuse. */
export function linkProblems(root: string): Problem[] {
  return linksUnder(root).map((file) => ({ file, message: `${LINK.message}: ${LINK.fix}` }));
}
