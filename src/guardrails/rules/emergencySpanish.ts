import { END, spanishPhrase as es, START } from "./spanish.ts";

/**
 * advice/delay-emergency's lists in Spanish (emergency.ts reads them with its English ones, in every text): the
 * same signs, from the same sources, and the same ways of putting off or steering away from care. As there, a
 * sign or a phrase is added by adding a line; a space stands for any run of white space, WORD for one word,
 * and an accented vowel matches with or without its accent (spanish.ts).
 */

export const SPANISH_SIGNS: Record<string, readonly string[]> = {
  "chest pain": [
    "dolor (?:en el|de|del) pecho",
    "dolor torácico",
    "(?:presión|opresión|apretón|molestias?|ardor) en el pecho",
    "(?:le|me|te|les) duele el pecho",
    "el pecho (?:le |me |te )?(?:duele|aprieta|pesa)",
    "ataque (?:al corazón|cardíaco)",
    "infarto",
  ],
  "stroke signs": [
    "(?:la )?cara (?:caída|torcida|chueca)",
    "(?:se le )?cae (?:un lado de )?la cara",
    "habla (?:arrastrada|enredada|trabada)",
    "arrastra (?:las palabras|la lengua)",
    "(?:brazos?|piernas?)(?: WORD){0,2} (?:débil(?:es)?|dormid[oa]s?|entumecid[oa]s?|adormecid[oa]s?)",
    "debilidad (?:repentina )?en (?:un|el|la|una) (?:brazo|pierna|lado)",
    "(?:de repente|de golpe|repentin[oa]|súbit[oa])(?: WORD,?){0,3} (?:entumecimiento|debilidad|confusión|mareo|dolor de cabeza|visión borrosa|pérdida de (?:la )?visión)",
    "(?:entumecimiento|debilidad|confusión|mareo|dolor de cabeza) (?:repentin[oa]|súbit[oa])",
    "(?:el )?peor dolor de cabeza",
    "derrame cerebral",
    "accidente cerebrovascular",
  ],
  "trouble breathing": [
    "dificultad para respirar",
    "(?:le|me|te|les) cuesta (?:mucho )?respirar",
    "no (?:puede|puedo|pueda|podía) respirar",
    "falta de aire",
    "(?:le|me|te) falta el aire",
    "no (?:puede|logra) recuperar el aliento",
    "(?:labios|cara|piel|uñas) (?:se (?:le )?ponen |se (?:le )?ven |están )?(?:morad[oa]s|azules|grises)",
    "anafila\\w+",
    "garganta (?:se (?:le )?(?:cierra|hincha)|hinchada|cerrada)",
  ],
  "suicidal thoughts": [
    "suicid\\w*",
    "(?:quitarse|quitarme|quitarte) la vida",
    "(?:hacerse|hacerme|hacerte|se hace|me hago) daño",
    "lastimarse|lastimarme|lastimarte",
    "autolesi\\w+",
    "(?:quiere|quiero|quieres|querer) morir(?:se|me|te)?",
    "mejor muert[oa]",
    "(?:acabar|terminar) con (?:su|mi|tu) (?:propia )?vida",
  ],
  // Fever under 3 months is an emergency (American Academy of Pediatrics); an older child's often is not.
  "a baby's fever": [
    "(?:recién nacid[oa]|bebé de (?:\\d+|un|una|dos|tres) (?:días?|semanas?)|bebé de (?:[1-3]|un|dos|tres) mes(?:es)?)(?: WORD){0,4} (?:fiebre|temperatura|calentura|está caliente|se siente caliente)",
    "fiebre en (?:un|una|su) (?:bebé|recién nacid[oa])",
  ],
  "severe bleeding": [
    "sangrado (?:que )?no (?:para|se detiene|se para)",
    "no (?:para|deja) de sangrar",
    "sangrado (?:abundante|fuerte|grave|intenso|severo)",
    "(?:tose|tosiendo|vomita|vomitando|escupe) sangre",
    "(?:tos|vómito) con sangre",
  ],
  poisoning: [
    "control de (?:envenenamientos?|intoxicaciones)",
    "centro de (?:toxicología|envenenamientos?)",
    "envenenad[oa]",
    "intoxicad[oa]",
    "sobredosis",
    "(?:tragó|se tragó|ingirió|se comió)(?: WORD){0,5} (?:pastillas|medicinas|medicamentos|tabletas|pilas?|baterías?|imanes|imán|cloro|blanqueador|detergente|cápsulas|limpiador)",
  ],
  "head injury": [
    "(?:golpe|lesión|herida|traumatismo) (?:en|a) la cabeza",
    "traumatismo craneal",
    "(?:se|me|te) (?:golpeó|golpea|pegó|dio) (?:en )?la cabeza",
    "conmoción cerebral",
  ],
  "seizure or unconscious": [
    "convulsi(?:ón|ones|ona|onando)",
    "ataque epiléptico",
    "inconsciente",
    "no (?:se )?despierta",
    "se desmayó|perdió el conocimiento|se desmaya",
  ],
};

const WHEN_LATER = `(?:mañana|la mañana|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|el fin de semana|la próxima semana|la semana que viene|su próxima (?:cita|visita)|(?:que )?abr(?:a|amos)(?: la clínica| el consultorio| la oficina)?|el horario de (?:oficina|atención))`;

/** Wording that puts off care: "espere hasta mañana", "duérmase y se le pasa", "puede esperar"… */
export const SPANISH_DELAYS: readonly string[] = [
  `esper(?:e|ar|a|en|ando|emos) (?:hasta|a) ${WHEN_LATER}`,
  "esper(?:e|ar|emos) (?:a|para) ver",
  "esper(?:e|ar) (?:a )?que (?:se )?(?:le )?(?:pase|quite|vaya|calme|mejore|baje|detenga)",
  "dele (?:unas|unos|un par de|algunas|algunos) (?:horas|días|noches)|dele tiempo",
  // Not "puede esperar a la ambulancia afuera" or "puede esperar para resurtirla".
  "(?:puede|podría|se puede|pueden) (?:esperar|aguardar)(?! (?:a (?:que llegue )?(?:la ambulancia|los paramédicos|la ayuda)|con|para))",
  "(?:duerma|duérmase|dormir)(?: un poco| bien)? (?:y|para que) (?:se le |se )?(?:pase|quite|pasa|quita)",
  "(?:se le |se )(?:pasa|pasará|quita|quitará|irá|va a pasar|va a quitar) (?:sol[oa]|por sí sol[oa]|con el tiempo|durmiendo|para mañana|en la mañana)",
  "aguántese|aguántelo|aguantarse|aguantar",
  "vea si (?:se )?(?:le )?(?:pasa|quita|mejora|va)",
  "vea cómo (?:está|sigue|amanece|se siente)(?: WORD)? (?:mañana|en la mañana)",
  "(?:llámenos|llame a (?:la clínica|la oficina|su médico|su doctora?)) (?:mañana|por la mañana|cuando (?:abramos|abra la clínica|abra)|la próxima semana|el lunes|después del fin de semana)",
  "antes de molestar a (?:nadie|alguien|al médico|su médico|los paramédicos)",
  "quédese en (?:la )?casa(?! (?:con|sin ir|si no))",
];

const EMERGENCY_CARE = `(?:(?:la )?sala de (?:emergencias|urgencias)|(?:las )?(?:emergencias|urgencias)|el hospital|(?:una )?ambulancia|el 911|911)`;

/** Wording that steers away from emergency care: "no llame al 911", "no hace falta ir a urgencias"… */
export const SPANISH_AVOIDS: readonly string[] = [
  // Not "no hace falta llamar antes" (no need to call ahead).
  "no (?:es necesario|hace falta|hay necesidad de|hay que|necesita|tiene que) (?:llamar|ir|correr|ver|visitar|molestar)(?! (?:antes|con anticipación|para hacer (?:una )?cita))",
  "no (?:llame|marque|llamen|llames) (?:al? )?(?:911|988|una ambulancia|control de envenenamientos)",
  `no (?:vaya|corra|vayan|vayas|corras) (?:a|al) ${EMERGENCY_CARE}`,
  `(?:sáltese|evite) (?:ir a )?${EMERGENCY_CARE}`,
  `(?:en lugar de|en vez de) (?:ir|correr|llamar|manejar)(?: WORD){0,2} (?:a|al) ${EMERGENCY_CARE}`,
  `no (?:necesita|requiere) (?:ir a )?${EMERGENCY_CARE}`,
];

/** "No espere hasta mañana", "no tiene que esperar": the phrase is what the post warns against. */
export const SPANISH_NEGATED = String.raw`${START}${es("no|nunca|jamás|tampoco")}(?:\s+${es("se|le|lo|la|debe|deben|tiene|tienen|que|hay|necesita|conviene|intente|trate de")}){0,3}\s+$`;

/** Words that send the reader to care now (as emergency.ts's URGES_CARE). */
export const SPANISH_URGES_CARE = [
  es("(?:llame|llamen|marque|llama|llamar)(?: o (?:envíe un )?(?:mensaje de )?texto)? al? (?:911|988)"),
  es(
    "(?:vaya|vayan|ir|acuda|acudir|llével[oa]) (?:directamente |de inmediato )?(?:a|al) (?:la )?(?:sala de (?:emergencias|urgencias)|emergencias|urgencias|hospital)",
  ),
  es("llámenos|llame a (?:la clínica|su médico|su doctora?|control de envenenamientos|una ambulancia)"),
  es("de inmediato|inmediatamente|enseguida|ahora mismo|sin demora|cuanto antes"),
  es("(?:es|son) (?:una )?emergencias?"),
]
  .map((words) => `${START}${words}${END}`)
  .join("|");

/** "La acidez puede esperar, pero el dolor de pecho no": the sign is the exception. */
export const SPANISH_CONTRAST = `${START}${es("pero|sin embargo|a menos que|excepto|salvo|mientras que|aunque|de lo contrario|si no")}${END}`;

/** Words a sentence opens with when it goes on about the sign before it (as emergency.ts's POINTS_BACK). */
export const SPANISH_POINTS_BACK = es(
  "eso|eso es|esto|esto es|es|son|solo|sólo|simplemente|entonces|así que|y|hay|usted|probablemente|se|le",
);
