import { readFileSync } from "node:fs";
import path from "node:path";
import type { PostPage, PublishedView } from "../content/publishedView.ts";
import { markFile } from "../clinicData/mark.ts";
import type { ContentCache } from "../lib/cache.ts";
import { PICTURE_TYPES } from "../lib/mediaTypes.ts";
import { copyIfChanged, replaceFile } from "../lib/outputFiles.ts";
import { ThreadPool } from "../lib/threadPool.ts";
import { cachedShareImage, type ShareImage } from "./image.ts";

/** Where a page's share image is published: beside the page. The site's own card serves every other page. */
export const shareImageUrl = (pageUrl: string) => `${pageUrl}share.png`;
export const SITE_CARD_URL = "/social/site.png";

/** What a page is, as its card says above the title, in the page's language ("Health tip", "Consejo de salud"). */
export const labelOf = (page: PostPage, view: PublishedView) => {
  const words = view.languageAt(page.url).strings.cards as Record<string, string>;
  return words[page.tip ? "tip" : page.podcast ? "episode" : "post"]!;
};

type Drawn = { url: string } & Awaited<ReturnType<typeof cachedShareImage>>;

/**
 * Draws (or finds kept) the card of every page the build shows, and the site's own. Started before Eleventy
 * renders, so the drawing runs beside it; a card depends only on its page's title and kind and the clinic's.
 */
export async function drawCards(view: PublishedView, cache: ContentCache, root: string): Promise<Drawn[]> {
  const { clinic } = view.site;
  const mark = markFile(root, clinic);
  const markUrl = `data:${PICTURE_TYPES[path.extname(mark).toLowerCase()]};base64,${readFileSync(mark).toString("base64")}`;
  const card = (title: string, label: string): ShareImage => ({
    title,
    label,
    siteName: clinic.name,
    siteUrl: clinic.url,
    brand: clinic.colors.brand,
    brandDark: clinic.colors.brandDark,
    markUrl,
  });
  const cards: [string, ShareImage][] = [
    [SITE_CARD_URL, card(clinic.tagline, clinic.shortName)],
    ...view.all.map((page): [string, ShareImage] => [shareImageUrl(page.url), card(page.title, labelOf(page, view))]),
  ];
  // Started by the first card to draw: most builds find them all kept.
  let pool: ThreadPool<ShareImage, Uint8Array> | undefined;
  const draw = async (image: ShareImage) => {
    pool ??= new ThreadPool(new URL("./cardThread.ts", import.meta.url));
    const png = await pool.run(image);
    return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  };
  try {
    // All asked for at once: the drawing threads queue them (see serveTasks in lib/threadPool.ts).
    return await Promise.all(
      cards.map(async ([url, image]) => ({ url, ...(await cachedShareImage(image, cache, draw)) })),
    );
  } finally {
    await pool?.close();
  }
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
