/**
 * Run by the benchmark in the site's folder: builds the site the way `npm start` watches it (Eleventy's
 * incremental mode), then edits one post and rebuilds, and prints the rebuild's seconds as JSON.
 *
 *   node --import tsx scripts/bench/watchRebuild.ts <output folder> <post to edit>
 */
import { appendFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { filesUnder } from "./files.ts";

const [output, edited] = process.argv.slice(2);
if (!output || !edited) throw new Error("usage: watchRebuild.ts <output folder> <post to edit>");
const configPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.eleventy.js");

const eleventy = new Eleventy(".", output, { configPath, quietMode: true });
await eleventy.init();
eleventy.setIncrementalBuild(true);
// watch() builds everything first, then hands back what it runs when a file changes.
const rebuild = (await eleventy.watch()) as (file: string) => Promise<void>;
const mtimes = () => new Map(filesUnder(output).map((file) => [file, statSync(file).mtimeMs]));
const before = mtimes();
appendFileSync(edited, "\nOne more sentence, added by the benchmark.\n");
const start = performance.now();
await rebuild(`./${edited}`);
const seconds = (performance.now() - start) / 1000;
await eleventy.stopWatch();
const after = mtimes();
const rewritten = [...after]
  .filter(([file, mtime]) => before.get(file) !== mtime)
  .map(([file]) => path.relative(output, file));
console.log(JSON.stringify({ seconds, files: after.size, rewritten }));
process.exit(0);
