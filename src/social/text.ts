import { splitGraphemes } from "./count.ts";

const ELLIPSIS = "…";

/**
 * The longest start of `text` for which `fits` holds, cut at a word boundary (never inside a grapheme:
 * emoji, flags and accented letters stay whole) and marked with an ellipsis. `fits` must hold for "".
 */
export function truncateToFit(text: string, fits: (candidate: string) => boolean): string {
  if (fits(text)) return text;
  const parts = splitGraphemes(text);
  const cut = (n: number) => {
    let end = n;
    // Back up to the last space so no word is broken, unless the text has no space to back up to.
    while (end > 0 && !/\s/.test(parts[end] ?? " ")) end--;
    const head = parts.slice(0, end > 0 ? end : n).join("").trimEnd().replace(/[\s,;:.!?—–-]+$/u, "");
    return head ? head + ELLIPSIS : "";
  };
  let low = 0;
  let high = parts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(cut(mid))) low = mid;
    else high = mid - 1;
  }
  return cut(low);
}

/** "mental-health" → "#MentalHealth": hashtags people can read, and screen readers can say. */
export function hashtag(tag: string): string {
  const words = tag.normalize("NFKC").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const camel = words.map((word) => word[0]!.toLocaleUpperCase() + word.slice(1)).join("");
  return camel ? `#${camel}` : "";
}

export function hashtags(tags: readonly string[], max: number): string[] {
  return [...new Set(tags.map(hashtag).filter(Boolean))].slice(0, max);
}

/** The post's link for one network, tagged so the clinic can see which network readers came from. */
export function linkFor(url: string, channel: string, campaign: string): string {
  const link = new URL(url);
  link.searchParams.set("utm_source", channel);
  link.searchParams.set("utm_medium", "social");
  link.searchParams.set("utm_campaign", campaign);
  return link.href;
}
