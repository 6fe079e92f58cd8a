/**
 * Pieces of Spanish wording the rules share, beside the English ones in wording.ts: numbers as people write
 * them ("cincuenta y cuatro", "veintidós", "una y media"), "años", months, and a way to write a phrase list
 * that accepts a word with or without its accents. The clinic does not say which language a post is in, so
 * every rule reads both sets of patterns in every text that has a Spanish word in it (holdsSpanish), a
 * Spanish phrase in an English post included.
 *
 * Why accents are optional: many people type Spanish without them ("numero", "medico", "dias"), and a reader
 * understands both. The tilde of "ñ" is not optional, because "año" and "ano" are different words: the one
 * place "anos" is read as years is right after a number (AÑOS).
 *
 * Why the patterns need their own word edges: JavaScript's \b knows only ASCII letters, so it finds an edge
 * inside "días" (between "d" and "í") and none after "bebé". Spanish patterns use START and END instead.
 */

// A letter or digit of a Spanish word: ASCII word characters, Latin letters with accents, and the combining
// marks of a decomposed "é" (readerText.ts composes them, but a pattern should not depend on it).
const LETTER = String.raw`[\w\u00C0-\u024F\u0300-\u036F]`;

/** Where a Spanish word starts and ends (instead of \b). */
export const START = `(?<!${LETTER})`;
export const END = `(?!${LETTER})`;

/** One word of Spanish, accents and apostrophes included. */
export const SPANISH_WORD = String.raw`[\w\u00C0-\u024F'’-]+`;

const ACCENTED: Record<string, string> = {
  á: "[aá]",
  é: "[eé]",
  í: "[ií]",
  ó: "[oó]",
  ú: "[uú]",
  ü: "[uü]",
  Á: "[AÁ]",
  É: "[EÉ]",
  Í: "[IÍ]",
  Ó: "[OÓ]",
  Ú: "[UÚ]",
};

/**
 * A Spanish phrase (or phrases, split by "|") as a pattern source, in a group of its own: as wording.ts#phrase
 * (a space is any white space, WORD one word), and a vowel written with an accent matches it with or without.
 * Lists must not put an accented vowel inside a character class of their own.
 */
export const spanishPhrase = (source: string) =>
  `(?:${source
    .replace(/[áéíóúüÁÉÍÓÚ]/g, (vowel) => ACCENTED[vowel]!)
    .replaceAll("'", "['’]")
    .replaceAll(" ", String.raw`\s+`)
    .replaceAll("WORD", SPANISH_WORD)})`;

/** Any of a list of Spanish phrases, as one whole-word group. */
export const anySpanish = (phrases: readonly string[]) => `${START}(?:${phrases.map(spanishPhrase).join("|")})${END}`;

const ONES = "uno una un dos tres cuatro cinco seis siete ocho nueve".split(" ");
const TEENS = "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve".split(" ");
const TWENTIES = "veintiuno veintiuna veintiún veintidós veintitrés veinticuatro veinticinco veintiséis".split(" ");
const TENS = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split(" ");

// "veintisiete" to "veintinueve" and "veinte" after the twenties that share a start with them.
const TWENTY_SOMETHING = [...TWENTIES, "veintisiete", "veintiocho", "veintinueve", "veinte"];
const UNDER_HUNDRED = `(?:${spanishPhrase(
  [`(?:${TENS.join("|")})(?: y (?:${ONES.join("|")}))?`, ...TWENTY_SOMETHING, ...TEENS, ...ONES].join("|"),
)})`;

/** A whole number in Spanish words, one to a hundred and nineteen ("cincuenta y cuatro", "ciento dos"). */
export const SPANISH_NUMBER_WORD = String.raw`${START}(?:cien|ciento\s+${UNDER_HUNDRED}|${UNDER_HUNDRED})${END}`;

/**
 * "años" after an age. Also "anos", as typed without an "ñ": after a number it can only mean years (see the
 * header). Case is left to the pattern's flags.
 */
export const AÑOS = `(?:años|anos)${END}`;

/** Spanish months, full or shortened ("mar.", "sept"). */
export const SPANISH_MONTH = `${START}(?:${spanishPhrase(
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|jun|jul|ago|sept?|set|oct|nov|dic",
)})${END}\\.?`;

/**
 * Capitalised Spanish words that open a sentence but name no one (cases.ts#isName): pronouns, people as a
 * group, days, months and connecting words, so "Adultos, de 65 años en adelante," is not a person and an age.
 */
export const SPANISH_NOT_NAMES: readonly string[] = [
  "Él Ella Ellos Ellas Usted Ustedes Nosotros Nosotras Yo Tú Alguien Nadie Todos Todas Cada Quien Quién",
  "Personas Adultos Adultas Niños Niñas Bebés Padres Madres Abuelos Abuelas Mujeres Hombres Jóvenes Pacientes",
  "Adolescentes Mayores Familias Vecinos Voluntarios Cuidadores Estudiantes Médicos Enfermeras Enfermeros",
  "Nuestro Nuestra Nuestros Nuestras Su Sus Mi Mis Tu Tus Este Esta Estos Estas Ese Esa Muchos Muchas Algunos",
  "Hoy Ayer Mañana Ahora También Además Luego Después Antes Desde Hasta En Y Pero O Si Cuando Entonces Así",
  "Lunes Martes Miércoles Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto",
  "Septiembre Setiembre Octubre Noviembre Diciembre",
]
  .join(" ")
  .split(" ");

// Words every Spanish text has and English almost never does, and the letters only Spanish writes. A text
// without any has no Spanish sentence in it.
const SPANISH_SIGN =
  /[áéíóúñ¿¡]|\b(?:de|del|el|la|las|los|que|en|con|por|para|una|es|su|sus|y|se|lo|le|pero|como|si|muy|este|esta|tiene|usted|cada|tome)\b/i;

/**
 * Whether a text may hold Spanish: the rules read their Spanish patterns only then. Reading them in every
 * English post cost the checker about half again its time; a wrong "yes" (an English post naming "La Crosse")
 * only costs that time back.
 */
export const holdsSpanish = (text: string) => SPANISH_SIGN.test(text);

/** A pattern in two forms: English alone, and English or Spanish, for a text that holds Spanish. */
export interface Bilingual {
  english: RegExp;
  both: RegExp;
}

export const bilingual = (english: string, spanish: string, flags: string): Bilingual => ({
  english: new RegExp(english, flags),
  both: new RegExp(`${english}|${spanish}`, flags),
});

/** The form of a pattern to read a text with. */
export const forText = (pattern: Bilingual, spanish: boolean) => (spanish ? pattern.both : pattern.english);
