import { AÑOS, END, SPANISH_NUMBER_WORD, SPANISH_WORD, spanishPhrase as es, START } from "./spanish.ts";

/**
 * The ways cases.ts finds one patient's story, as Spanish tells it. Each story is tried only in a text that
 * has one of its words (`needs`, matched as the start of a word: "lleg" for "llegó" and "llego").
 *
 * What stays general, as in English: "muchos de nuestros pacientes nos preguntan…" (only "uno/una de"
 * is one person), "si usted es nuestro paciente", "atendimos a más de 4.000 pacientes", "una madre vino a la
 * feria de salud".
 */

export interface Story {
  needs: readonly string[];
  phrase: RegExp;
  /** Whether a match is a story after all (the phrase cannot say it: a capital letter under the "i" flag). */
  accept?: (match: RegExpExecArray) => boolean;
}

// One person, as a story names them: "una paciente", "un conductor de autobús jubilado" (what describes them
// mostly comes after).
const PERSON = es(
  "paciente|mujer|hombre|señora|señor|muchacha|muchacho|chica|chico|niña|niño|joven|adolescente|bebé|recién nacid[oa]|madre|mamá|padre|papá|abuela|abuelo|anciana|anciano|veterana|veterano|estudiante|conductora?|trabajadora?|maestra|maestro|agricultora?|jubilada|jubilado|vecina|vecino",
);
// Up to two words before the person ("una joven madre"), never a preposition.
const DESCRIBING = String.raw`(?:(?!(?:de|del|en|con|para|por|a|al|y|o|que)\s)${SPANISH_WORD}\s+){0,2}?`;
// An age in digits or words, as in "una paciente de 54 años".
const AGE = String.raw`(?:\d{1,3}|${SPANISH_NUMBER_WORD})\s+${AÑOS}`;
// "de 65 años o más", "de 65 años en adelante": everyone of an age, not one person.
const GROUP_AGE_AFTER = String.raw`(?!\s+(?:o|y)\s+(?:m[aá]s|mayores|menos)|\s+en\s+adelante)`;
// Came for care: "vino a la clínica", "llegó a nuestra sala de emergencias", "vino a consulta" (not "a la feria").
const ARRIVED = es(
  "(?:vino|llegó|entró|se presentó|acudió|fue traíd[oa]|(?:lo|la) trajeron) (?:a|al|en|por) (?:(?:nuestr[oa]|la|el|su|mi) )?(?:WORD ){0,2}?(?:clínica|consulta|consultorio|oficina|sala de (?:emergencias|urgencias)|emergencias|urgencias|centro de salud)|vino a (?:vernos|verme|ver a (?:la |el )?(?:Dra?\\.?|doctora?))",
);
// What may come between the person and their coming in: "una mujer que ve a la Dra. Reyes cada mes vino…".
const CLAUSE = String.raw`(?:[^.!?\n]|(?<=\b(?:Dr|Dra|Sr|Sra|Srta))\.){0,60}?`;

const story = (needs: readonly string[], source: string, accept?: Story["accept"]): Story => ({
  needs,
  phrase: new RegExp(`${START}(?:${source})${END}`, "gi"),
  accept,
});

export const SPANISH_STORIES: readonly Story[] = [
  story(
    ["paciente"],
    [
      // ("nuestro paciente," but not "si usted es nuestro paciente,")
      es(
        "(?:uno|una) de (?:nuestr[oa]s|mis) pacientes|mi paciente|(?<!(?:es|sea|ser|eres|como) )nuestr[oa] paciente,|(?:este|esta) paciente",
      ),
      es("(?:un|una) paciente (?:nuestr[oa]|mí[oa]|(?:me|nos) (?:contó|dijo)|vino|llegó)"),
      // "una paciente de 54 años", "un paciente de sesenta y siete años vino…"
      `${es("(?:un|una|el|la) paciente de ")}${AGE}${GROUP_AGE_AFTER}`,
    ].join("|"),
  ),
  // A clinician telling of someone they treated: "El invierno pasado atendí a un adolescente…".
  story(
    ["atend", "trat", "examin", "diagnostiq", "diagnostic", "cuid", "ingres", "recib"],
    `${es("(?:atendí|atendimos|traté|tratamos|examiné|examinamos|diagnostiqué|diagnosticamos|cuidé|cuidamos|ingresamos|recibí|recibimos) a (?:un|una) ")}${DESCRIBING}(?:${PERSON})`,
  ),
  // Someone who came in: "un hombre llegó a nuestra clínica", "una mujer que ve a la Dra. Reyes vino a consulta".
  story(
    ["vino", "lleg", "entr", "present", "acudi", "acudí", "traj", "traíd", "traid"],
    `${es("(?:un|una) ")}${DESCRIBING}(?:${PERSON})${CLAUSE}\\s+(?:${ARRIVED})`,
  ),
  // A name given to hide one: "una paciente a quien llamaremos Rosa", "llamémosle Sam". "Le llamaremos
  // mañana" is a phone call: the name must be capitalised.
  story(
    ["llam"],
    `${es("(?:(?:a )?quien|que|a la que|al que|(?:le|la|lo)) (?:aquí )?(?:llamaremos|vamos a llamar) WORD|llamémosl[eao]|llamémosle")}`,
    (m) => !/llamaremos|llamar\s/i.test(m[0]) || /\p{Lu}\S*$/u.test(m[0]),
  ),
];

// A Spanish name: capitalised in any script, one or two words.
const NAME = String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?`;

/**
 * A named person with a diagnosis or a procedure: "María fue diagnosticada con diabetes", "Juan tuvo una
 * cirugía de rodilla", "A José lo operaron en mayo". The name is group 1 (cases.ts#isName checks it).
 */
export const SPANISH_NAME_WITH_CARE = new RegExp(
  [
    `${NAME},?\\s+${es("(?:fue|ha sido|había sido) (?:diagnosticad[oa] con|tratad[oa] (?:por|de|con)|hospitalizad[oa]|internad[oa]|ingresad[oa]|operad[oa])")}`,
    `${NAME}\\s+${es("(?:tuvo|se hizo|se sometió a) (?:una |un |su )?(?:cirugía|biopsia|operación|procedimiento|reemplazo|[a-z]+ectomía)|se operó")}`,
    `(?<![\\p{L}])[Aa]\\s+${NAME}\\s+${es("(?:le|lo|la) (?:diagnosticaron|operaron|hospitalizaron|internaron|ingresaron)")}`,
  ].join("|"),
  "gu",
);
