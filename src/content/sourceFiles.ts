import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { cachePart, type CacheRecord, type ContentCache } from "../lib/cache.ts";
import { parseYaml, readFrontMatter, type FrontMatterResult } from "./frontMatter.ts";
import { sizeProblemOf } from "./limits.ts";

/**
 * Some editors (Notepad, some web uploads) start a UTF-8 file with an invisible byte-order mark, which would
 * hide the opening "---". Eleventy's front matter reader drops it too, so both read the same fields.
 */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

// The core YAML schema makes only strings, numbers, booleans, lists and maps, which JSON keeps as they are
// (but for .inf and .nan, which no field accepts).
const FRONT_MATTER = cachePart<unknown>("front matter", { code: [] });

/**
 * The content files of one build, each read and its front matter parsed once, however many steps (the
 * schema, the guardrails) look at it. Make a new one per build: it never notices a file changing.
 */
export class SourceFiles {
  readonly #texts = new Map<string, string>();
  readonly #frontMatter = new Map<string, FrontMatterResult>();
  /** Each post's parsed front matter by its YAML text: Eleventy reads every post again after the checks. */
  readonly parsedYaml = new Map<string, unknown>();

  constructor(
    readonly root: string,
    readonly cache: ContentCache,
  ) {}

  /**
   * What is wrong with the file's size, or undefined when it is within its limit (see limits.ts). Measured
   * without reading it: ask before `text`, so a 50 MB file is never read, parsed or checked.
   */
  sizeProblem(file: string): string | undefined {
    return sizeProblemOf(file, statSync(path.join(this.root, file)).size);
  }

  /** The file's text; `file` is relative to the root, with forward slashes. */
  text(file: string): string {
    let text = this.#texts.get(file);
    if (text === undefined)
      this.#texts.set(file, (text = withoutBom(readFileSync(path.join(this.root, file), "utf8"))));
    return text;
  }

  /** The cache's record of the file as it is now. */
  record(file: string): CacheRecord {
    return this.cache.record(file, this.text(file));
  }

  frontMatter(file: string): FrontMatterResult {
    let result = this.#frontMatter.get(file);
    if (!result) {
      const record = this.record(file);
      result = readFrontMatter(this.text(file), (source) => {
        const data = record.keep(FRONT_MATTER, { make: () => parseYaml(source) });
        this.parsedYaml.set(source, data);
        return data;
      });
      this.#frontMatter.set(file, result);
    }
    return result;
  }
}
