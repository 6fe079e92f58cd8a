/**
 * Lighthouse on the pages readers land on most: the home page, a post, an episode and a tip. Prints the four
 * category scores per page and fails below 100 for accessibility, best practices and SEO, or below 95 for
 * performance (a page that misses is judged on the median of three runs). Builds the site fresh and serves
 * it locally; Lighthouse drives the system Chromium.
 *
 *   npm run audit
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, chromiumOrExit } from "./chromium.ts";
import { startStaticServer } from "./staticServer.ts";

const PAGES = [
  "/",
  "/posts/flu-shots-are-here/",
  "/posts/podcast-flu-season-in-plain-words/",
  "/tips/hand-washing-basics/",
];
const MINIMUM: Record<string, number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const PORT = 4190;

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const output = path.join(mkdtempSync(path.join(tmpdir(), "clinic-audit-")), "site");
const build = spawnSync(path.join(project, "node_modules/.bin/tsx"), [path.join(project, "scripts/build.ts"), output], {
  cwd: project,
  stdio: "inherit",
});
if (build.status !== 0) process.exit(1);

const chromePath = chromiumOrExit(() => chromium.executablePath());
const server = startStaticServer(output, PORT);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", ...CHROMIUM_ARGS],
});
const failures: string[] = [];
try {
  for (const page of PAGES) {
    const audit = async () => {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${page}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: Object.keys(MINIMUM),
      });
      const categories = result?.lhr.categories ?? {};
      const scores = new Map(Object.keys(MINIMUM).map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
      return { result, categories, scores, misses: [...scores].some(([id, score]) => score < MINIMUM[id]!) };
    };
    // Performance is timed on a shared machine, where one stray pause can cost points: a page that misses
    // is audited twice more and judged on the median run, as Lighthouse's own guidance on variability advises.
    const runs = [await audit()];
    if (runs[0]!.misses) runs.push(await audit(), await audit());
    const byPerformance = [...runs].sort((a, b) => a.scores.get("performance")! - b.scores.get("performance")!);
    const { result, categories, scores } = byPerformance[Math.floor(byPerformance.length / 2)]!;
    console.log(
      `${page.padEnd(45)} ${[...scores].map(([id, score]) => `${id} ${score}`).join("  ")}${runs.length > 1 ? "  (median of 3 runs)" : ""}`,
    );
    for (const [id, score] of scores) {
      if (score < MINIMUM[id]!) {
        const failed = Object.values(result?.lhr.audits ?? {}).filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            (categories[id]?.auditRefs ?? []).some((ref) => ref.id === a.id && ref.weight > 0),
        );
        failures.push(`${page}: ${id} ${score} (needs ${MINIMUM[id]}): ${failed.map((a) => a.title).join("; ")}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
if (failures.length) {
  console.error(`\n${failures.join("\n")}`);
  process.exit(1);
}
console.log("\nEvery page meets its budget.");
