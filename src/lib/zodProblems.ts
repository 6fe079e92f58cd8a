import type { z } from "zod";
import type { Problem } from "./problems.ts";

/** Turns zod's issues into editor-facing problems: the field as written in the file, and our message. */
export function problemsFromZod(
  file: string,
  error: z.ZodError,
  lineOf: (path: readonly (string | number)[]) => number | undefined = () => undefined,
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
    const field = path.join(".");
    return { file, field: field || undefined, line: path.length ? lineOf(path) : undefined, message: issue.message };
  });
}

/** Message for a field that must be present: zod reports "expected string, received undefined" otherwise. */
export function required(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `is missing: ${what}` : `must be ${what}`);
}
