import { unescapeAll } from "markdown-it/lib/common/utils.mjs";
import { ALLOW_COMMENT } from "./allows.ts";

/**
 * The text as a reader sees it, which is what the rules read (issue 16): a rule must not miss a number because
 * it was written in a way the page, a feed or the repository shows as that number. So:
 * - character references are decoded (`&#49;23` is "123"), and Markdown's backslash escapes dropped (`\-`);
 * - Unicode is read in its compatibility form (NFKC: full-width digits are ASCII digits, a no-break space is
 *   a space), hyphen-like dashes are "-", and zero-width characters are dropped; a soft hyphen between digits
 *   is a "-" (it shows as one where a line breaks), elsewhere it is dropped;
 * - emphasis marks are dropped (`123-*45*-6789`, `**Rosa Ibarra**, 49`): a reader sees the words, not marks;
 * - comments are read, without their `<!--` and `-->`: the source of an open project is published too;
 *   allow comments are not content and are dropped whole (allows.ts reads them);
 * - code is read: patient data is no safer in a code block;
 * - link and image addresses, autolinks and bare web addresses are not read; link titles and image alt are;
 * - HTML tags are dropped (those that break a line read as a space), but a title or alt they show is read.
 * Transcripts also lose their cue tags (`<i>`, `<v Guest>`), keeping a voice's name.
 *
 * Everything kept or changed is added to a MappedText with the stretch of the source it stands for.
 */

type Emit = (text: string, from: number, sourceLength: number) => void;

const ALTERNATIVES = [
  String.raw`(?<allow>${ALLOW_COMMENT.source})`,
  String.raw`(?<comment><!--|-->)`,
  // A link's or image's address, with its title if it has one: `](https://e.org "Title")`. Runs of spaces are
  // bounded, so a "](" followed by a page of spaces cannot make the search take quadratic time.
  String.raw`(?<destination>\]\([ \t]{0,32}(?:<[^>\n]*>|[^\s)]*)` +
    String.raw`(?:\s{1,32}(?<title>"[^"\n]*"|'[^'\n]*'))?[ \t]{0,32}\))`,
  // A link reference definition's address, `[guide]: https://e.org "Title"` (its title is read as text); that
  // "]:" opens a line's first bracket is checked after matching, as a "^" here slows every search.
  String.raw`(?<definition>\]:[ \t]*\S+)`,
  String.raw`(?<address><(?:https?|mailto|tel):[^>\s]*>|\b(?:https?:\/\/|www\.)[^\s)<>"]+)`,
  // An HTML tag an editor wrote (postHtml.ts lets a few through): `123-<em>45</em>-6789` reads 123-45-6789.
  String.raw`(?<tag><\/?[A-Za-z][A-Za-z\d-]*(?:\s[^<>]*)?>)`,
  String.raw`(?<entity>&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});)`,
  String.raw`(?<escape>\\[!-/:-@\[-\x60{-~])`,
  String.raw`(?<marks>[*_~]+)`,
  // A character outside ASCII (a surrogate pair is one). A combining accent is read with the letter before it
  // (composedWithMark); any other mark is left as it is.
  String.raw`(?<unicode>[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x00-\x7F])`,
];
const CUE_TAG = String.raw`(?<cue><(?:\/?[a-z][^>\n]*|\d[\d:.]*)>)`;
const MARKDOWN = new RegExp(ALTERNATIVES.join("|"), "g");
const TRANSCRIPT = new RegExp([CUE_TAG, ...ALTERNATIVES].join("|"), "g");

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Tags that do not break a line or a word where they stand; any other tag reads as a space.
const INLINE_TAGS = new Set(
  "a abbr b bdi bdo cite code del dfn em i ins kbd mark q s samp small span strong sub sup u var".split(" "),
);
// Hyphens and dashes a reader takes for "-" (in 123‑45‑6789 and in 6–12 alike): hyphen, non-breaking hyphen,
// figure dash, en dash, minus sign, small and full-width hyphen-minus. An em dash is punctuation and stays.
const DASHES = /[\u2010-\u2013\u2212\uFE63\uFF0D]/g;
const isDigit = (char: string | undefined) => char !== undefined && char >= "0" && char <= "9";
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Adds the reader's text of `source` from `from` to `to` through `emit`; `transcript` drops cue tags. */
export function readText(source: string, from: number, to: number, emit: Emit, transcript = false): void {
  const pattern = transcript ? TRANSCRIPT : MARKDOWN;
  // Searching a string that ends at `to` keeps the search (and a match) within the stretch; slicing is cheap.
  source = to < source.length ? source.slice(0, to) : source;
  pattern.lastIndex = from;
  let copied = from;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const at = m.index;
    const end = at + m[0].length;
    const composed = at > copied ? composedWithMark(source, at, m[0]) : undefined;
    if (composed !== undefined) {
      if (at - 1 > copied) emit(source.slice(copied, at - 1), copied, at - 1 - copied);
      emit(composed, at - 1, end - at + 1);
      copied = end;
      continue;
    }
    const read = readerForm(source, m);
    if (read === undefined) continue;
    if (at > copied) emit(source.slice(copied, at), copied, at - copied);
    copied = end;
    if (typeof read === "string") {
      if (read !== "") emit(read, at, end - at);
      continue;
    }
    // Words inside the stretch that a reader sees: a link's title (not its address), a tag's title or alt.
    emit(read.lead, at, 1);
    readText(source, read.from, read.to, emit, transcript);
    if (read.trail) emit(read.trail, end - 1, 1);
    pattern.lastIndex = end;
  }
  if (to > copied) emit(source.slice(copied, to), copied, to - copied);
}

/** Text around the words of an attribute or a link title (from, to) that a reader sees. */
type Shown = { lead: string; from: number; to: number; trail: string };

/** What the reader sees for one special stretch: undefined when it is read as written. */
function readerForm(source: string, m: RegExpExecArray): string | Shown | undefined {
  const raw = m[0];
  const groups = m.groups!;
  if (groups.allow !== undefined || groups.comment !== undefined || groups.address !== undefined) return "";
  if (groups.destination !== undefined) {
    const title = groups.title;
    if (!title) return "]";
    const from = m.index + raw.lastIndexOf(title) + 1;
    return { lead: "] ", from, to: from + title.length - 2, trail: "" };
  }
  if (groups.tag !== undefined) return tagRead(m.index, raw);
  if (groups.definition !== undefined) {
    const line = source.slice(source.lastIndexOf("\n", m.index) + 1, m.index);
    return /^ {0,3}\[[^\]]+$/.test(line) ? "]:" : undefined;
  }
  if (groups.entity !== undefined) return asRead(unescapeAll(raw));
  if (groups.escape !== undefined) return raw.slice(1);
  if (groups.marks !== undefined) return marksRead(source, m.index, raw);
  if (groups.cue !== undefined) {
    // A voice's name is shown as who speaks: "<v Ana Reyes>" reads "Ana Reyes: ".
    const voice = /^<v(?:\.[^\s>]*)?\s+([^>]*)>$/.exec(raw);
    return voice ? `${voice[1]}: ` : "";
  }
  return unicodeRead(source, m.index, raw);
}

// A tag is dropped (a space if it breaks words), but the title or alt text it shows is read.
function tagRead(at: number, raw: string): string | Shown {
  const name = /^<\/?([A-Za-z][A-Za-z\d-]*)/.exec(raw)![1]!.toLowerCase();
  const gap = INLINE_TAGS.has(name) ? "" : " ";
  const shown = /\s(?:title|alt)\s*=\s*("[^"]*"|'[^']*')/i.exec(raw);
  if (!shown) return gap;
  const from = at + shown.index + shown[0].length - shown[1]!.length + 1;
  return { lead: gap || " ", from, to: from + shown[1]!.length - 2, trail: gap || " " };
}

// Emphasis marks are dropped, but not a list bullet or a lone "*" between spaces ("2 * 3"), nor the "_" inside
// a word (snake_case).
function marksRead(source: string, at: number, raw: string): string | undefined {
  const before = source[at - 1];
  const after = source[at + raw.length];
  const spaceBefore = before === undefined || /\s/.test(before);
  const spaceAfter = after === undefined || /\s/.test(after);
  if (spaceBefore && spaceAfter) return undefined;
  if (raw[0] === "_" && isWordChar(before) && isWordChar(after)) return undefined;
  return "";
}

// Accents typed as marks after their letter (U+0300 to U+036F), as some keyboards and macOS file names write them.
const COMBINING_ACCENT = /^[\u0300-\u036F]$/;

/**
 * The letter before `at` and the accent at `at` as the one letter a reader sees ("n" and U+0303 read "ñ"), so
 * a rule's "años" or "médico" matches however the accent was typed; undefined when they do not make one letter.
 */
function composedWithMark(source: string, at: number, mark: string): string | undefined {
  if (!COMBINING_ACCENT.test(mark)) return undefined;
  const composed = (source[at - 1]! + mark).normalize("NFC");
  return composed.length === 1 ? composed : undefined;
}

function unicodeRead(source: string, at: number, raw: string): string | undefined {
  if (raw === "\u00AD") return isDigit(source[at - 1]) && isDigit(source[at + 1]) ? "-" : "";
  const read = asRead(raw);
  return read === raw ? undefined : read;
}

/** Compatibility form, "-" for a hyphen-like dash, no zero-width characters (nor a soft hyphen). */
const asRead = (text: string) => text.normalize("NFKC").replace(DASHES, "-").replace(INVISIBLE, "");
