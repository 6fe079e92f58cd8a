import twitter from "twitter-text";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

// Printable ASCII and line feeds: every character is a grapheme of its own, so no segmenting is needed.
// Segmenting is slow, and most share texts are plain English tried at a dozen lengths each.
const PLAIN = /^[\x20-\x7e\n]*$/;

/**
 * What a person sees as one character: "👨‍👩‍👧", "🇺🇸" and "é" are one each.
 *
 * V8's segmenter slows with the length of the string it was given, whatever part of it is read, so a long
 * text is segmented a piece at a time. A piece's last grapheme may be cut short, so it is left for the next
 * piece, which starts on a boundary the segmenter found: segmenting from a boundary finds the same ones.
 */
export function splitGraphemes(text: string): string[] {
  if (PLAIN.test(text)) return text.split("");
  const parts: string[] = [];
  let start = 0;
  let size = PIECE;
  while (start < text.length) {
    const piece = text.slice(start, start + size);
    const found = Array.from(graphemes.segment(piece), (part) => part.segment);
    const last = start + size >= text.length;
    if (!last && found.length < 2) {
      size *= 2; // one grapheme longer than a piece (a letter under thousands of accents): look further
      continue;
    }
    if (!last) found.pop();
    for (const part of found) {
      parts.push(part);
      start += part.length;
    }
    size = PIECE;
  }
  return parts;
}

// UTF-16 units segmented at once: long enough that the pieces cost little, short enough to stay fast.
const PIECE = 1024;

export function countGraphemes(text: string): number {
  return PLAIN.test(text) ? text.length : splitGraphemes(text).length;
}

const URL_PATTERN = /https?:\/\/\S+/g;
// A link as X sees one on a real domain: 23 characters. twitter-text only knows links on domains it has on
// its list, so a link on the sample's .example domain (or a new one) would count whole and push out the words.
const LINK_AS_X_SEES_IT = "https://t.co/0123456789";

/** X's weighted length (URLs 23, CJK and emoji 2), as X itself counts with its twitter-text library. */
export function countForX(text: string): number {
  return twitter.parseTweet(text.replace(URL_PATTERN, LINK_AS_X_SEES_IT)).weightedLength;
}

/** Mastodon counts characters (code points), and every link as the server's link length whatever its own. */
export function countForMastodon(text: string, linkLength = 23): number {
  return [...text.replace(URL_PATTERN, "x".repeat(linkLength))].length;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** Threads counts characters, but an emoji as the bytes it takes in UTF-8 ("👍" is 4, a family more). */
export function countForThreads(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let count = 0;
  for (const grapheme of splitGraphemes(text))
    count += EMOJI.test(grapheme) ? Buffer.byteLength(grapheme, "utf8") : [...grapheme].length;
  return count;
}

/** Characters as most networks count them: code points (an emoji family counts as several, erring short). */
export function countCodePoints(text: string): number {
  return [...text].length;
}
