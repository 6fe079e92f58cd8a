import { DateTime } from "luxon";
import { Memo } from "../content/memo.ts";
import { ADVICE_RULES } from "./rules/advice.ts";
import { CASE_RULES } from "./rules/cases.ts";
import { EMERGENCY_RULES } from "./rules/emergency.ts";
import { PHI_RULES } from "./rules/phi.ts";
import { checkableText } from "./checkable.ts";
import type { ClinicFacts, Finding, Rule } from "./finding.ts";
import { signoffFindings } from "./records.ts";

export const RULES: readonly Rule[] = [...PHI_RULES, ...CASE_RULES, ...ADVICE_RULES, ...EMERGENCY_RULES];
export const REVIEW_RULE = { id: "review/stale", severity: "warning" as const, fix: "have a clinician check the content again and update the date" };
export const ALLOW_RULE = { id: "allow/reason", severity: "error" as const, fix: 'say why, e.g. <!-- allow phi/phone: the national Poison Help line -->' };

export interface CheckOptions {
  clinic: ClinicFacts;
  frontMatter?: Record<string, unknown>;
  /** For review freshness: the build's clock and the clinic's review interval. */
  now?: DateTime;
  reviewMonths?: number;
  timeZone?: string;
}

const ALLOW = /<!--\s*allow\s+([\w/-]+)\s*(?::\s*([\s\S]*?))?\s*-->/g;

/** Every finding in one file, located by line and column; allowed findings are dropped. */
export function checkText(file: string, text: string, options: CheckOptions): Finding[] {
  const checkable = checkableText(file, text);
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const locate = (index: number) => {
    let line = lineStarts.findLastIndex((start) => start <= index);
    if (line < 0) line = 0;
    return { line: line + 1, column: index - lineStarts[line]! + 1 };
  };
  const context = { text: checkable, clinic: options.clinic, frontMatter: options.frontMatter ?? {} };
  const findings: Finding[] = [];

  const allows: { rule: string; line: number }[] = [];
  for (const allow of text.matchAll(ALLOW)) {
    const where = locate(allow.index);
    const [, rule = "", reason = ""] = allow;
    if (!reason.trim()) {
      findings.push({ file, ...where, severity: ALLOW_RULE.severity, rule: ALLOW_RULE.id, message: `allows ${rule} without saying why`, match: allow[0], fix: ALLOW_RULE.fix });
    } else if (!RULES.some((r) => r.id === rule)) {
      findings.push({ file, ...where, severity: "error", rule: ALLOW_RULE.id, message: `allows "${rule}", which is not a rule`, match: allow[0], fix: `use one of: ${RULES.map((r) => r.id).join(", ")}` });
    } else {
      allows.push({ rule, line: where.line });
    }
  }

  for (const rule of RULES) {
    for (const match of rule.check(context)) {
      const where = locate(match.index);
      // An allow covers its own line and the next one, so it can sit above the sentence it excuses.
      if (allows.some((allow) => allow.rule === rule.id && (allow.line === where.line || allow.line === where.line - 1))) continue;
      findings.push({ file, ...where, severity: rule.severity, rule: rule.id, message: match.message, match: text.slice(match.index, match.index + match.length), fix: rule.fix });
    }
  }
  findings.push(...staleReviews(file, options));
  if (options.now) findings.push(...signoffFindings(file, text, { frontMatter: options.frontMatter ?? {}, now: options.now, timeZone: options.timeZone ?? "UTC" }));
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Review dates older than the clinic's interval (the part of a file's check that depends on the day). */
export function staleReviews(file: string, { frontMatter = {}, now, reviewMonths = 12, timeZone = "UTC" }: CheckOptions): Finding[] {
  if (!now) return [];
  const dates: [string, unknown][] = [
    ["medicalReview.date", (frontMatter.medicalReview as { date?: unknown } | undefined)?.date],
    ["reviewed", frontMatter.reviewed],
  ];
  return dates.flatMap(([field, raw]) => {
    const due = typeof raw === "string" ? reviewDue(raw, timeZone, reviewMonths) : undefined;
    if (due === undefined || due >= now.toMillis()) return [];
    return [{
      file,
      line: 1,
      column: 1,
      severity: REVIEW_RULE.severity,
      rule: REVIEW_RULE.id,
      message: `"${field}" is ${raw}, more than ${reviewMonths} months ago`,
      match: String(raw),
      fix: REVIEW_RULE.fix,
    }];
  });
}

// Every build checks every file's review dates; thousands of files share far fewer dates, and working out a
// time zone's offset is most of the cost.
const dueDates = new Memo<number | undefined>();

/** When a review dated `raw` falls due (milliseconds), or undefined when `raw` is not a date. */
function reviewDue(raw: string, timeZone: string, months: number): number | undefined {
  return dueDates.get(`${raw} ${timeZone} ${months}`, () => {
    const date = DateTime.fromISO(raw, { zone: timeZone });
    return date.isValid ? date.plus({ months }).toMillis() : undefined;
  });
}
