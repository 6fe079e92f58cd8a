import { CORE_SCHEMA, YAMLException, load } from "js-yaml";

/**
 * YAML's own timestamp type turns "2026-13-45" into a date in 2027 without a word, so front matter is read
 * with the core schema (no timestamps): dates stay strings and the content schema checks them properly.
 * Eleventy is configured with this same parser, so both see identical values.
 */
export function parseYaml(source: string): unknown {
  // js-yaml 5 refuses an empty document; an empty front matter block is one with no fields.
  if (!source.trim()) return {};
  const data = load(source, { schema: CORE_SCHEMA, maxAliases: 0 });
  const unsafe = unsafeKeyIn(data);
  if (unsafe) throw new UnsafeKeyError(unsafe);
  return withoutEmptyValues(data);
}

const isEmpty = (value: unknown) => value === "" || value === null;
const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * An empty value (`field: ""`, or nothing after the colon) is the same as leaving the field out, in the post
 * and in its groups (`video:`, `medicalReview:`), and a group left with nothing is left out too. The web
 * editor writes `""` when someone clears an optional field, and the build must not refuse what an editor
 * did with the form: a required field left empty is still reported, as missing.
 */
function withoutEmptyValues(data: unknown): unknown {
  if (!isGroup(data)) return data;
  for (const [key, value] of Object.entries(data)) {
    if (isGroup(value)) for (const [inner, v] of Object.entries(value)) if (isEmpty(v)) delete value[inner];
    if (isEmpty(value) || (isGroup(value) && Object.keys(value).length === 0)) delete data[key];
  }
  return data;
}

// Keys that reach the prototype of every object when Eleventy merges a post's data over the site's
// (`__proto__`), or shadow what every object has: a post that set one corrupted every object in the build and
// crashed it. No field of a post is named so, at any depth.
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

class UnsafeKeyError extends Error {
  constructor(readonly key: string) {
    super(`front matter uses the key "${key}"`);
  }
}

/** The first key at any depth that must never reach Eleventy's data, or undefined. */
function unsafeKeyIn(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key)) return key;
    const inner = unsafeKeyIn((value as Record<string, unknown>)[key]);
    if (inner) return inner;
  }
  return undefined;
}

// YAML aliases ("*name", repeating what "&name" marked) are refused (maxAliases: 0 above): editors never need
// them, and nine lines of aliases grow into a billion values ("billion laughs"), which stalled the build for
// over a minute and then crashed it. js-yaml's message for them is not one an editor can act on.
const ALIAS_REFUSED = /^aliases exceeded maxAliases/;
const aliasMessage =
  'front matter uses a YAML alias ("*" followed by a name), which posts do not allow: write the value out in full instead of "&name" and "*name"';

/**
 * The front matter parser Eleventy is given: `parsed(source)` is what the checks made of the same text (no
 * need to parse thousands of YAML blocks twice per build), or undefined. Each call gets its own copy, as
 * Eleventy may change what it gets. Without `tags`: topics are the kit's own (from the checked posts), and
 * Eleventy's collection per tag, which nothing reads, cost it a sort of every post per topic on every build.
 */
export function yamlForEleventy(parsed: (source: string) => unknown): (source: string) => unknown {
  return (source) => {
    // Eleventy's reader (gray-matter) keeps the line break after the opening "---"; ours does not.
    const kept = parsed(source.replace(/^\r?\n/, ""));
    const data = kept === undefined ? parseYaml(source) : structuredClone(kept);
    if (data && typeof data === "object" && "tags" in data) delete (data as { tags?: unknown }).tags;
    return data;
  };
}

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number }
  | { ok: false; line?: number; message: string };

// The block between the fences may be empty ("---" then "---"): then the fields are missing, which the
// checks say one by one, rather than the file having no front matter.
const FENCE = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its YAML front matter and body, with parse errors located by file line. */
export function readFrontMatter(text: string, parse: (source: string) => unknown = parseYaml): FrontMatterResult {
  const match = FENCE.exec(text);
  if (!match) {
    // An opening "---" and no other "---" line: without this, "has no front matter" sends the editor looking
    // for the wrong thing.
    if (/^---[ \t]*\r?\n/.test(text) && !/\n---[ \t]*(?:\r?\n|$)/.test(text.slice(3))) {
      return {
        ok: false,
        line: 1,
        message: "the front matter starting on line 1 has no closing --- line: add one after the last field",
      };
    }
    return {
      ok: false,
      line: 1,
      message: 'has no front matter. Start the file with a line "---", then "title:" and "date:", then "---".',
    };
  }
  const source = match[1] ?? "";
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split("\n").length;
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    if (error instanceof UnsafeKeyError) {
      const line = source.split(/\r?\n/).findIndex((text) => text.includes(error.key));
      return {
        ok: false,
        line: line >= 0 ? line + 2 : undefined,
        message: `${error.message}, which no post needs and which would change how the build's own data works: remove it`,
      };
    }
    if (error instanceof YAMLException) {
      // +2: the YAML starts on the line after the opening "---", and mark.line is 0-based.
      const line = error.mark ? error.mark.line + 2 : undefined;
      if (ALIAS_REFUSED.test(error.reason)) return { ok: false, line, message: aliasMessage };
      return {
        ok: false,
        line,
        message: `front matter is not valid YAML: ${error.reason}. Check quotes, colons and indentation.`,
      };
    }
    throw error;
  }
  if (data === null || data === undefined) return { ok: true, data: {}, body, bodyLine };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, line: 2, message: 'front matter must be a list of "key: value" lines.' };
  }
  return { ok: true, data: data as Record<string, unknown>, body, bodyLine };
}

/**
 * The 1-based file line where a front matter field is written, so errors can point at it. A nested field
 * (["podcast", "chapters", 1, "time"]) is found by looking for each key below the previous one; list
 * positions step over "- " items. Gives the deepest line found.
 */
export function lineOfPath(text: string, path: readonly (string | number)[]): number | undefined {
  const lines = text.split(/\r?\n/);
  const end = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
  let from = 1;
  let found: number | undefined;
  for (const segment of path) {
    let index = -1;
    if (typeof segment === "number") {
      let seen = -1;
      index = lines.findIndex((line, i) => i >= from && i < end && /^\s*- /.test(line) && ++seen === segment);
    } else {
      // A key may be written in quotes ("title": …), as YAML allows.
      const name = segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const key = new RegExp(`^\\s*(- )?(${name}|"${name}"|'${name}')\\s*:`);
      index = lines.findIndex((line, i) => i >= from && i < end && key.test(line));
    }
    if (index < 0) break;
    found = index + 1;
    from = typeof segment === "number" ? index : index + 1;
  }
  return found;
}
