import { existsSync } from "node:fs";
import path from "node:path";
import slugify from "@sindresorhus/slugify";
import { POSTS_DIR, TIPS_DIR } from "../lib/folders.ts";
import { LANGUAGE_CODE, withoutLanguageFolder } from "../lib/language.ts";
import type { Problem } from "../lib/problems.ts";
import { publishedPath } from "../lib/publishedPath.ts";

/**
 * A post's address is made from its file name alone: posts/flu-shots.md is /posts/flu-shots/, and
 * posts/tips/hand-washing.md is /tips/hand-washing/ (publishedPath). So the name must already
 * be what an address can hold, lowercase ASCII words joined by dashes: "Flu Shots.md" became /posts/Flu%20Shots/,
 * and "café.md" written two ways (NFC and NFD Unicode) made two pages that look the same.
 */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An address the kit writes itself, which no post or tip may take (each feature names its own). */
export interface ReservedAddress {
  address: string;
  /** True when everything under the address is the kit's too (a folder of files). */
  folder?: true;
  /** What uses it, as the editor's message names it: "…, which is <what>". */
  what: string;
}

/** The reserved address a page at `address` would take or sit inside, if any. */
export function reservedAt(reserved: readonly ReservedAddress[], address: string): ReservedAddress | undefined {
  return reserved.find((r) => address === r.address || (r.folder && address.startsWith(r.address)));
}

/** The folders a post may be in: posts/ and posts/tips/, and the same two in each other language's folder. */
const foldersFor = (languages: ReadonlySet<string>) =>
  new Set([
    POSTS_DIR,
    TIPS_DIR,
    ...[...languages].flatMap((code) => [`${POSTS_DIR}/${code}`, `${POSTS_DIR}/${code}/tips`]),
  ]);

// A language's tips take the tip layout from a data file in their folder, as posts/tips/ does.
const TIPS_DATA = "tips.11tydata.json";

const NOT_A_SLUG = "is not a name a web address can use (only lowercase letters, digits and dashes)";

/**
 * What is wrong with the names and places of the post files (paths from the root), each problem naming the
 * file: a name that is not a slug (with the one to use), a folder other than posts/ or posts/tips/ (or
 * those of another language: posts/es/, posts/es/tips/), an address the kit uses itself, and two files that
 * would need the same name. `languages`: the codes of the languages other than the main one.
 */
export function addressProblems(
  root: string,
  files: readonly string[],
  reserved: readonly ReservedAddress[],
  languages: ReadonlySet<string>,
  main = "",
): Problem[] {
  const problems: Problem[] = [];
  const renamedTo = new Map<string, string[]>();
  const folders = foldersFor(languages);
  for (const file of files) {
    const name = path.posix.basename(file, ".md");
    const folder = path.posix.dirname(file);
    const [, code] = folder.split("/");
    if (!folders.has(folder)) {
      problems.push({
        file,
        message:
          code === main
            ? `is in ${POSTS_DIR}/${code}/, but ${code} is the main language, whose posts go directly in ${POSTS_DIR}/ (tips in ${TIPS_DIR}/): move the file there`
            : code && LANGUAGE_CODE.test(code) && !languages.has(code)
              ? `is in ${POSTS_DIR}/${code}/, but the site has no language "${code}": add _data/languages/${code}.json (copy another language's file and translate it), or move the file`
              : `is in ${folder}/: put posts directly in ${POSTS_DIR}/, and tips directly in ${TIPS_DIR}/ (the address is made from the file name alone)${languages.size ? `; a translation goes in ${[...languages].map((c) => `${POSTS_DIR}/${c}/`).join(" or ")}` : ""}`,
      });
    } else if (folder.endsWith("/tips") && folder !== TIPS_DIR && !existsSync(path.join(root, folder, TIPS_DATA))) {
      problems.push({
        file,
        message: `is a tip, but ${folder}/ has no ${TIPS_DATA}, so it would be laid out as a blog post: copy ${TIPS_DIR}/${TIPS_DATA} into ${folder}/`,
      });
    } else if (name === "index") {
      problems.push({
        file,
        message: `is named index.md, which Eleventy publishes as the folder's own page rather than as a post: rename the file`,
      });
    } else if (SLUG.test(name)) {
      // Each language has the site's own pages under its prefix: a translation's address is checked as the
      // main language's would be (/es/tips/safety/ is taken as /tips/safety/ is).
      const taken = reservedAt(reserved, publishedPath(withoutLanguageFolder(file)));
      if (taken)
        problems.push({
          file,
          message: `would be published at ${publishedPath(file)}, which is ${taken.what}: rename the file`,
        });
    } else {
      const suggested = `${folder}/${slugify(name, { decamelize: false })}.md`;
      renamedTo.set(suggested, [...(renamedTo.get(suggested) ?? []), file]);
    }
  }
  for (const [suggested, group] of renamedTo) {
    // A name the kit uses itself is as good as taken.
    const holder =
      files.find((file) => file === suggested) ??
      (reservedAt(reserved, publishedPath(withoutLanguageFolder(suggested))) ? "the site itself" : undefined);
    for (const file of group)
      problems.push({
        file,
        message: `${NOT_A_SLUG}: ${renameAdvice(
          suggested,
          group.filter((other) => other !== file),
          holder,
        )}`,
      });
  }
  return problems;
}

/** How to rename a file to `suggested` (its name made a slug), given who else has or wants that name. */
function renameAdvice(suggested: string, othersRenamed: string[], holder: string | undefined): string {
  const slug = path.posix.basename(suggested).replace(/\.md$/, "");
  if (!slug) return "rename the file to a name made of lowercase letters, digits and dashes, like flu-shots.md";
  if (holder) return `and "${slug}.md" is taken by ${holder}: choose another name`;
  if (othersRenamed.length > 0)
    return `it would become "${slug}.md", which ${othersRenamed.join(" and ")} would need too, so give each its own name`;
  return `rename the file to "${slug}.md"`;
}
