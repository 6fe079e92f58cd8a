/**
 * Run by the benchmark as a process of its own, so its peak memory (Pagefind's binary included, which
 * GNU time counts) is the search step's alone: indexes a built site and prints the seconds as JSON.
 *
 *   node --import tsx scripts/bench/searchStep.ts <site folder>
 */
import { indexSite } from "../../src/search/plugin.ts";

const [site] = process.argv.slice(2);
if (!site) throw new Error("usage: searchStep.ts <site folder>");
const start = performance.now();
await indexSite(site);
console.log(JSON.stringify({ seconds: (performance.now() - start) / 1000 }));
