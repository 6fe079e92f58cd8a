import type { RuleMatch } from "../finding.ts";
import { spanishPhrase } from "./spanish.ts";

/**
 * Street addresses as Spanish writes them, for phi/street-address: the kind of street first and the number
 * after the name ("calle Maple 2215", "Avenida Central n.º 880"), the number first ("el 2215 de la calle
 * Maple"), or any number and name after a label ("Dirección: 1419 W. Fulton"). The clinic's own street
 * passes however it is written ("calle Mill 1200" is "1200 Mill Street"): its number and name are compared.
 */

const KINDS = [
  "calle",
  "avenida",
  "avda\\.",
  "av\\.",
  "bulevar",
  "camino",
  "carretera",
  "paseo",
  "callejón",
  "calzada",
];
// A kind of street, with a capital or not ("Calle", "calle"); the name after it must have one.
const KIND = `(?:${KINDS.map((kind) => `[${kind[0]!.toUpperCase()}${kind[0]}]${spanishPhrase(kind.slice(1))}`).join("|")})`;
// One to three words of a name, each capitalised ("Maple", "San Pedro") or an initial ("W."), joined by "de", "del", "la".
const NAME_WORD = String.raw`\p{Lu}(?:\.|[\p{L}'’-]*)`;
const NAME = String.raw`(?<name>${NAME_WORD}(?:\s+(?:(?:de|del|la|los|las)\s+)?${NAME_WORD}){0,2})`;
// A house number, not a count of blocks or minutes ("la avenida Roosevelt 2 cuadras al norte").
const NUMBER = String.raw`(?<number>\d{1,6})(?![\d\p{L}])(?!\s*(?:cuadras?|minutos?|millas?|metros?|veces|horas?|kil[oó]metros?|pasos|%))`;
const LABEL = `(?:${spanishPhrase("[Dd]irección|[Dd]omicilio")})`;

const ADDRESSES = [
  // "calle Maple 2215", "Avenida Central n.º 880", "calle Olmo #42"
  String.raw`(?<![\p{L}\p{N}])${KIND}\s+(?:(?:de|del|la)\s+)?${NAME}\s+(?:n\.?\s?[º°o]\.?\s*|#\s*|${spanishPhrase("número")}\s+)?${NUMBER}`,
  // "2215 de la calle Maple", "el 2215 calle Maple"
  String.raw`(?<![\d,.])${NUMBER}\s+(?:(?:de\s+la|del|de)\s+)?${KIND}\s+(?:(?:de|del|la)\s+)?${NAME}`,
  // "Dirección: 1419 W. Fulton", "domicilio: 88 Cedar"
  String.raw`(?<![\p{L}\p{N}])${LABEL}\s*:\s*${NUMBER}\s+${NAME}`,
].map((source) => new RegExp(source, "gu"));

// Words that say what kind of street it is, in either language: not part of the name compared.
const KIND_WORDS =
  /^(?:calle|avenida|avda|av|bulevar|camino|carretera|paseo|callejón|calzada|street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|circle)$/;

/** A street's number and name, lower case, without the words for its kind: "1200 mill". */
const streetKey = (number: string, name: string) =>
  [
    number,
    ...name
      .toLowerCase()
      .replaceAll(".", "")
      .split(/\s+/)
      .filter((word) => word && !KIND_WORDS.test(word)),
  ].join(" ");

/** Every Spanish-written street address in `text` that is not `clinicStreet` ("1200 Mill Street"). */
export function spanishStreetAddresses(text: string, clinicStreet: string): RuleMatch[] {
  // Every form has one of these words, which one quick search rules out in most (English) texts.
  if (!/calle|av(?:enida|da)?\.?\s|direcci|domicilio|camino|carretera|paseo|bulevar|calzada/i.test(text)) return [];
  const clinic = /^(\d+)\s+(.*)$/.exec(clinicStreet.trim());
  const clinicKey = clinic ? streetKey(clinic[1]!, clinic[2]!) : undefined;
  const found: RuleMatch[] = [];
  for (const pattern of ADDRESSES) {
    for (const m of text.matchAll(pattern)) {
      if (streetKey(m.groups!.number!, m.groups!.name!) === clinicKey) continue;
      found.push({ index: m.index, length: m[0].length, message: "is a street address that is not the clinic's" });
    }
  }
  return found;
}
