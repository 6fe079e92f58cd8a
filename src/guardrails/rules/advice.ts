import { matchesOf, type Rule, type RuleContext } from "../finding.ts";
import { diagnosesIn } from "./diagnosis.ts";
import { dosesIn } from "./dosing.ts";
import { bilingual, END, forText, SPANISH_WORD, spanishPhrase as es, START } from "./spanish.ts";
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

// The same in Spanish: "deje de tomar su medicamento para la presión", "suspenda la metformina", "sáltese la
// pastilla para el agua", "puede dejar el antidepresivo". "Deje" is also "drop off": a medicine left at a place
// ("deje los medicamentos que no usa en nuestra caja") is not stopped. "Receta" is also a recipe: not read.
const SPANISH_MEDICINES = es(
  [
    "medicamentos?|medicinas?|medicación|medicaciones|remedios?|pastillas?|píldoras?|tabletas?|cápsulas?|dosis",
    "inhaladore?s?|antibióticos?|antidepresivos?|anticoagulantes?|diuréticos?|esteroides?|anticonceptivos?",
    "insulina|aspirina|ibuprofeno|acetaminofén|paracetamol|warfarina|prednisona|levotiroxina|estatinas?",
    // Generic-name stems, as in English: atorvastatina, lisinopril, losartán, metoprolol, omeprazol…
    "[a-z]+(?:statina|pril|sartán|olol|formina|prazol|dipino|ciclina|cilina)s?",
  ].join("|"),
);
const SPANISH_CHANGES = es(
  [
    "deje de|deja de|dejar de|deje|deja|dejar|suspenda|suspender|pare de|parar de|detenga|detener|interrumpa|interrumpir",
    "empiece a|empiece|empezar a|empezar|comience a|comience|comenzar a|comenzar|inicie|iniciar",
    "duplique|duplicar|doble|sáltese|saltarse|salte|omita|omitir|corte|cortar|parta|partir|divida|dividir",
    "aumente|aumentar|suba|subir|baje|bajar|disminuya|disminuir|reduzca|reducir|cambie|cambiar|abandone|abandonar",
  ].join("|"),
);
// Up to two words that describe the medicine ("su nueva pastilla"), never a preposition.
const SPANISH_DESCRIBING = String.raw`(?:(?!(?:de|del|para|en|con|a|al|por|sin|y|o)\s)${SPANISH_WORD}\s+){0,2}?`;
const NOT_LEFT_AT_A_PLACE = String.raw`(?![^.!?\n]{0,60}?\ben\s+(?:nuestr[oa]s?|la|el|una?)\s+(?:caja|buz[oó]n|farmacia|contenedor|bolsa|punto))`;
const SPANISH_MEDICATION_CHANGE = String.raw`${START}(?:${SPANISH_CHANGES})\s+(?:de\s+)?(?:(?:tomar|usar|ponerse|inyectarse)\s+)?(?:(?:su|sus|la|las|el|los|un|una|tu|tus)\s+)?${SPANISH_DESCRIBING}(?:${SPANISH_MEDICINES})${END}${NOT_LEFT_AT_A_PLACE}`;

const MEDICATION_CHANGE = bilingual(
  `\\b${anyOf(CHANGES)}\\s+(?:(?:taking|using)\\s+)?(?:(?:your|the|a|an)\\s+)?${DESCRIBING}${anyOf(MEDICINES)}\\b${NOT_A_THING_FOR_MEDICINE}`,
  SPANISH_MEDICATION_CHANGE,
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
    // Spanish: "¡" opening a sentence, "usted puede", "simplemente", "Si las pastillas le caen mal, …".
    String.raw`(?:^|[.!?:]\s+|\n\s*)[¡«"]\s*`,
    `${START}${es("entonces|así que|solo|sólo|simplemente|por favor|mejor|basta con|hay que|(?:usted )?(?:debe|puede|podría|necesita|tiene que)")}\\s+`,
    String.raw`(?:^|[.!?]\s+|\n\s*)[¡¿]?${es("(?:si|cuando|una vez que|después de que|mientras|los días (?:en )?que)")}${END}[^.!?\n]{0,80},\s*`,
  ]
    .map((lead) => `(?:${lead})$`)
    .join("|"),
  "i",
);
// Education often says when not to change a medicine on your own; those sentences are safety advice. A "not"
// before the verb already keeps it from reading as an instruction (see INSTRUCTION_LEAD).
const GUARDED = new RegExp(
  String.raw`\b(?:without (?:talking|asking|checking)|ask|talk|check with|unless|only if|(?:your|a) (?:clinician|doctor|pharmacist|provider) (?:says|tells|told|recommends))\b|${START}${es("sin (?:antes )?(?:hablar|consultar|preguntar)|pregunte|hable con|consulte|a menos que|solo si|sólo si|salvo que|(?:su|el|la) (?:médico|médica|doctora?|proveedor|farmacéutico|farmacéutica|clínico|enfermera) (?:se lo |le )?(?:indique|diga|dice|recomiende|indica|recomienda)")}${END}`,
  "i",
);

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
    find: ({ text, spanish }) => dosesIn(text, spanish),
  }),
  unlessReviewed({
    id: "advice/medication-change",
    severity: "error",
    fix: 'say "talk with your clinician before changing a medicine", or have a clinician review the post',
    find: ({ text: checkable, spanish }) => {
      const text = emphasisAsSpaces(checkable);
      return matchesOf(
        text,
        forText(MEDICATION_CHANGE, spanish),
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
    find: ({ text, spanish }) => diagnosesIn(text, spanish),
  }),
];
