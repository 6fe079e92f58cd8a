import { matchesOf, type Rule, type RuleContext } from "../finding.ts";
import { isPlaceholderForm } from "../records.ts";

// Words that start a sentence with a capital but are not anyone's name.
const NOT_NAMES = new Set(
  "He She They We You I It This That Someone Anyone Everyone People Adults Children Kids Parents Seniors Patients Doctors Nurses Staff Our Your Their My His Her One Each Many Most Some Families Women Men Babies Teens".split(" "),
);

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

const isName = (word: string, context: RuleContext) =>
  !NOT_NAMES.has(word) && !context.clinic.staffNames.some((name) => name.split(/\s+/).includes(word));

/** Writing about a specific person's care is a case report, which needs the person's signed authorization. */
export const CASE_RULES: Rule[] = [
  {
    id: "case/patient-story",
    severity: "error",
    fix: "tell it as general education, or record the signed authorization as patientConsent: { form, date }",
    check: ({ text, frontMatter }) =>
      consentGiven(frontMatter) === "complete"
        ? []
        : matchesOf(
            text,
            /\b(?:one of (?:our|my) patients|my patient|a patient (?:came in|of ours|of mine|told (?:me|us))|our patient,|this patient)\b/gi,
            () => "tells a specific patient's story",
          ),
  },
  {
    id: "case/person-details",
    severity: "error",
    fix: "leave out the person's name, or their age and health details; or record patientConsent: { form, date }",
    check: (context) =>
      consentGiven(context.frontMatter) === "complete"
        ? []
        : [
            // "Maria, 54," / "Maria (54)" / "Maria, a 54-year-old"
            ...matchesOf(
              context.text,
              /\b([A-Z][a-z]+)(?: [A-Z][a-z]+)?(?:, (?:a |an )?(?:1[01]\d|\d{1,2})(?:-year-old)?,| \((?:1[01]\d|\d{1,2})\)|, aged (?:1[01]\d|\d{1,2}))/g,
              () => "names a person with their age",
              (m) => isName(m[1]!, context),
            ),
            // "Maria was diagnosed with…", "John had a knee replacement", "Maria's biopsy"
            ...matchesOf(
              context.text,
              /\b([A-Z][a-z]+)(?: [A-Z][a-z]+)?(?:'s (?:diagnosis|surgery|biopsy|procedure|operation|test results|scan)|,? (?:was|is|has been|got) (?:diagnosed with|treated for|admitted|hospitali[sz]ed)| (?:had|underwent) (?:a |an |her |his )?(?:surgery|biopsy|procedure|operation|[a-z]+ replacement|[a-z]+ectomy))/g,
              () => "names a person together with a diagnosis or procedure",
              (m) => isName(m[1]!, context),
            ),
          ],
  },
  {
    id: "case/consent-incomplete",
    severity: "error",
    fix: "give both the authorization form's name or number and the date it was signed: patientConsent: { form: \"HIPAA authorization 2026-014\", date: 2026-03-02 }",
    check: ({ frontMatter }) => (consentGiven(frontMatter) === "incomplete" ? [{ index: 0, length: 0, message: "records patient consent without both the form and the date" }] : []),
  },
];
