import type { SiteData } from "../clinicData/loadSiteData.ts";
import { languageFolderOf } from "../lib/language.ts";
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
      const checked = files ?? contentFiles(root);
      const findings = checkFiles(root, checked, site, now, sources);
      return {
        problems: findings.filter((f) => f.severity === "error").map(problemOf),
        warnings: [
          ...findings.filter((f) => f.severity === "warning").map(problemOf),
          ...unreadLanguages(checked, site),
        ],
        adds: { findings },
      };
    },
  };
}

// The languages the rules are written for (src/guardrails/rules/: English, and Spanish beside it).
const RULES_READ = new Set(["en", "es"]);

/**
 * A warning for each post in a language the rules cannot read: the build cannot promise it holds no patient
 * details or advice, so a person must.
 */
function unreadLanguages(files: readonly string[], site: SiteData): Problem[] {
  return files.flatMap((file) => {
    const code = languageFolderOf(file);
    const language = code && site.languages.byCode.get(code);
    if (!language || RULES_READ.has(code)) return [];
    return [
      {
        file,
        message: `is in ${language.name}, which the health-content checker cannot read (its rules are for English and Spanish): have a second person check it for patient details and medical advice before it is published`,
      },
    ];
  });
}
