import { splitGraphemes } from "./count.ts";

const ELLIPSIS = "…";

/**
 * The longest start of `text` for which `fits` holds, cut at a word boundary (never inside a grapheme:
 * emoji, flags and accented letters stay whole) and marked with an ellipsis. `fits` must hold for "".
 *
 * Only starts near the length that fits are counted, never the whole of a long text: a network's count
 * (twitter-text's most of all) grows faster than the text, and a 200 KB first paragraph counted whole,
 * a dozen times, took most of a minute. Lengths double from a short start until one does not fit, then a
 * binary search between the last two finds the cut: the work follows the share text's length, not the post's.
 */
export function truncateToFit(text: string, fits: (candidate: string) => boolean): string {
  const whole = text.length <= MOST_FITTED;
  const parts = splitGraphemes(whole ? text : text.slice(0, MOST_FITTED));
  // The last grapheme of a cut text may be cut short itself.
  if (!whole) parts.pop();
  const cut = (n: number) => {
    let end = n;
    // Back up to the last space so no word is broken, unless the text has no space to back up to.
    while (end > 0 && !/\s/.test(parts[end] ?? " ")) end--;
    const head = parts
      .slice(0, end > 0 ? end : n)
      .join("")
      .trimEnd()
      .replace(/[\s,;:.!?—–-]+$/u, "");
    return head ? head + ELLIPSIS : "";
  };
  let low = 0;
  let high = FIRST_TRY;
  while (high < parts.length && fits(cut(high))) [low, high] = [high, high * 2];
  if (high >= parts.length) {
    if (whole && fits(text)) return text;
    high = parts.length - 1;
  } else high -= 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(cut(mid))) low = mid;
    else high = mid - 1;
  }
  return cut(low);
}

// UTF-16 units of a text that fitting looks at: twice the longest share text (YouTube's 5,000-character
// description), so no network is short of words, and a 200 KB paragraph costs what a page of it does.
const MOST_FITTED = 20_000;

// Graphemes tried first: most share texts are a title and a sentence or two.
const FIRST_TRY = 128;

/** "mental-health" → "#MentalHealth": hashtags people can read, and screen readers can say. */
export function hashtag(tag: string): string {
  const words = tag
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const camel = words.map((word) => word[0]!.toLocaleUpperCase() + word.slice(1)).join("");
  return camel ? `#${camel}` : "";
}

export function hashtags(tags: readonly string[], max: number): string[] {
  return [...new Set(tags.map(hashtag).filter(Boolean))].slice(0, max);
}

/**
 * The post's link for one network, tagged so the clinic can see which network readers came from: with the
 * medium and campaign too, or (where the whole link counts against a short limit) the source alone.
 */
export function linkFor(url: string, channel: string, campaign: string, sourceOnly = false): string {
  const link = new URL(url);
  link.searchParams.set("utm_source", channel);
  if (!sourceOnly) {
    link.searchParams.set("utm_medium", "social");
    link.searchParams.set("utm_campaign", campaign);
  }
  return link.href;
}
