import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { checkText } from "../../src/guardrails/check.ts";
import type { ClinicFacts, Finding } from "../../src/guardrails/finding.ts";
import {
  KNOWN_RULES,
  PLANNED_RULES,
  type CleanCase,
  type FlaggedCase,
  type RuleId,
  type Spelling,
} from "../../tests/guardrails-corpus/index.ts";
import { markdownFile } from "../../tests/guardrails-corpus/types.ts";

/**
 * The checker's recall and false positives on the labelled corpus (tests/guardrails-corpus/). A flagged text
 * is caught when a finding of its labelled rule is raised anywhere in its file, or when the kit refuses its
 * front matter outright (a YAML alias: the build then stops); a clean text passes only with
 * no finding at all. Each text is checked as `npm run lint:content` checks a file: its front matter parsed by
 * the same reader, then checkText with the clinic's facts.
 */

export interface Tally {
  cases: number;
  caught: number;
}

export interface CorpusScore {
  perRule: (Tally & { rule: RuleId })[];
  perSpelling: (Tally & { spelling: Spelling })[];
  total: Tally;
  /** Flagged texts without a finding of their rule, with the rules that were raised instead. */
  missed: { case: FlaggedCase; raised: string[] }[];
  /** Clean texts that got any finding. */
  falsePositives: { case: CleanCase; findings: Finding[] }[];
  clean: number;
}

// Body texts sit under a front matter block with nothing in it the rules read but the title.
const BODY_FRONT_MATTER = ["title: Health notes from the clinic", "date: 2026-05-01", "author: tom-becker"];

/** The file a corpus text is checked as: its name and whole text. */
export function corpusFile(entry: FlaggedCase | CleanCase, index: number): { file: string; text: string } {
  if (entry.where === "transcript")
    return { file: `posts/media/podcast/${entry.file ?? `corpus-${index}.vtt`}`, text: entry.text };
  const text = entry.where === "body" ? markdownFile(BODY_FRONT_MATTER, entry.text) : entry.text;
  return { file: `posts/corpus-${String(index).padStart(3, "0")}.md`, text };
}

/** The id a text gets when the kit refuses its front matter outright, so the build publishes nothing of it. */
export const REFUSED = "front-matter/refused";

/** Every finding for one corpus text, as lint:content would report them, and whether the build refuses it. */
export function findingsFor(
  entry: FlaggedCase | CleanCase,
  index: number,
  clinic: ClinicFacts,
): { findings: Finding[]; refused: boolean } {
  const { file, text } = corpusFile(entry, index);
  const parsed = file.endsWith(".md") ? readFrontMatter(text) : undefined;
  return {
    findings: checkText(file, text, { clinic, frontMatter: parsed?.ok ? parsed.data : {} }),
    refused: parsed?.ok === false,
  };
}

function tallyBy<K extends string>(keys: readonly K[], results: { key: K; caught: boolean }[]): (Tally & { key: K })[] {
  return keys.map((key) => {
    const mine = results.filter((r) => r.key === key);
    return { key, cases: mine.length, caught: mine.filter((r) => r.caught).length };
  });
}

export function scoreCorpus(
  flagged: readonly FlaggedCase[],
  clean: readonly CleanCase[],
  clinic: ClinicFacts,
): CorpusScore {
  const results = flagged.map((entry, i) => {
    const { findings, refused } = findingsFor(entry, i, clinic);
    const raised = [...new Set([...findings.map((f) => f.rule), ...(refused ? [REFUSED] : [])])];
    return { entry, raised, caught: refused || raised.includes(entry.rule) };
  });
  const rules: RuleId[] = [...KNOWN_RULES, ...PLANNED_RULES];
  const spellings = [...new Set(flagged.map((entry) => entry.spelling))];
  const falsePositives = clean
    .map((entry, i) => ({ case: entry, findings: findingsFor(entry, flagged.length + i, clinic).findings }))
    .filter(({ findings }) => findings.length > 0);
  return {
    perRule: tallyBy(
      rules,
      results.map((r) => ({ key: r.entry.rule, caught: r.caught })),
    ).map(({ key, ...tally }) => ({ rule: key, ...tally })),
    perSpelling: tallyBy(
      spellings,
      results.map((r) => ({ key: r.entry.spelling, caught: r.caught })),
    ).map(({ key, ...tally }) => ({ spelling: key, ...tally })),
    total: { cases: results.length, caught: results.filter((r) => r.caught).length },
    missed: results.filter((r) => !r.caught).map((r) => ({ case: r.entry, raised: r.raised })),
    falsePositives,
    clean: clean.length,
  };
}

/** Recall as a percentage with one decimal, e.g. 41.5. */
export const recall = ({ cases, caught }: Tally): number =>
  cases === 0 ? 0 : Math.round((caught / cases) * 1000) / 10;
