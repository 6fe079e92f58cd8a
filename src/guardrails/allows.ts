/**
 * Allow comments: `<!-- allow phi/phone: the national Poison Help line -->` passes one finding of the rule it
 * names, and only on one line: the line it sits on, or, when it stands alone on its line, the next line with
 * text (so it can sit above the sentence it excuses). It covers one finding, not every match of the rule on
 * that line: the reason names one thing, and a patient's number written beside the Poison Help line must
 * still be reported. Two findings on one line need two allows, each with its reason; an allow covers the
 * first finding of its rule on the line that no other allow has covered.
 */

export const ALLOW_COMMENT = /<!--\s*allow\s+([\w/-]+)\s*(?::\s*([\s\S]*?))?\s*-->/g;

export interface AllowComment {
  rule: string;
  reason: string;
  /** The comment itself, where it starts (1-based line), and the line it covers. */
  text: string;
  index: number;
  line: number;
  covers: number;
}

/** Every allow comment in a file, with the line each one covers. */
export function allowComments(text: string): AllowComment[] {
  const lines = text.split("\n");
  // A line with nothing on it but allow comments and spaces (in front matter, after a YAML comment's "#").
  const onlyAllows = (line: string) => line.replace(ALLOW_COMMENT, "").replace(/^\s*#/, "").trim() === "";
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  return [...text.matchAll(ALLOW_COMMENT)].map((allow) => {
    const [, rule = "", reason = ""] = allow;
    const line = lineAt(allow.index);
    const last = lineAt(allow.index + allow[0].length);
    const before = text.slice(text.lastIndexOf("\n", allow.index - 1) + 1, allow.index);
    const after = text.slice(allow.index + allow[0].length).split("\n", 1)[0]!;
    let covers = line;
    if (onlyAllows(before) && onlyAllows(after)) {
      covers = last + 1;
      while (covers <= lines.length && onlyAllows(lines[covers - 1]!)) covers++;
    }
    return { rule, reason: reason.trim(), text: allow[0], index: allow.index, line, covers };
  });
}

/**
 * Hands out allows, each to one finding: the function returned says whether an unused allow covers a finding
 * of `rule` on `line`, and uses that allow up.
 */
export function allowance(allows: readonly AllowComment[]): (rule: string, line: number) => boolean {
  const unused = [...allows];
  return (rule, line) => {
    const i = unused.findIndex((allow) => allow.rule === rule && allow.covers === line);
    if (i < 0) return false;
    unused.splice(i, 1);
    return true;
  };
}
