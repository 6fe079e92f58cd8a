import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transform } from "esbuild";
import type { EleventyConfig } from "./eleventyTypes.ts";

/**
 * Publishes one of the small browser scripts in src/browser/ (TypeScript like the rest) as a minified ES
 * module at `permalink`. esbuild strips the types at build time; there is no bundler and no dependency.
 */
export function addBrowserScript(eleventyConfig: EleventyConfig, name: string, permalink: string): void {
  const source = fileURLToPath(new URL(`../browser/${name}.ts`, import.meta.url));
  eleventyConfig.addTemplate(`browser/${name}.11ty.js`, {
    data: { permalink, eleventyExcludeFromCollections: true, sitemap: false },
    render: async () =>
      (await transform(readFileSync(source, "utf8"), { loader: "ts", minify: true, target: "es2019", format: "esm" }))
        .code,
  });
}
