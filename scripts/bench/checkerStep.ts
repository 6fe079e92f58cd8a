/**
 * Run by the benchmark as a process of its own, so nothing is reused from an earlier run: checks every
 * content file of the site in the current folder, as `npm run lint:content` does, and prints the seconds.
 *
 *   node --import tsx scripts/bench/checkerStep.ts
 */
import { DateTime } from "luxon";
import { checkFiles, contentFiles } from "../../src/guardrails/run.ts";
import { loadSiteData } from "../../src/clinicData/loadSiteData.ts";

const root = process.cwd();
const site = loadSiteData(root).data!;
const start = performance.now();
checkFiles(root, contentFiles(root), site, DateTime.now());
console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000 }));
