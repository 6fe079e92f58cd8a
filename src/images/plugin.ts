import { eleventyImageTransformPlugin } from "@11ty/eleventy-img";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { Pictures } from "./picture.ts";
import { publicFile } from "../lib/publicFiles.ts";

// eleventy-img's transform is registered for this made-up output extension instead of "html", so Eleventy
// does not parse every page with posthtml; the transform below hands it only the pages that need it.
const IMAGE_PAGES = "clinic-images";
const IGNORE = " eleventy:ignore";

/** True when the page has an <img> that is not the site's own artwork (marked `eleventy:ignore`). */
export function hasImagesToTransform(html: string): boolean {
  for (const [tag] of html.matchAll(/<img\b[^>]*>/gi)) {
    if (!tag.includes(IGNORE) && !/\ssrc="data:/.test(tag)) return true;
  }
  return false;
}

/**
 * Post and tip images, whether in the front matter or the Markdown, become responsive <picture>s: AVIF and
 * WebP with a fallback, three widths, width and height set (no layout shift), and lazy loading. SVGs stay
 * SVGs. The site's own artwork (logo, staff photos, cover art) is marked `eleventy:ignore` in the layouts.
 *
 * Parsing a page with posthtml costs several milliseconds, and most pages (lists, feeds, posts without
 * pictures) have nothing to transform; at a few thousand posts that was a quarter of the build.
 */
export default function imagesPlugin(eleventyConfig: EleventyConfig, { root }: { root: string }): void {
  eleventyConfig.addPlugin(eleventyImageTransformPlugin as never, {
    extensions: IMAGE_PAGES,
    formats: ["avif", "webp", "auto"],
    widths: [480, 800, 1200],
    svgShortCircuit: true,
    urlPath: "/img/",
    failOnError: true,
    htmlOptions: {
      imgAttributes: { loading: "lazy", decoding: "async", sizes: "(min-width: 46rem) 46rem, 100vw" },
    },
  });
  eleventyConfig.addTransform("clinic-images", async function (content) {
    if (!this.page.outputPath || !String(this.page.outputPath).endsWith(".html")) return content;
    // eleventy-img removes the `eleventy:ignore` marker from pages it transforms; the others lose it here.
    if (!hasImagesToTransform(content)) return content.replaceAll(IGNORE, "");
    return eleventyConfig.htmlTransformer.transformContent(`${this.page.outputPath}.${IMAGE_PAGES}`, content, this);
  });
  // {% picture path, width, class %}: a list's thumbnail or cover art; "eager" as a fourth for the page's top.
  const pictures = new Pictures(root, () => eleventyConfig.directories.output);
  eleventyConfig.addShortcode(
    "picture",
    (publicPath: string, width: number, className: string, loading: "lazy" | "eager" = "lazy") =>
      pictures.html(publicPath, { width, className, loading }),
  );
  eleventyConfig.on("eleventy.after", () => pictures.written());
  // A draft may name a picture not added yet (the content checks remind the editor): its preview leaves it out.
  eleventyConfig.addFilter("pictureAdded", (publicPath: string) => "file" in publicFile(root, publicPath));
}
