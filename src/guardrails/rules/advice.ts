import { matchesOf, type Rule, type RuleContext } from "../finding.ts";
import { diagnosesIn } from "./diagnosis.ts";
import { dosesIn } from "./dosing.ts";
import { anyOf, emphasisAsSpaces } from "./wording.ts";

// Medicines by kind and by name. Drug names are also known by their generic-name stems (USAN): -statin,
// -pril, -sartan, -olol, -formin, -prazole, -dipine, -cycline, -cillin.
const MEDICINES: readonly string[] = [
  "medicines?",
  "medications?",
  "meds",
  "dose",
  "doses",
  "dosage",
  "pills?",
  "prescriptions?",
  "inhalers?",
  "antibiotics?",
  "antidepressants?",
  "blood thinners?",
  "water pills?",
  "steroids?",
  "birth control",
  "insulin",
  "aspirin",
  "ibuprofen",
  "acetaminophen",
  "warfarin",
  "prednisone",
  "levothyroxine",
  // (Not "April".)
  "(?!april\\b)[a-z]+(?:statin|pril|sartan|olol|formin|prazole|dipine|cycline|cillin)s?",
  "statins?",
  "[a-z]+ (?:medicine|medication)",
];
/** Verbs that change how a medicine is taken. */
const CHANGES: readonly string[] = [
  "stop",
  "start",
  "double",
  "skip",
  "halve",
  "increase",
  "decrease",
  "lower",
  "raise",
  "change",
  "switch",
  "quit",
  "cut",
  "drop",
  "pause",
  "go off",
  "come off",
  "get off",
  "cut (?:back|down) on",
  "double up on",
  "taper(?: off)?",
  "wean (?:yourself |WORD )?off",
];
// Up to two words that describe the medicine ("tomorrow's water pill"), never a preposition: "Drop off unused
// medicines at our take-back box" changes nothing.
const DESCRIBING = String.raw`(?:(?!(?:off|at|in|on|to|for|by|with|from|of|and|or)\b)[a-z'’-]+\s+){0,2}?`;
// "Start your insulin pen with a new needle", "Start a medicine list": things for a medicine, not the medicine.
const NOT_A_THING_FOR_MEDICINE = String.raw`(?!\s+(?:pens?|needles?|organizers?|box|boxes|bottles?|cases?|lists?|labels?|logs?|schedules?|cabinets?)\b)`;
const MEDICATION_CHANGE = new RegExp(
  `\\b${anyOf(CHANGES)}\\s+(?:(?:taking|using)\\s+)?(?:(?:your|the|a|an)\\s+)?${DESCRIBING}${anyOf(MEDICINES)}\\b${NOT_A_THING_FOR_MEDICINE}`,
  "gi",
);
// What comes right before an instruction: the start of a sentence or list item, a nudge like "you should", or
// a condition that opens the sentence ("If the pills upset your stomach, cut…").
const INSTRUCTION_LEAD = new RegExp(
  [
    String.raw`(?:^|\n)\s*(?:[-*+]|\d+\.)?\s*`,
    String.raw`[.!?:]\s+`,
    String.raw`\b(?:then|so|just|simply|please|go ahead and|you (?:should|can|could|may|need to|have to|must|might want to))\s+`,
    String.raw`(?:^|[.!?]\s+|\n\s*)(?:if|when|once|after|while|on days)\b[^.!?\n]{0,80},\s*`,
  ]
    .map((lead) => `(?:${lead})$`)
    .join("|"),
  "i",
);
// Education often says when not to change a medicine on your own; those sentences are safety advice. A "not"
// before the verb already keeps it from reading as an instruction (see INSTRUCTION_LEAD).
const GUARDED =
  /\b(?:without (?:talking|asking|checking)|ask|talk|check with|unless|only if|(?:your|a) (?:clinician|doctor|pharmacist|provider) (?:says|tells|told|recommends))\b/i;

// Where the sentence around an index starts and ends ("Dr." ends none in practice: a name follows it).
const sentenceStart = (text: string, index: number) =>
  Math.max(
    text.lastIndexOf(".", index),
    text.lastIndexOf("\n", index),
    text.lastIndexOf("!", index),
    text.lastIndexOf("?", index),
  ) + 1;
const sentenceAround = (text: string, index: number) => {
  const ends = [".", "\n", "!", "?"].map((mark) => text.indexOf(mark, index)).filter((i) => i >= 0);
  return text.slice(sentenceStart(text, index), ends.length ? Math.min(...ends) : text.length);
};

/** A post that gives medical instructions must be reviewed by a clinician: `medicalReview: { reviewer, date }`. */
export function reviewed(context: RuleContext): boolean {
  const review = context.frontMatter.medicalReview as { reviewer?: unknown; date?: unknown } | undefined;
  return Boolean(review && typeof review.reviewer === "string" && review.date);
}

const unlessReviewed = (
  rule: Omit<Rule, "check"> & { find: (context: RuleContext) => ReturnType<Rule["check"]> },
): Rule => ({
  id: rule.id,
  severity: rule.severity,
  fix: rule.fix,
  check: (context) => (reviewed(context) ? [] : rule.find(context)),
});

/** Educate, don't diagnose or prescribe: instructions about medicine and diagnoses need a clinician's review. */
export const ADVICE_RULES: Rule[] = [
  unlessReviewed({
    id: "advice/dosing",
    severity: "error",
    fix: 'say "ask your clinician or pharmacist how much to take", or have a clinician review the post (medicalReview: { reviewer, date })',
    find: ({ text }) => dosesIn(text),
  }),
  unlessReviewed({
    id: "advice/medication-change",
    severity: "error",
    fix: 'say "talk with your clinician before changing a medicine", or have a clinician review the post',
    find: ({ text: checkable }) => {
      const text = emphasisAsSpaces(checkable);
      return matchesOf(
        text,
        MEDICATION_CHANGE,
        () => "tells the reader to change a medicine",
        // Only instructions: the verb opens a sentence or list item, or follows "you should", "just", a condition…
        (m) =>
          INSTRUCTION_LEAD.test(text.slice(sentenceStart(text, m.index - 1), m.index)) &&
          !GUARDED.test(sentenceAround(text, m.index)),
      );
    },
  }),
  unlessReviewed({
    id: "advice/diagnosis",
    severity: "error",
    fix: 'describe signs to watch for and say "see your clinician", or have a clinician review the post',
    find: ({ text }) => diagnosesIn(text),
  }),
];
