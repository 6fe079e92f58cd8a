import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// Files Eleventy does not render itself (chapter files, share cards) are written only when they changed:
// a preview that rebuilds after one post changes then touches only what that post changed, and a deploy
// that syncs by date uploads only that.

export function writeIfChanged(file: string, data: string): void {
  if (existsSync(file) && readFileSync(file, "utf8") === data) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** Copies `source` to `file` unless `file` already holds the same bytes. */
export function copyIfChanged(source: string, file: string): void {
  if (existsSync(file) && statSync(file).size === statSync(source).size && readFileSync(file).equals(readFileSync(source))) return;
  mkdirSync(path.dirname(file), { recursive: true });
  copyFileSync(source, file);
}
