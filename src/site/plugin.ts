import type { EleventyConfig } from "../eleventy/types.ts";
import { PUBLIC_FOLDERS } from "./publicFiles.ts";
import { SITE_PAGES } from "./pages.ts";

/** The pages every clinic site has, and the static files (logo, photos, post images) they use. */
export default function sitePlugin(eleventyConfig: EleventyConfig): void {
  for (const page of SITE_PAGES) {
    eleventyConfig.addTemplate(`site-pages/${page.inputPath}.njk`, "", {
      layout: page.layout,
      permalink: page.permalink,
      title: page.title,
      description: page.description,
      sitemap: !page.noSitemap,
      eleventyExcludeFromCollections: page.noSitemap ? true : undefined,
      ...page.data,
    });
  }
  for (const [url, folder] of Object.entries(PUBLIC_FOLDERS)) {
    eleventyConfig.addPassthroughCopy({ [folder]: url.replace(/^\/|\/$/g, "") });
  }
}
