import { memo } from "../lib/cache.ts";
import type { InkMask } from "../lib/inkedPng.ts";
import { escapeHtml } from "../lib/xmlSafe.ts";
import { families } from "./fonts.ts";

type Sharp = typeof import("sharp");

const withoutTrailingPunctuation = (text: string) => text.replace(/[\s,;:–—-]+$/u, "");

/** The largest n in 0..count for which fits(n) holds, given fits(0), for a fits that stops holding once n grows. */
async function longestFitting(count: number, fits: (n: number) => Promise<boolean>): Promise<number> {
  let [low, high] = [0, count];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (await fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Draws card titles with Pango (through sharp): wrapped at words to `width`, at most `maxLines` lines, and cut
 * with an ellipsis after the last whole word that fits (or the last letter, for one very long word).
 */
export function titleDrawer(sharp: Sharp, fontFilesFor: (text: string) => string[], width: number, maxLines: number) {
  const draw = async (text: string, size: number, fontfile?: string): Promise<InkMask> => {
    const { data, info } = await sharp({
      // Pango reads its text as markup.
      text: {
        text: escapeHtml(text),
        font: `${families()} Bold ${size}px`,
        fontfile,
        dpi: 72,
        width,
        wrap: "word-char",
      },
    })
      .toColourspace("b-w")
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  };
  // Fontconfig learns a font file the first time one is named, and then draws any text with it.
  const learnt = memo((file: string) => draw("H", 12, file));
  const learnFontsOf = (text: string) => Promise.all(fontFilesFor(text).map(learnt));
  // Two lines' height less one's is the distance from line to line, which counts a title's lines.
  const lineCounter = memo(async (size: number) => {
    await learnFontsOf("Hg");
    const [one, two] = [await draw("Hg", size), await draw("Hg\nHg", size)];
    return (mask: InkMask) => 1 + Math.round((mask.height - one.height) / (two.height - one.height));
  });

  return async (title: string, size: number): Promise<InkMask> => {
    const [lines] = await Promise.all([lineCounter(size), learnFontsOf(title)]);
    const fits = (mask: InkMask) => lines(mask) <= maxLines;
    const whole = await draw(title, size);
    if (fits(whole)) return whole;
    // Whole words if at least one fits, else letters (a single word longer than every line).
    for (const [pieces, joiner] of [
      [title.split(/\s+/), " "],
      [[...title], ""],
    ] as const) {
      const drawn = new Map<number, InkMask>();
      const cutAt = await longestFitting(pieces.length, async (n) => {
        const mask = await draw(`${withoutTrailingPunctuation(pieces.slice(0, n).join(joiner))}…`, size);
        drawn.set(n, mask);
        return fits(mask);
      });
      if (cutAt > 0) return drawn.get(cutAt)!;
    }
    return draw("…", size);
  };
}
