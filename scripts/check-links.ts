/**
 * Checks that the sites the clinic links to still answer: every address in _data/resources.json, each post's
 * sources and the web links in posts' text. Run weekly by .github/workflows/test.yml; the build never checks
 * links, so a site that is down never stops a build.
 *
 *   npm run check-links
 *   npm run check-links -- --timeout 30     seconds one site may take (default 15)
 *
 * Exits 1 when a link answers 4xx or 5xx. A site that cannot be reached (no network, DNS, refused, timed out)
 * is a warning only.
 */
import { checkLinks, collectLinks, DEFAULT_CHECK, linkReport } from "../src/linkCheck/index.ts";

const args = process.argv.slice(2);
const timeoutAt = args.indexOf("--timeout");
const seconds = timeoutAt >= 0 ? Number(args[timeoutAt + 1]) : DEFAULT_CHECK.timeoutMs / 1000;
if (!(seconds > 0)) {
  console.error(`--timeout is "${args[timeoutAt + 1] ?? ""}": give the seconds one site may take, like --timeout 30`);
  process.exit(2);
}

const places = collectLinks(process.cwd());
const urls = [...new Set(places.map((place) => place.url))];
console.log(`Checking ${urls.length} ${urls.length === 1 ? "link" : "links"}, ${DEFAULT_CHECK.concurrency} at a time…`);
const results = await checkLinks(urls, { ...DEFAULT_CHECK, timeoutMs: seconds * 1000 });
const report = linkReport(places, results);
for (const line of report.lines) console.log(line);
process.exit(report.broken > 0 ? 1 : 0);
