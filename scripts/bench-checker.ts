/**
 * How well the health-content checker reads what gets published (issue 16): recall per rule on the labelled
 * corpus in tests/guardrails-corpus/, the clean texts it flags by mistake, what it misses, and the time to
 * check a synthetic site. It measures and always exits 0; tests/node/guardrails-corpus.test.ts holds the floor.
 *
 *   npm run bench:checker                        the corpus, then 4,000 synthetic posts once
 *   npm run bench:checker -- --posts 1000 --runs 3
 *   npm run bench:checker -- --posts 0           the corpus only
 *   npm run bench:checker -- --format json       the score for tools (no timing unless --posts is given)
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { clinicFacts } from "../src/guardrails/run.ts";
import { CLEAN, FLAGGED } from "../tests/guardrails-corpus/index.ts";
import { formatScore } from "./bench-checker/report.ts";
import { scoreCorpus } from "./bench-checker/score.ts";
import { timeSyntheticSite } from "./bench-checker/timing.ts";
import { siteDataOrExit } from "./siteData.ts";

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const json = arg("format") === "json";
const posts = Number(arg("posts") ?? (json ? "0" : "4000"));
const runs = Number(arg("runs") ?? "1");

const clinic = clinicFacts(siteDataOrExit(project));
const start = performance.now();
const score = scoreCorpus(FLAGGED, CLEAN, clinic);
const corpusSeconds = (performance.now() - start) / 1000;
const timing = posts > 0 ? timeSyntheticSite(project, posts, runs) : undefined;

if (json) {
  console.log(JSON.stringify({ ...score, corpusSeconds, synthetic: timing && { posts, ...timing } }, null, 2));
} else {
  console.log(formatScore(score));
  console.log(`\nChecking the corpus's ${FLAGGED.length + CLEAN.length} texts: ${corpusSeconds.toFixed(2)} s`);
  if (timing) {
    const each = runs > 1 ? ` (median of ${runs}: ${timing.runs.map((s) => s.toFixed(2)).join(", ")} s)` : "";
    console.log(
      `Checking ${posts.toLocaleString("en-US")} synthetic posts (checkFiles, as lint:content, a fresh process): ${timing.seconds.toFixed(2)} s${each}`,
    );
  }
}
