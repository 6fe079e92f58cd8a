import { DateTime } from "luxon";
import { memo } from "./cache.ts";

// Editors write a calendar date, or a date and a local time for a post that should go live at a set hour.
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

export type ParsedDate = { ok: true; value: DateTime } | { ok: false; message: string };

/**
 * Reads a front matter date as a wall-clock time in the clinic's time zone, so "2026-03-01" means midnight
 * at the clinic, not in UTC (where it would show as the day before on a US site).
 */
export function parseClinicDate(raw: unknown, timeZone: string): ParsedDate {
  const text = typeof raw === "string" ? raw.trim() : raw instanceof Date ? raw.toISOString().slice(0, 10) : undefined;
  if (text === undefined) {
    return { ok: false, message: `is ${describe(raw)}, which is not a date (use YYYY-MM-DD, e.g. 2026-03-14)` };
  }
  // Working out a time zone's offset is most of the cost, and thousands of posts share far fewer dates.
  return parseText(text, timeZone);
}

const parseText = memo((text: string, timeZone: string): ParsedDate => {
  const parts = DATE_ONLY.exec(text) ?? DATE_TIME.exec(text);
  if (!parts) {
    return {
      ok: false,
      message: `is "${text}", which is not in the form YYYY-MM-DD (e.g. 2026-03-14, or 2026-03-14 09:30 for a time)`,
    };
  }
  const [year, month, day, hour, minute, second] = parts.slice(1).map((n) => (n === undefined ? 0 : Number(n)));
  const value = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: timeZone });
  if (!value.isValid) {
    return { ok: false, message: `is "${text}", which is not a real date (use YYYY-MM-DD)` };
  }
  return { ok: true, value };
});

/**
 * The dates front matter may hold. A date outside them is a typo ("0000-01-01" published "January 1, 1";
 * "2062" for "2026" hides a post for decades), never a real publication, update or review date.
 */
export const DATE_LIMITS = {
  // Before the web was open to the public (1991), so no clinic page was published or reviewed earlier.
  earliest: "1990-01-01",
  // Scheduled posts are planned weeks or months ahead; five years leaves room for any plan and still
  // catches a mistyped decade.
  yearsAhead: 5,
} as const;

export interface DateRange {
  earliest: DateTime;
  /** The last moment of the last year allowed. */
  latest: DateTime;
}

/** The range of dates a build accepts: from DATE_LIMITS.earliest to the end of the build's year + yearsAhead. */
export function acceptedDates(now: DateTime, timeZone: string): DateRange {
  return {
    earliest: DateTime.fromISO(DATE_LIMITS.earliest, { zone: timeZone }),
    latest: now.setZone(timeZone).plus({ years: DATE_LIMITS.yearsAhead }).endOf("year"),
  };
}

/** Why a date falls outside the accepted range, or undefined when it is inside. */
export function outOfRange(date: DateTime, range: DateRange): string | undefined {
  if (date >= range.earliest && date <= range.latest) return undefined;
  return `is ${date.toISODate()}, which is outside the dates the site accepts: use a date between ${range.earliest.toISODate()} and ${range.latest.toISODate()}`;
}

function describe(raw: unknown): string {
  if (raw === undefined || raw === null) return "empty";
  if (typeof raw === "number") return `the number ${raw}`;
  if (Array.isArray(raw)) return "a list";
  return `a ${typeof raw}`;
}

// Every list a post appears in shows its date (24,000 times for 4,000 posts): each is formatted once.
const displayDate = memo((millis: number, timeZone: string, locale: string) =>
  DateTime.fromMillis(millis, { zone: timeZone, locale }).toLocaleString(DateTime.DATE_FULL),
);

/** "March 14, 2026": how dates read on the site, in the clinic's time zone and language. */
export function formatDisplayDate(date: DateTime, timeZone: string, locale: string): string {
  return displayDate(date.toMillis(), timeZone, locale);
}

const isoDate = memo(
  (millis: number, timeZone: string) => DateTime.fromMillis(millis, { zone: timeZone }).toISODate() ?? "",
);

/** "2026-03-14": for <time datetime> and sitemaps. */
export function formatIsoDate(date: DateTime, timeZone: string): string {
  return isoDate(date.toMillis(), timeZone);
}
