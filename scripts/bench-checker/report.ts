import type { Finding } from "../../src/guardrails/finding.ts";
import type { CleanCase, FlaggedCase } from "../../tests/guardrails-corpus/index.ts";
import { PLAIN_BODY } from "../../tests/guardrails-corpus/types.ts";
import { recall, type CorpusScore } from "./score.ts";

// Characters a terminal would not show, written as escapes so a missed "zero-width" case is visible.
const INVISIBLE = /[\u00A0\u00AD\u200B-\u200F\u2011\u2060\uFEFF]/g;

// Front matter lines that only place a value (podcast ids, files, times) and say nothing a rule reads.
const SCAFFOLD =
  /^(?:(?:title|date|author):.*|\s*(?:-\s*)?(?:podcast|guid|audio|chapters|guests|time|video|youtube):\s*(?:"[^"]*"|\S*)\s*)$/;

/** One line of a corpus text: front matter scaffolding and the bench's stand-in body left out, breaks as ⏎. */
export function shortText(entry: FlaggedCase | CleanCase, width = 100): string {
  let text = entry.text;
  if (entry.where === "front-matter") {
    const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(text) ?? [];
    const lines = front.split("\n").filter((line) => !SCAFFOLD.test(line));
    text = [...lines, ...(body.trim() === PLAIN_BODY ? [] : [body])].join("\n");
  } else if (entry.where === "transcript") {
    text = text
      .split("\n")
      .filter((line) => !/-->|^\s*\d+\s*$|^WEBVTT/.test(line))
      .join("\n");
  }
  const line = text
    .trim()
    .replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`)
    .replace(/\n+/g, " ⏎ ");
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

const pad = (value: string | number, width: number) =>
  typeof value === "number" ? String(value).padStart(width) : value.padEnd(width);
const header = (first: string, width: number) =>
  `${first.padEnd(width)} ${"Flagged".padStart(7)} ${"Caught".padStart(7)} ${"Recall".padStart(8)}`;
const percent = (tally: { cases: number; caught: number }) =>
  (tally.cases ? `${recall(tally).toFixed(1)} %` : "-").padStart(8);
const finding = (f: Finding) => `${f.rule} "${f.match.replace(/\s+/g, " ").slice(0, 50)}"`;

/** The bench's printout: recall per rule and per spelling, false positives, then what was missed. */
export function formatScore(score: CorpusScore): string {
  const lines: string[] = [];
  lines.push(`Health-content checker on the corpus: ${score.total.cases} texts to flag, ${score.clean} to pass`, "");
  lines.push(header("Rule", 26));
  for (const row of score.perRule)
    lines.push(`${pad(row.rule, 26)} ${pad(row.cases, 7)} ${pad(row.caught, 7)} ${percent(row)}`);
  lines.push(
    `${pad("Total", 26)} ${pad(score.total.cases, 7)} ${pad(score.total.caught, 7)} ${percent(score.total)}`,
    "",
  );
  lines.push(header("Spelling (most missed first)", 28));
  const bySpelling = [...score.perSpelling].sort(
    (a, b) => b.cases - b.caught - (a.cases - a.caught) || a.spelling.localeCompare(b.spelling),
  );
  for (const row of bySpelling)
    lines.push(`${pad(row.spelling, 28)} ${pad(row.cases, 7)} ${pad(row.caught, 7)} ${percent(row)}`);
  lines.push("", `False positives: ${score.falsePositives.length} of ${score.clean} clean texts`);
  for (const { case: entry, findings } of score.falsePositives) {
    lines.push(`  [${entry.topic}] ${shortText(entry, 80)}`, `      ${findings.map(finding).join("; ")}`);
  }
  lines.push(
    "",
    `Missed: ${score.missed.length} of ${score.total.cases} texts to flag (rule, where, spelling, text; other rules raised)`,
  );
  for (const { case: entry, raised } of score.missed) {
    const others = raised.length ? `  (raised ${raised.join(", ")})` : "";
    lines.push(
      `  ${pad(entry.rule, 24)} ${pad(entry.where, 12)} ${pad(entry.spelling, 19)} ${shortText(entry, 70)}${others}`,
    );
  }
  return lines.join("\n");
}
