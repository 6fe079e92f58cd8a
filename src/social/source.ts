import type { Post } from "../content/post.ts";
import { publishedPath as pathOfFile } from "../lib/publishedPath.ts";
import { siteAddress } from "../lib/siteAddress.ts";
import type { ShareSource } from "./compose.ts";

/** Where a post is published (the address Eleventy writes it to). */
export function publishedPath(post: Pick<Post, "file">): string {
  return pathOfFile(post.file);
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
