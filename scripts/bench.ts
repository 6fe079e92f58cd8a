/**
 * The clinic-scale benchmark: builds synthetic sites of N posts and measures, each several times (medians),
 * side by side: bare Eleventy on the same Markdown; `npm run build` fresh (no .cache/) and warm (.cache/
 * kept), each with and without the search index; Pagefind and the content checker alone; a one-post rebuild
 * as `npm start` does it (watch, incremental) and how many files it rewrote; peak memory, feeds and share
 * texts, and the output's size. Judges the result against the budget and writes bench/results/.
 *
 *   npm run bench                        1,000 and 4,000 posts, 3 runs each
 *   npm run bench -- --posts 200,800 --runs 1
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkBudget, type SizeResult } from "./bench/budget.ts";
import { timeChart } from "./bench/chart.ts";
import { eleventyBenchmark } from "./bench/eleventyBenchmark.ts";
import { filesUnder } from "./bench/files.ts";
import { writeSyntheticSite } from "./bench/syntheticSite.ts";

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = arg("posts", "1000,4000").split(",").map(Number);
const runs = Number(arg("runs", "3"));
const eleventy = path.join(project, "node_modules/.bin/eleventy");
const tsxNode = (script: string, ...args: string[]) => [
  process.execPath,
  "--import",
  import.meta.resolve("tsx"),
  path.join(project, script),
  ...args,
];
const env = { ...process.env, CLINIC_NOW: "2026-11-26T12:00:00-06:00" };
// GNU time reports the peak memory of a process and the programs it ran (Pagefind's binary, for search).
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
interface Run {
  seconds: number;
  stdout: string;
  stderr: string;
  peakBytes?: number;
}
function run([command, ...args]: string[], cwd: string, extraEnv: Record<string, string> = {}): Run {
  const [cmd, argv] = gnuTime ? [gnuTime, ["-f", "clinic-bench-peak-kb %M", command!, ...args]] : [command!, args];
  const start = performance.now();
  const result = spawnSync(cmd, argv, {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: "utf8",
    maxBuffer: 512 * 2 ** 20,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  const peak = /clinic-bench-peak-kb (\d+)/.exec(result.stderr)?.[1];
  return { seconds, stdout: result.stdout, stderr: result.stderr, peakBytes: peak ? Number(peak) * 1024 : undefined };
}
const lastJson = (text: string) => JSON.parse(text.trim().split("\n").at(-1)!);
// The build leaves the old site to a process of its own to delete; the next measurement waits for it, so
// no run is slowed by the one before.
function waitForOldSiteDeleted(dir: string): void {
  while (readdirSync(dir).some((name) => name.endsWith("-previous"))) spawnSync("sleep", ["0.2"]);
}

const results: SizeResult[] = [];
for (const count of sizes) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `clinic-bench-${count}-`));
  const posts = writeSyntheticSite(project, dir, count);
  console.log(`${count} posts: measuring in ${dir}`);
  // (a) the floor: the same Markdown, no configuration at all, in a folder of its own.
  const bareDir = mkdtempSync(path.join(os.tmpdir(), `clinic-bench-bare-${count}-`));
  for (const file of posts) cpSync(path.join(dir, file), path.join(bareDir, "bare", file.replace(/^posts\//, "")));
  writeFileSync(path.join(bareDir, "empty.config.js"), "export default function () {}\n");
  // Into an empty folder each time, as the production build writes (a fresh folder, swapped in whole) and
  // as any deploy from a fresh checkout does: on some disks, making thousands of folders costs seconds.
  const bareBuild = () => {
    rmSync(path.join(bareDir, "bare-out"), { recursive: true, force: true });
    return run([eleventy, "--input=bare", "--output=bare-out", "--config=empty.config.js", "--quiet"], bareDir).seconds;
  };
  const bare = median(Array.from({ length: runs }, bareBuild));

  // (b) `npm run build` as a deploy runs it, with and without the search index: fresh (no .cache/, as a new
  // checkout or a CI without a cache) and warm (.cache/ kept from the build before).
  const rssFile = path.join(dir, "rss.txt");
  const build = (search: boolean, extraEnv: Record<string, string> = {}) => {
    const result = run(
      [
        process.execPath,
        "--import",
        import.meta.resolve("tsx"),
        "--import",
        path.join(project, "scripts/bench/rssProbe.ts"),
        path.join(project, "scripts/build.ts"),
        "site",
      ],
      dir,
      { CLINIC_BENCH_RSS_FILE: rssFile, CLINIC_SEARCH: search ? "on" : "off", ...extraEnv },
    );
    waitForOldSiteDeleted(dir);
    return result;
  };
  const fresh = (search: boolean) => {
    rmSync(path.join(dir, ".cache"), { recursive: true, force: true });
    return build(search);
  };
  const freshRuns = Array.from({ length: runs }, () => fresh(false));
  const freshSearchRuns = Array.from({ length: runs }, () => fresh(true));
  const warmRuns = Array.from({ length: runs }, () => build(false));
  const warmSearchRuns = Array.from({ length: runs }, () => build(true));
  const peakBuildBytes = Math.max(...warmRuns.map((w) => w.peakBytes ?? 0), Number(readFileSync(rssFile, "utf8")));
  const output = filesUnder(path.join(dir, "site"));
  // Once more with Eleventy's own benchmark on (slower, so not timed): what dominated, feeds and snippets.
  const profile = eleventyBenchmark(build(false, { DEBUG: "Eleventy:Benchmark*" }).stderr);

  // (c) Pagefind on its own over that output, in a process of its own for its memory, and (d) the content
  // checker alone, also in a fresh process each time, so no run reuses what an earlier one worked out.
  const searchRuns = Array.from({ length: runs }, () => run(tsxNode("scripts/bench/searchStep.ts", "site"), dir));
  const checkerTimes = Array.from(
    { length: runs },
    () => lastJson(run(tsxNode("scripts/bench/checkerStep.ts"), dir).stdout).seconds as number,
  );

  // (e) `npm start`'s rebuild after an editor saves one post, and the files it rewrote.
  const rebuilds = Array.from(
    { length: runs },
    () =>
      lastJson(
        run(tsxNode("scripts/bench/watchRebuild.ts", "watch-site", posts[2]!), dir, { CLINIC_SEARCH: "off" }).stdout,
      ) as {
        seconds: number;
        files: number;
        rewritten: string[];
      },
  );

  const seconds = (list: Run[]) => median(list.map((r) => r.seconds));
  results.push({
    posts: count,
    bare,
    warm: seconds(warmRuns),
    warmSearch: seconds(warmSearchRuns),
    fresh: seconds(freshRuns),
    freshSearch: seconds(freshSearchRuns),
    search: median(searchRuns.map((r) => lastJson(r.stdout).seconds)),
    peakSearchBytes: searchRuns[0]!.peakBytes,
    checker: median(checkerTimes),
    rebuild: median(rebuilds.map((r) => r.seconds)),
    rebuildRewritten: median(rebuilds.map((r) => r.rewritten.length)),
    peakBuildBytes,
    outputFiles: output.length,
    outputBytes: output.reduce((sum, f) => sum + statSync(f).size, 0),
    ...profile,
  });
}

const s = (n: number) => `${n.toFixed(2)} s`;
const mb = (n?: number) => (n === undefined ? "not measured" : `${Math.round(n / 2 ** 20)} MB`);
const times = (t: number, bare: number) => `${s(t)} (${(t / bare).toFixed(1)}×)`;
const table = [
  "| posts | bare Eleventy | `npm run build`, warm | warm, without search | fresh | fresh, without search | one-post rebuild, without search | peak memory (build + Pagefind) | output files |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ...results.map(
    (r) =>
      `| ${r.posts} | ${s(r.bare)} | ${times(r.warmSearch, r.bare)} | ${times(r.warm, r.bare)} | ${times(r.freshSearch, r.bare)} | ${times(r.fresh, r.bare)} | ${s(r.rebuild)} (${(r.rebuild / r.warm).toFixed(2)}× warm), ${r.rebuildRewritten} files | ${mb(r.peakBuildBytes)} + ${mb(r.peakSearchBytes)} | ${r.outputFiles} (${(r.outputFiles / r.posts).toFixed(2)}× posts), ${mb(r.outputBytes)} |`,
  ),
].join("\n");
const steps = [
  "| posts | Pagefind alone | checker alone | feeds / share texts (in the build) |",
  "| --- | --- | --- | --- |",
  ...results.map((r) => `| ${r.posts} | ${s(r.search)} | ${s(r.checker)} | ${s(r.feeds)} / ${s(r.snippets)} |`),
].join("\n");
const checks = checkBudget(results);
const budget = [
  "| budget | measured | limit | |",
  "| --- | --- | --- | --- |",
  ...checks.map((c) => `| ${c.name} | ${c.value} | ${c.limit} | ${c.met ? "met" : "**missed**"} |`),
].join("\n");
const dominated = results.map((r) => `- ${r.posts} posts: ${r.dominated.join("; ")}`).join("\n");
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${runs} run(s) each (medians)`;
console.log(`\n${table}\n\n${steps}\n\n${budget}\n\nSlowest in Eleventy's own benchmark:\n${dominated}\n\n${machine}`);

const out = path.join(project, "bench/results");
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, "latest.json"),
  JSON.stringify({ date: new Date().toISOString(), machine, runs, results, budget: checks }, null, 2) + "\n",
);
writeFileSync(
  path.join(out, "chart.svg"),
  timeChart([
    { name: "bare Eleventy", colour: "#555555", points: results.map((r) => [r.posts, r.bare]) },
    { name: "npm run build, warm", colour: "#0b6e4f", points: results.map((r) => [r.posts, r.warmSearch]) },
    { name: "warm, without search", colour: "#5c9e84", points: results.map((r) => [r.posts, r.warm]) },
    { name: "npm run build, fresh", colour: "#b5361d", points: results.map((r) => [r.posts, r.freshSearch]) },
    { name: "fresh, without search", colour: "#d98c7a", points: results.map((r) => [r.posts, r.fresh]) },
    { name: "one-post rebuild", colour: "#3b5bdb", points: results.map((r) => [r.posts, r.rebuild]) },
  ]),
);
writeFileSync(
  path.join(out, "report.md"),
  `# Benchmark\n\n${machine}\n\n${table}\n\n${steps}\n\n## Budget\n\n${budget}\n\n## What dominated the build\n\nEleventy's own benchmark (\`DEBUG=Eleventy:Benchmark*\`), slowest first:\n\n${dominated}\n\n![Build time against posts](chart.svg)\n`,
);
