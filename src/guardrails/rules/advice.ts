import { matchesOf, type Rule, type RuleContext } from "../finding.ts";
import { dosesIn } from "./dosing.ts";

const MEDICINE = String.raw`(?:medicines?|medications?|meds|dose|doses|dosage|insulin|pills?|prescriptions?|inhaler|antibiotics?|blood thinners?|[a-z]+ (?:medicine|medication))`;
// What comes right before an instruction: the start of a sentence or list item, or a nudge like "you should".
const INSTRUCTION_LEAD = /(?:(?:^|\n)\s*(?:[-*+]|\d+\.)?\s*|[.!?:]\s+|\b(?:then|so|just|simply|please|go ahead and|you (?:should|can|could|may|need to|have to|must|might want to))\s+)$/i;
// Education often says what not to do on your own; those sentences are safety advice, not instructions.
const GUARDED = /\b(?:don't|do not|never|not|without (?:talking|asking|checking)|ask|talk|check with|unless)\b/i;

const sentenceAround = (text: string, index: number) => {
  const start = Math.max(text.lastIndexOf(".", index), text.lastIndexOf("\n", index), text.lastIndexOf("!", index), text.lastIndexOf("?", index)) + 1;
  const ends = [".", "\n", "!", "?"].map((mark) => text.indexOf(mark, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
};

/** A post that gives medical instructions must be reviewed by a clinician: `medicalReview: { reviewer, date }`. */
export function reviewed(context: RuleContext): boolean {
  const review = context.frontMatter.medicalReview as { reviewer?: unknown; date?: unknown } | undefined;
  return Boolean(review && typeof review.reviewer === "string" && review.date);
}

const unlessReviewed = (rule: Omit<Rule, "check"> & { find: (context: RuleContext) => ReturnType<Rule["check"]> }): Rule => ({
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
    fix: "say \"ask your clinician or pharmacist how much to take\", or have a clinician review the post (medicalReview: { reviewer, date })",
    find: ({ text }) => dosesIn(text),
  }),
  unlessReviewed({
    id: "advice/medication-change",
    severity: "error",
    fix: "say \"talk with your clinician before changing a medicine\", or have a clinician review the post",
    find: ({ text }) =>
      matchesOf(
        text,
        new RegExp(String.raw`\b(?:stop|start|double|skip|halve|increase|decrease|lower|raise|change|switch)\b (?:taking |using )?(?:your |the |a |an )?(?:[a-z]+ ){0,2}${MEDICINE}\b`, "gi"),
        () => "tells the reader to change a medicine",
        // Only instructions: the verb opens a sentence or list item, or follows "you should", "just"…
        (m) => INSTRUCTION_LEAD.test(text.slice(Math.max(0, m.index - 40), m.index)) && !GUARDED.test(sentenceAround(text, m.index)),
      ),
  }),
  unlessReviewed({
    id: "advice/diagnosis",
    severity: "error",
    fix: "describe signs to watch for and say \"see your clinician\", or have a clinician review the post",
    find: ({ text }) =>
      matchesOf(
        text,
        /\byou (?:probably |likely |definitely |clearly |must )?(?:have|'ve got|are suffering from) (?:a |an )?(?:[a-z-]+ ){0,3}(?:infection|disease|syndrome|disorder|strep throat|flu|influenza|covid|diabetes|asthma|pneumonia|depression|anxiety|cancer|allergy|allergies|hypertension|high blood pressure)\b/gi,
        () => "diagnoses the reader",
        // Said to the reader as a fact ("You have strep throat."), not as a condition ("If you have…").
        (m) => /(?:^|[.!?]\s+|\n\s*|\bthen\s+)$/i.test(text.slice(Math.max(0, m.index - 20), m.index)),
      ),
  }),
];
