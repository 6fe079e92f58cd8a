/**
 * Pieces of wording that the case, advice and birth-date rules share: numbers as people write them in prose
 * ("fifty-four", "one and a half", "½") and a way to write a phrase list the way emergency.ts does. Each is
 * a regular expression source, to be put inside a larger pattern.
 *
 * Written out rather than taken from a language library (compromise reads number words and person names):
 * the rules need numbers only up to ages and doses, which a thirty-word list covers, and names are found by
 * their shape in any script (José, Nguyễn, GARCIA, deShawn), where an English name model misses the names a
 * community clinic's patients have. The corpus (tests/guardrails-corpus/) catches every such case this way.
 */

const ONES = "one two three four five six seven eight nine".split(" ");
const TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");

// Longest first, so "seventeen" is not read as "seven" and "fifty-four" not as "fifty".
const UNDER_HUNDRED = `(?:(?:${TENS.join("|")})(?:[-\\s](?:${ONES.join("|")}))?|${TEENS.join("|")}|${ONES.join("|")})`;

/** A whole number written in words, one to a hundred and nineteen ("fifty-four", "a hundred and two"). */
export const NUMBER_WORD = `(?:(?:a|one) hundred(?:(?: and)? ${UNDER_HUNDRED})?|${UNDER_HUNDRED})`;

/** A written fraction: "½", "1/2". */
export const FRACTION = String.raw`(?:[½⅓⅔¼¾⅛]|\d\/\d{1,2})`;

/** A number in digits, whole ("2,300" as one number, not "300") or with decimals. */
export const DIGITS = String.raw`(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/**
 * A phrase from a list as a pattern source: a space stands for any run of white space (a line break, a
 * no-break space, emphasis marks read as spaces), an apostrophe for a straight or a curly one, WORD for one
 * word.
 */
export const phrase = (source: string) =>
  source
    .replaceAll("'", "['’]")
    .replaceAll(" ", String.raw`\s+`)
    .replaceAll("WORD", String.raw`[\w'’-]+`);

/** Any of a list of phrases. */
export const anyOf = (phrases: readonly string[]) => `(?:${phrases.map(phrase).join("|")})`;

/**
 * The text with Markdown emphasis marks read as spaces, so "**Stop** your *insulin*" reads as it is said.
 * Every character keeps its place, so a match's index is still the file's.
 */
export const emphasisAsSpaces = (text: string) =>
  // Most texts have no emphasis at all, and looking for one character is far quicker than a regular expression.
  text.includes("*") || text.includes("_") || text.includes("~") ? text.replace(/[*_~]/g, " ") : text;
