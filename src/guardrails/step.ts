import type { Problem } from "../lib/problems.ts";
import type { ContentStep } from "../content/steps.ts";
import type { Finding } from "./finding.ts";
import { checkFiles, contentFiles, describeFinding } from "./run.ts";

declare module "../content/loadContent.ts" {
  interface ContentExtensions {
    /** What the health-content checker found, for the tools that list it (npm run lint:content, npm run plan). */
    findings?: readonly Finding[];
  }
}

const problemOf = (f: Finding): Problem => ({
  file: f.file,
  line: f.line,
  column: f.column,
  message: `${f.rule}: ${describeFinding(f)}`,
});

/**
 * The health-content guardrails, on every build: patient data and unreviewed advice never publish. `files`:
 * what to check (default: every post and published transcript).
 */
export function guardrailsStep({ files }: { files?: readonly string[] } = {}): ContentStep {
  return {
    name: "guardrails",
    check: ({ root, site, now, sources }) => {
      const findings = checkFiles(root, files ?? contentFiles(root), site, now, sources);
      return {
        problems: findings.filter((f) => f.severity === "error").map(problemOf),
        warnings: findings.filter((f) => f.severity === "warning").map(problemOf),
        adds: { findings },
      };
    },
  };
}
