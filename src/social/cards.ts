import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PostPage, PublishedView } from "../content/publishedView.ts";
import type { ContentCache } from "../lib/cache.ts";
import { copyIfChanged, replaceFile } from "../lib/outputFiles.ts";
import { mapWithLimit } from "../lib/pool.ts";
import { cachedShareImage, type ShareImage } from "./image.ts";

/** Where a page's share image is published: beside the page. The site's own card serves every other page. */
export const shareImageUrl = (pageUrl: string) => `${pageUrl}share.png`;
export const SITE_CARD_URL = "/social/site.png";

export const labelOf = (page: PostPage) => (page.tip ? "Health tip" : page.podcast ? "Podcast episode" : "Blog post");

type Drawn = { url: string } & Awaited<ReturnType<typeof cachedShareImage>>;

// Cards drawn at once: sharp draws in libuv's threads while the next card is laid out on this one, so a few
// in flight per core keep every core busy (the commit that added this has the measurements).
const IN_FLIGHT = os.availableParallelism() * 4;

/**
 * Draws (or finds kept) the card of every page the build shows, and the site's own. Started before Eleventy
 * renders, so the drawing runs beside it; a card depends only on its page's title and kind and the clinic's.
 */
export function drawCards(view: PublishedView, cache: ContentCache, root: string): Promise<Drawn[]> {
  const { clinic } = view.site;
  const markSvg = readFileSync(path.join(root, "_includes/assets/favicon.svg"), "utf8");
  const card = (title: string, label: string): ShareImage => ({
    title,
    label,
    siteName: clinic.name,
    siteUrl: clinic.url,
    brand: clinic.colors.brand,
    brandDark: clinic.colors.brandDark,
    markSvg,
  });
  const cards: [string, ShareImage][] = [
    [SITE_CARD_URL, card(clinic.tagline, clinic.shortName)],
    ...view.all.map((page): [string, ShareImage] => [shareImageUrl(page.url), card(page.title, labelOf(page))]),
  ];
  return mapWithLimit(cards, IN_FLIGHT, async ([url, image]) => ({ url, ...(await cachedShareImage(image, cache)) }));
}

/**
 * Puts the drawn cards in the output, leaving alone an image already in place and unchanged (so a one-post
 * rebuild rewrites one image). Says what went wrong with the kept cards, for a warning.
 */
export function writeCards(drawn: readonly Drawn[], output: string): { redrawn: number; notKept?: string } {
  let redrawn = 0;
  let notKept: string | undefined;
  for (const made of drawn) {
    if ("redrawn" in made) redrawn++;
    if ("file" in made) copyIfChanged(made.file, path.join(output, made.url));
    else {
      replaceFile(path.join(output, made.url), made.data);
      notKept ??= made.notKept;
    }
  }
  return { redrawn, notKept };
}
