/**
 * The 90-day messaging plan: what goes out where, week by week, which themes are covered, empty weeks,
 * authors' load and content that needs a clinician's review. Writes plan.ics and social-schedule.csv.
 *
 *   npm run plan
 *   npm run plan -- --from 2026-12-01 --days 30 --out plans/
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { buildNow } from "../src/content/buildContext.ts";
import { makePlan, readPlan } from "../src/editorial/plan.ts";
import { planCalendar, planSocialCsv, planText } from "../src/editorial/planOutputs.ts";
import { formatProblem } from "../src/lib/problems.ts";
import { composeSnippets, publishedUrl, shareSource, type ChannelId } from "../src/social/index.ts";
import { loadContentOrExit } from "./siteData.ts";

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const root = process.cwd();
const { content, problems } = await loadContentOrExit(root);
const { site, posts } = content;
const parsed = readPlan(root);
if (!parsed.data) {
  for (const problem of parsed.problems) console.error(problem);
  process.exit(2);
}
const zone = site.clinic.timeZone;
const fromText = option("from");
const from = fromText ? DateTime.fromISO(fromText, { zone }) : buildNow().setZone(zone);
const days = Number(option("days") ?? 90);
if (!from.isValid || !Number.isInteger(days) || days < 1) {
  console.error("--from must be a date like 2026-12-01, and --days a whole number of days");
  process.exit(2);
}
for (const problem of problems) console.error(`(skipped) ${formatProblem(problem)}`);

const plan = makePlan(posts, parsed.data, from, days);
// By file: a translation may have the same file name as its original, in its language's folder.
const byFile = new Map(posts.map((post) => [post.file, post]));
const snippets = new Map<string, ReturnType<typeof composeSnippets>>();
const textOf = (file: string, channel: string) => {
  if (!snippets.has(file)) snippets.set(file, composeSnippets(shareSource(byFile.get(file)!, site), site.social));
  return snippets.get(file)!.channels[channel as ChannelId]?.text ?? "";
};
const linkOf = (file: string) => publishedUrl(byFile.get(file)!, site.clinic.url);
const publications = plan.weeks.flatMap((week) => week.publications);
const planned = new Set(publications.map((p) => p.post.file));
const reviewNeeded = [
  ...new Set(
    (content.findings ?? [])
      .filter((f) => planned.has(f.file) && (f.rule.startsWith("advice/") || f.rule === "review/stale"))
      .map((f) => f.file),
  ),
];

const out = path.resolve(root, option("out") ?? ".");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "plan.ics"), planCalendar(plan, site.clinic.url, textOf));
writeFileSync(path.join(out, "social-schedule.csv"), planSocialCsv(plan, zone, textOf, linkOf));
const languageNames = new Map(site.languages.all.map((language) => [language.code, language.name]));
process.stdout.write(planText(plan, zone, reviewNeeded, languageNames));
console.log(
  `\nWrote ${path.relative(root, path.join(out, "plan.ics")) || "plan.ics"} and ${path.relative(root, path.join(out, "social-schedule.csv"))}.`,
);
