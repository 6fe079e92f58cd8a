import { createHash, hash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The kit's two ways of not doing work twice, in one module:
 *
 * - `memo(fn)`, for pure functions of strings and numbers (a date's display form, a tag's slug), kept for
 *   the life of the process.
 * - `ContentCache`, for what a build works out from a file (its front matter, its checked post, its
 *   rendered HTML, its findings…): one record per file, named by the file's path and valid while the file's
 *   digest is the same. Each kind of result is a `Part`, made by a known part of the code: a part's entry is
 *   used only while that code and the part's context (the clinic's details, say) are the same. The build
 *   makes one, hands it to whatever needs it and saves it once, after Eleventy has written the site. Under
 *   `npm start` the same object is kept between rebuilds, and forgets the files a build no longer read.
 */

/**
 * `fn`, with its value for each set of arguments worked out once. Only for functions whose value depends on
 * their arguments alone (strings and numbers), with few distinct ones: every value is kept.
 */
export function memo<A extends (string | number)[], V>(fn: (...args: A) => V): (...args: A) => V {
  const values = new Map<string, V>();
  return (...args) => {
    const key = args.join("\0");
    if (values.has(key)) return values.get(key) as V;
    const value = fn(...args);
    values.set(key, value);
    return value;
  };
}

/** A short digest of `text`, to use as (part of) a context without keeping the text itself. */
export const digestOf = (text: string): string => hash("sha1", text, "base64url");

/** One kind of result kept in a file's record. */
export interface Part<V> {
  readonly name: string;
  /** Whether entries are saved in `.cache/` (values must then survive JSON), or kept in memory only. */
  readonly disk: boolean;
  /** The version of the code that makes it, worked out on first use. */
  readonly version: () => string;
  /** Never read: it carries the value's type. */
  readonly type?: V;
}

/**
 * A kind of result, made by the code in `code` (folders under src/, besides src/lib/, src/clinicData/
 * and src/content/, which every part depends on): editing any of it starts that part afresh, and only it.
 */
export function cachePart<V>(name: string, options: { code: string[]; disk?: boolean }): Part<V> {
  let version: string | undefined;
  return {
    name,
    disk: options.disk ?? true,
    version: () => (version ??= codeVersion(["lib", "clinicData", "content", ...options.code])),
  };
}

interface Entry {
  version: string;
  context: string;
  value: unknown;
  /** False for a part kept in memory only (see Part.disk). */
  disk?: boolean;
}

interface Saved {
  digest: string;
  parts: Record<string, Entry>;
}

/** What one file gave, while its text is the same. */
export class CacheRecord {
  constructor(
    readonly digest: string,
    readonly parts: Map<string, Entry>,
    private readonly changed: () => void,
  ) {}

  /**
   * The part's value for this context, made with `make` (and kept) when there is none. `stillTrue` may
   * refuse a kept value for what the text cannot show (a file it named has since appeared).
   */
  keep<V>(
    part: Part<V>,
    { context = "", make, stillTrue }: { context?: string; make: () => V; stillTrue?: (value: V) => boolean },
  ): V {
    const found = this.#find(part, context);
    if (found && (!stillTrue || stillTrue(found.value as V))) return found.value as V;
    return this.#put(part, context, make());
  }

  /** Whether the part is kept for this context. */
  has(part: Part<unknown>, context = ""): boolean {
    return this.#find(part, context) !== undefined;
  }

  async keepAsync<V>(part: Part<V>, { context = "", make }: { context?: string; make: () => Promise<V> }): Promise<V> {
    const found = this.#find(part, context);
    if (found) return found.value as V;
    return this.#put(part, context, await make());
  }

  #find(part: Part<unknown>, context: string): Entry | undefined {
    const entry = this.parts.get(part.name);
    return entry && entry.version === part.version() && entry.context === context ? entry : undefined;
  }

  #put<V>(part: Part<V>, context: string, value: V): V {
    this.parts.set(part.name, { version: part.version(), context, value, disk: part.disk });
    if (part.disk) this.changed();
    return value;
  }
}

export class ContentCache {
  #records?: Map<string, CacheRecord>;
  #used = new Map<string, CacheRecord>();
  #changed = false;
  #pendingSave?: ReturnType<typeof setTimeout>;

  /** `file`: where it is saved, e.g. `<site>/.cache/content.json`; without one, it lives in memory only. */
  constructor(readonly file?: string) {}

  /** The site's cache, in its `.cache/` folder. */
  static forSite(root: string): ContentCache {
    return new ContentCache(path.join(root, ".cache", "content.json"));
  }

  /**
   * The record of `name` (a file's path from the site's root) for this text: empty when the text is new.
   * `text` may be anything that changes when the file does (its size and time, for audio).
   */
  record(name: string, text: string | Buffer): CacheRecord {
    const digest = typeof text === "string" ? digestOf(text) : hash("sha1", text, "base64url");
    const used = this.#used.get(name);
    if (used?.digest === digest) return used;
    const kept = this.#all().get(name);
    const record = kept?.digest === digest ? kept : new CacheRecord(digest, new Map(), () => (this.#changed = true));
    this.#used.set(name, record);
    return record;
  }

  /** The record this build already opened for `name` (a post's, by the path the content step read it at). */
  recordOf(name: string): CacheRecord | undefined {
    return this.#used.get(name);
  }

  #diskParts(record: CacheRecord): Record<string, Entry> {
    const parts: Record<string, Entry> = {};
    for (const [name, { disk, ...entry }] of record.parts) if (disk !== false) parts[name] = entry;
    return parts;
  }

  /**
   * Ends a build: the records it did not ask for (files deleted or renamed) are forgotten, and, when
   * anything changed, what is left is saved, written beside and renamed into place so a build stopped
   * halfway never leaves half a file. Saving only saves time: a failure costs the next build that time.
   */
  save(): void {
    this.cancelSave();
    const forgot = this.#all().size !== this.#used.size || [...this.#all().keys()].some((k) => !this.#used.has(k));
    this.#records = this.#used;
    this.#used = new Map();
    if (!this.file || (!this.#changed && !forgot)) return;
    this.#changed = false;
    const saved: Record<string, Saved> = {};
    for (const [name, record] of this.#records) saved[name] = { digest: record.digest, parts: this.#diskParts(record) };
    const partial = `${this.file}.${process.pid}`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const records = JSON.stringify(saved);
      writeFileSync(
        partial,
        `{"version":${JSON.stringify(fileVersion())},"seal":"${sealOf(records)}","records":${records}}`,
      );
      renameSync(partial, this.file);
    } catch (error) {
      removeQuietly(partial);
      warn(
        `${shown(this.file)} could not be saved (${(error as Error).message}), so the next build works everything out again: make .cache/ a folder the build can write to`,
      );
    }
  }

  /**
   * A file made from `key` (a share card from its text and colours), kept in `.cache/<folder>/` under a name
   * made from the key and `extension` (".png"), so an unchanged one costs nothing on the next build. Gives the kept file's path (and
   * `redrawn` when the kept file failed `isWhole` and was made again); or, when the folder cannot be written
   * (or this cache has no folder), the data itself and why it was not kept.
   */
  async keepFile({
    folder,
    key,
    extension,
    make,
    isWhole,
  }: {
    folder: string;
    key: string;
    extension: string;
    make: () => Promise<Buffer>;
    isWhole: (file: string) => boolean;
  }): Promise<{ file: string; redrawn?: true } | { data: Buffer; notKept: string }> {
    if (!this.file) return { data: await make(), notKept: "this build keeps no files" };
    const dir = path.join(path.dirname(this.file), folder);
    const file = path.join(dir, `${hash("sha256", key, "hex").slice(0, 32)}${extension}`);
    const kept = existsSync(file);
    if (kept && isWhole(file)) return { file };
    const data = await make();
    // Renamed into place whole: a build stopped mid-write must not leave a broken file to be used again, and
    // the site's copies are hard links to this file, so it never changes once there.
    const partial = `${file}.${process.pid}`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(partial, data);
      renameSync(partial, file);
      return kept ? { file, redrawn: true } : { file };
    } catch (error) {
      removeQuietly(partial);
      return { data, notKept: (error as Error).message };
    }
  }

  /** Saves in `ms` milliseconds, unless a build starts first (see cancelSave) or it is saved sooner. */
  saveSoon(ms: number): void {
    this.cancelSave();
    this.#pendingSave = setTimeout(() => this.save(), ms).unref();
  }

  /** Forgets a save still waiting: saving halfway through a build would end its use of the records. */
  cancelSave(): void {
    clearTimeout(this.#pendingSave);
  }

  #all(): Map<string, CacheRecord> {
    this.#records ??= this.#read();
    return this.#records;
  }

  // None yet, or saved by other packages: work everything out. Changed since it was saved (by hand, a damaged
  // disk, an entry of another shape): the same, with a warning, as using it could crash the build or change
  // the site.
  #read(): Map<string, CacheRecord> {
    if (!this.file) return new Map();
    let text: string;
    let saved: { version?: unknown; seal?: unknown; records?: unknown };
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
    if (saved.version !== fileVersion()) return new Map();
    const start = text.indexOf('"records":') + '"records":'.length;
    const sealed =
      typeof saved.records === "object" && saved.records !== null && saved.seal === sealOf(text.slice(start, -1));
    if (!sealed) {
      warn(
        `${shown(this.file)} was changed since a build saved it, so it is not used: this build works everything out again and saves it afresh`,
      );
      return new Map();
    }
    const changed = () => (this.#changed = true);
    return new Map(
      Object.entries(saved.records as Record<string, Saved>).map(([name, record]) => [
        name,
        new CacheRecord(record.digest, new Map(Object.entries(record.parts)), changed),
      ]),
    );
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Never made: the folder it would be in is not one.
  }
}

// The seal says the records are exactly those a build saved: nothing else in the file is checked.
const sealOf = (records: string) => hash("sha1", records, "base64url");

/** The cache file as the editor sees it: relative to the current folder, e.g. ".cache/content.json". */
const shown = (file: string) => path.relative(process.cwd(), file) || file;

function warn(message: string): void {
  console.warn(`[clinic] warning: ${message}`);
}

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// The file's layout and the locked packages: a fork that upgrades a package starts afresh.
let savedVersion: string | undefined;
function fileVersion(): string {
  if (savedVersion === undefined) {
    const lock = path.join(SRC, "..", "package-lock.json");
    savedVersion = `1:${hash("sha1", existsSync(lock) ? readFileSync(lock) : "", "base64url")}`;
  }
  return savedVersion;
}

/** A digest of the TypeScript in these folders of src/. */
function codeVersion(folders: readonly string[]): string {
  return hash("sha1", [...new Set(folders)].sort().map(folderVersion).join("\0"), "base64url");
}

// Each folder is read once per process, however many parts depend on it.
const folderVersion = memo((folder: string): string => {
  const digest = createHash("sha1");
  const dir = path.join(SRC, folder);
  if (!existsSync(dir)) return "";
  for (const file of (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).sort())
    digest.update(`${folder}/${file}\0`).update(readFileSync(path.join(dir, file)));
  return digest.digest("base64url");
});
