import type { Post } from "../content/post.ts";
import { publishedPath as pathOfFile } from "../lib/publishedPath.ts";
import { siteAddress } from "../lib/siteAddress.ts";
import type { ShareSource } from "./compose.ts";
import type { SiteData } from "../clinicData/loadSiteData.ts";
import { topicNamer } from "../blog/index.ts";
import { shareImageUrl } from "./cards.ts";

/** Where a post is published (the address Eleventy writes it to). */
export function publishedPath(post: Pick<Post, "file">): string {
  return pathOfFile(post.file);
}

/** The post's full address on the site. */
export function publishedUrl(post: Pick<Post, "file" | "slug">, siteUrl: string): string {
  return siteAddress(siteUrl, publishedPath(post));
}

/**
 * What the share kit needs from a post, with its absolute address, and its topics' names (for hashtags) and
 * the texts' own words in the post's language.
 */
export function shareSource(
  post: Post,
  site: Pick<SiteData, "clinic" | "languages">,
  path = publishedPath(post),
): ShareSource {
  const language = site.languages.byCode.get(post.lang)!;
  const topicName = topicNamer(language);
  const words = language.strings.shareTexts as Record<string, string>;
  return {
    slug: post.slug,
    url: siteAddress(site.clinic.url, path),
    title: post.title,
    lead: post.tip?.summary ?? post.description,
    firstParagraph: post.firstParagraph,
    tags: (post.tip ? [post.tip.category.id, ...post.tags] : post.tags).map(topicName),
    chapters: post.podcast?.chapters,
    overrides: post.social,
    words: { linkInBio: language.linkInBio, learnMore: words.learnMore!, chapters: words.chapters! },
    event: post.event && {
      start: post.event.start.setZone(site.clinic.timeZone).toFormat("yyyy-MM-dd HH:mm"),
      end: post.event.end.setZone(site.clinic.timeZone).toFormat("yyyy-MM-dd HH:mm"),
    },
    // Tips and checklists are what people save on Pinterest.
    ...(post.tip && {
      pin: { image: siteAddress(site.clinic.url, shareImageUrl(path)), alt: `${post.title}, ${site.clinic.name}` },
    }),
  };
}
