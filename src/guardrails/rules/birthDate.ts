import { matchesOf, type Rule } from "../finding.ts";
import { bilingual, forText, SPANISH_MONTH, spanishPhrase, START } from "./spanish.ts";
import { anyOf, emphasisAsSpaces } from "./wording.ts";

/**
 * phi/birth-date: a date of birth, a HIPAA Safe Harbor identifier (45 CFR 164.514(b)(2)(i)(C): every element
 * of a date but the year). It is a date written after a birth label ("DOB", "Date-of-birth:", "born on"), or
 * a month with its year after "born in". A year alone passes ("born in 1961"), as Safe Harbor allows, and so
 * do dates that say who was born as a group ("Babies born in April 2026", "born in 1960 or later").
 * Spanish is read the same way: "fecha de nacimiento: 03/14/1961", "nació el 14 de marzo de 1961", "nacida en
 * marzo de 1961"; "nació en 1961" and "los bebés nacidos en abril de 2026" pass.
 */

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
const YEAR = "(?:\\d{4}|'\\d{2})";
// "12th", "the 5th of"
const DAY = "(?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: of)?";

/** The ways a full date is written: 03/14/1958, 1958-03-14, March 14, 1958, 14 March 1958, 12-Apr-1961. */
const DATES: readonly string[] = [
  "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}",
  "\\d{4}-\\d{2}-\\d{2}",
  `${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR}`,
  `${DAY} ${MONTH},? ${YEAR}`,
  `\\d{1,2}-${MONTH}-(?:\\d{4}|\\d{2})`,
];

/** What is written before a date of birth. */
const LABELS: readonly string[] = [
  "DOB",
  "D\\.O\\.B\\.?",
  "date[-\\s]of[-\\s]birth",
  "birth\\s?date",
  "birthday",
  "born(?: on)?",
];

// Between the label and the date: "is", a colon, and caption markup that wraps the date ("<i>June 2, 1950</i>").
const BETWEEN = String.raw`\s*(?:is|was|:|-)?\s*(?:<[a-z]+>\s*)?`;

// Spanish: "14 de marzo de 1961", "1.º de marzo del 61" ("1.º" is read "1.o", NFKC), "marzo 14, 1961", "14-mar-1961".
const SPANISH_DAY = String.raw`(?:el\s+)?(?:\d{1,2}(?:\.?o|ro)?|primero)`;
const SPANISH_DATES: readonly string[] = [
  // "del 66": two digits are a year after "del"
  String.raw`${SPANISH_DAY}\s+de\s+${SPANISH_MONTH}(?:(?:\s+del?|,)?\s+${YEAR}|\s+del\s+\d{2}\b)`,
  String.raw`${SPANISH_MONTH}\s+\d{1,2},?\s+${YEAR}`,
  String.raw`\d{1,2}-${SPANISH_MONTH}-(?:\d{4}|\d{2})`,
];
const SPANISH_LABELS = spanishPhrase(
  "fecha de nacimiento|fecha de nac\\.?|f\\. de nac\\.?|nacimiento|nació|nacido|nacida|cumpleaños",
);
const SPANISH_BETWEEN = String.raw`\s*(?:es|era|fue|:|-)?\s*(?:<[a-z]+>\s*)?(?:el\s+)?`;
const SPANISH_BIRTH_DATE = String.raw`${START}(?:(?:${SPANISH_LABELS})${SPANISH_BETWEEN}(?:${[...DATES, ...SPANISH_DATES].join("|")})|${spanishPhrase("(?:nació|nacido|nacida) en")}\s+${SPANISH_MONTH}(?:\s+del?|,)?\s+${YEAR})`;

// A date after a label, or a month and year after "born in" ("was born in April 1931"), in English or Spanish:
// one search for all.
const BIRTH_DATE = bilingual(
  `\\b(?:${anyOf(LABELS)}${BETWEEN}${anyOf(DATES)}|${anyOf([`born in ${MONTH}(?: of)?,? ${YEAR}`])})`,
  SPANISH_BIRTH_DATE,
  "gi",
);

// Dates that say who was born, as a group, rather than when one person was: "Babies born in", "born in … or later".
// (Spanish says it with a plural, "nacidos", which the labels leave out.)
const GROUP_BEFORE =
  /\b(?:babies|children|kids|people|adults|anyone|everyone|those|infants|women|men|who were|were)\s+$/i;
const RANGE_AFTER =
  /^\s*(?:or|and) (?:later|earlier|after|before)\b|^\s*(?:onwards?|and up)\b|^\s*(?:o|y) (?:después|despues|antes|más tarde|mas tarde)|^\s*en adelante/i;

export const BIRTH_DATE_RULE: Rule = {
  id: "phi/birth-date",
  severity: "error",
  fix: "remove the date of birth",
  check: ({ text: checkable, spanish }) => {
    const text = emphasisAsSpaces(checkable);
    const forOnePerson = (m: RegExpExecArray) =>
      !GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
      !RANGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
    return matchesOf(text, forText(BIRTH_DATE, spanish), () => "is a date of birth", forOnePerson);
  },
};
