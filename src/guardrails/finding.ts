export type Severity = "error" | "warning";

/** One thing the content checker found, located precisely enough for an editor's jump-to-line. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: string;
  message: string;
  /** The text that matched. */
  match: string;
  /** How to put it right. */
  fix: string;
}

/** What a rule sees: the text to check and who the clinic is. */
export interface RuleContext {
  /**
   * The file's text as a reader sees it (checkable.ts): its front matter's prose values, each a paragraph, then
   * the body, with character references decoded, emphasis marks and link addresses left out.
   */
  text: string;
  clinic: ClinicFacts;
  /** The front matter of the file being checked (empty for transcripts). */
  frontMatter: Record<string, unknown>;
  /** Whether the text may hold Spanish (rules/spanish.ts#holdsSpanish): Spanish patterns are read only then. */
  spanish: boolean;
}

export interface ClinicFacts {
  /** The clinic's own numbers, as digits only (with country code): never patient data. */
  phones: string[];
  emailDomains: string[];
  street: string;
  /** Staff names, so "Dr. Ana Reyes, 15 years at the clinic" is not read as a patient. */
  staffNames: string[];
}

export interface RuleMatch {
  index: number;
  length: number;
  message: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line for the README and the finding's "how to fix". */
  fix: string;
  check(context: RuleContext): RuleMatch[];
}

/** Every match of a pattern, as rule matches with one message. */
export function matchesOf(
  text: string,
  pattern: RegExp,
  message: (match: RegExpExecArray) => string,
  accept: (match: RegExpExecArray) => boolean = () => true,
): RuleMatch[] {
  const found: RuleMatch[] = [];
  for (const match of text.matchAll(
    new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"),
  )) {
    if (accept(match)) found.push({ index: match.index, length: match[0].length, message: message(match) });
  }
  return found;
}

/** Whether two matches share a character. */
export const overlaps = (a: RuleMatch, b: RuleMatch) => a.index < b.index + b.length && b.index < a.index + a.length;
