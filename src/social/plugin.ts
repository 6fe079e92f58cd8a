import path from "node:path";
import type { CurrentBuild, PostPage, PublishedView } from "../content/publishedView.ts";
import { cachePart, digestOf, type ContentCache } from "../lib/cache.ts";
import { formatIsoDate } from "../lib/dates.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { addBrowserScript } from "../lib/browserScripts.ts";
import { writeIfChanged } from "../lib/outputFiles.ts";
import { channelName, channelsFor } from "./channels.ts";
import { composeSnippets, type Snippets } from "./compose.ts";
import { csvLine, csvStart } from "../lib/csv.ts";
import { drawCards, labelOf, shareImageUrl, SITE_CARD_URL, writeCards } from "./cards.ts";
import { SHARE_IMAGE } from "./image.ts";
import { shareSource } from "./source.ts";

// Kept while what a page's texts are made from is the same: composing eight networks' texts for every post
// was a tenth of each build, and of each npm start rebuild.
const SHARE_TEXTS = cachePart<Snippets>("share texts", { code: ["social"] });
// A page's entry in snippets.json and its rows in schedule.csv, kept in memory for npm start: after one edit,
// the other thousands are joined as they were, not made again.
const SHARE_ENTRY = cachePart<{ json: string; csv: string }>("share entry", { code: ["social"], disk: false });

/**
 * The share kit: texts for every network (/social/snippets.json, /social/schedule.csv, the /share/ page),
 * a 1200×630 card image per post, episode and tip, and the filters the page head uses for its card tags.
 */
export default function socialPlugin(
  eleventyConfig: EleventyConfig,
  {
    build,
    loaded,
    cache,
    root,
  }: { build: CurrentBuild; loaded: () => Promise<PublishedView>; cache: ContentCache; root: string },
): void {
  const cardFolder = ".cache/share-images";
  // The network settings as text, once per build (each build reads the site's data afresh).
  let settings: { for?: object; text: string } = { text: "" };
  const settingsText = () =>
    (settings.for === build() ? settings : (settings = { for: build(), text: JSON.stringify(build().site.social) }))
      .text;
  const absolute = (url: string) => build().absolute(url);
  const sourceOf = (page: PostPage) => shareSource(page, build().site, page.url);
  // What a page's texts are made from, as the context of what is kept in its record.
  const keptFor = (page: PostPage, sourceText: string, more = "") => ({
    record: cache.recordOf(page.file),
    context: digestOf(`${sourceText}\0${settingsText()}\0${more}`),
  });
  const snippetsOf = (page: PostPage, source = sourceOf(page), sourceText = JSON.stringify(source)): Snippets => {
    const make = () => composeSnippets(source, build().site.social);
    const { record, context } = keptFor(page, sourceText);
    return record ? record.keep(SHARE_TEXTS, { context, make }) : make();
  };
  const entryOf = (page: PostPage) => {
    const source = sourceOf(page);
    const sourceText = JSON.stringify(source);
    const date = formatIsoDate(page.date, build().site.clinic.timeZone);
    const make = () => {
      const snippets = snippetsOf(page, source, sourceText);
      const [url, image] = [absolute(page.url), absolute(shareImageUrl(page.url))];
      return {
        json: JSON.stringify({ url, title: page.title, type: labelOf(page, build()), date, image, ...snippets }),
        csv: channelsFor(build().site.social)
          .map((channel) => {
            const snippet = snippets.channels[channel.id]!;
            const { title = "", start = "", end = "" } = snippet.event ?? {};
            return csvLine([date, channel.name, snippet.text, snippet.button?.url ?? url, image, title, start, end]);
          })
          .join(""),
      };
    };
    const { record, context } = keptFor(
      page,
      sourceText,
      `${date}\0${labelOf(page, build())}\0${build().site.clinic.url}`,
    );
    return record ? record.keep(SHARE_ENTRY, { context, make }) : make();
  };

  eleventyConfig.addCollection("shareable", () => build().all);
  eleventyConfig.addFilter("snippets", (page: PostPage) => snippetsOf(page));
  // From the checked settings, so a settings file written before the setting existed gets its default.
  eleventyConfig.addFilter("onSharePage", (pages: PostPage[]) =>
    pages.slice(0, build().site.settings.postsOnSharePage),
  );
  eleventyConfig.addFilter("channelName", (id: string) => channelName(id));
  eleventyConfig.addFilter("shareImageUrl", (pageUrl: string) => shareImageUrl(pageUrl));
  eleventyConfig.addFilter("isoDateTime", (date: { toISO(): string | null }) => date.toISO() ?? "");
  eleventyConfig.addGlobalData("shareCard", { ...SHARE_IMAGE, siteUrl: SITE_CARD_URL });

  addBrowserScript(eleventyConfig, "copyButtons", "/assets/copy-buttons.js");
  addBrowserScript(eleventyConfig, "shareLinks", "/assets/share-links.js");
  addBrowserScript(eleventyConfig, "videoFacade", "/assets/video-facade.js");

  // The share-text files are written after Eleventy, each only when it changed: most edits (a post's body)
  // leave every share text as it was, and the two files are tens of megabytes at thousands of posts.
  const timed = eleventyConfig.benchmarks.aggregate.get(
    "> Write share texts > /social/snippets.json, /social/schedule.csv",
  );
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    timed.before();
    const pages = build().all;
    writeIfChanged(
      path.join(directories.output, "social/snippets.json"),
      `[${pages.map((page) => entryOf(page).json).join(",")}]`,
    );
    writeIfChanged(
      path.join(directories.output, "social/schedule.csv"),
      csvStart +
        csvLine(["date", "channel", "text", "link", "image", "event_title", "event_start", "event_end"]) +
        pages.map((page) => entryOf(page).csv).join(""),
    );
    timed.after();
  });

  // Cards are drawn beside Eleventy's rendering and written after it, straight into the output: they are
  // binary, and kept by content.
  let cards: Promise<Awaited<ReturnType<typeof drawCards>>> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    cards = loaded().then((view) => drawCards(view, cache, root));
    cards.catch(() => undefined); // reported when awaited, after Eleventy
  });
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const { redrawn, notKept } = writeCards(await cards!, directories.output);
    if (redrawn)
      console.warn(
        `[clinic] warning: ${redrawn} share image${redrawn === 1 ? " was" : "s were"} in ${cardFolder}/ but not whole 1200×630 PNGs, so ${redrawn === 1 ? "it was" : "they were"} drawn again: if this repeats, check what else writes to .cache/`,
      );
    if (notKept)
      console.warn(
        `[clinic] warning: share images could not be kept in ${cardFolder}/ (${notKept}), so the next build draws them all again: make .cache/ a folder the build can write to`,
      );
  });
}
