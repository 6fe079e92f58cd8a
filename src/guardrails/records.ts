import type { DateTime } from "luxon";
import { parseClinicDate } from "../lib/dates.ts";
import { lineOfPath } from "../content/frontMatter.ts";
import type { Finding } from "./finding.ts";

/**
 * The sign-off records in front matter: a clinician's review (`medicalReview`, a tip's `reviewed`) and a
 * patient's signed authorization (`patientConsent`). A review or consent switches the advice and case rules
 * off, so a record that is not real yet (dated after today) or names no form must never count as one.
 */

/** Rule ids of the findings below; both are errors. */
export const SIGNOFF_RULES = { futureDate: "record/future-date", unnamedForm: "record/unnamed-form" } as const;

// What editors type when they have no form to name yet; a form id is also refused when it has no letter or
// digit at all ("-", "?", "..."). Compared lower-cased, without spaces.
const PLACEHOLDER_FORMS = new Set(["n/a", "na", "none", "tbd", "tba", "todo", "pending", "unknown", "xxx", "xx", "x"]);

/** Whether a consent form id is a placeholder rather than the name or number of a signed form. */
export function isPlaceholderForm(form: string): boolean {
  const plain = form.trim().toLowerCase().replace(/\s+/g, "");
  return PLACEHOLDER_FORMS.has(plain) || !/[\p{L}\p{N}]/u.test(plain);
}

// Each dated record, where it is in the front matter, and why a date to come cannot count.
const DATED_RECORDS = [
  {
    path: ["medicalReview", "date"],
    why: "a review counts from the day it was done: give the day the clinician checked it",
  },
  { path: ["patientConsent", "date"], why: "a consent counts from the day the form was signed: give that day" },
  { path: ["reviewed"], why: "give the day a clinician last checked the tip" },
] as const;

export interface SignoffOptions {
  frontMatter: Record<string, unknown>;
  now: DateTime;
  timeZone: string;
}

/** Review and consent records that do not count: dated after the build's day, or naming no form. */
export function signoffFindings(file: string, text: string, { frontMatter, now, timeZone }: SignoffOptions): Finding[] {
  const today = now.setZone(timeZone).startOf("day");
  const findings: Finding[] = [];
  const at = (path: readonly string[]) => ({ file, line: lineOfPath(text, path) ?? 1, column: 1 });

  for (const { path, why } of DATED_RECORDS) {
    const raw = valueAt(frontMatter, path);
    const parsed = typeof raw === "string" ? parseClinicDate(raw, timeZone) : undefined;
    if (!parsed?.ok || parsed.value.startOf("day") <= today) continue;
    const field = path.join(".");
    const message = `"${field}" is ${String(raw)}, which is after today (${today.toISODate()})`;
    findings.push({
      ...at(path),
      severity: "error",
      rule: SIGNOFF_RULES.futureDate,
      message,
      match: String(raw),
      fix: why,
    });
  }

  const form = valueAt(frontMatter, ["patientConsent", "form"]);
  if (typeof form === "string" && form.trim() && isPlaceholderForm(form)) {
    findings.push({
      ...at(["patientConsent", "form"]),
      severity: "error",
      rule: SIGNOFF_RULES.unnamedForm,
      message: `"patientConsent.form" is "${form}", which names no form`,
      match: form,
      fix: 'name the signed form, e.g. form: "HIPAA authorization 2026-014"',
    });
  }
  return findings;
}

function valueAt(data: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path)
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}
