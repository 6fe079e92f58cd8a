import { matchesOf, type Rule, type RuleContext, type RuleMatch } from "../finding.ts";
import { isPlaceholderForm } from "../records.ts";
import { personsWithAge } from "./personAge.ts";
import { SPANISH_NOT_NAMES } from "./spanish.ts";
import { SPANISH_NAME_WITH_CARE, SPANISH_STORIES, type Story } from "./spanishStories.ts";
import { emphasisAsSpaces, phrase } from "./wording.ts";

// Words that start a sentence with a capital but are not anyone's name.
const NOT_NAMES = new Set(
  [
    "He She They We You I It This That Someone Anyone Everyone People Adults Children Kids Parents Seniors Patients",
    "Doctors Nurses Staff Our Your Their My His Her One Each Many Most Some Families Women Men Babies Teens Toddlers",
    "Boys Girls Ages Age Grades Grade Today Tonight Yesterday Overall Also Since Then Now So And But Or In On At By",
    "Grandparents Caregivers Volunteers Students Members Residents Neighbors Infants Newborns Elders Participants",
    "Guests Visitors Readers Friends Mothers Fathers Moms Dads Veterans Workers Smokers Athletes Ladies Gentlemen",
    // Days and months: "On Tuesday, 12 volunteers…", "In March, 40 families…".
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August",
    "September October November December",
  ]
    .join(" ")
    .split(" ")
    .concat(SPANISH_NOT_NAMES),
);

/**
 * Whether a word can be a name: not a word in NOT_NAMES (in any case: "ADULTS, 65,"), and not part of a staff
 * member's name, so "Dr. Reyes, 15 years at the clinic" and staff bios pass.
 */
export const isName = (word: string, context: RuleContext) => {
  const titled = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return (
    !NOT_NAMES.has(titled) &&
    !context.clinic.staffNames.some((name) => name.toLowerCase().split(/\s+/).includes(word.toLowerCase()))
  );
};

/**
 * Consent recorded in front matter: `patientConsent: { form, date }`, both filled in. A placeholder form
 * ("n/a", "-") is "unnamed": it does not count, and records.ts reports it where it is written.
 */
export function consentGiven(frontMatter: Record<string, unknown>): "none" | "complete" | "incomplete" | "unnamed" {
  const consent = frontMatter.patientConsent;
  if (consent === undefined) return "none";
  const { form, date } = (consent ?? {}) as { form?: unknown; date?: unknown };
  if (!(typeof form === "string" && form.trim() && date)) return "incomplete";
  return isPlaceholderForm(form) ? "unnamed" : "complete";
}

// Apostrophes are written as escapes in these pieces, as phrase() reads a ' as either apostrophe.
// One person, as a story names them: "a teenager", "a retired bus driver". Not "the patient portal".
const PERSON = String.raw`(?:patient|woman|man|lady|gentleman|girl|boy|child|kid|toddler|baby|infant|newborn|teen|teenager|mother|mom|father|dad|grandmother|grandma|grandfather|grandpa|veteran|student|driver|worker|teacher|farmer|retiree|neighbor|neighbour)(?![\x27\u2019]?s?\s+(?:portal|care|visits?|education|records?|safety|groups?|advocates?|navigators?|rights))\b`;
// Words that describe the person ("a retired bus driver"), never a preposition: "a rise in the patient…" is no one.
const DESCRIBING = String.raw`(?:(?!(?:in|of|for|with|to|at|on|from|and|or|the|number)\b)[\w\x27\u2019-]+\s+){0,3}?`;
// What a story may say between the person and what they did, "Dr." and "Mr." included.
const CLAUSE = String.raw`(?:\s+(?:who|whose|from|with)\b(?:[^.!?\n]|(?<=\b(?:Dr|Mr|Mrs|Ms|St))\.){0,60}?)?`;

// Came in for care: "came in", "walked into the clinic", "came to our walk-in clinic" (not "to the health fair").
const ARRIVED = String.raw`(?:came|walked|was brought|showed up) (?:in|into|to (?:our|the|see) (?:WORD ){0,2}?(?:clinic|office|practice|ER|emergency (?:room|department)|urgent care|exam room|us|Dr\.?))\b`;

const story = (needs: readonly string[], source: string): Story => ({
  needs,
  phrase: new RegExp(`\\b${phrase(source)}\\b`, "gi"),
});

/**
 * Ways a post tells one patient's story, each a phrase (see wording.ts#phrase) after the words it cannot do
 * without. Most phrases open with a common word ("a", "we"), so a phrase is tried only in a text that has one
 * of its words.
 */
const STORIES: readonly Story[] = [
  story(
    ["patient"],
    "one of (?:our|my) patients|my patient|a patient (?:came in|of ours|of mine|told (?:me|us))|our patient,|this patient",
  ),
  // A clinician telling of someone they treated: "Last winter I treated a teenager", "We recently cared for…".
  story(
    ["treated", "cared", "examined", "looked", "admitted", "diagnosed"],
    `(?:I|we) (?:WORD )?(?:treated|cared for|examined|looked after|admitted|diagnosed) (?:a|an|one) ${DESCRIBING}${PERSON}`,
  ),
  // Someone who came in, in the past: "a man came to our walk-in clinic", "A woman who sees Dr. Reyes… came in".
  story(["came", "walked", "brought", "showed"], `(?:a|an) ${DESCRIBING}${PERSON}${CLAUSE} ${ARRIVED}`),
  // A name given to hide one: "a patient we'll call Sam", "let's call her Rosa".
  story(
    ["call"],
    `${PERSON} (?:whom? |that )?(?:we|I)(?:'ll| will|'d| shall) call|let(?:'s| us) call (?:him|her|them)`,
  ),
];
// And in a text that holds Spanish, the Spanish ones too.
const BILINGUAL_STORIES = [...STORIES, ...SPANISH_STORIES];
// One search for every story's words tells which stories to try (a group per story).
const wordsOf = (stories: readonly Story[]) =>
  new RegExp(stories.map(({ needs }) => `(${needs.join("|")})`).join("|"), "gi");
const STORY_WORDS = wordsOf(STORIES);
const BILINGUAL_STORY_WORDS = wordsOf(BILINGUAL_STORIES);

// "Maria was diagnosed with…", "John had a knee replacement", "Maria's biopsy"
const NAME_WITH_CARE =
  /\b([A-Z][a-z]+)(?: [A-Z][a-z]+)?(?:'s (?:diagnosis|surgery|biopsy|procedure|operation|test results|scan)|,? (?:was|is|has been|got) (?:diagnosed with|treated for|admitted|hospitali[sz]ed)| (?:had|underwent) (?:a |an |her |his )?(?:surgery|biopsy|procedure|operation|[a-z]+ replacement|[a-z]+ectomy))/g;

const withoutConsent = (find: (context: RuleContext) => RuleMatch[]) => (context: RuleContext) =>
  consentGiven(context.frontMatter) === "complete" ? [] : find(context);

/** Writing about a specific person's care is a case report, which needs the person's signed authorization. */
export const CASE_RULES: Rule[] = [
  {
    id: "case/patient-story",
    severity: "error",
    fix: "tell it as general education, or record the signed authorization as patientConsent: { form, date }",
    check: withoutConsent(({ text: checkable, spanish }) => {
      const text = emphasisAsSpaces(checkable);
      const [all, words] = spanish ? [BILINGUAL_STORIES, BILINGUAL_STORY_WORDS] : [STORIES, STORY_WORDS];
      const needed = new Set(
        [...text.matchAll(words)].map((word) => word.slice(1).findIndex((group) => group !== undefined)),
      );
      const stories = all.filter((_, i) => needed.has(i));
      const told = stories.flatMap((story) =>
        matchesOf(text, story.phrase, () => "tells a specific patient's story", story.accept),
      );
      // One finding where two ways overlap ("a patient came in" is both a patient and someone who came in).
      return told.filter(
        (m, i) => !told.some((other, j) => j < i && other.index <= m.index && m.index < other.index + other.length),
      );
    }),
  },
  {
    id: "case/person-details",
    severity: "error",
    fix: "leave out the person's name, or their age and health details; or record patientConsent: { form, date }",
    check: withoutConsent((context) => [
      ...personsWithAge(emphasisAsSpaces(context.text), (word) => isName(word, context), context.spanish),
      ...(context.spanish ? [NAME_WITH_CARE, SPANISH_NAME_WITH_CARE] : [NAME_WITH_CARE]).flatMap((pattern) =>
        matchesOf(
          context.text,
          pattern,
          () => "names a person together with a diagnosis or procedure",
          // The name is the first group that matched (the Spanish pattern has one per way of saying it).
          (m) =>
            isName(
              m.slice(1).find((group) => group !== undefined)!,
              context,
            ),
        ),
      ),
    ]),
  },
  {
    id: "case/consent-incomplete",
    severity: "error",
    fix: 'give both the authorization form\'s name or number and the date it was signed: patientConsent: { form: "HIPAA authorization 2026-014", date: 2026-03-02 }',
    check: ({ frontMatter }) =>
      consentGiven(frontMatter) === "incomplete"
        ? [{ index: 0, length: 0, message: "records patient consent without both the form and the date" }]
        : [],
  },
];
