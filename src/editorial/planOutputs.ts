import { createEvents, type EventAttributes } from "ics";
import { channelName, publishedUrl } from "../social/index.ts";
import { toCsv } from "../lib/csv.ts";
import { showControlCharacters } from "../lib/problems.ts";
import type { DateTime } from "luxon";
import type { Plan, Publication, Shortfall } from "./plan.ts";

// Front matter refuses control characters, but a share text is a post's own words: none reaches a calendar,
// a spreadsheet or the terminal as a control character.
const shown = showControlCharacters;

const EVENT_NAMES: Record<Publication["kind"], string> = { blog: "Blog", news: "News", podcast: "Podcast", tip: "Tip" };

/** The plan as a calendar file: one all-day event per publication, one 15-minute event per social post. */
export function planCalendar(plan: Plan, siteUrl: string, textOf: (file: string, channel: string) => string): string {
  const host = new URL(siteUrl).hostname;
  const events: EventAttributes[] = [];
  for (const week of plan.weeks) {
    for (const p of week.publications) {
      const day = p.date;
      const next = day.plus({ days: 1 });
      events.push({
        uid: `publish-${p.post.slug}@${host}`,
        title: shown(`${EVENT_NAMES[p.kind]}: ${p.post.title}`),
        description: shown(`${p.post.author.name}. ${publishedUrl(p.post, siteUrl)}`),
        start: [day.year, day.month, day.day],
        end: [next.year, next.month, next.day],
      });
    }
    for (const s of week.social) {
      const utc = s.at.toUTC();
      events.push({
        uid: `social-${s.publication.post.slug}-${s.channel}-${utc.toFormat("yyyyMMdd'T'HHmm")}@${host}`,
        title: shown(`${channelName(s.channel)}: ${s.publication.post.title}`),
        description: shown(textOf(s.publication.post.file, s.channel)),
        start: [utc.year, utc.month, utc.day, utc.hour, utc.minute],
        startInputType: "utc",
        startOutputType: "utc",
        duration: { minutes: 15 },
      });
    }
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error("The calendar could not be written.");
  return value;
}

/** The dated social schedule: each post's snippets spread over the days after it goes live. */
export function planSocialCsv(
  plan: Plan,
  timeZone: string,
  textOf: (file: string, channel: string) => string,
  linkOf: (file: string) => string,
): string {
  const rows = [["date", "time", "channel", "title", "text", "link"]];
  for (const week of plan.weeks) {
    for (const s of week.social) {
      const at = s.at.setZone(timeZone);
      const row = [
        at.toISODate()!,
        at.toFormat("HH:mm"),
        channelName(s.channel),
        s.publication.post.title,
        textOf(s.publication.post.file, s.channel),
        linkOf(s.publication.post.file),
      ];
      rows.push(row.map(shown));
    }
  }
  return toCsv(rows);
}

/** The plan as text for the terminal: the weeks, the themes, the gaps and who is writing. */
/**
 * The plan as the editors read it. `languages`: the site's languages by code, the main one first; with more
 * than one, each item not in the main language says its language, and a line counts each language's items.
 */
export function planText(
  plan: Plan,
  timeZone: string,
  reviewNeeded: string[],
  languages: ReadonlyMap<string, string> = new Map(),
): string {
  const [main] = languages.keys();
  const inLanguage = (post: { lang: string }) => (post.lang !== main && languages.size > 1 ? ` [${post.lang}]` : "");
  // One way of writing a day everywhere, and only the weeks that have something in them or need attention.
  const day = (date: DateTime) => date.setZone(timeZone).toFormat("ccc d LLL yyyy");
  const lines = [`Messaging plan, ${day(plan.from)} to ${day(plan.to.minus({ days: 1 }))}`, ""];
  const busy = plan.weeks.filter((week) => week.publications.length > 0 || week.social.length > 0);
  lines.push(busy.length ? "What goes out:" : "What goes out: nothing scheduled yet");
  for (const week of busy) {
    lines.push(`Week of ${day(week.start)}`);
    for (const p of week.publications)
      lines.push(
        `  ${day(p.date)}  ${p.kind.padEnd(7)} ${p.post.title}${inLanguage(p.post)} (${p.post.author.name}${p.post.state === "scheduled" ? ", scheduled" : ""})`,
      );
    if (week.social.length)
      lines.push(
        `  social: ${counted(week.social.length, "post")} (${[...new Set(week.social.map((s) => channelName(s.channel)))].join(", ")})`,
      );
  }
  lines.push("", plan.shortfalls.length ? "Needs attention:" : "Needs attention: nothing, the plan's rhythm is met");
  for (const run of runsOf(plan.shortfalls)) {
    const [first, last] = [run[0]!, run.at(-1)!];
    const when =
      first.period === "month"
        ? first.start.setZone(timeZone).toFormat("LLLL yyyy")
        : run.length > 1
          ? `Weeks of ${day(first.start)} to ${day(last.start)}`
          : `Week of ${day(first.start)}`;
    lines.push(`  ${when}: ${shortfallText(first)}`);
  }
  lines.push("", "Themes:");
  for (const theme of plan.themes)
    lines.push(
      `  ${theme.covered.length ? "covered" : "NOT COVERED"}  ${theme.name}${theme.covered.length ? ` (${theme.covered.map((p) => p.post.title).join("; ")})` : ""}`,
    );
  if (plan.themes.length === 0) lines.push("  none in _data/plan.json");
  lines.push("", `Authors: ${plan.authors.map((a) => `${a.name} ${a.count}`).join(", ") || "none"}`);
  if (languages.size > 1) {
    const items = plan.weeks.flatMap((week) => week.publications);
    const counts = [...languages].map(([code, name]) => `${name} ${items.filter((p) => p.post.lang === code).length}`);
    lines.push(`Languages: ${counts.join(", ")}`);
  }
  lines.push(`Needs a clinician's review: ${reviewNeeded.length ? reviewNeeded.join(", ") : "none"}`);
  return shown(lines.join("\n") + "\n");
}

const KIND_NAMES: Record<Shortfall["missing"][number]["kind"], string> = {
  blog: "blog post",
  news: "news post",
  tip: "tip",
  podcast: "podcast episode",
};
const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

function shortfallText(shortfall: Shortfall): string {
  const missing = shortfall.missing.map(({ kind, have, want }) => `${have} of ${counted(want, KIND_NAMES[kind])}`);
  return shortfall.empty ? `nothing scheduled${missing.length ? ` (${missing.join(", ")})` : ""}` : missing.join(", ");
}

/** Weeks in a row that fall short the same way, together: thirteen empty weeks are one line. */
function runsOf(shortfalls: readonly Shortfall[]): Shortfall[][] {
  const runs: Shortfall[][] = [];
  for (const shortfall of shortfalls) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    const follows =
      previous?.period === "week" &&
      shortfall.period === "week" &&
      +previous.start.plus({ weeks: 1 }) === +shortfall.start &&
      shortfallText(previous) === shortfallText(shortfall);
    if (run && follows) run.push(shortfall);
    else runs.push([shortfall]);
  }
  return runs;
}
