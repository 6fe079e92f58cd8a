import { existsSync } from "node:fs";
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

export function sourceOfPublicPath(publicPath: string): string | undefined {
  for (const [prefix, folder] of Object.entries(PUBLIC_FOLDERS)) {
    if (publicPath.startsWith(prefix)) return folder + publicPath.slice(prefix.length);
  }
  return undefined;
}

/** Returns an editor-facing message when a path named in content does not lead to a file, else undefined. */
export function checkPublicFile(root: string, publicPath: string): string | undefined {
  const source = sourceOfPublicPath(publicPath);
  if (!source) {
    const places = Object.entries(PUBLIC_FOLDERS).map(([url, dir]) => `${url} (files in ${dir})`).join(" or ");
    return `is "${publicPath}", which is not a file the site publishes: use a path under ${places}`;
  }
  if (!existsSync(path.join(root, source))) {
    return `is "${publicPath}", but there is no file ${source}: add the file or fix the path`;
  }
  return undefined;
}
