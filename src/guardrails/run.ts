import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { DateTime } from "luxon";
import { cachePart, ContentCache } from "../lib/cache.ts";
import { LINK, linksUnder } from "../content/links.ts";
import { showControlCharacters } from "../lib/problems.ts";
import { SourceFiles } from "../content/sourceFiles.ts";
import type { SiteData } from "../clinicData/loadSiteData.ts";
import { PUBLIC_FOLDERS } from "../lib/publicFiles.ts";
import { checkText, staleReviews } from "./check.ts";
import type { ClinicFacts, Finding } from "./finding.ts";
import { signoffFindings } from "./records.ts";

/** The clinic's own details from its data: what is never flagged as a patient's. */
export function clinicFacts(site: SiteData): ClinicFacts {
  const { clinic } = site;
  const phones = [clinic.phone, clinic.emergency.afterHoursLine]
    .map((raw) => (raw ? parsePhoneNumberFromString(raw, "US")?.number.replace(/\D/g, "") : undefined))
    .filter((digits): digits is string => Boolean(digits));
  const domains = [clinic.email.split("@")[1] ?? "", new URL(clinic.url).hostname].map((d) => d.toLowerCase());
  return {
    phones,
    emailDomains: [...new Set(domains)],
    street: clinic.address.street,
    staffNames: [...site.authors.values()].map((a) => a.name),
  };
}

// Transcripts are published from any of the site's public folders (a podcast's transcript may be named as
// /assets/…), so the default check reads the caption files in each, besides everything in posts/.
const CAPTION_FOLDERS = Object.values(PUBLIC_FOLDERS).filter((folder) => !folder.startsWith("posts/"));

/**
 * Markdown posts, caption files and `_data/` JSON under the given files or folders (default: posts/, the
 * public folders' captions, and _data/, whose words the pages, feeds and share texts print too).
 */
export function contentFiles(root: string, targets?: readonly string[]): string[] {
  const files: string[] = [];
  const folders =
    targets ?? ["posts", "_data", ...CAPTION_FOLDERS].filter((folder) => existsSync(path.join(root, folder)));
  for (const target of folders) {
    const full = path.resolve(root, target);
    const entries = statSync(full).isDirectory()
      ? readdirSync(full, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => path.join(e.parentPath, e.name))
      : [full];
    const kinds = targets
      ? /\.(md|vtt|srt|json)$/i
      : target === "posts"
        ? /\.(md|vtt|srt)$/i
        : target === "_data"
          ? /\.json$/i
          : /\.(vtt|srt)$/i;
    files.push(
      ...entries.filter((file) => kinds.test(file)).map((file) => path.relative(root, file).split(path.sep).join("/")),
    );
  }
  return [...new Set(files)].sort();
}

/** Links (symlinks) among the targets: errors, as in the build, since a link can publish any file. */
export function linkFindings(root: string, targets?: readonly string[]): Finding[] {
  return linksUnder(root, targets).map((file) => ({
    file,
    line: 1,
    column: 1,
    severity: "error",
    rule: "files/link",
    match: file,
    ...LINK,
  }));
}

// A file's findings, kept while its text, the rules and the clinic's own details are the same.
const FINDINGS = cachePart<Finding[]>("findings", { code: ["guardrails"] });

/**
 * Checks every file, reading each one's front matter for its consent and review records. A file whose text
 * and rules are unchanged since the cache last saw it gets its findings from there.
 */
export function checkFiles(
  root: string,
  files: readonly string[],
  site: SiteData,
  now: DateTime,
  sources = new SourceFiles(root, new ContentCache()),
): Finding[] {
  const clinic = clinicFacts(site);
  const context = JSON.stringify(clinic);
  const findings = files.flatMap((file) => {
    // An oversized post is refused by the content checks, a transcript by its episode's: neither is read.
    if (sources.sizeProblem(file)) return [];
    const text = sources.text(file);
    const parsed = file.endsWith(".md") ? sources.frontMatter(file) : undefined;
    const frontMatter = parsed?.ok ? parsed.data : undefined;
    const review = {
      now,
      reviewMonths: site.settings.reviewIntervalMonths,
      timeZone: site.clinic.timeZone,
      frontMatter: frontMatter ?? {},
      clinic,
    };
    // Front matter that does not parse is not handed in, so checkText reads its lines as written.
    const check = () => checkText(file, text, { clinic, frontMatter });
    // Stale and future-dated records depend on the day, so they are worked out on every run, not kept.
    const dated = [...staleReviews(file, review), ...signoffFindings(file, text, review)];
    return [...dated, ...sources.record(file).keep(FINDINGS, { context, make: check })];
  });
  return findings;
}

/** `posts/x.md:12:5  error  phi/phone  is a phone number… ("555-…"): fix` */
export function formatFinding(f: Finding): string {
  return showControlCharacters(`${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${describeFinding(f)}`);
}

/** What was found and how to fix it, with the matched text shortened to one line: `message ("text"): fix`. */
export function describeFinding(f: Finding): string {
  return `${f.message} ("${f.match.replace(/\s+/g, " ").slice(0, 80)}"): ${f.fix}`;
}
