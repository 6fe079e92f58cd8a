import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes a file Eleventy does not render itself, unless it already holds exactly this: a preview that
 * rebuilds after one post changes then touches only what that post changed (and a deploy that syncs by
 * date uploads only that).
 */
export function writeIfChanged(file: string, data: string): void {
  if (existsSync(file) && readFileSync(file, "utf8") === data) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}
