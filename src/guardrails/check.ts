import { DateTime } from "luxon";
import { memo } from "../lib/cache.ts";
import { allowance, allowComments, type AllowComment } from "./allows.ts";
import { ADVICE_RULES } from "./rules/advice.ts";
import { CASE_RULES } from "./rules/cases.ts";
import { EMERGENCY_RULES } from "./rules/emergency.ts";
import { PHI_RULES } from "./rules/phi.ts";
import { holdsSpanish } from "./rules/spanish.ts";
import { checkableText } from "./checkable.ts";
import type { ClinicFacts, Finding, Rule } from "./finding.ts";
import { signoffFindings } from "./records.ts";

export const RULES: readonly Rule[] = [...PHI_RULES, ...CASE_RULES, ...ADVICE_RULES, ...EMERGENCY_RULES];
export const REVIEW_RULE = {
  id: "review/stale",
  severity: "warning" as const,
  fix: "have a clinician check the content again and update the date",
};
export const ALLOW_RULE = {
  id: "allow/reason",
  severity: "error" as const,
  fix: "say why, e.g. <!-- allow phi/phone: the national Poison Help line -->",
};

export interface CheckOptions {
  clinic: ClinicFacts;
  /** The file's front matter as parsed; without it, the values read are parsed from the file's own. */
  frontMatter?: Record<string, unknown>;
  /** For review freshness: the build's clock and the clinic's review interval. */
  now?: DateTime;
  reviewMonths?: number;
  timeZone?: string;
}

/** Every finding in one file, located by line and column; allowed findings are dropped. */
export function checkText(file: string, text: string, options: CheckOptions): Finding[] {
  const checkable = checkableText(file, text, options.frontMatter);
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const locate = (index: number) => {
    let line = lineStarts.findLastIndex((start) => start <= index);
    if (line < 0) line = 0;
    return { line: line + 1, column: index - lineStarts[line]! + 1 };
  };
  const context = {
    text: checkable.text,
    clinic: options.clinic,
    frontMatter: options.frontMatter ?? {},
    spanish: holdsSpanish(checkable.text),
  };
  const findings: Finding[] = [];

  const allows: AllowComment[] = [];
  for (const allow of allowComments(text)) {
    const where = locate(allow.index);
    if (!allow.reason) {
      findings.push({
        file,
        ...where,
        severity: ALLOW_RULE.severity,
        rule: ALLOW_RULE.id,
        message: `allows ${allow.rule} without saying why`,
        match: allow.text,
        fix: ALLOW_RULE.fix,
      });
    } else if (!RULES.some((r) => r.id === allow.rule)) {
      findings.push({
        file,
        ...where,
        severity: "error",
        rule: ALLOW_RULE.id,
        message: `allows "${allow.rule}", which is not a rule`,
        match: allow.text,
        fix: `use one of: ${RULES.map((r) => r.id).join(", ")}`,
      });
    } else {
      allows.push(allow);
    }
  }

  // Each allow covers one finding of its rule on the line it covers (allows.ts): the first, in reading order.
  const allowed = allowance(allows);
  for (const rule of RULES) {
    const found: Finding[] = [];
    for (const match of rule.check(context).sort((a, b) => a.index - b.index)) {
      const source = checkable.source(match.index, match.length);
      const where = locate(source.start);
      if (allowed(rule.id, where.line)) continue;
      // The text as written in the file, or as read when the file does not hold it as such (a folded value).
      const matched = source.detached
        ? checkable.text.slice(match.index, match.index + match.length)
        : text.slice(source.start, source.end);
      found.push({
        file,
        ...where,
        severity: rule.severity,
        rule: rule.id,
        message: match.message,
        match: matched,
        fix: rule.fix,
      });
    }
    findings.push(...shownFindings(found));
  }
  findings.push(...staleReviews(file, options));
  if (options.now)
    findings.push(
      ...signoffFindings(file, text, {
        frontMatter: options.frontMatter ?? {},
        now: options.now,
        timeZone: options.timeZone ?? "UTC",
      }),
    );
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

// A file can hold thousands of matches of one rule (a post of "1.1.1.1…" is 25,000 IP addresses): the first
// few say what to fix, and printing every one buried the rest of the build's messages under megabytes.
const SHOWN_PER_RULE = 10;

/** The first findings of one rule in a file, and one more that says how many others there are. */
function shownFindings(found: readonly Finding[]): Finding[] {
  if (found.length <= SHOWN_PER_RULE + 1) return [...found];
  const rest = found.length - SHOWN_PER_RULE;
  const next = found[SHOWN_PER_RULE]!;
  return [
    ...found.slice(0, SHOWN_PER_RULE),
    { ...next, message: `${next.message}, and ${rest - 1} more like it in this file` },
  ];
}

/** Review dates older than the clinic's interval (the part of a file's check that depends on the day). */
export function staleReviews(
  file: string,
  { frontMatter = {}, now, reviewMonths = 12, timeZone = "UTC" }: CheckOptions,
): Finding[] {
  if (!now) return [];
  const dates: [string, unknown][] = [
    ["medicalReview.date", (frontMatter.medicalReview as { date?: unknown } | undefined)?.date],
    ["reviewed", frontMatter.reviewed],
  ];
  return dates.flatMap(([field, raw]) => {
    const due = typeof raw === "string" ? reviewDue(raw, timeZone, reviewMonths) : undefined;
    if (due === undefined || due >= now.toMillis()) return [];
    return [
      {
        file,
        line: 1,
        column: 1,
        severity: REVIEW_RULE.severity,
        rule: REVIEW_RULE.id,
        message: `"${field}" is ${raw}, more than ${reviewMonths} months ago`,
        match: String(raw),
        fix: REVIEW_RULE.fix,
      },
    ];
  });
}

// Every build checks every file's review dates; thousands of files share far fewer dates, and working out a
// time zone's offset is most of the cost.
/** When a review dated `raw` falls due (milliseconds), or undefined when `raw` is not a date. */
const reviewDue = memo((raw: string, timeZone: string, months: number): number | undefined => {
  const date = DateTime.fromISO(raw, { zone: timeZone });
  return date.isValid ? date.plus({ months }).toMillis() : undefined;
});
