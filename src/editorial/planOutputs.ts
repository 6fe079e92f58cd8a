import { createEvents, type EventAttributes } from "ics";
import { channelName, publishedUrl } from "../social/index.ts";
import { toCsv } from "../lib/csv.ts";
import { showControlCharacters } from "../lib/problems.ts";
import type { Plan } from "./plan.ts";

// Front matter refuses control characters, but a share text is a post's own words: none reaches a calendar,
// a spreadsheet or the terminal as a control character.
const shown = showControlCharacters;

/** The plan as a calendar file: one all-day event per publication, one 15-minute event per social post. */
export function planCalendar(plan: Plan, siteUrl: string, textOf: (url: string, channel: string) => string): string {
  const host = new URL(siteUrl).hostname;
  const events: EventAttributes[] = [];
  for (const week of plan.weeks) {
    for (const p of week.publications) {
      const day = p.date;
      const next = day.plus({ days: 1 });
      events.push({
        uid: `publish-${p.post.slug}@${host}`,
        title: shown(`${p.kind === "blog" ? "Blog" : p.kind === "podcast" ? "Podcast" : "Tip"}: ${p.post.title}`),
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
        description: shown(textOf(s.publication.post.slug, s.channel)),
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
  textOf: (slug: string, channel: string) => string,
  linkOf: (slug: string) => string,
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
        textOf(s.publication.post.slug, s.channel),
        linkOf(s.publication.post.slug),
      ];
      rows.push(row.map(shown));
    }
  }
  return toCsv(rows);
}

/** The plan as text for the terminal: the weeks, the themes, the gaps and who is writing. */
export function planText(plan: Plan, timeZone: string, reviewNeeded: string[]): string {
  const lines = [
    `Messaging plan, ${plan.from.setZone(timeZone).toISODate()} to ${plan.to.minus({ days: 1 }).setZone(timeZone).toISODate()}`,
    "",
  ];
  for (const week of plan.weeks) {
    lines.push(`Week of ${week.start.setZone(timeZone).toFormat("ccc d LLL yyyy")}`);
    if (week.publications.length === 0) lines.push("  (nothing scheduled)");
    for (const p of week.publications)
      lines.push(
        `  ${p.date.setZone(timeZone).toFormat("ccc d LLL")}  ${p.kind.padEnd(7)} ${p.post.title} (${p.post.author.name}${p.post.state === "scheduled" ? ", scheduled" : ""})`,
      );
    if (week.social.length)
      lines.push(
        `  social: ${week.social.length} posts (${[...new Set(week.social.map((s) => channelName(s.channel)))].join(", ")})`,
      );
  }
  lines.push("", "Themes:");
  for (const theme of plan.themes)
    lines.push(
      `  ${theme.covered.length ? "covered" : "NOT COVERED"}  ${theme.name}${theme.covered.length ? ` (${theme.covered.map((p) => p.post.title).join("; ")})` : ""}`,
    );
  lines.push(
    "",
    `Weeks with nothing scheduled: ${plan.emptyWeeks.length ? plan.emptyWeeks.map((w) => w.setZone(timeZone).toISODate()).join(", ") : "none"}`,
  );
  lines.push(
    `Below the planned rhythm: ${plan.belowRhythm.length ? `\n    ${plan.belowRhythm.join("\n    ")}` : "none"}`,
  );
  lines.push(`Authors: ${plan.authors.map((a) => `${a.name} ${a.count}`).join(", ") || "none"}`);
  lines.push(`Needs a clinician's review: ${reviewNeeded.length ? reviewNeeded.join(", ") : "none"}`);
  return shown(lines.join("\n") + "\n");
}
