import { eleventyImageTransformPlugin } from "@11ty/eleventy-img";
import type { EleventyConfig } from "../eleventy/types.ts";

/**
 * Post and tip images, whether in the front matter or the Markdown, become responsive <picture>s: AVIF and
 * WebP with a fallback, three widths, width and height set (no layout shift), and lazy loading. SVGs stay
 * SVGs. The site's own artwork (logo, staff photos, cover art) is marked `eleventy:ignore` in the layouts.
 */
export default function imagesPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addPlugin(eleventyImageTransformPlugin as never, {
    formats: ["avif", "webp", "auto"],
    widths: [480, 800, 1200],
    svgShortCircuit: true,
    urlPath: "/img/",
    failOnError: true,
    htmlOptions: {
      imgAttributes: { loading: "lazy", decoding: "async", sizes: "(min-width: 46rem) 46rem, 100vw" },
    },
  });
}
