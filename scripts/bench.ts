/**
 * The clinic-scale benchmark: builds synthetic sites of N posts and measures, each several times (medians):
 * (a) bare Eleventy on the same Markdown, (b) the full production build without search, (c) the Pagefind
 * step, (d) the content checker alone, (e) a one-post rebuild with --incremental and how many files it
 * rewrote; plus peak memory of (b), and the output's file count and size. Writes bench/results/.
 *
 *   npm run bench                        1,000 and 4,000 posts, 3 runs each
 *   npm run bench -- --posts 200,800 --runs 1
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, cpSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { timeChart } from "../src/bench/chart.ts";
import { writeSyntheticSite } from "../src/bench/syntheticSite.ts";
import { checkFiles, contentFiles } from "../src/guardrails/run.ts";
import { indexSite } from "../src/search/plugin.ts";
import { loadSiteData } from "../src/site/loadSiteData.ts";

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
};
const sizes = arg("posts", "1000,4000").split(",").map(Number);
const runs = Number(arg("runs", "3"));
const tsx = path.join(project, "node_modules/.bin/tsx");
const eleventy = path.join(project, "node_modules/.bin/eleventy");
const env = { ...process.env, CLINIC_NOW: "2026-11-26T12:00:00-06:00", CLINIC_SEARCH: "off" };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
function timed(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, env: { ...env, ...extraEnv }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - start) / 1000;
}
async function timedAsync(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}
function files(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

interface Result {
  posts: number;
  bare: number;
  build: number;
  buildCold: number;
  search: number;
  checker: number;
  rebuild: number;
  rebuildError?: string;
  rebuildRewritten: number;
  peakMemoryBytes: number;
  outputFiles: number;
  outputBytes: number;
}

const results: Result[] = [];
for (const count of sizes) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `clinic-bench-${count}-`));
  const posts = writeSyntheticSite(project, dir, count);
  // (a) the floor: the same Markdown, no configuration at all.
  // It lives in a folder of its own, so the real builds below never see it.
  const bareDir = mkdtempSync(path.join(os.tmpdir(), `clinic-bench-bare-${count}-`));
  for (const file of posts) cpSync(path.join(dir, file), path.join(bareDir, "bare", file.replace(/^posts\//, "")));
  writeFileSync(path.join(bareDir, "empty.config.js"), "export default function () {}\n");
  const bare = median(Array.from({ length: runs }, () => timed(eleventy, ["--input=bare", "--output=bare-out", "--config=empty.config.js", "--quiet"], bareDir)));

  // (b) the full production build without search; the first run draws every share image, later runs reuse them.
  const rssFile = path.join(dir, "rss.txt");
  const build = (out: string) => timed(process.execPath, ["--import", import.meta.resolve("tsx"), "--import", path.join(project, "src/bench/rssProbe.ts"), path.join(project, "scripts/build.ts"), out], dir, { CLINIC_BENCH_RSS_FILE: rssFile });
  const buildCold = build("site");
  const warm = Array.from({ length: runs }, () => build("site"));
  const peakMemoryBytes = Number(readFileSync(rssFile, "utf8"));
  const output = files(path.join(dir, "site"));

  // (c) Pagefind over that output, and (d) the content checker alone.
  const site = loadSiteData(dir).data!;
  const searchTimes: number[] = [];
  const checkerTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    searchTimes.push(await timedAsync(() => indexSite(path.join(dir, "site"))));
    checkerTimes.push(await timedAsync(() => checkFiles(dir, contentFiles(dir), site, DateTime.now())));
  }
  const search = median(searchTimes);
  const checker = median(checkerTimes);

  // (e) edit one post, then rebuild just it with Eleventy's --incremental, counting the files it rewrote.
  const edited = posts[2]!;
  const before = new Map(files(path.join(dir, "site")).map((f) => [f, statSync(f).mtimeMs]));
  appendFileSync(path.join(dir, edited), "\nOne more sentence, added by the benchmark.\n");
  let rebuild = Number.NaN;
  let rebuildError: string | undefined;
  try {
    rebuild = timed(eleventy, [`--incremental=${edited}`, `--config=${path.join(project, ".eleventy.js")}`, "--output=site", "--quiet"], dir);
  } catch (error) {
    // Reported, not fatal: the other measurements still stand.
    rebuildError = /Error: ([^\n]+)/.exec((error as Error).message)?.[1] ?? "failed";
  }
  const rebuildRewritten = files(path.join(dir, "site")).filter((f) => before.get(f) !== statSync(f).mtimeMs).length;

  results.push({
    posts: count,
    bare,
    build: median(warm),
    buildCold,
    search,
    checker,
    rebuild,
    rebuildError,
    rebuildRewritten,
    peakMemoryBytes,
    outputFiles: output.length,
    outputBytes: output.reduce((sum, f) => sum + statSync(f).size, 0),
  });
  console.log(`${count} posts measured in ${dir}`);
}

const fmt = (n: number) => n.toFixed(2);
const rows = results.map((r) => `| ${r.posts} | ${fmt(r.bare)} | ${fmt(r.build)} (${fmt(r.buildCold)} cold) | ${fmt(r.build / r.bare)}× | ${fmt(r.search)} | ${fmt(r.checker)} | ${r.rebuildError ? `failed: ${r.rebuildError}` : `${fmt(r.rebuild)} (${fmt(r.rebuild / r.build)}×), ${r.rebuildRewritten} files`} | ${Math.round(r.peakMemoryBytes / 2 ** 20)} MB | ${r.outputFiles} (${fmt(r.outputFiles / r.posts)}× posts), ${Math.round(r.outputBytes / 2 ** 20)} MB |`);
const [small, large] = [results[0]!, results.at(-1)!];
const table = [
  "| posts | (a) bare Eleventy s | (b) full build s | (b)/(a) | (c) Pagefind s | (d) checker s | (e) one-post rebuild s | peak memory (b) | output files |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ...rows,
].join("\n");
const growth = results.length > 1 ? `t(${large.posts})/t(${small.posts}) for the full build: ${fmt(large.build / small.build)} (posts grew ${fmt(large.posts / small.posts)}×)` : "";
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${runs} run(s) each (medians)`;
console.log(`\n${table}\n\n${growth}\n${machine}`);

const out = path.join(project, "bench/results");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "latest.json"), JSON.stringify({ date: new Date().toISOString(), machine, runs, results }, null, 2) + "\n");
writeFileSync(
  path.join(out, "chart.svg"),
  timeChart([
    { name: "(a) bare Eleventy", colour: "#777777", points: results.map((r) => [r.posts, r.bare]) },
    { name: "(b) full build", colour: "#0b6e4f", points: results.map((r) => [r.posts, r.build]) },
    { name: "(c) Pagefind", colour: "#b5361d", points: results.map((r) => [r.posts, r.search]) },
  ]),
);
writeFileSync(path.join(out, "report.md"), `# Benchmark\n\n${machine}\n\n${table}\n\n${growth}\n\n![Build time against posts](chart.svg)\n`);
