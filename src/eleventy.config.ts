import { readdirSync } from "node:fs";
import path from "node:path";
import blogPlugin from "./blog/plugin.ts";
import { parseYamlForEleventy } from "./content/frontMatter.ts";
import { cacheFile, DiskCache, saveDiskCaches } from "./lib/diskCache.ts";
import { ContentStore } from "./content/store.ts";
import type { EleventyConfig } from "./lib/eleventyTypes.ts";
import { FeedEntries } from "./feeds/entries.ts";
import feedsPlugin from "./feeds/plugin.ts";
import podcastPlugin from "./podcast/plugin.ts";
import editorialPlugin from "./editorial/plugin.ts";
import imagesPlugin from "./images/plugin.ts";
import searchPlugin from "./search/plugin.ts";
import socialPlugin from "./social/plugin.ts";
import tipsPlugin from "./tips/plugin.ts";
import { POSTS_DIR } from "./lib/folders.ts";
import { createMarkdown, keepRendered } from "./content/markdown.ts";
import sitePlugin from "./site/plugin.ts";

// Eleventy reads its input from the current folder, so the content checks read from the same place.
const root = process.cwd();

/** Every plugin is registered here, in one place. */
export default function clinicBlog(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", keepRendered(createMarkdown(), new DiskCache(cacheFile("markdown.json"))));
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: parseYamlForEleventy } });
  for (const pattern of notContent(root)) eleventyConfig.ignores.add(pattern);
  // The build writes share cards and guardrail findings into .cache/: under npm start, that must not count
  // as an edit and set off a full rebuild (a fork's .gitignore says so too, but a site may have none).
  eleventyConfig.watchIgnores.add(".cache/**");
  const store = new ContentStore(root);
  const entries = new FeedEntries(store);
  eleventyConfig.on("eleventy.before", async ({ runMode }) => {
    entries.clear();
    await store.load(runMode);
  });
  eleventyConfig.addWatchTarget("./_data/");

  eleventyConfig.addPlugin(sitePlugin, { store });
  eleventyConfig.addPlugin(blogPlugin, { store });
  eleventyConfig.addPlugin(feedsPlugin, { store, entries });
  eleventyConfig.addPlugin(podcastPlugin, { store, entries });
  eleventyConfig.addPlugin(tipsPlugin, { store, entries });
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(editorialPlugin, { store });
  eleventyConfig.addPlugin(imagesPlugin);
  eleventyConfig.addPlugin(socialPlugin, { store, cacheDir: path.join(root, ".cache/share-images") });
  // Last: Eleventy runs eleventy.after handlers in the order they were added, and the plugins' handlers
  // use the caches too (the share texts are made there). A full build keeps only what it used.
  eleventyConfig.addPlugin(keepCachesPlugin);
}

/**
 * Writes what the build kept once it has finished (a failed build writes nothing). Under npm start it is
 * written a little after each rebuild, so the editor's page reloads first: the files are tens of megabytes
 * at thousands of posts, and entries lost to a Ctrl-C are only worked out again.
 */
function keepCachesPlugin(eleventyConfig: EleventyConfig): void {
  let pendingSave: ReturnType<typeof setTimeout> | undefined;
  eleventyConfig.on("eleventy.after", ({ incremental }) => {
    clearTimeout(pendingSave);
    if (!incremental) return saveDiskCaches({ prune: true });
    pendingSave = setTimeout(() => saveDiskCaches({ prune: false }), 2000).unref();
  });
}

/**
 * Everything Eleventy would read as a template but posts/: the site's pages are the kit's own (virtual
 * templates), and a Markdown or Nunjucks file anywhere else (a fork's docs/, a stray page at the top) would
 * be published, and could run code through its front matter, without any of the checks posts get.
 */
function notContent(root: string): string[] {
  const folders = readdirSync(root, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && entry.name !== POSTS_DIR && entry.name !== "node_modules",
  );
  return ["*.md", "*.njk", "*.11ty.*", ...folders.map((folder) => `${folder.name}/**`)];
}

export const config = {
  dir: { input: ".", includes: "_includes", data: "_data" },
  templateFormats: ["md", "njk", "11ty.js"],
  // Posts are plain Markdown: an editor typing "{{" in a post must not trip a template engine.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
};
