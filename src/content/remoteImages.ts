import type { Problem } from "./problems.ts";

/**
 * Pictures in a post must be the site's own files. eleventy-img fetches every picture a page shows while
 * the site is built, so a picture from elsewhere had the build machine fetch whatever address a post named
 * (its cloud's metadata service, a server that never answers). The HTML allow-list (src/content/postHtml.ts)
 * drops such pictures whatever their spelling; this finds the usual spellings so the editor learns why.
 */
const REMOTE_PICTURES = [
  // ![description](https://…) and ![description](//…)
  /!\[[^\]]*\]\(\s*<?((?:[a-z][a-z0-9+.-]*:)?\/\/[^\s)>]+)/gi,
  // <img src="https://…">, with or without quotes
  /<img\b[^>]*?\bsrc\s*=\s*["']?\s*((?:[a-z][a-z0-9+.-]*:)?\/\/[^\s"'>]+)/gi,
];
// Code shown in a post (``` or ~~~ fences) is text, not a picture.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A problem for each line of the file that shows a picture from another site. */
export function remoteImageProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  let fence: string | undefined;
  text.split("\n").forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (fence) return;
    for (const pattern of REMOTE_PICTURES) {
      for (const [, address] of line.matchAll(pattern)) {
        const fix = "download it into posts/images/ and show it from there, like ![What it shows](/posts/images/name.jpg)";
        problems.push({ file, line: index + 1, message: `shows a picture from another site (${address}): ${fix}` });
      }
    }
  });
  return problems;
}
