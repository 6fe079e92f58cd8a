import path from "node:path";
import markdownIt from "markdown-it";
import type { PublicFile } from "../site/publicFiles.ts";
import type { Problem } from "./problems.ts";

// Only parsed, never rendered: the block structure gives each image's line.
const parser = markdownIt({ html: true });
const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
// Any address with a scheme or a host: eleventy-img fetches every picture a page shows while the site is
// built, so a picture from elsewhere had the build machine fetch whatever a post named (its cloud's
// metadata service, a server that never answers). The HTML allow-list drops such pictures whatever their
// spelling; this tells the editor why, with the line.
const ELSEWHERE = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const DOWNLOAD_IT = "download it into posts/images/ and show it from there, like ![What it shows](/posts/images/name.jpg)";

/** Every image source in a Markdown body, Markdown's `![…](…)` and HTML's `<img src>`, with its 0-based line. */
export function imageSources(body: string): { src: string; line: number }[] {
  const found: { src: string; line: number }[] = [];
  for (const block of parser.parse(body, {})) {
    const line = block.map?.[0] ?? 0;
    const html = block.type === "html_block" ? [block.content] : [];
    for (const token of block.children ?? []) {
      if (token.type === "image") found.push({ src: token.attrGet("src") ?? "", line });
      if (token.type === "html_inline") html.push(token.content);
    }
    for (const text of html) for (const match of text.matchAll(IMG_SRC)) found.push({ src: match[1] ?? match[2] ?? match[3] ?? "", line });
  }
  return found;
}

/**
 * Images in a post's text are the site's own files, and go through the same check as its `image:` field. The image transform reads each
 * local source from disk and publishes it resized under /img/, so "/posts/images/../../../x.jpg" or
 * "../../x.jpg" would publish any picture on the machine that builds the site. A relative source is taken
 * from the post's folder, as the transform does. Drafts may name images not added yet (`missingAllowed`).
 */
export function bodyImageProblems(file: string, body: string, bodyLine: number, check: (publicPath: string) => PublicFile, missingAllowed: boolean): Problem[] {
  return imageSources(body).flatMap(({ src, line }) => {
    if (ELSEWHERE.test(src)) {
      return [{ file, line: bodyLine + line, message: `shows a picture from another site (${src.slice(0, 80)}): ${DOWNLOAD_IT}` }];
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(src);
    } catch {
      decoded = src;
    }
    const publicPath = decoded.startsWith("/") ? decoded : `/${path.posix.join(path.posix.dirname(file), decoded)}`;
    const found = check(publicPath);
    if (!("problem" in found) || (found.missing && missingAllowed)) return [];
    return [{ file, line: bodyLine + line, message: `has an image "${src}", ${found.reason}` }];
  });
}
