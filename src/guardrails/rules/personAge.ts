import type { RuleMatch } from "../finding.ts";
import { AÑOS, bilingual, forText, SPANISH_NUMBER_WORD, SPANISH_WORD, type Bilingual } from "./spanish.ts";
import { NUMBER_WORD } from "./wording.ts";

/**
 * A person named with their age, the way a story introduces someone: "Maria, 54,", "José, fifty-four,",
 * "MARIA GARCIA, 54,", "Mr. Lopez, age 54", "Grace Whitfield (age 71)", "Mrs. Haddad, who is 80,",
 * "Kenji Watanabe, a sixty-year-old retired teacher", "a 54-year-old named Darnell Price". Names are told by
 * their shape, not looked up in a list, so names from every language count.
 *
 * An age must be set apart as an age (a comma, a bracket, "age", "years old"): "Seniors, 65 and older" and
 * "On Tuesday, 12 volunteers" are not a person and an age. Spanish the same way: "María, de 54 años,", "José,
 * cincuenta y cuatro,", "Rosa Ibarra (49 años)", "la Sra. López, que tiene 80 años,", "un hombre de 54 años
 * llamado Darnell Price"; not "Adultos, de 65 años en adelante".
 */

// A word of a name: capitalised in any script ("José", "Nguyễn"), all capitals ("GARCIA"), or a short
// lowercase start before a capital ("deShawn", "mcKenzie").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}\x27\u2019-]+|\p{Lu}{2,}|\p{Ll}{1,3}\p{Lu}\p{Ll}+)`;
const NAME = String.raw`(?<![\p{L}\p{N}])(?<first>${NAME_WORD})(?:\s+(?<last>${NAME_WORD}))?`;
// 0 to 119, in digits or words.
const AGE = String.raw`(?:(?<![\d,.])(?:1[01]\d|[1-9]?\d)(?![\d,.]\d)|${NUMBER_WORD})`;
const YEARS_OLD = String.raw`[-\s]years?[-\s]old`;
// Where an age set apart by commas ends: a comma, a bracket, a quote, a full stop, or the end of the line.
const AGE_END = String.raw`(?=\s*(?:[,;)"”’]|\.(?:\s|$)|$))`;

/** What follows a name and a comma to give the age. */
const AFTER_COMMA: readonly string[] = [
  // "Maria, 54," "Maria, fifty-four," "Maria, a 54-year-old,"
  String.raw`\s*(?:an?\s+)?${AGE}(?:${YEARS_OLD})?${AGE_END}`,
  // "Kenji Watanabe, a sixty-year-old retired teacher"
  String.raw`\s*an?\s+${AGE}${YEARS_OLD}`,
  // "Mr. Lopez, age 54", "Maria, aged 54"
  String.raw`\s*aged?\s+${AGE}\b`,
  // "Mrs. Haddad, who is 80,", "Maria, now 54,"
  String.raw`\s*(?:who\s+is|who[\x27\u2019]s|who\s+was|who\s+(?:just\s+)?turned|now)\s+${AGE}(?=${YEARS_OLD}|\s*[,;.)])`,
];
// 0 to 119 in Spanish words ("cincuenta y cuatro"), or digits.
const EDAD = String.raw`(?:(?<![\d,.])(?:1[01]\d|[1-9]?\d)(?![\d,.]\d)|${SPANISH_NUMBER_WORD})`;
/** The same in Spanish, where "años" follows the number and "de" may come before it. */
const SPANISH_AFTER_COMMA: readonly string[] = [
  // "María, 54," "José, de cincuenta y cuatro años," "Rosa, 49 años de edad,"
  String.raw`\s*(?:de\s+)?${EDAD}(?:\s+${AÑOS}(?:\s+de\s+edad)?)?${AGE_END}`,
  // "Rosa, una mujer de 54 años", "Kenji Watanabe, un maestro jubilado de sesenta años"
  String.raw`\s*(?:un|una)\s+(?:${SPANISH_WORD}\s+){0,3}?de\s+${EDAD}\s+${AÑOS}`,
  // "el Sr. López, edad 54", "María, edad: 54"
  String.raw`\s*edad:?\s+${EDAD}(?![\p{L}\d])`,
  // "la Sra. Haddad, que tiene 80 años", "María, quien acaba de cumplir 54,", "José, ahora de 54 años"
  String.raw`\s*(?:(?:que|quien)\s+(?:ya\s+)?(?:tiene|tenía|cumplió|cumple|acaba\s+de\s+cumplir)|ahora\s+(?:de|con)|hoy\s+(?:de|con))\s+${EDAD}(?=\s+${AÑOS}|\s*[,;.)])`,
];

/** What follows a name and an opening bracket: "Grace Whitfield (age 71)", "Maria (54)"; "Rosa (49 años)". */
const AFTER_BRACKET = String.raw`\s*(?:aged?\s+)?${AGE}(?:${YEARS_OLD})?\s*\)`;
const SPANISH_AFTER_BRACKET = String.raw`\s*(?:edad:?\s+)?${EDAD}\s+${AÑOS}\s*\)`;
// An age is rarer than a capital letter, so it is looked for first, and then the name just before it. The
// search opens with one character class rather than a choice, which lets it skip ahead quickly.
const AGE_AFTER_NAME = bilingual(
  `[,(](?:(?<=,)(?:${AFTER_COMMA.join("|")})|(?<=\\()${AFTER_BRACKET})`,
  `[,(](?:(?<=,)(?:${SPANISH_AFTER_COMMA.join("|")})|(?<=\\()${SPANISH_AFTER_BRACKET})`,
  "gmu",
);
const NAME_BEFORE = new RegExp(`${NAME}\\s*$`, "u");
// "A 54-year-old named Darnell Price"
// "a 54-year-old named Darnell Price", "un hombre de 54 años llamado Darnell Price"
const NAMED = String.raw`\b${AGE}${YEARS_OLD}\s+(?:[\p{L}-]+\s+){0,3}?(?:named|called)`;
const LLAMADO = String.raw`\bde\s+${EDAD}\s+${AÑOS}\s+(?:[\p{L}-]+\s+){0,3}?(?:llamad[oa]|de\s+nombre|que\s+se\s+llama)`;
// (The name's groups can be in a pattern once only, so the two ways are joined before it.)
const AGE_THEN_NAME: Bilingual = {
  english: new RegExp(String.raw`${NAMED}\s+${NAME}`, "gu"),
  both: new RegExp(String.raw`(?:${NAMED}|${LLAMADO})\s+${NAME}`, "gu"),
};

const MESSAGE = "names a person with their age";

/**
 * Every person named with their age; `isName` says whether a word can be someone's name, `spanish` whether the
 * text may hold Spanish (spanish.ts#holdsSpanish).
 */
export function personsWithAge(text: string, isName: (word: string) => boolean, spanish: boolean): RuleMatch[] {
  const found: RuleMatch[] = [];
  const add = (index: number, end: number, { first, last }: Record<string, string | undefined>) => {
    if (isName(first!) || (last !== undefined && isName(last)))
      found.push({ index, length: end - index, message: MESSAGE });
  };
  for (const age of text.matchAll(forText(AGE_AFTER_NAME, spanish))) {
    const before = text.slice(Math.max(0, age.index - 80), age.index);
    const name = NAME_BEFORE.exec(before);
    if (name) add(age.index - before.length + name.index, age.index + age[0].length, name.groups!);
  }
  if (/\b(?:named|called)\b/.test(text) || (spanish && /llamad[oa]|nombre|se llama/.test(text))) {
    for (const m of text.matchAll(forText(AGE_THEN_NAME, spanish))) add(m.index, m.index + m[0].length, m.groups!);
  }
  return found;
}
