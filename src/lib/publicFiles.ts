import { realpathSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Where the site's own files come from: `/assets/…` is copied from `_includes/assets/`, images that sit
 * beside posts (`/posts/images/…`) from `posts/images/`, and audio, transcripts and cover art (`/media/…`)
 * from `posts/media/`. Data files name the public path; this finds the source.
 */
export const PUBLIC_FOLDERS: Record<string, string> = {
  "/assets/": "_includes/assets/",
  "/posts/images/": "posts/images/",
  "/media/": "posts/media/",
};

/** The folder a public path is published from, and the path inside it as written (not yet checked). */
function folderOf(publicPath: string): { folder: string; rest: string } | undefined {
  for (const [prefix, folder] of Object.entries(PUBLIC_FOLDERS)) {
    if (publicPath.startsWith(prefix)) return { folder, rest: publicPath.slice(prefix.length) };
  }
  return undefined;
}

// The folder itself counts as inside: it is then refused for not being a file.
const isInside = (folder: string, file: string) => file === folder || file.startsWith(folder + path.sep);

/**
 * The real file a public path names, or what is wrong with it: `reason` continues a sentence about the
 * path ("…, which leads outside posts/media/: …"), `problem` is the whole message for a field holding it,
 * and `missing` is set when only the file is absent.
 */
export type PublicFile = { file: string } | { problem: string; reason: string; missing?: true };

/**
 * Finds the file a path named in content stands for. The path is resolved first (`..`, and links, followed
 * to where they really lead) and only then required to be inside its folder: "/media/../../x" starts with
 * "/media/" but is a file outside the site, which must never be published or read into a page.
 */
export function publicFile(root: string, publicPath: string): PublicFile {
  const refused = (reason: string, missing?: true): PublicFile => ({
    problem: `is "${publicPath}", ${reason}`,
    reason,
    ...(missing && { missing }),
  });
  const where = folderOf(publicPath);
  if (!where) {
    const places = Object.entries(PUBLIC_FOLDERS)
      .map(([url, dir]) => `${url} (files in ${dir})`)
      .join(" or ");
    return refused(`which is not a file the site publishes: use a path under ${places}`);
  }
  const outside = refused(
    `which leads outside ${where.folder}: put the file in ${where.folder} and give its path without ".." in it`,
  );
  const folder = path.resolve(root, where.folder);
  const written = path.resolve(folder, where.rest);
  if (!isInside(folder, written)) return outside;
  let real: string;
  try {
    real = realpathSync(written);
  } catch {
    return refused(`but there is no file ${where.folder}${where.rest}: add the file or fix the path`, true);
  }
  if (!isInside(realpathSync(folder), real)) return outside;
  if (!statSync(real).isFile()) return refused("which is a folder: name a file in it");
  return { file: real };
}

/** Returns an editor-facing message when a path named in content does not lead to a file, else undefined. */
export function checkPublicFile(root: string, publicPath: string): string | undefined {
  const found = publicFile(root, publicPath);
  return "problem" in found ? found.problem : undefined;
}
