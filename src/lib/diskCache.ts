import { createHash, hash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * What a build worked out from a file's text (rendered Markdown, share texts, guardrail findings), kept in
 * `.cache/` for the next build, as the share cards are, and in memory across `npm start`'s rebuilds: at
 * thousands of posts, working the same things out again for every unchanged post was most of each build.
 *
 * An entry is used only for the same name, text and context (what else it was made from, e.g. the clinic's
 * details), made by the same code: the kit's source and installed packages are part of the key, so a fork
 * that changes either starts afresh. Values must survive JSON. Entries a full build did not ask for are
 * dropped when it saves (see save).
 */
export class DiskCache<V> {
  #kept?: Map<string, V>;
  #used = new Map<string, V>();
  #changed = false;

  /** `file`: where the entries are kept, e.g. `.cache/markdown.json`. */
  constructor(readonly file: string) {
    caches.add(this as DiskCache<unknown>);
  }

  get(name: string, text: string, context: string, make: () => V): V {
    const key = keyOf(name, text, context);
    const found = this.#find(key);
    return this.#use(key, found !== undefined ? found : this.#made(make()));
  }

  async getAsync(name: string, text: string, context: string, make: () => Promise<V>): Promise<V> {
    const key = keyOf(name, text, context);
    const found = this.#find(key);
    return this.#use(key, found !== undefined ? found : this.#made(await make()));
  }

  // A kept null (front matter that is only "~") is a value, not a miss.
  #find(key: string): V | undefined {
    const used = this.#used.get(key);
    return used !== undefined ? used : this.#entries().get(key);
  }

  #made(value: V): V {
    this.#changed = true;
    return value;
  }

  #use(key: string, value: V): V {
    this.#used.set(key, value);
    return value;
  }

  /**
   * Writes the entries down if anything changed. With `prune` (after a full build, which asked for every
   * entry it needs), entries not used since the last save are forgotten: files deleted or edited since.
   * An incremental rebuild asks for only what changed, so it keeps the rest.
   */
  save({ prune }: { prune: boolean }): void {
    if (this.#used.size === 0) return;
    const kept = this.#entries();
    const forgot = prune && (kept.size !== this.#used.size || [...kept.keys()].some((key) => !this.#used.has(key)));
    this.#kept = prune ? this.#used : new Map([...kept, ...this.#used]);
    this.#used = new Map();
    if (!this.#changed && !forgot) return;
    this.#changed = false;
    // Written beside and renamed into place, so a build stopped halfway never leaves half a file.
    const partial = `${this.file}.${process.pid}`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const entries = JSON.stringify(Object.fromEntries(this.#kept));
      writeFileSync(
        partial,
        `{"version":${JSON.stringify(codeVersion())},"seal":"${sealOf(entries)}","entries":${entries}}`,
      );
      renameSync(partial, this.file);
    } catch (error) {
      // A cache only saves time: a folder the build may not write to costs the next build that time, not the site.
      try {
        rmSync(partial, { force: true });
      } catch {
        // Never made: the folder it would be in is not one.
      }
      warn(
        `${shown(this.file)} could not be saved (${(error as Error).message}), so the next build works everything out again: make .cache/ a folder the build can write to`,
      );
    }
  }

  #entries(): Map<string, V> {
    this.#kept ??= this.#read();
    return this.#kept;
  }

  // None yet, or made by other code: work everything out. Changed since it was saved (by hand, a damaged disk,
  // an entry of another shape): the same, with a warning, as using it could crash the build or change the site.
  #read(): Map<string, V> {
    let text: string;
    let saved: { version?: unknown; seal?: unknown; entries?: unknown };
    try {
      text = readFileSync(this.file, "utf8");
      saved = JSON.parse(text) ?? {};
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR")
        warn(
          `${shown(this.file)} cannot be read (${(error as Error).message}), so it is not used: this build works everything out again`,
        );
      return new Map();
    }
    if (saved.version !== codeVersion()) return new Map();
    const start = text.indexOf('"entries":') + '"entries":'.length;
    const sealed =
      typeof saved.entries === "object" && saved.entries !== null && saved.seal === sealOf(text.slice(start, -1));
    if (!sealed) {
      warn(
        `${shown(this.file)} was changed since a build saved it, so it is not used: this build works everything out again and saves it afresh`,
      );
      return new Map();
    }
    return new Map(Object.entries(saved.entries as Record<string, V>));
  }
}

// The seal says the entries are exactly those a build saved: nothing else in the file is checked.
const sealOf = (entries: string) => hash("sha1", entries, "base64url");

/** The cache file as the editor sees it: relative to the site, e.g. ".cache/markdown.json". */
const shown = (file: string) => path.relative(process.cwd(), file) || file;

function warn(message: string): void {
  console.warn(`[clinic] warning: ${message}`);
}

const caches = new Set<DiskCache<unknown>>();

/** Saves every cache this process made; the build calls it once it has finished (`prune`: see save). */
export function saveDiskCaches(options: { prune: boolean }): void {
  for (const cache of caches) cache.save(options);
}

/** A cache file in the site's `.cache/` folder (the site is built from the current folder). */
export const cacheFile = (name: string): string => path.resolve(".cache", name);

// SHA-1 names an entry, it does not guard anything: it is the quickest of Node's one-shot hashes, and a build
// names tens of thousands of entries.
function keyOf(name: string, text: string, context: string): string {
  return hash("sha1", `${name}\0${text}\0${context}`, "base64url");
}

// The kit's own source and its locked packages: what turns a file's text into the kept results.
let version: string | undefined;
function codeVersion(): string {
  if (version === undefined) {
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
    const hash = createHash("sha256");
    for (const file of (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).sort()) {
      hash
        .update(file)
        .update("\0")
        .update(readFileSync(path.join(src, file)));
    }
    const lock = path.join(src, "..", "package-lock.json");
    if (existsSync(lock)) hash.update(readFileSync(lock));
    version = hash.digest("base64url");
  }
  return version;
}
