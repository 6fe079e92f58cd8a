import type { Post } from "../content/post.ts";
import { TIPS_DIR } from "../content/folders.ts";
import { siteAddress } from "../content/siteAddress.ts";
import type { ShareSource } from "./compose.ts";

/** Where a post is published, worked out from its file the way Eleventy and posts/tips/tips.11tydata.js do. */
export function publishedPath(post: Pick<Post, "file" | "slug">): string {
  return post.file.startsWith(`${TIPS_DIR}/`) ? `/tips/${post.slug}/` : `/${post.file.replace(/\.md$/, "")}/`;
}

/** The post's full address on the site. */
export function publishedUrl(post: Pick<Post, "file" | "slug">, siteUrl: string): string {
  return siteAddress(siteUrl, publishedPath(post));
}

/** What the share kit needs from a post, with its absolute address. */
export function shareSource(post: Post, siteUrl: string, path = publishedPath(post)): ShareSource {
  return {
    slug: post.slug,
    url: siteAddress(siteUrl, path),
    title: post.title,
    lead: post.tip?.summary ?? post.description,
    firstParagraph: post.firstParagraph,
    tags: post.tip ? [post.tip.category.name, ...post.tags] : post.tags,
    chapters: post.podcast?.chapters,
    overrides: post.social,
  };
}
