import type { Rule, RuleMatch } from "../finding.ts";

/**
 * advice/delay-emergency: advice to wait with, or stay away from, care for a sign that needs it now ("chest
 * pain at night is heartburn, so wait until morning"). It pairs an emergency sign with wording that delays or
 * avoids care, in the same sentence or the sentence after the sign.
 *
 * Unlike the other advice/* rules, a recorded `medicalReview` does not switch it off: no clinician signs off
 * telling a reader to wait out chest pain or a baby's fever. Only an allow comment with a reason, on the line
 * of the finding, passes one (a post that quotes such advice to warn against it, for instance).
 *
 * The lists below are the rule: a sign or a phrase is added by adding a line. In them a space stands for any
 * run of white space (a Markdown line break, a folded YAML line, emphasis marks read as spaces) and an
 * apostrophe for a straight or a curly one. Case is ignored.
 */

const WORD = String.raw`[\w'’-]+`;

/** The signs the American Heart Association, the CDC and 988 Lifeline tell people to call for at once. */
const SIGNS: Record<string, readonly string[]> = {
  "chest pain": [
    "chest (?:pain|pressure|tightness|discomfort)",
    "chest (?:feels|is|gets|feeling) (?:tight|heavy|crushed)",
    "(?:pain|pressure|tightness|squeezing) in (?:your|the|my|his|her|their) chest",
    "heart attack",
  ],
  "stroke signs": [
    "face (?:is )?droop\\w*",
    "droop\\w*(?: WORD){0,2} face",
    "slurr(?:ed|ing) (?:speech|words)",
    "speech (?:is |gets |becomes )?slurred",
    "(?:arm|leg)s?(?: WORD){0,2} (?:weak|numb)\\w*",
    "sudden(?:ly)?,?(?: WORD,?){0,3} (?:numb\\w*|weak\\w*|confus\\w*|dizz\\w*|headache|blurred vision|vision loss|loss of vision)",
    "(?:worst|thunderclap) headache",
  ],
  "trouble breathing": [
    "(?:trouble|difficulty|struggling|struggle|hard|unable) (?:to )?breath(?:e|ing)",
    "(?:can't|cannot|can not|couldn't) (?:breathe|catch (?:your|my|his|her|their|a) breath)",
    "short(?:ness)? of breath",
    "(?:lips|face|skin|fingernails) (?:are |is |turning |turn |turned |going |look |looking )?(?:blue|gray|grey)",
    "blue lips",
    "anaphyla\\w+",
    "throat (?:is )?(?:closing|swelling)",
  ],
  "suicidal thoughts": [
    "suicid\\w*",
    "(?:kill|killing|hurt|hurting|harm|harming) (?:myself|yourself|themselves|himself|herself)",
    "self-harm",
    "end(?:ing)? (?:your|my|their|his|her) (?:own )?life",
    "want(?:s|ing)? to die",
    "better off dead",
  ],
  // Fever under 3 months is an emergency (American Academy of Pediatrics); an older child's often is not.
  "a baby's fever": [
    "(?:baby's|baby|infant's|infant|newborn's|newborn|\\d+-(?:day|week)-old|[1-3]-month-old)(?: WORD){0,4} (?:fever|temperature|feels hot|is hot)",
    "fever in (?:a |an |your )?(?:baby|infant|newborn)",
  ],
  "severe bleeding": [
    "bleeding (?:that |which )?(?:won't|will not|doesn't|does not|can't) stop",
    "(?:won't|will not|doesn't|does not) stop bleeding",
    "(?:heavy|severe|uncontrolled|spurting) bleeding",
    "(?:coughing|vomiting|throwing) up blood",
  ],
  poisoning: [
    "poison\\w*",
    "overdos\\w*",
    "swallow(?:ed|s)?(?: WORD){0,5} (?:pills?|medicines?|tablets?|batter(?:y|ies)|magnets?|bleach|detergent|pods?|cleaner)",
  ],
  "head injury": [
    "head injur\\w*",
    "(?:hit|blow|bump|knock|bang) (?:to|on) (?:the|your|his|her|their) head",
    "(?:hit|hits|hitting|bumped|banged) (?:your|his|her|their|the) head",
    "concussion",
  ],
  "seizure or unconscious": ["seizures?", "convulsions?", "unconscious", "(?:won't|will not|can't|cannot) wake up", "passed out"],
};

const EMERGENCY_CARE = "(?:the )?(?:ER|E\\.R\\.|emergency room|emergency department|hospital|urgent care|911|988|an ambulance|ambulance)";
const WHEN_LATER = `(?:the )?(?:morning|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|next week|your next(?: WORD){1,2}|the clinic opens|the office opens|we open|(?:office|business|clinic) hours)`;

/** Wording that puts off care: "wait until morning", "sleep it off", "can wait"… */
const DELAYS: readonly string[] = [
  `wait(?:ing)? (?:until|till|'til|til) ${WHEN_LATER}`,
  "wait (?:and|to) see",
  "wait(?:ed|ing)? (?:it|this) out",
  "wait for (?:it|this|them|the WORD) to (?:pass|stop|go away|settle|get better)",
  "give it (?:an?|one|two|a few|some|a couple of) (?:hours?|days?|nights?|time|while)",
  // Not "you can wait for the ambulance outside".
  "(?:can|could|will|should|may) (?:usually |safely |probably |easily |often )?wait(?! (?:for (?:the |an? )?(?:ambulance|paramedics|EMS|help)|with))",
  "(?:sleep|slept|sleeping) (?:it|this) off",
  "sleep on it",
  "(?:ride|rode|riding|tough|toughing) (?:it|this) out",
  "see if (?:it|this|they|the WORD) (?:passes|pass|goes away|go away|gets better|stops|settles)",
  "see how (?:she|he|they|you|it|your WORD) (?:is|are|feels?|does|do|looks?)(?: WORD)? (?:tomorrow|in the morning)",
  "(?:goes|go|will go|clears?) away (?:on (?:its|their) own|by itself)",
  "pass(?:es)? (?:by (?:the )?morning|on (?:its|their) own|by itself)",
  "call (?:us|the clinic|the office|your doctor|your clinician|the doctor) (?:tomorrow|in the morning|when (?:we|it|the clinic|the office) opens?|next week|on monday|after the weekend)",
  "before you bother (?:anyone|anybody|the doctor|us|911)",
  "stay (?:at )?home",
];

/** Wording that steers away from emergency care: "no need to call 911", "skip the ER"… */
const AVOIDS: readonly string[] = [
  "no need (?:to|for) (?:call|phone|go|rush|head|see|visit|bother|an ambulance|the ER|911)(?! ahead)",
  "(?:don't|do not|doesn't|does not|won't|will not) (?:need|have) to (?:call|phone|go|rush|see|visit)",
  `(?:don't|do not|doesn't|does not|won't|will not) (?:need|require) (?:an? |the )?(?:ER|E\\.R\\.|emergency room|emergency|hospital|911|urgent care|ambulance)`,
  "(?:don't|do not|never) (?:call|dial|phone) (?:911|988|an ambulance|poison control|the doctor|your doctor|a hotline|anyone)",
  `(?:don't|do not|never) (?:go|rush|run|head|race|hurry) (?:off )?to ${EMERGENCY_CARE}`,
  `skip(?:ping)? ${EMERGENCY_CARE}`,
  `(?:instead of|rather than) (?:going|heading|rushing|driving) to ${EMERGENCY_CARE}`,
  `(?:instead of|rather than) (?:calling|phoning) (?:${EMERGENCY_CARE}|at night|tonight|now|anyone)`,
];

// "Do not wait until morning", "Don't sleep it off": the phrase is what the post warns against.
const NEGATED = /\b(?:don't|do not|never|not|shouldn't|should not|must not|mustn't|no)(?:\s+(?:ever|just|try to))?\s+$/i;
// A sentence that already sends the reader to emergency care is not the sign the next sentence delays.
const URGES_CARE = /\b(?:call|text|dial)(?:\s+or\s+text)?\s+(?:911|988)\b|\b(?:go|get|head)\s+(?:straight\s+|right\s+)?to\s+(?:the\s+)?(?:ER|emergency room|emergency department)\b|\bright away\b|\bright now\b|\bimmediately\b|\b(?:is|are)\s+(?:an?\s+)?emergenc(?:y|ies)\b/i;
// Sentence ends: . ! ? before a space or the end, a blank line, or a new list item, heading or quote.
const SENTENCE_END = /[.!?]+(?=[\s"'”’)\]]|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-+*] |\d+[.)] |#|>))/g;

const pattern = (phrases: readonly string[]) =>
  new RegExp(
    `\\b(?:${phrases.map((p) => p.replaceAll("'", "['’]").replaceAll(" ", String.raw`\s+`).replaceAll("WORD", WORD)).join("|")})\\b`,
    "gi",
  );
const SIGN = pattern(Object.values(SIGNS).flat());
const DELAY = pattern([...DELAYS, ...AVOIDS]);

/** The sentences of a text: which one an index is in, and the text of one. */
function sentencesOf(text: string) {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
  const of = (index: number) => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid]! < index) low = mid + 1;
      else high = mid;
    }
    return low; // the number of sentence ends before the index
  };
  return { of, text: (n: number) => text.slice(n === 0 ? 0 : ends[n - 1]!, ends[n] ?? text.length) };
}

/** One finding per sentence that delays care for a sign in it or in the sentence before it. */
export function delayedEmergencies(checkable: string): RuleMatch[] {
  // Emphasis marks read as spaces, so "*Don't* rush to the ER" reads as it is said; lengths stay the same.
  const text = checkable.replace(/[*_~]/g, " ");
  const signs = [...text.matchAll(SIGN)];
  if (signs.length === 0) return [];
  const sentences = sentencesOf(text);
  const found = new Map<number, RuleMatch>();
  for (const delay of text.matchAll(DELAY)) {
    const sentence = sentences.of(delay.index);
    if (found.has(sentence) || NEGATED.test(text.slice(Math.max(0, delay.index - 24), delay.index))) continue;
    const sign = signs.find((s) => {
      const own = sentences.of(s.index);
      return own === sentence || (own === sentence - 1 && !URGES_CARE.test(sentences.text(own)));
    });
    if (!sign) continue;
    const end = delay.index + delay[0].length;
    // Show the sign with the delay when both are on one line, so the finding says what is being put off.
    const sameLine = sign.index < delay.index && !text.slice(sign.index, delay.index).includes("\n");
    const index = sameLine ? sign.index : delay.index;
    found.set(sentence, { index, length: end - index, message: "tells the reader to delay care for an emergency sign" });
  }
  return [...found.values()];
}

export const EMERGENCY_RULES: Rule[] = [
  {
    id: "advice/delay-emergency",
    severity: "error",
    fix: "say to call 911 (or 988 for a mental health crisis) right away for this sign",
    // Not switched off by medicalReview (see the header): only an allow comment with a reason passes it.
    check: ({ text }) => delayedEmergencies(text),
  },
];
