import type { Rule, RuleMatch } from "../finding.ts";
import {
  SPANISH_AVOIDS,
  SPANISH_CONTRAST,
  SPANISH_DELAYS,
  SPANISH_NEGATED,
  SPANISH_POINTS_BACK,
  SPANISH_SIGNS,
  SPANISH_URGES_CARE,
} from "./emergencySpanish.ts";
import { bilingual, END, forText, spanishPhrase, START } from "./spanish.ts";

/**
 * advice/delay-emergency: advice to wait with, or stay away from, care for a sign that needs it now ("chest
 * pain at night is heartburn, so wait until morning"). It pairs an emergency sign with wording that delays or
 * avoids care, not negated ("do not wait until morning"), in one of two places:
 * - the same sentence, unless the words between send the reader to care ("Stay home with a cold, but go to the
 *   ER if you have trouble breathing") or make the sign the exception ("Heartburn can wait, but chest pain…");
 * - the sentence after the sign's, when the sign's sentence asks about it ("Chest pain? Sleep it off.") or the
 *   next one opens with the delay or a word pointing back ("That's heartburn: sleep it off."), and the sign's
 *   sentence does not already send the reader to care ("If you have chest pain, call 911.").
 *
 * Unlike the other advice/* rules, a recorded `medicalReview` does not switch it off: no clinician signs off
 * telling a reader to wait out chest pain or a baby's fever. Only an allow comment with a reason, on the line
 * of the finding, passes one (a post that quotes such advice to warn against it, for instance).
 *
 * The lists below are the rule: a sign or a phrase is added by adding a line. In them a space stands for any
 * run of white space (a Markdown line break, a folded YAML line, emphasis marks read as spaces) and an
 * apostrophe for a straight or a curly one. Case is ignored. The Spanish lists are in emergencySpanish.ts
 * ("¿Dolor de pecho? Espere hasta mañana."); both are read in every text.
 */

const WORD = String.raw`[\w'’-]+`;

/**
 * Signs that need 911, 988 or Poison Help at once: the American Heart Association's heart attack and stroke
 * (F.A.S.T.) warning signs, trouble breathing, the 988 Lifeline's suicide warning signs, fever under 3 months
 * (American Academy of Pediatrics), and the CDC's danger signs after a head injury and during a seizure.
 */
const SIGNS: Record<string, readonly string[]> = {
  "chest pain": [
    "chest (?:pain|pressure|tightness|discomfort)",
    "chest (?:feels|is|gets|feeling) (?:tight|heavy|crushed)",
    "(?:your|my|his|her|their|the) chest (?:hurts|aches)",
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
    // Someone poisoned, not "poisoning can happen fast": a poison center named, or what was swallowed.
    "poison (?:control|help|center)",
    "poisoned",
    "overdos\\w*",
    "swallow(?:ed|s)?(?: WORD){0,5} (?:pills?|medicines?|tablets?|batter(?:y|ies)|magnets?|bleach|detergent|pods?|cleaner)",
  ],
  "head injury": [
    "head injur\\w*",
    "(?:hit|blow|bump|knock|bang) (?:to|on) (?:the|your|his|her|their) head",
    "(?:hit|hits|hitting|bumped|banged) (?:your|his|her|their|the) head",
    "concussion",
  ],
  "seizure or unconscious": [
    "seizures?",
    "convulsions?",
    "unconscious",
    "(?:won't|will not|can't|cannot) wake up",
    "passed out",
  ],
};

const EMERGENCY_CARE =
  "(?:the )?(?:ER|E\\.R\\.|emergency room|emergency department|hospital|urgent care|911|988|an ambulance|ambulance)";
const WHEN_LATER = `(?:the )?(?:morning|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|next week|your next(?: WORD){1,2}|the clinic opens|the office opens|we open|(?:office|business|clinic) hours)`;

/** Wording that puts off care: "wait until morning", "sleep it off", "can wait"… */
const DELAYS: readonly string[] = [
  `wait(?:ing)? (?:until|till|'til|til) ${WHEN_LATER}`,
  "wait (?:and|to) see",
  "wait(?:ed|ing)? (?:it|this) out",
  "wait for (?:it|this|them|the WORD) to (?:pass|stop|go away|settle|get better)",
  "give it (?:an?|one|two|a few|some|a couple of) (?:hours?|days?|nights?|time|while)",
  // Not "you can wait for the ambulance outside" or "you can wait to refill it".
  "(?:can|could|will|should|may) (?:usually |safely |probably |easily |often )?wait(?! (?:for (?:the |an? )?(?:ambulance|paramedics|EMS|help)|with|to))",
  "(?:sleep|slept|sleeping) (?:it|this) off",
  "sleep on it",
  "(?:ride|rode|riding|tough|toughing) (?:it|this) out",
  "see if (?:it|this|they|the WORD) (?:passes|pass|goes away|go away|gets better|stops|settles)",
  "see how (?:she|he|they|you|it|your WORD) (?:is|are|feels?|does|do|looks?)(?: WORD)? (?:tomorrow|in the morning)",
  "(?:goes|go|will go|clears?) away (?:on (?:its|their) own|by itself)",
  "pass(?:es)? (?:by (?:the )?morning|on (?:its|their) own|by itself)",
  "call (?:us|the clinic|the office|your doctor|your clinician|the doctor) (?:tomorrow|in the morning|when (?:we|it|the clinic|the office) opens?|next week|on monday|after the weekend)",
  "before you bother (?:anyone|anybody|the doctor|us|911)",
  "stay (?:at )?home(?! (?:with|from))",
];

/** Wording that steers away from emergency care: "no need to call 911", "skip the ER"… */
const AVOIDS: readonly string[] = [
  "no need (?:to|for) (?:call|phone|go|rush|head|see|visit|bother|an ambulance|the ER|911)(?! ahead)",
  "(?:don't|do not|doesn't|does not|won't|will not) (?:need|have) to (?:call|phone|go|rush|see|visit)",
  `(?:don't|do not|doesn't|does not|won't|will not) (?:need|require) (?:an? |the )?(?:ER|E\\.R\\.|emergency room|emergency|hospital|911|urgent care|ambulance)`,
  "(?:don't|do not|never) bother (?:calling|phoning|going|with)",
  "(?:don't|do not|never) (?:call|dial|phone) (?:911|988|an ambulance|poison control|the doctor|your doctor|a hotline|anyone)",
  `(?:don't|do not|never) (?:go|rush|run|head|race|hurry) (?:off )?to ${EMERGENCY_CARE}`,
  `skip(?:ping)? ${EMERGENCY_CARE}`,
  `(?:instead of|rather than) (?:going|heading|rushing|driving) to ${EMERGENCY_CARE}`,
  `(?:instead of|rather than) (?:calling|phoning) (?:${EMERGENCY_CARE}|at night|tonight|now|anyone)`,
];

// "Do not wait until morning", "you never have to wait until morning": the phrase is what the post warns against.
const NEGATED = new RegExp(
  String.raw`\b(?:don['’]t|do not|doesn['’]t|does not|never|not|shouldn['’]t|should not|must not|mustn['’]t|no)(?:\s+(?:ever|just|have|has|need|needs|want|try|to)){0,3}\s+$|${SPANISH_NEGATED}`,
  "i",
);
// Words that send the reader to care now. A sign whose own words do this ("If you have chest pain, call 911")
// is not the one a later clause or the next sentence puts off ("For anything else, call us when we open").
const URGES_CARE = new RegExp(
  [
    String.raw`\b(?:call|text|dial)(?:\s+or\s+text)?\s+(?:911|988)\b`,
    String.raw`\b(?:go|get|head)\s+(?:straight\s+|right\s+)?to\s+(?:the\s+|an?\s+)?(?:ER|emergency room|emergency department|hospital|urgent care)\b`,
    String.raw`\bcall\s+(?:us|the clinic|your (?:doctor|clinician|provider)|poison (?:help|control)|an ambulance)\b`,
    String.raw`\b(?:right away|right now|immediately)\b`,
    String.raw`\b(?:is|are)\s+(?:an?\s+)?emergenc(?:y|ies)\b`,
    SPANISH_URGES_CARE,
  ].join("|"),
  "i",
);
// "Heartburn can wait, but chest pain cannot": the sign is the exception to the delay before it.
const CONTRAST = new RegExp(
  String.raw`\b(?:but|however|unless|except|whereas|while|although|though|otherwise)\b|${SPANISH_CONTRAST}`,
  "i",
);
// A sentence that goes on about the sign before it: it opens with the delay, or with a word pointing back.
const POINTS_BACK = new RegExp(
  String.raw`^[\s"'“‘«¿¡>#+*\-\d.)]*(?:(?:(?:it|it['’]s|that|that['’]s|this|they|these|those|you|you['’]re|just|then|so|and|there|there['’]s|simply)\b|${START}${SPANISH_POINTS_BACK}${END})[\s\S]*)?$`,
  "i",
);
// Sentence ends, with the space after them: . ! ? (and closing quotes) before a space or the end, a blank line,
// or a new list item, heading or quote.
const SENTENCE_END = /(?:[.!?]+["'”’)\]]*(?=\s|$)|(?=\n[ \t]*\n)|(?=\n[ \t]*(?:[-+*] |\d+[.)] |#|>)))\s*/g;

const phraseSource = (phrase: string) =>
  phrase
    .replaceAll("'", "['’]")
    .replaceAll(" ", String.raw`\s+`)
    .replaceAll("WORD", WORD);
// English phrases between \b edges, Spanish ones between START and END (spanish.ts: \b breaks at "í").
const pattern = (english: readonly string[], spanish: readonly string[]) =>
  bilingual(
    `\\b(?:${english.map(phraseSource).join("|")})\\b`,
    `${START}(?:${spanish.map(spanishPhrase).join("|")})${END}`,
    "gi",
  );
const SIGN = pattern(Object.values(SIGNS).flat(), Object.values(SPANISH_SIGNS).flat());
const DELAY = pattern([...DELAYS, ...AVOIDS], [...SPANISH_DELAYS, ...SPANISH_AVOIDS]);

/** The sentences of a text: the one an index is in, where each starts, and its text (with its end mark). */
function sentencesOf(text: string) {
  const starts = [0, ...[...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)];
  const of = (index: number) => starts.findLastIndex((start) => start <= index);
  const start = (n: number) => starts[n]!;
  return { of, start, text: (n: number) => text.slice(starts[n], starts[n + 1] ?? text.length) };
}

type Found = { index: number; 0: string };

/** Whether `delay` puts off care for `sign`: in one sentence, or in the sentence after the sign's (see the header). */
function putsOff(text: string, sentences: ReturnType<typeof sentencesOf>, sign: Found, delay: Found): boolean {
  const own = sentences.of(sign.index);
  const at = sentences.of(delay.index);
  if (own === at) {
    const signFirst = sign.index < delay.index;
    const between = signFirst
      ? text.slice(sign.index + sign[0].length, delay.index)
      : text.slice(delay.index + delay[0].length, sign.index);
    return !URGES_CARE.test(between) && !(!signFirst && CONTRAST.test(between));
  }
  if (own !== at - 1 || URGES_CARE.test(sentences.text(own))) return false;
  // "Chest pain? Sleep it off." "Your chest hurts after dinner. That's heartburn: sleep it off."
  const asks = /\?["'”’)\]]*\s*$/.test(sentences.text(own));
  return asks || POINTS_BACK.test(text.slice(sentences.start(at), delay.index));
}

const MESSAGE = "tells the reader to delay care for an emergency sign";

/**
 * One finding per sentence that delays care for a sign in it or in the sentence before it; `spanish`: whether
 * the text may hold Spanish (spanish.ts#holdsSpanish).
 */
export function delayedEmergencies(checkable: string, spanish: boolean): RuleMatch[] {
  // Emphasis marks read as spaces, so "*Don't* rush to the ER" reads as it is said; lengths stay the same.
  const text = checkable.replace(/[*_~]/g, " ");
  // Delay wording is rarer than signs in a clinic's posts, so it is looked for first.
  const delays = [...text.matchAll(forText(DELAY, spanish))].filter(
    (d) => !NEGATED.test(text.slice(Math.max(0, d.index - 40), d.index)),
  );
  if (delays.length === 0) return [];
  const signs = [...text.matchAll(forText(SIGN, spanish))];
  if (signs.length === 0) return [];
  const sentences = sentencesOf(text);
  const found = new Map<number, RuleMatch>();
  for (const delay of delays) {
    const sentence = sentences.of(delay.index);
    const sign = found.has(sentence) ? undefined : signs.find((s) => putsOff(text, sentences, s, delay));
    if (!sign) continue;
    const end = delay.index + delay[0].length;
    // Show the sign with the delay when both are on one line, so the finding says what is being put off.
    const sameLine = sign.index < delay.index && !text.slice(sign.index, delay.index).includes("\n");
    const index = sameLine ? sign.index : delay.index;
    found.set(sentence, { index, length: end - index, message: MESSAGE });
  }
  return [...found.values()];
}

export const EMERGENCY_RULES: Rule[] = [
  {
    id: "advice/delay-emergency",
    severity: "error",
    fix: "say to call 911 (or 988 for a mental health crisis) right away for this sign",
    // Not switched off by medicalReview (see the header): only an allow comment with a reason passes it.
    check: ({ text, spanish }) => delayedEmergencies(text, spanish),
  },
];
