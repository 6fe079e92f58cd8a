import type { RuleMatch } from "../finding.ts";
import { bilingual, END, forText, SPANISH_NUMBER_WORD, spanishPhrase as es, START } from "./spanish.ts";
import { anyOf, DIGITS, emphasisAsSpaces, FRACTION, NUMBER_WORD } from "./wording.ts";

/**
 * advice/dosing: an amount of a medicine, told as an instruction. An amount is a count ("500", "two", "one and
 * a half", "half a", "a couple of", "½") with a unit a medicine is measured in ("mg", "tablets", "puffs", "a
 * teaspoon"). It is a dose when a verb of taking comes before it ("take two tablets") or how often comes after
 * it ("a teaspoon of the syrup every four hours"); a bare "a" counts only with how often, so "use a pill
 * organizer" passes. An amount of food is not a dose: "less than 2,300 mg of sodium a day".
 *
 * Spanish the same way: "tome dos pastillas cada 6 horas", "dele 5 ml del jarabe tres veces al día", "tome
 * una tableta y media"; not "2 cucharadas de aceite de oliva" or "use un pastillero".
 */

// "dos", "una y media", "media", "un par de", "un cuarto de"
const SPANISH_COUNT = String.raw`(?:${SPANISH_NUMBER_WORD}(?:\s+y\s+medi[oa])?|${START}(?:medi[oa]|un\s+par\s+de|un\s+cuarto\s+de)${END})`;
// How many, in digits, words or fractions.
const COUNT = `(?:${DIGITS}|${FRACTION}|\\b${anyOf([`${NUMBER_WORD}(?: and a half)?`, "half an?", "a half", "a couple(?: of)?", "a quarter(?: of)?(?: an?)?"])}|${SPANISH_COUNT})`;
const RANGE = `${COUNT}(?:\\s*(?:-|–|to|or|a|o)\\s*${COUNT})?`;

/** Units a medicine is measured in. A teaspoon is a recipe's unit too: "a teaspoon of cumin" has no verb of taking. */
const UNITS: readonly string[] = [
  "mg",
  "milligrams?",
  "mcg",
  "micrograms?",
  "mL",
  "ml",
  "milliliters?",
  "millilitres?",
  "cc",
  "units?",
  "tablets?",
  "pills?",
  "capsules?",
  "caplets?",
  "teaspoons?(?:ful)?",
  "tsp",
  "tablespoons?",
  "tbsp",
  "puffs?",
  "drops?",
  "sprays?",
  "suppositor(?:y|ies)",
];
// Medicines counted like tablets: "a couple of aspirin", "2 Advil".
const COUNTED_MEDICINES: readonly string[] = [
  "aspirin",
  "ibuprofen",
  "acetaminophen",
  "Tylenol",
  "Advil",
  "Motrin",
  "Aleve",
  "naproxen",
  "Benadryl",
];

// The same in Spanish (mg, ml and the brand names are the same words).
const SPANISH_UNITS: readonly string[] = [
  "miligramos?",
  "microgramos?",
  "mililitros?",
  "unidad(?:es)?",
  "tabletas?",
  "pastillas?",
  "píldoras?",
  "cápsulas?",
  "comprimidos?",
  "grageas?",
  "cucharaditas?",
  "cucharadas?",
  "inhalaciones?",
  "disparos?",
  "gotas?",
  "atomizaciones?",
  "supositorios?",
  "aspirinas?",
  "ibuprofeno",
  "acetaminofén",
  "acetaminofeno",
  "paracetamol",
  "naproxeno",
];

// A unit is far rarer than a number or an "a", so units are looked for first and the count just before each.
// (Every Spanish unit starts and ends with an ASCII letter, so \b is its edge.)
const UNIT = bilingual(
  `\\b${anyOf([...UNITS, ...COUNTED_MEDICINES])}\\b`,
  `\\b(?:${SPANISH_UNITS.map(es).join("|")})\\b`,
  "gi",
);
const COUNT_BEFORE = new RegExp(`(?<count>${RANGE}|\\b(?:a|an))\\s*(?:(?:of|de)\\s+)?$`, "i");
// "a" alone is a count only with how often: "use a pill organizer". So is "un", "una": "use una pastilla".
const BARE = /^(?:an?|una?|uno)$/i;
// "una pastilla y media" is one and a half.
const AND_A_HALF = /^\s+y\s+medi[oa]\b/i;

// Spanish verbs of taking, as instructions ("tome", "dele", "póngase") and after "debe", "puede" ("tomar").
// "dé" ("give") keeps its accent: without it, it is "de" ("of").
const SPANISH_TAKE = `${START}(?:${es(
  "tome|tómese|tómela|tómelo|tómelas|tómelos|toma|tomar|tomarse|tomando|tomen|dele|déle|denle|darle|darles|dándole|use|usar|usen|aplique|aplíquese|aplíquele|aplicar|póngase|ponga|póngale|ponerse|ponerle|inyecte|inyéctese|inyectar|inyectarse|mastique|masticar|trague|tragar|administre|adminístrele|administrar|échese|eche|echar",
)}|dé)${END}`;
// A verb of taking before the amount, in the same sentence and at most 40 characters before it.
const TAKE_BEFORE = new RegExp(
  String.raw`(?:\b(?:take|takes|taking|give|gives|giving|use|using|swallow|inject|put|chew|apply)\b|${SPANISH_TAKE})[^.\n]{0,40}$`,
  "i",
);
// How often, after the amount, in the same sentence.
const HOW_OFTEN = new RegExp(
  String.raw`^[^.\n]{0,25}?(?:\b${anyOf(["every", "each (?:morning|night|evening|day)", "a day", "daily", "twice", "three times", "four times", "per day", "at bedtime", "before bed", "nightly"])}\b|${START}${es("(?:cada|al día|por día|a diario|diari[oa]s?|diariamente|(?:una|dos|tres|cuatro) veces|(?:todas las|cada) (?:mañanas?|noches?)|todos los días|por la (?:mañana|noche)|antes de (?:dormir|acostarse)|al acostarse)")}${END})`,
  "i",
);
// What people eat and cook with is counted in mg and teaspoons too: "2,300 mg of sodium", "a teaspoon of salt",
// "2 tablespoons of olive oil".
// Spanish recipes too: "2 cucharadas de aceite de oliva", "una cucharadita de sal".
const SPANISH_FOODS = es(
  "sodio|sal|azúcar(?:es)?|fibra|proteínas?|grasas?|colesterol|cafeína|potasio|carbohidratos|calorías|aceite|bicarbonato|vinagre|harina|mantequilla|miel|canela|comino|orégano|ajo|cebolla|salsa|limón|jugo|leche|agua|avena|arroz|especias|chile|pimienta|caldo|consomé|crema|semillas|linaza|chía|pasas|vainilla|polvo para hornear|levadura|cacao|mayonesa|mostaza|yogur|cilantro|perejil|comida",
);
// Spanish often names the food first: "Reduzca el sodio a menos de 2,300 mg al día".
const FOOD_BEFORE = new RegExp(
  `${START}${es("sodio|sal|azúcar(?:es)?|cafeína|potasio|fibra|proteínas?|grasas?|colesterol|calorías|carbohidratos")}${END}[^.\\n]{0,30}$`,
  "i",
);
const FOOD_AFTER = new RegExp(
  `^\\s+(?:of\\s+(?:[\\w-]+\\s+)?${anyOf(["sodium", "salt", "sugars?", "fiber", "fibre", "protein", "fat", "cholesterol", "caffeine", "potassium", "carbs", "carbohydrates?", "calories", "oil", "baking soda", "vinegar", "flour", "butter"])}\\b|de\\s+(?:${START}[\\w\\u00C0-\\u024F-]+\\s+)?(?:${SPANISH_FOODS})${END})`,
  "i",
);

const MESSAGE = "gives a dose";

/**
 * One finding per dose: from the verb of taking to the amount, or from the amount to how often. `spanish`:
 * whether the text may hold Spanish (spanish.ts#holdsSpanish).
 */
export function dosesIn(checkable: string, spanish: boolean): RuleMatch[] {
  const text = emphasisAsSpaces(checkable);
  const found: RuleMatch[] = [];
  for (const unit of text.matchAll(forText(UNIT, spanish))) {
    const lead = text.slice(Math.max(0, unit.index - 40), unit.index);
    const count = COUNT_BEFORE.exec(lead);
    if (!count) continue;
    const amount = { index: unit.index - lead.length + count.index, count: count.groups!.count! };
    const end = unit.index + unit[0].length;
    if (FOOD_AFTER.test(text.slice(end, end + 40))) continue;
    const before = text.slice(Math.max(0, amount.index - 60), amount.index);
    if (FOOD_BEFORE.test(before)) continue;
    const bare = BARE.test(amount.count) && !AND_A_HALF.test(text.slice(end, end + 12));
    const take = bare ? null : TAKE_BEFORE.exec(before);
    if (take) {
      const index = amount.index - before.length + take.index;
      found.push({ index, length: end - index, message: MESSAGE });
      continue;
    }
    const often = HOW_OFTEN.exec(text.slice(end, end + 60));
    if (often) found.push({ index: amount.index, length: end - amount.index + often[0].length, message: MESSAGE });
  }
  return found;
}
