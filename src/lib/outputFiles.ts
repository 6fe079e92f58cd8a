import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// Files Eleventy does not render itself (chapter files, share cards) are written only when they changed:
// a preview that rebuilds after one post changes then touches only what that post changed, and a deploy
// that syncs by date uploads only that.

export function writeIfChanged(file: string, data: string | Buffer): void {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  if (existsSync(file) && statSync(file).size === bytes.length && readFileSync(file).equals(bytes)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

/**
 * Puts `source`'s bytes at `file` unless `file` already holds them. `source` must never change in place (a
 * cache entry named by its content): `file` is a hard link to it where the file system allows, since
 * copying thousands of share cards into every build took seconds.
 */
export function copyIfChanged(source: string, file: string): void {
  if (existsSync(file)) {
    const [target, from] = [statSync(file), statSync(source)];
    if (target.ino === from.ino && target.dev === from.dev) return;
    if (target.size === from.size && readFileSync(file).equals(readFileSync(source))) return;
    rmSync(file);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    linkSync(source, file);
  } catch {
    copyFileSync(source, file); // another file system, or one without hard links
  }
}

/** Writes `data` to `file` as a new file: `file` may be a hard link to a cache entry, which must not change. */
export function replaceFile(file: string, data: Buffer): void {
  rmSync(file, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}
