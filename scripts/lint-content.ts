/**
 * The health-content checker on its own: patient identifiers, case reports and unreviewed medical advice,
 * and links (symlinks) under posts/, which the build refuses too.
 * Every build runs the same check; this is for editors and tools.
 *
 *   npm run lint:content                       all of posts/
 *   npm run lint:content -- posts/flu.md        some files or folders
 *   npm run lint:content -- --format json       for tools
 */
import { guardrailsStep } from "../src/guardrails/step.ts";
import { contentFiles, formatFinding, linkFindings } from "../src/guardrails/run.ts";
import { loadContentOrExit } from "./siteData.ts";

const args = process.argv.slice(2);
const formatIndex = args.indexOf("--format");
const format = formatIndex >= 0 ? args[formatIndex + 1] : "text";
const targets = args.filter((arg, i) => !arg.startsWith("--") && !(formatIndex >= 0 && i === formatIndex + 1));
if (format !== "text" && format !== "json") {
  console.error(`--format is "${format}": use text or json`);
  process.exit(2);
}

const root = process.cwd();
let files: string[];
try {
  files = contentFiles(root, targets.length ? targets : undefined);
} catch (error) {
  console.error(`Cannot read ${targets.join(", ")}: ${(error as Error).message}`);
  process.exit(2);
}
// The content as a build loads it, checked by the guardrails alone: the build reports the other problems.
const { content } = await loadContentOrExit(root, [guardrailsStep({ files })]);
const findings = [...linkFindings(root, targets.length ? targets : undefined), ...(content.findings ?? [])];
const errors = findings.filter((f) => f.severity === "error").length;
const warnings = findings.length - errors;

if (format === "json") {
  console.log(JSON.stringify({ files: files.length, errors, warnings, findings }, null, 2));
} else {
  for (const finding of findings) console.log(formatFinding(finding));
  console.log(
    `${files.length} ${files.length === 1 ? "file" : "files"} checked: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}.`,
  );
}
process.exit(errors > 0 ? 1 : 0);
