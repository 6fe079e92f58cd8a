import type { RuleMatch } from "../finding.ts";
import { bilingual, END, forText, spanishPhrase as es, START } from "./spanish.ts";
import { anyOf, emphasisAsSpaces } from "./wording.ts";

/**
 * advice/diagnosis: a diagnosis told to the reader as a fact, in three ways:
 * - said outright, opening a sentence: "You have strep throat.", "You're diabetic." (not "If you have…");
 * - as what signs mean: "that means you're diabetic", "a sure sign you've got diabetes" (not "a higher risk of
 *   heart disease", and not what a test result means, which is education);
 * - as the answer to a question about signs: "Itchy rash after the hike? It's poison ivy." (not "What is
 *   asthma? It's a disease of the airways.").
 * Spanish the same three ways: "Usted tiene diabetes.", "Seguramente tiene una infección de oído."; "eso
 * significa que es diabético"; "¿Sarpullido después de la caminata? Es hiedra venenosa." Said outright, it
 * needs "usted", "tú" or a word of certainty: a bare "Tiene asma" opens list items of who should do something.
 */

/** Conditions a post might tell a reader they have. A word is added by adding a line. */
const CONDITIONS: readonly string[] = [
  "infection",
  "disease",
  "syndrome",
  "disorder",
  "strep(?: throat)?",
  "flu",
  "influenza",
  "covid(?:-19)?",
  "diabetes",
  "prediabetes",
  "asthma",
  "pneumonia",
  "bronchitis",
  "sinusitis",
  "depression",
  "anxiety",
  "cancer",
  "allergy",
  "allergies",
  "hay fever",
  "hypertension",
  "high blood pressure",
  "poison (?:ivy|oak)",
  "a cold",
  "pink eye",
  "migraines?",
  "gout",
  "shingles",
  "eczema",
  "psoriasis",
  "arthritis",
  "an(?:a)?emia",
  "lupus",
  "acid reflux",
  "GERD",
  "UTI",
  "ADHD",
  "COPD",
  "heart failure",
  "sciatica",
  "vertigo",
  "food poisoning",
];
/** The same, said of a person: "you're diabetic". */
const CONDITION_ADJECTIVES: readonly string[] = [
  "diabetic",
  "pre-?diabetic",
  "an(?:a)?emic",
  "asthmatic",
  "hypertensive",
  "(?:lactose|gluten) intolerant",
  "allergic to WORD",
];
const CERTAINTY = "(?:(?:probably|likely|definitely|clearly|surely|certainly|almost certainly|just|only|simply) )?";
// Up to three words before the condition ("an ear infection"), but not a risk or a sign of one: "a higher risk
// of heart disease", "a common sign of a cold" are education.
const BEFORE_CONDITION =
  "(?:(?!(?:of|sign|signs|symptom|symptoms|cause|causes|risk|chance|odds|higher|lower|more|less|type|kind)\\b)WORD ){0,3}?";
const CONDITION = `(?:(?:a|an|the) )?${BEFORE_CONDITION}${anyOf(CONDITIONS)}`;
// "you have", "you probably have", "you've got", "you're suffering from"; "you're diabetic"
const HAS = `(?:you(?: ${CERTAINTY}(?:have|are suffering from)|'ve ${CERTAINTY}got|'re ${CERTAINTY}suffering from) ${CONDITION}|you(?:'re| are) ${CERTAINTY}${anyOf(CONDITION_ADJECTIVES)})`;

/** The Spanish conditions, as CONDITIONS (accents optional). */
const SPANISH_CONDITIONS = es(
  [
    "infección|infecciones|enfermedad|síndrome|trastorno|faringitis|amigdalitis|estreptococo|gripe|influenza",
    "covid(?:-19)?|diabetes|prediabetes|asma|neumonía|bronquitis|sinusitis|depresión|ansiedad|cáncer|alergias?",
    "fiebre del heno|hipertensión|presión (?:arterial )?alta|hiedra venenosa|roble venenoso|(?:un )?resfriado",
    "(?:un )?catarro|conjuntivitis|migrañas?|gota|culebrilla|herpes zóster|eczema|eccema|psoriasis|artritis",
    "anemia|lupus|reflujo(?: ácido)?|ERGE|infección urinaria|IVU|ITU|TDAH|EPOC|insuficiencia cardíaca|ciática",
    "vértigo|intoxicación (?:alimentaria|por alimentos)",
  ].join("|"),
);
const SPANISH_CONDITION_ADJECTIVES = es(
  "diabétic[oa]|prediabétic[oa]|anémic[oa]|asmátic[oa]|hipertens[oa]|celíac[oa]|intolerante a la (?:lactosa|gluten)|alérgic[oa] a WORD",
);
const SPANISH_CERTAINTY = es(
  "probablemente|seguramente|definitivamente|claramente|sin duda|seguro que|casi seguro que|solo|sólo|simplemente|ciertamente",
);
// Words before the condition ("una infección"), not a risk or sign of one: "un mayor riesgo de enfermedad".
const SPANISH_BEFORE_CONDITION = String.raw`(?:(?!${es("de|riesgo|señal|señales|síntoma|síntomas|causa|causas|tipo|más|menos|mayor|menor|posibilidad|probabilidad")}\s)[\w\u00C0-\u024F-]+\s+){0,3}?`;
const SPANISH_CONDITION = String.raw`(?:${es("un|una|el|la|los|las")}\s+)?${SPANISH_BEFORE_CONDITION}${SPANISH_CONDITIONS}`;
// "tiene diabetes", "padece de asma", "es diabético"
const SPANISH_VERDICT = String.raw`(?:${es("tiene|tienes|padece(?: de)?|padeces(?: de)?|sufre de|sufres de|está sufriendo de")}\s+${SPANISH_CONDITION}|${es("es|eres")}\s+${SPANISH_CONDITION_ADJECTIVES})`;
const SPANISH_HAS = String.raw`(?:${SPANISH_CERTAINTY}\s+)?${SPANISH_VERDICT}`;
// Said outright, with "usted", "tú" or certainty before it: "Usted tiene diabetes", "Seguramente tiene asma".
// "Ud." and "Vd." are usted written short; "Uds." and "ustedes" the plural, with the plural verb.
const SPANISH_YOU = String.raw`(?:${es("usted|tú")}|(?:ud|vd)\.)`;
const SPANISH_YOU_ALL = String.raw`(?:${es("ustedes")}|(?:uds|vds)\.)\s+(?:${SPANISH_CERTAINTY}\s+)?${es("tienen|padecen(?: de)?|sufren de")}\s+${SPANISH_CONDITION}`;
const SPANISH_OUTRIGHT = String.raw`${START}(?:(?:(?:${SPANISH_CERTAINTY}\s+)?${SPANISH_YOU}\s+(?:${SPANISH_CERTAINTY}\s+)?|${SPANISH_CERTAINTY}\s+)${SPANISH_VERDICT}|${SPANISH_YOU_ALL})${END}`;

const pattern = (source: string) => new RegExp(`\\b${anyOf([source])}\\b`, "gi");
const stickyPattern = (source: string) => new RegExp(`${anyOf([source])}\\b`, "iy");
// "You have strep throat." "You probably have an infection."
const SAID_OUTRIGHT = bilingual(pattern(HAS).source, SPANISH_OUTRIGHT, "gi");
// "eso significa que tiene diabetes", "es una señal segura de que es diabético"
const SPANISH_SIGNS_MEAN = String.raw`${START}${es("significa|significan|quiere decir|quieren decir|(?:es )?(?:una )?señal (?:segura|clara|inequívoca|clásica)")}\s+(?:de\s+)?(?:que\s+)?(?:(?:usted\s+)?${SPANISH_HAS}|${es("es|eso es")}\s+(?:${SPANISH_CERTAINTY}\s+)?${SPANISH_CONDITION})${END}`;
// "that means you're diabetic", "mean it's definitely an ear infection", "a sure sign you've got diabetes"
// Not "Signs you have diabetes include…", a list of signs; a sign said to be sure is a verdict.
const SIGNS_MEAN = bilingual(
  pattern(
    `(?:means?|meant|(?:sure|clear|certain|telltale|tell-tale|classic) sign|tells you) (?:that )?(?:${HAS}|(?:it|that)(?:'s| is) ${CERTAINTY}${CONDITION})`,
  ).source,
  SPANISH_SIGNS_MEAN,
  "gi",
);
// "It's poison ivy", after a question: tried only where a question has just ended (see diagnosesIn).
// In Spanish: "Es hiedra venenosa", "Suena a gripe", "Tiene una infección de vejiga".
const ANSWER = bilingual(
  stickyPattern(`(?:it's|it is|that's|that is|this is|sounds like|you've got) ${CERTAINTY}${CONDITION}`).source,
  `${es("es|eso es|esto es|suena a|parece|se trata de")}\\s+(?:${SPANISH_CERTAINTY}\\s+)?${SPANISH_CONDITION}${END}|(?:${es("usted")}\\s+)?${SPANISH_HAS}${END}`,
  "iy",
);

// Where a diagnosis said outright may stand: the start of a sentence, or after "then".
const OPENS_SENTENCE = /(?:^|[.!?]\s+|\n\s*|\bthen\s+|\bentonces\s+|¡)$/i;
// A verdict that still sends the reader to care ("It's probably the flu, but call us to be sure") is not one.
const SENDS_TO_CARE = new RegExp(
  String.raw`\b(?:call (?:us|the clinic|your (?:doctor|clinician))|see (?:a|your) (?:doctor|clinician|provider)|to be sure|get (?:it )?checked|a test)\b|${START}${es("llámenos|llame a (?:la clínica|su médico|su doctora?)|(?:vea|consulte) a (?:un|una|su) (?:médico|médica|doctora?|proveedor)|para (?:estar seguros?|asegurarnos|confirmarlo)|(?:hágase|haga) (?:una |la )?prueba|una prueba|que le revisen|venga a (?:la clínica|vernos)")}${END}`,
  "i",
);
// What a test result means is education.
const ABOUT_A_TEST = new RegExp(
  String.raw`\b(?:test|tests|result|results|screening|lab)\b|${START}${es("prueba|pruebas|resultado|resultados|examen|análisis|laboratorio")}${END}`,
  "i",
);
// A question that asks for a definition ("What is asthma?", "¿Qué es el asma?"), not about signs ("Itchy rash
// after the hike?").
const DEFINING_QUESTION = new RegExp(
  String.raw`^\s*(?:(?:what|why|how|who|where|when|which|is|are|can|could|does|do|should)\b|¿?\s*${es("qué|por qué|cómo|quién|quiénes|dónde|cuándo|cuál|cuáles|es|son|puede|pueden|podría|debe|debo|hay")}${END})`,
  "i",
);

const MESSAGE = "diagnoses the reader";

/** Answers that open the sentence right after a question about signs ("Itchy rash? It's poison ivy."). */
function answersToQuestions(text: string, spanish: boolean): RegExpExecArray[] {
  const answer = forText(ANSWER, spanish);
  const answers: RegExpExecArray[] = [];
  for (let mark = text.indexOf("?"); mark >= 0; mark = text.indexOf("?", mark + 1)) {
    const question = /(?:^|[.!?\n])([^.!?\n]*)$/.exec(text.slice(Math.max(0, mark - 200), mark))?.[1] ?? "";
    if (DEFINING_QUESTION.test(question)) continue;
    answer.lastIndex = mark + 1 + (/^["'”’)]*\s*/.exec(text.slice(mark + 1, mark + 20))?.[0].length ?? 0);
    const found = answer.exec(text);
    if (found) answers.push(found);
  }
  return answers;
}

// (A decimal point ends no sentence: "An A1C of 6.5 or more means…" is about a test.)
const sentenceBefore = (text: string, index: number) =>
  text
    .slice(Math.max(0, index - 120), index)
    .split(/[!?\n]|\.(?!\d)/)
    .at(-1) ?? "";

/** Every diagnosis in a text; `spanish`: whether it may hold Spanish (spanish.ts#holdsSpanish). */
export function diagnosesIn(checkable: string, spanish: boolean): RuleMatch[] {
  const text = emphasisAsSpaces(checkable);
  const sentenceFrom = (m: RegExpExecArray) => text.slice(m.index, m.index + 200).split(/[.!?\n]/)[0]!;
  const found = (matches: Iterable<RegExpExecArray>, accept: (m: RegExpExecArray) => boolean) =>
    [...matches]
      .filter((m) => accept(m) && !SENDS_TO_CARE.test(sentenceFrom(m)))
      .map((m) => ({ index: m.index, length: m[0].length, message: MESSAGE }));
  const matches = [
    ...found(text.matchAll(forText(SAID_OUTRIGHT, spanish)), (m) =>
      OPENS_SENTENCE.test(text.slice(Math.max(0, m.index - 20), m.index)),
    ),
    // Looking for a few words costs less than trying the pattern at every word.
    // ("significa" has "sign" in it; a longer list of words made the search slower than the pattern.)
    ...(/mean|sign|tells/.test(text) || (spanish && /quiere|se[ñn]al/i.test(text))
      ? found(text.matchAll(forText(SIGNS_MEAN, spanish)), (m) => !ABOUT_A_TEST.test(sentenceBefore(text, m.index)))
      : []),
    ...found(answersToQuestions(text, spanish), () => true),
  ];
  // One finding where two ways overlap ("Sneezing? You have hay fever." is said outright and an answer).
  return matches.filter(
    (m, i) => !matches.some((other, j) => j < i && other.index <= m.index && m.index < other.index + other.length),
  );
}
