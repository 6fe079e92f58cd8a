/**
 * The labelled corpus the health-content checker is measured against (issue 16: it reads everything that gets
 * published, however it is written). Every name, number and address in it is invented for this project.
 *
 * To add a case, copy a line in the file for its rule and change the text. A flagged case names the one rule
 * that must report it; a clean case is something a careful clinic reviewer would publish as it is.
 */

/** The rules the checker has today (src/guardrails/rules/). */
export const KNOWN_RULES = [
  "phi/ssn",
  "phi/record-number",
  "phi/member-id",
  "phi/account-number",
  "phi/birth-date",
  "phi/phone",
  "phi/email",
  "phi/street-address",
  "phi/ip-address",
  "phi/id-number",
  "case/patient-story",
  "case/person-details",
  "advice/dosing",
  "advice/medication-change",
  "advice/diagnosis",
] as const;

/** Rules issue 16 adds: advice to delay or avoid care for an emergency sign ("wait until morning"). */
export const PLANNED_RULES = ["advice/delay-emergency"] as const;

export type RuleId = (typeof KNOWN_RULES)[number] | (typeof PLANNED_RULES)[number];

/**
 * Where the text sits, which decides how it is checked:
 * - "body": Markdown after the front matter; the bench puts it under a plain front matter block.
 * - "front-matter": the whole file (`---\ntitle: …\n---\n\nbody`); the finding may be anywhere in it.
 * - "transcript": a caption file's whole text, checked under `file` (`.vtt` or `.srt`).
 */
export type Where = "body" | "front-matter" | "transcript";

/**
 * How the sensitive part is written, so the bench can say which spellings the checker misses. "plain" is the
 * way the rule's own examples write it.
 */
export type Spelling =
  | "plain"
  // Markup that hides text from the rules but not from readers or search.
  | "html-comment"
  | "code-block"
  | "inline-code"
  | "link-title"
  | "image-alt"
  | "char-reference"
  | "full-width-digits"
  | "zero-width"
  | "nbsp-or-soft-hyphen"
  | "other-separators"
  | "emphasis-inside"
  // Front matter fields and YAML forms.
  | "tags"
  | "podcast-guests"
  | "chapter-title"
  | "video-title"
  | "quoted-key"
  | "yaml-alias"
  | "flow-mapping"
  | "folded-text"
  // Wording.
  | "date-wording"
  | "age-wording"
  | "name-shape"
  | "dose-in-words"
  | "emergency-delay"
  | "phrasing"
  | "transcript";

export interface FlaggedCase {
  rule: RuleId;
  where: Where;
  spelling: Spelling;
  text: string;
  /** Only for transcripts: the caption file's name, e.g. "episode-12.vtt". */
  file?: string;
}

export interface CleanCase {
  where: Where;
  /** What kind of ordinary text it is, e.g. "vaccines", "clinic contact", "recipe". */
  topic: string;
  text: string;
  file?: string;
}

/** The body of a front matter case that does not need one of its own. */
export const PLAIN_BODY = "Read on for this week's health notes from the clinic.";

/** A whole Markdown file: the front matter lines, then the body (a neutral sentence unless given). */
export function markdownFile(frontMatter: readonly string[], body = PLAIN_BODY): string {
  return `---\n${frontMatter.join("\n")}\n---\n\n${body}\n`;
}
