import { lineOfPath, parseYaml } from "../content/frontMatter.ts";
import { MappedText } from "./mappedText.ts";
import { dataTexts, publishedTexts, type FieldPath } from "./publishedTexts.ts";
import { readText } from "./readerText.ts";

/**
 * The text the rules read, mapped back to the file so every match keeps its line and column (mappedText.ts).
 * For a Markdown file: every prose value of its front matter as parsed (publishedTexts.ts), each a paragraph of
 * its own, then the body; all of it as the reader sees it (readerText.ts). For a transcript: its words, not
 * its timings and cue numbers. For a `_data/` JSON file: each string readers see (dataTexts).
 */
export function checkableText(file: string, text: string, frontMatter?: Record<string, unknown>): MappedText {
  const out = new MappedText();
  const emit = (piece: string, from: number, length: number) => out.add(piece, from, length);
  if (/\.json$/i.test(file)) return checkableJson(text, out);
  if (/\.(vtt|srt)$/i.test(file)) {
    // Each line but a timing, a cue number or the header; line breaks are kept, so a cue stays a paragraph.
    for (const line of text.matchAll(/([^\r\n]*)(\r?\n|$)/g)) {
      const [, words = "", lineBreak = ""] = line;
      if (!/-->|^\s*\d+\s*$|^WEBVTT/.test(words)) readText(text, line.index, line.index + words.length, emit, true);
      emit(lineBreak, line.index + words.length, lineBreak.length);
      if (lineBreak === "") break;
    }
    return out;
  }
  const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?=\r?\n|$)/.exec(text);
  const fenceEnd = fence ? fence[0].length : 0;
  if (fence) readFrontMatterValues(fence[0], fence[1] ?? "", frontMatter, out);
  readText(text, fenceEnd, text.length, emit);
  return out;
}

/**
 * Each prose value, at its text in the file when it is written as it reads (the usual case, so a finding's
 * column is exact) or over several lines, else at the start of its field's value; every raw line if the YAML
 * does not parse.
 */
function readFrontMatterValues(
  block: string,
  yaml: string,
  given: Record<string, unknown> | undefined,
  out: MappedText,
): void {
  const emit = (piece: string, from: number, length: number) => out.add(piece, from, length);
  let data: unknown = given;
  if (data === undefined) {
    try {
      data = parseYaml(yaml);
    } catch {
      // Not valid YAML: the build says so; meanwhile every line is read as written.
      readText(block, 0, block.length, emit);
      out.add("\n\n", block.length, 0);
      return;
    }
  }
  // Where each top-level key's value starts: a value is looked for after its key (quoted keys included).
  const keys = new Map<string, number>();
  for (const key of block.matchAll(/^(["']?)([^\s#"'][^:\n]*?)\1[ \t]*:/gm)) {
    if (!keys.has(key[2]!)) keys.set(key[2]!, key.index + key[0].length);
  }
  let previous: FieldPath = [];
  for (const { path, text: value } of publishedTexts(data)) {
    const found = block.indexOf(value, keys.get(String(path[0])) ?? 0);
    const at = found >= 0 ? found : fieldStart(block, path);
    // Each value is a paragraph of its own, but for the fields of one list item, which a page shows on one line
    // as the reader sees them: a podcast guest is "Ana Reyes, MD, Family physician".
    // (The first stands for the file's start: a finding about the whole file, at index 0, is on line 1.)
    out.add(sameListItem(previous, path) ? ", " : "\n\n", previous.length ? at : 0, 0);
    const lines = found >= 0 ? [{ gap: "", from: at, to: at + value.length }] : lineStretches(block, at, value);
    if (!lines) readText(value, 0, value.length, (piece) => out.add(piece, at, 0));
    let lineEnd = at;
    for (const { gap, from, to } of lines ?? []) {
      out.add(gap, lineEnd, from - lineEnd);
      readText(block, from, to, emit);
      lineEnd = to;
    }
    previous = path;
  }
  out.add("\n\n", block.length, 0);
}

function sameListItem(a: FieldPath, b: FieldPath): boolean {
  if (a.length !== b.length || a.length < 2 || typeof a.at(-2) !== "number") return false;
  return a.slice(0, -1).every((key, i) => key === b[i]);
}

const SPACE = /\s*/y;

type Stretch = { gap: string; from: number; to: number };

/**
 * The lines a value written over several lines is made of (folded `>-`, literal `|`, a plain value going on
 * below its key), each as the stretch of the file holding its words and the white space the value puts before
 * them. Undefined when the lines do not spell the value (escapes, an alias): it is then read as parsed.
 */
function lineStretches(block: string, at: number, value: string): Stretch[] | undefined {
  const stretches: Stretch[] = [];
  let read = 0;
  let offset = /^[>|]/.test(block.slice(at, at + 1)) ? block.indexOf("\n", at) + 1 : at;
  // A literal block keeps its last line break, which no line holds.
  const words = value.trimEnd().length;
  while (read < words) {
    if (offset <= 0 || offset >= block.length) return undefined;
    const end = block.indexOf("\n", offset) < 0 ? block.length : block.indexOf("\n", offset);
    const line = block.slice(offset, end);
    const lineWords = line.trim();
    if (lineWords !== "") {
      SPACE.lastIndex = read;
      const gap = SPACE.exec(value)![0];
      if (!value.startsWith(lineWords, read + gap.length)) return undefined;
      const from = offset + line.indexOf(lineWords);
      stretches.push({ gap, from, to: from + lineWords.length });
      read += gap.length + lineWords.length;
    }
    offset = end + 1;
  }
  return stretches;
}

/** Where a value not written as it reads starts (folded text, an alias, escapes): after its field's key. */
function fieldStart(block: string, path: FieldPath): number {
  const line = lineOfPath(block, path);
  const lineStart = line === undefined ? 0 : block.split("\n", line - 1).join("\n").length + (line > 1 ? 1 : 0);
  return lineStart + /^[^:\n]*:?[ \t]*/.exec(block.slice(lineStart))![0].length;
}

/**
 * The strings of a JSON data file as the reader sees them, each a paragraph of its own, mapped to where its
 * value is written (JSON may spell a letter as an escape, so a finding points at the value's start). A file
 * that does not parse is read line by line as written: the build says what is wrong with it.
 */
function checkableJson(text: string, out: MappedText): MappedText {
  const emit = (piece: string, from: number, length: number) => out.add(piece, from, length);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    readText(text, 0, text.length, emit);
    return out;
  }
  let after = 0;
  for (const { text: value } of dataTexts(data)) {
    const found = text.indexOf(JSON.stringify(value), after);
    const at = found >= 0 ? found + 1 : after;
    if (found >= 0) after = found;
    out.add("\n\n", at, 0);
    readText(value, 0, value.length, (piece) => out.add(piece, at, 0));
  }
  return out;
}
