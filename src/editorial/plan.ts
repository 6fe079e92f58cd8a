import { readFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { z } from "zod";
import type { Post } from "../content/post.ts";
import type { ChannelId } from "../social/index.ts";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date like 2026-11-01" });

/** `_data/plan.json`: the clinic's themes for the season and how often it publishes where. */
const planSchema = z.object({
  themes: z.array(
    z.object({
      name: z.string().min(1),
      goals: z.array(z.string()).default([]),
      from: isoDay,
      to: isoDay,
      tags: z.array(z.string()).min(1),
    }),
  ),
  rhythm: z.object({
    blogPerWeek: z.number().min(0),
    tipsPerWeek: z.number().min(0),
    podcastPerMonth: z.number().min(0),
    /** Policy-and-news posts (`kind: news`) a month; optional, as a clinic writes news when it has some. */
    newsPerMonth: z.number().min(0).default(0),
    socialTime: z.string().regex(/^\d{2}:\d{2}$/, { error: 'must be a time like "10:00"' }),
    socialDaysAfter: z.record(z.string(), z.array(z.number().int().min(0))),
  }),
});
export type PlanData = z.infer<typeof planSchema>;

/** Reads `_data/plan.json`: the plan, or what is wrong with it, one line per field. */
export function readPlan(
  root: string,
): { data: PlanData; problems?: undefined } | { data?: undefined; problems: string[] } {
  const parsed = planSchema.safeParse(JSON.parse(readFileSync(path.join(root, "_data/plan.json"), "utf8")));
  if (parsed.success) return { data: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) => `_data/plan.json: "${issue.path.join(".")}" ${issue.message}`),
  };
}

export interface Publication {
  post: Post;
  /** A plain blog post, a policy-and-news post (`kind: news`), an episode or a tip: each counted on its own. */
  kind: "blog" | "news" | "podcast" | "tip";
  date: DateTime;
}

export interface SocialPost {
  publication: Publication;
  channel: ChannelId;
  at: DateTime;
}

export interface Week {
  start: DateTime;
  publications: Publication[];
  social: SocialPost[];
}

export interface Plan {
  from: DateTime;
  to: DateTime;
  weeks: Week[];
  /** Weeks (and, for the podcast, months) with less than the rhythm asks for, in order. */
  shortfalls: Shortfall[];
  themes: { name: string; covered: Publication[] }[];
  authors: { name: string; count: number }[];
}

export interface Shortfall {
  /** The week's Monday, or the month's first day. */
  start: DateTime;
  period: "week" | "month";
  /** Nothing at all was scheduled in it. */
  empty: boolean;
  missing: { kind: Publication["kind"]; have: number; want: number }[];
}

const kindOf = (post: Post): Publication["kind"] =>
  post.tip ? "tip" : post.podcast ? "podcast" : post.news ? "news" : "blog";

/**
 * The messaging plan for a window of days at the clinic: what goes out each week (posts, episodes, tips and
 * the social posts that follow each one, spread by the rhythm), which themes the content covers, weeks with
 * nothing scheduled, and each author's load. Published and scheduled content counts; drafts do not.
 */
export function makePlan(posts: readonly Post[], plan: PlanData, from: DateTime, days: number): Plan {
  const start = from.startOf("day");
  const end = start.plus({ days });
  const inWindow = (d: DateTime) => d >= start && d < end;
  const publications = posts
    .filter((post) => post.state !== "draft" && inWindow(post.date))
    .map((post) => ({ post, kind: kindOf(post), date: post.date }))
    .sort((a, b) => a.date.toMillis() - b.date.toMillis());
  const [hour, minute] = plan.rhythm.socialTime.split(":").map(Number) as [number, number];
  const social = publications
    .flatMap((publication) =>
      Object.entries(plan.rhythm.socialDaysAfter).flatMap(([channel, offsets]) =>
        (offsets ?? []).map((offset) => ({
          publication,
          channel: channel as ChannelId,
          at: publication.date.startOf("day").plus({ days: offset }).set({ hour, minute }),
        })),
      ),
    )
    .filter((post) => inWindow(post.at))
    .sort((a, b) => a.at.toMillis() - b.at.toMillis());

  const weeks: Week[] = [];
  for (let week = start.startOf("week"); week < end; week = week.plus({ weeks: 1 })) {
    const next = week.plus({ weeks: 1 });
    weeks.push({
      start: week,
      publications: publications.filter((p) => p.date >= week && p.date < next),
      social: social.filter((s) => s.at >= week && s.at < next),
    });
  }
  const zone = from.zoneName ?? "UTC";
  const themes = plan.themes
    .filter((theme) => themeRange(theme, zone).to >= start && themeRange(theme, zone).from < end)
    .map((theme) => {
      const range = themeRange(theme, zone);
      const topics = new Set(theme.tags);
      return {
        name: theme.name,
        covered: publications.filter(
          (p) =>
            p.date >= range.from &&
            p.date <= range.to &&
            [...p.post.tags, p.post.tip?.category.id ?? ""].some((t) => topics.has(t)),
        ),
      };
    });
  const load = new Map<string, number>();
  for (const p of publications) load.set(p.post.author.name, (load.get(p.post.author.name) ?? 0) + 1);
  const count = (list: Publication[], kind: Publication["kind"]) => list.filter((p) => p.kind === kind).length;
  const shortfalls: Shortfall[] = weeks.flatMap((week) => {
    const missing = (
      [
        ["blog", plan.rhythm.blogPerWeek],
        ["tip", plan.rhythm.tipsPerWeek],
      ] as const
    )
      .map(([kind, want]) => ({ kind, have: count(week.publications, kind), want }))
      .filter(({ have, want }) => have < want);
    const empty = week.publications.length === 0;
    return missing.length || empty ? [{ start: week.start, period: "week" as const, empty, missing }] : [];
  });
  // Months are judged only when the window holds their start: a month already half gone would mislead.
  for (let month = start.startOf("month"); month < end; month = month.plus({ months: 1 })) {
    if (month < start) continue;
    const inMonth = publications.filter((p) => p.date.hasSame(month, "month"));
    const missing = (
      [
        ["podcast", plan.rhythm.podcastPerMonth],
        ["news", plan.rhythm.newsPerMonth],
      ] as const
    )
      .map(([kind, want]) => ({ kind, have: count(inMonth, kind), want }))
      .filter(({ have, want }) => have < want);
    if (missing.length) shortfalls.push({ start: month, period: "month", empty: false, missing });
  }
  return {
    from: start,
    to: end,
    weeks,
    shortfalls,
    themes,
    authors: [...load].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count),
  };
}

function themeRange(theme: PlanData["themes"][number], zone: string) {
  return { from: DateTime.fromISO(theme.from, { zone }), to: DateTime.fromISO(theme.to, { zone }).endOf("day") };
}
