import { readFileSync } from "node:fs";
import path from "node:path";
import type { PostPage } from "../blog/collections.ts";
import { formatIsoDate } from "../lib/dates.ts";
import { cacheFile, DiskCache } from "../lib/diskCache.ts";
import { TextCache } from "../lib/textCache.ts";
import type { ContentStore } from "../content/store.ts";
import type { SiteData } from "../clinicData/loadSiteData.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { addBrowserScript } from "../lib/browserScripts.ts";
import { copyIfChanged, replaceFile, writeIfChanged } from "../lib/outputFiles.ts";
import { channelName, CHANNELS } from "./channels.ts";
import { composeSnippets, type Snippets } from "./compose.ts";
import { csvLine, csvStart } from "../lib/csv.ts";
import { cachedShareImage, SHARE_IMAGE, type ShareImage } from "./image.ts";
import { shareSource } from "./source.ts";

/** Where a page's share image is published: beside the page. The site's own card serves every other page. */
export const shareImageUrl = (pageUrl: string) => `${pageUrl}share.png`;
export const SITE_CARD_URL = "/social/site.png";

const labelOf = (page: PostPage) => (page.tip ? "Health tip" : page.podcast ? "Podcast episode" : "Blog post");

/**
 * The share kit: texts for every network (/social/snippets.json, /social/schedule.csv, the /share/ page),
 * a 1200×630 card image per post, episode and tip, and the filters the page head uses for its card tags.
 */
export default function socialPlugin(
  eleventyConfig: EleventyConfig,
  { store, cacheDir }: { store: ContentStore; cacheDir: string },
): void {
  // Kept while what a page's texts are made from is the same: composing eight networks' texts for every
  // post was a tenth of each build, and of each npm start rebuild.
  const composed = new DiskCache<Snippets>(cacheFile("share-texts.json"));
  // A page's entry in snippets.json and its rows in schedule.csv, kept in memory for npm start: after one
  // edit, the other thousands are joined as they were, not made again.
  const fileEntries = new TextCache<{ json: string; csv: string }>();
  // The network settings as text, once per build (each build reads the site's data afresh).
  let settings: { site?: SiteData; text: string } = { text: "" };
  const settingsText = () =>
    (settings.site === store.site
      ? settings
      : (settings = { site: store.site, text: JSON.stringify(store.site.social) })
    ).text;
  const absolute = (url: string) => store.absolute(url);
  const sourceOf = (page: PostPage) => shareSource(page, store.site.clinic.url, page.url);
  const snippetsOf = (page: PostPage, source = sourceOf(page), sourceText = JSON.stringify(source)): Snippets =>
    composed.get(page.url, sourceText, settingsText(), () => composeSnippets(source, store.site.social));
  const entryOf = (page: PostPage) => {
    const source = sourceOf(page);
    const sourceText = JSON.stringify(source);
    const date = formatIsoDate(page.date, store.site.clinic.timeZone);
    return fileEntries.get(
      page.url,
      `${sourceText}\0${date}\0${labelOf(page)}`,
      `${store.site.clinic.url}\0${settingsText()}`,
      () => {
        const snippets = snippetsOf(page, source, sourceText);
        const [url, image] = [absolute(page.url), absolute(shareImageUrl(page.url))];
        return {
          json: JSON.stringify({ url, title: page.title, type: labelOf(page), date, image, ...snippets }),
          csv: CHANNELS.map((channel) =>
            csvLine([date, channel.name, snippets.channels[channel.id].text, url, image]),
          ).join(""),
        };
      },
    );
  };

  eleventyConfig.addCollection("shareable", (api) => store.all(api));
  eleventyConfig.addFilter("snippets", (page: PostPage) => snippetsOf(page));
  // From the checked settings, so a settings file written before the setting existed gets its default.
  eleventyConfig.addFilter("onSharePage", (pages: PostPage[]) => pages.slice(0, store.site.settings.postsOnSharePage));
  eleventyConfig.addFilter("channelName", (id: string) => channelName(id));
  eleventyConfig.addFilter("shareImageUrl", (pageUrl: string) => shareImageUrl(pageUrl));
  eleventyConfig.addFilter("isoDateTime", (date: { toISO(): string | null }) => date.toISO() ?? "");
  eleventyConfig.addGlobalData("shareCard", { ...SHARE_IMAGE, siteUrl: SITE_CARD_URL });

  addBrowserScript(eleventyConfig, "copyButtons", "/assets/copy-buttons.js");
  addBrowserScript(eleventyConfig, "videoFacade", "/assets/video-facade.js");

  // The share-text files are written after Eleventy, each only when it changed: most edits (a post's body)
  // leave every share text as it was, and the two files are tens of megabytes at thousands of posts.
  const timed = eleventyConfig.benchmarks.aggregate.get(
    "> Write share texts > /social/snippets.json, /social/schedule.csv",
  );
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    timed.before();
    const pages = store.visiblePages();
    writeIfChanged(
      path.join(directories.output, "social/snippets.json"),
      `[${pages.map((page) => entryOf(page).json).join(",")}]`,
    );
    writeIfChanged(
      path.join(directories.output, "social/schedule.csv"),
      csvStart +
        csvLine(["date", "channel", "text", "link", "image"]) +
        pages.map((page) => entryOf(page).csv).join(""),
    );
    timed.after();
  });

  // Card images are written after Eleventy, straight into the output: they are binary, and cached by content.
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const { clinic } = store.site;
    const markSvg = readFileSync(path.join(store.root, "_includes/assets/favicon.svg"), "utf8");
    const card = (title: string, label: string): ShareImage => ({
      title,
      label,
      siteName: clinic.name,
      siteUrl: clinic.url,
      brand: clinic.colors.brand,
      brandDark: clinic.colors.brandDark,
      markSvg,
    });
    // An image already in place and unchanged is left alone, so a one-post rebuild rewrites one image.
    let notKept: string | undefined;
    let redrawn = 0;
    const write = async (url: string, image: ShareImage) => {
      const made = await cachedShareImage(image, cacheDir);
      if ("redrawn" in made) redrawn++;
      if ("file" in made) return copyIfChanged(made.file, path.join(directories.output, url));
      replaceFile(path.join(directories.output, url), made.png);
      notKept ??= made.notKept;
    };
    await write(SITE_CARD_URL, card(clinic.tagline, clinic.shortName));
    for (const page of store.visiblePages()) await write(shareImageUrl(page.url), card(page.title, labelOf(page)));
    if (redrawn)
      console.warn(
        `[clinic] warning: ${redrawn} share image${redrawn === 1 ? " was" : "s were"} in ${path.relative(store.root, cacheDir)}/ but not whole 1200×630 PNGs, so ${redrawn === 1 ? "it was" : "they were"} drawn again: if this repeats, check what else writes to .cache/`,
      );
    if (notKept)
      console.warn(
        `[clinic] warning: share images could not be kept in ${path.relative(store.root, cacheDir)}/ (${notKept}), so the next build draws them all again: make .cache/ a folder the build can write to`,
      );
  });
}
