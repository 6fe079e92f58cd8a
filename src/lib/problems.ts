/** One thing wrong with the content, phrased for the editor who has to fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. `posts/flu-season.md`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** 1-based column on that line, when known (the checker's findings have one, for an editor's jump-to-line). */
  column?: number;
  /** Front matter field or data key, when the problem is about one. */
  field?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line
    ? `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ""}`
    : problem.file;
  const field = problem.field ? `"${problem.field}" ` : "";
  return showControlCharacters(`${where}: ${field}${problem.message}`);
}

/**
 * Control characters (C0 but tab and newline, DEL, C1): a terminal acts on them rather than showing them, so
 * a post's `date: "\e[2J…"` could clear or overwrite the lines that report it. And the two bidirectional
 * overrides (U+202D, U+202E), which make a page, a feed reader and a terminal show letters in another order
 * than they are ("evil" shown as "live"); right-to-left text needs neither (it has marks and isolates).
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202d\u202e]/g;

/** The text with each control character written out as `\u001b`, for printing content to a terminal. */
export function showControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTER, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Thrown once with every problem found, so an editor fixes them all in one pass.
 * `skipOriginalStack` tells Eleventy's error printer to show our message, not a stack trace.
 */
export class ContentError extends Error {
  readonly problems: Problem[];
  readonly skipOriginalStack = true;

  constructor(unsorted: Problem[]) {
    const problems = [...unsorted].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(
      `The site was not built: ${count} in the content.\n` + problems.map((p) => `  - ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
