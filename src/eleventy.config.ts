import blogPlugin from "./blog/plugin.ts";
import { parseYaml } from "./content/frontMatter.ts";
import type { EleventyConfig } from "./eleventy/types.ts";
import { createMarkdown } from "./markdown.ts";
import sitePlugin from "./site/plugin.ts";

// Eleventy reads its input from the current folder, so the content checks read from the same place.
const root = process.cwd();

/** Every plugin is registered here, in one place. */
export default function clinicBlog(eleventyConfig: EleventyConfig): void {
  eleventyConfig.setLibrary("md", createMarkdown());
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: parseYaml } });
  for (const folder of ["README.md", "tests/**", "scripts/**", "src/**", ".github/**", ".ci/**", "_test-site/**"]) {
    eleventyConfig.ignores.add(folder);
  }
  eleventyConfig.addPlugin(sitePlugin);
  eleventyConfig.addPlugin(blogPlugin, { root });
}

export const config = {
  dir: { input: ".", includes: "_includes", data: "_data" },
  templateFormats: ["md", "njk"],
  // Posts are plain Markdown: an editor typing "{{" in a post must not trip a template engine.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
};
