import type { RuleMatch } from "../finding.ts";
import { anyOf, DIGITS, emphasisAsSpaces, FRACTION, NUMBER_WORD } from "./wording.ts";

/**
 * advice/dosing: an amount of a medicine, told as an instruction. An amount is a count ("500", "two", "one and
 * a half", "half a", "a couple of", "½") with a unit a medicine is measured in ("mg", "tablets", "puffs", "a
 * teaspoon"). It is a dose when a verb of taking comes before it ("take two tablets") or how often comes after
 * it ("a teaspoon of the syrup every four hours"); a bare "a" counts only with how often, so "use a pill
 * organizer" passes. An amount of food is not a dose: "less than 2,300 mg of sodium a day".
 */

// How many, in digits, words or fractions.
const COUNT = `(?:${DIGITS}|${FRACTION}|\\b${anyOf([`${NUMBER_WORD}(?: and a half)?`, "half an?", "a half", "a couple(?: of)?", "a quarter(?: of)?(?: an?)?"])})`;
const RANGE = `${COUNT}(?:\\s*(?:-|–|to|or)\\s*${COUNT})?`;

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

// A unit is far rarer than a number or an "a", so units are looked for first and the count just before each.
const UNIT = new RegExp(`\\b${anyOf([...UNITS, ...COUNTED_MEDICINES])}\\b`, "gi");
const COUNT_BEFORE = new RegExp(`(?<count>${RANGE}|\\b(?:a|an))\\s*(?:of\\s+)?$`, "i");

// A verb of taking before the amount, in the same sentence and at most 40 characters before it.
const TAKE_BEFORE = /\b(?:take|takes|taking|give|gives|giving|use|using|swallow|inject|put|chew|apply)\b[^.\n]{0,40}$/i;
// How often, after the amount, in the same sentence.
const HOW_OFTEN = new RegExp(
  String.raw`^[^.\n]{0,25}?\b${anyOf(["every", "each (?:morning|night|evening|day)", "a day", "daily", "twice", "three times", "four times", "per day", "at bedtime", "before bed", "nightly"])}\b`,
  "i",
);
// What people eat and cook with is counted in mg and teaspoons too: "2,300 mg of sodium", "a teaspoon of salt",
// "2 tablespoons of olive oil".
const FOOD_AFTER = new RegExp(
  `^\\s+of\\s+(?:[\\w-]+\\s+)?${anyOf(["sodium", "salt", "sugars?", "fiber", "fibre", "protein", "fat", "cholesterol", "caffeine", "potassium", "carbs", "carbohydrates?", "calories", "oil", "baking soda", "vinegar", "flour", "butter"])}\\b`,
  "i",
);

const MESSAGE = "gives a dose";

/** One finding per dose: from the verb of taking to the amount, or from the amount to how often. */
export function dosesIn(checkable: string): RuleMatch[] {
  const text = emphasisAsSpaces(checkable);
  const found: RuleMatch[] = [];
  for (const unit of text.matchAll(UNIT)) {
    const lead = text.slice(Math.max(0, unit.index - 40), unit.index);
    const count = COUNT_BEFORE.exec(lead);
    if (!count) continue;
    const amount = { index: unit.index - lead.length + count.index, count: count.groups!.count! };
    const end = unit.index + unit[0].length;
    if (FOOD_AFTER.test(text.slice(end, end + 40))) continue;
    const before = text.slice(Math.max(0, amount.index - 60), amount.index);
    const take = /^an?$/i.test(amount.count) ? null : TAKE_BEFORE.exec(before);
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
