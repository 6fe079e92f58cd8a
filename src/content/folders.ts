/** Where editors' Markdown lives; tips have their own folder and front matter. */
export const POSTS_DIR = "posts";
export const TIPS_DIR = `${POSTS_DIR}/tips`;
