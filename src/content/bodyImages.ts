import path from "node:path";
import markdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";
import type { PublicFile } from "../lib/publicFiles.ts";
import type { Problem } from "../lib/problems.ts";

// Only parsed, never rendered: the block structure gives each image's line.
const parser = markdownIt({ html: true });
// Where each tag starts, only to say its line: the sources themselves come from a real parse (htmlSources).
const IMG_TAG = /<img[\s/>]/gi;
// Any address with a scheme or a host: eleventy-img fetches every picture a page shows while the site is
// built, so a picture from elsewhere had the build machine fetch whatever a post named (its cloud's
// metadata service, a server that never answers). The HTML allow-list drops such pictures whatever their
// spelling; this tells the editor why, with the line.
const ELSEWHERE = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const PICTURES = "/posts/images/";
const DOWNLOAD_IT =
  "download it into posts/images/ and show it from there, like ![What it shows](/posts/images/name.jpg)";

/**
 * Every image source in a Markdown body, Markdown's `![…](…)` and HTML's `<img src>`, with its 0-based line
 * when it is known. The page is one piece of HTML, so a tag can open in one HTML block and close in another
 * (`<div><img alt="`, a blank line, `<div>" src="../x.png">`): the body rendered whole is read too, and a
 * source only it shows comes without a line.
 */
export function imageSources(body: string): { src: string; line?: number }[] {
  // Every build reads every post: most have no picture, and parsing their Markdown again only to learn that
  // costs more than this look. A Markdown picture always has "![", an HTML one "<img".
  if (!body.includes("![") && !/<img/i.test(body)) return [];
  const found: { src: string; line?: number }[] = [];
  for (const block of parser.parse(body, {})) {
    const line = block.map?.[0] ?? 0;
    if (block.type === "html_block")
      found.push(...htmlSources(block.content).map(({ src, offset }) => ({ src, line: line + offset })));
    for (const token of block.children ?? []) {
      if (token.type === "image") found.push({ src: token.attrGet("src") ?? "", line });
      if (token.type === "html_inline") found.push(...htmlSources(token.content).map(({ src }) => ({ src, line })));
    }
  }
  // Only raw HTML writes "<img" into the page (Markdown escapes "<" in text): without it there is no more to find.
  if (!/<img/i.test(body)) return found;
  const placed = found.map(({ src }) => src);
  for (const { src } of htmlSources(parser.render(body))) {
    const i = placed.indexOf(src);
    if (i >= 0) placed.splice(i, 1);
    else found.push({ src });
  }
  return found;
}

/**
 * The `src` of every `<img>` in a piece of HTML, read by the parser the post's own HTML goes through
 * (sanitize-html), so `<img alt=">" src="…">` and entity-spelled sources are seen as a browser sees them.
 * (The post's allow-list, src/content/postHtml.ts, keeps no `srcset`.) `offset` is the tag's line within
 * the piece when every `<img` written in it is a tag, else 0.
 */
function htmlSources(html: string): { src: string; offset: number }[] {
  if (!/<img/i.test(html)) return [];
  const sources: string[] = [];
  sanitizeHtml(html, {
    allowedTags: ["img"],
    allowedAttributes: { img: ["src"] },
    transformTags: {
      img: (tagName, attribs) => {
        if (attribs.src !== undefined) sources.push(attribs.src);
        return { tagName, attribs };
      },
    },
  });
  const starts = [...html.matchAll(IMG_TAG)].map((match) => match.index);
  const lineAt = (index: number) => html.slice(0, index).split("\n").length - 1;
  return sources.map((src, i) => ({ src, offset: starts.length === sources.length ? lineAt(starts[i]!) : 0 }));
}

/**
 * Images in a post's text are the site's own files, and go through the same check as its `image:` field. The image transform reads each
 * local source from disk and publishes it resized under /img/, so "/posts/images/../../../x.jpg" or
 * "../../x.jpg" would publish any picture on the machine that builds the site. A relative source is taken
 * from the post's folder, as the transform does. Drafts may name images not added yet (`missingAllowed`).
 */
export function bodyImageProblems(
  file: string,
  body: string,
  bodyLine: number,
  check: (publicPath: string) => PublicFile,
  missingAllowed: boolean,
): Problem[] {
  const at = (line: number | undefined) => (line === undefined ? undefined : bodyLine + line);
  return imageSources(body).flatMap(({ src, line }) => {
    if (ELSEWHERE.test(src)) {
      return [
        { file, line: at(line), message: `shows a picture from another site (${src.slice(0, 80)}): ${DOWNLOAD_IT}` },
      ];
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(src);
    } catch {
      decoded = src;
    }
    const publicPath = decoded.startsWith("/") ? decoded : `/${path.posix.join(path.posix.dirname(file), decoded)}`;
    // The image transform reads a picture from the folder its address names (/media/x.jpg from media/), so
    // only posts/images/, whose address is its folder, works: cover art or the logo shown in a post's text
    // crashed the build with the transform's own "no such file".
    if (!publicPath.startsWith(PICTURES)) {
      return [
        {
          file,
          line: at(line),
          message: `has an image "${src.slice(0, 80)}", which is not in posts/images/: a picture in a post's text is a file there, like ![What it shows](${PICTURES}name.jpg)`,
        },
      ];
    }
    const found = check(publicPath);
    if (!("problem" in found) || (found.missing && missingAllowed)) return [];
    return [{ file, line: at(line), message: `has an image "${src}", ${found.reason}` }];
  });
}
