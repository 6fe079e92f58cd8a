import twitter from "twitter-text";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

// Printable ASCII and line feeds: every character is a grapheme of its own, so no segmenting is needed.
// Segmenting is slow, and most share texts are plain English tried at a dozen lengths each.
const PLAIN = /^[\x20-\x7e\n]*$/;

/** What a person sees as one character: "👨‍👩‍👧", "🇺🇸" and "é" are one each. */
export function splitGraphemes(text: string): string[] {
  if (PLAIN.test(text)) return text.split("");
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

export function countGraphemes(text: string): number {
  return PLAIN.test(text) ? text.length : splitGraphemes(text).length;
}

/** X's weighted length (URLs 23, CJK and emoji 2), as X itself counts with its twitter-text library. */
export function countForX(text: string): number {
  return twitter.parseTweet(text).weightedLength;
}

const URL_PATTERN = /https?:\/\/\S+/g;

/** Mastodon counts characters (code points), and every link as 23 whatever its length. */
export function countForMastodon(text: string): number {
  return [...text.replace(URL_PATTERN, "x".repeat(23))].length;
}

/** Characters as most networks count them: code points (an emoji family counts as several, erring short). */
export function countCodePoints(text: string): number {
  return [...text].length;
}
