import type { CurrentBuild } from "../content/publishedView.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { jsonForScript, pageGraph, type SitePageType } from "./pageGraph.ts";

/**
 * Every page's schema.org graph, for search engines: who runs the site, who wrote and who checked each
 * page, from what sources. The base layout writes it in a data block, which runs nothing (the security
 * policy has no say over it).
 */
export default function structuredDataPlugin(eleventyConfig: EleventyConfig, { build }: { build: CurrentBuild }): void {
  eleventyConfig.addFilter(
    "structuredData",
    (url: string, title: string, description: string | undefined, type: SitePageType | undefined) =>
      jsonForScript(pageGraph(build(), { url, title, description, type })),
  );
}
