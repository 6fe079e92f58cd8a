import { readdirSync } from "node:fs";
import adminPlugin from "./admin/plugin.ts";
import { editorBackend, editorContentSecurityPolicy, EDITOR_FOLDER } from "./admin/index.ts";
import blogPlugin from "./blog/plugin.ts";
import { buildModeFrom } from "./content/buildContext.ts";
import type { BuildMode } from "./content/publishing.ts";
import { yamlForEleventy } from "./content/frontMatter.ts";
import { loadContent } from "./content/loadContent.ts";
import { createMarkdown, keepRendered, renderAhead } from "./content/markdown.ts";
import { PublishedView, type CurrentBuild } from "./content/publishedView.ts";
import { CONTENT_STEPS } from "./contentSteps.ts";
import editorialPlugin from "./editorial/plugin.ts";
import { FeedEntries } from "./feeds/index.ts";
import feedsPlugin from "./feeds/plugin.ts";
import imagesPlugin from "./images/plugin.ts";
import { ContentCache } from "./lib/cache.ts";
import type { EleventyConfig } from "./lib/eleventyTypes.ts";
import { POSTS_DIR } from "./lib/folders.ts";
import { ContentError, formatProblem } from "./lib/problems.ts";
import podcastPlugin from "./podcast/plugin.ts";
import questionsPlugin from "./questions/plugin.ts";
import searchPlugin from "./search/plugin.ts";
import sitePlugin from "./site/plugin.ts";
import socialPlugin from "./social/plugin.ts";
import structuredDataPlugin from "./structuredData/plugin.ts";
import tipsPlugin from "./tips/plugin.ts";
import translationsPlugin from "./translations/plugin.ts";

// Eleventy reads its input from the current folder, so the content checks read from the same place.
const root = process.cwd();

/** Every plugin is registered here, in one place. */
export default function clinicBlog(eleventyConfig: EleventyConfig): void {
  // One cache for the process: a build's, or the one npm start keeps between rebuilds.
  const cache = ContentCache.forSite(root);
  const onBody = renderAhead(cache);
  let view: PublishedView | undefined;
  const build: CurrentBuild = () => {
    if (!view) throw new Error("Content was used before it was loaded (the eleventy.before hook did not run).");
    return view;
  };
  // Eleventy runs the eleventy.before handlers together: a plugin that needs the content in its own waits
  // for this (see `loaded`).
  let loading: Promise<PublishedView> = Promise.reject(new Error("No build has started."));
  loading.catch(() => undefined);
  eleventyConfig.on("eleventy.before", ({ runMode }) => {
    // A save still waiting from the last rebuild would end this build's use of the cache halfway.
    cache.cancelSave();
    view = undefined;
    loading = loadView(root, cache, buildModeFrom(runMode), onBody).then((made) => (view = made));
    return loading;
  });
  const loaded = () => loading;

  eleventyConfig.setLibrary("md", keepRendered(createMarkdown(), cache));
  eleventyConfig.setFrontMatterParsingOptions({
    engines: { yaml: yamlForEleventy((source) => view?.content.parsedYaml.get(source)) },
  });
  for (const pattern of notContent(root)) eleventyConfig.ignores.add(pattern);
  // The build writes share cards and its cache into .cache/: under npm start, that must not count as an edit
  // and set off a full rebuild (a fork's .gitignore says so too, but a site may have none).
  eleventyConfig.watchIgnores.add(".cache/**");
  eleventyConfig.addWatchTarget("./_data/");

  const entries = new FeedEntries(build, cache);
  eleventyConfig.addPlugin(translationsPlugin, { build });
  // The web editor's folder keeps its own security policy; every other address gets the site's.
  const ownPolicies = () => {
    const backend = editorBackend(build().site.settings, process.env);
    return backend ? [{ folder: EDITOR_FOLDER, policy: editorContentSecurityPolicy(backend) }] : [];
  };
  eleventyConfig.addPlugin(sitePlugin, { build, loaded, root, ownPolicies });
  eleventyConfig.addPlugin(blogPlugin, { build });
  eleventyConfig.addPlugin(feedsPlugin, { build, entries });
  eleventyConfig.addPlugin(podcastPlugin, { build, entries, root });
  eleventyConfig.addPlugin(tipsPlugin, { build, entries });
  eleventyConfig.addPlugin(questionsPlugin, { build });
  eleventyConfig.addPlugin(editorialPlugin, { build, root });
  eleventyConfig.addPlugin(structuredDataPlugin, { build });
  eleventyConfig.addPlugin(imagesPlugin, { root });
  eleventyConfig.addPlugin(searchPlugin);
  eleventyConfig.addPlugin(socialPlugin, { build, loaded, cache, root });
  eleventyConfig.addPlugin(adminPlugin, { build, steps: CONTENT_STEPS });
  // Last: Eleventy runs plugins after this function, and eleventy.after handlers in the order they were added.
  eleventyConfig.addPlugin(saveCachePlugin, { cache });
}

/**
 * Saves the cache, in this one place, once the build has finished (a failed build saves nothing) and every
 * plugin's handler has used it. Under npm start it is saved a little after each rebuild, so the editor's
 * page reloads first: the file is tens of megabytes at thousands of posts, and what a Ctrl-C loses is only
 * worked out again.
 */
function saveCachePlugin(eleventyConfig: EleventyConfig, { cache }: { cache: ContentCache }): void {
  eleventyConfig.on("eleventy.after", ({ incremental }) => (incremental ? cache.saveSoon(2000) : cache.save()));
}

/** Loads and checks the content, printing every warning; throws one ContentError listing every problem. */
async function loadView(
  root: string,
  cache: ContentCache,
  mode: BuildMode,
  onBody: (file: string, body: string) => void,
): Promise<PublishedView> {
  const loaded = await loadContent(root, { steps: CONTENT_STEPS, cache, onBody });
  for (const warning of loaded.warnings) console.warn(`[clinic] warning: ${formatProblem(warning)}`);
  if (!loaded.content || loaded.problems.length > 0) throw new ContentError(loaded.problems);
  return new PublishedView(loaded.content, mode);
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
