/** Where editors' Markdown lives; tips have their own folder and front matter. */
export const POSTS_DIR = "posts";
export const TIPS_DIR = `${POSTS_DIR}/tips`;

/**
 * Files a computer or git leaves in any folder (macOS's .DS_Store, git's .gitkeep): never templates, never
 * published on purpose. Any other name starting with a dot is a file like the rest, checked as such: Eleventy
 * renders `posts/.njk` and the site copies `posts/images/.page.html` as readily as any other name.
 */
export const LEFT_BEHIND_FILES: ReadonlySet<string> = new Set([".DS_Store", ".gitkeep"]);
