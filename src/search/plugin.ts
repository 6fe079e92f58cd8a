import path from "node:path";
import { addBrowserScript } from "../lib/browserScripts.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";

/**
 * Site search with Pagefind: after every build (npm start included) the pages Eleventy wrote are indexed
 * into /pagefind/ on the site itself, so searching never leaves the clinic's origin. Only the main content
 * of posts, episodes and tips is indexed (the pages mark it with data-pagefind-body).
 */
export default function searchPlugin(eleventyConfig: EleventyConfig): void {
  // CLINIC_SEARCH=off leaves the index out (the benchmark times search separately).
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    if (process.env.CLINIC_SEARCH !== "off") await indexSite(directories.output);
  });

  addBrowserScript(eleventyConfig, "search", "/assets/search.js");
}

export async function indexSite(outputDir: string): Promise<void> {
  const pagefind = await import("pagefind"); // only when search is on
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Search index could not be started: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: outputDir });
  const written = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
  await pagefind.close();
  const problems = [...added.errors, ...written.errors];
  if (problems.length > 0) throw new Error(`Search index failed: ${problems.join("; ")}`);
}
