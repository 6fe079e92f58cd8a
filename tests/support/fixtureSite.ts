/**
 * A throwaway clinic site for tests that need bad or hostile content the sample site must never hold.
 * It shares the real layouts and configuration; posts and (optionally) data are the test's own.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface Fixture {
  dir: string;
  write(file: string, content: string | Buffer): void;
  read(file: string): string;
  build(env?: Record<string, string>): { status: number | null; output: string };
}

export function makeFixtureSite(posts: Record<string, string>): Fixture {
  const dir = mkdtempSync(path.join(tmpdir(), "clinic-fixture-"));
  symlinkSync(path.join(PROJECT_ROOT, "_includes"), path.join(dir, "_includes"));
  cpSync(path.join(PROJECT_ROOT, "_data"), path.join(dir, "_data"), { recursive: true });
  mkdirSync(path.join(dir, "posts"));
  // Like the project itself: its JavaScript (the configuration, data files) is ES modules.
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  cpSync(path.join(PROJECT_ROOT, "posts/posts.11tydata.json"), path.join(dir, "posts/posts.11tydata.json"));
  cpSync(path.join(PROJECT_ROOT, "posts/tips/tips.11tydata.json"), path.join(dir, "posts/tips/tips.11tydata.json"));
  // The podcast's cover art and sample episodes' files, which the show settings and episode tests need.
  cpSync(path.join(PROJECT_ROOT, "posts/media"), path.join(dir, "posts/media"), { recursive: true });
  const fixture: Fixture = {
    dir,
    write(file, content) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    },
    read(file) {
      return readFileSync(path.join(dir, file), "utf8");
    },
    build(env = {}) {
      const result = spawnSync(
        path.join(PROJECT_ROOT, "node_modules/.bin/tsx"),
        [path.join(PROJECT_ROOT, "scripts/build.ts"), "_site"],
        {
          cwd: dir,
          env: { ...process.env, CLINIC_NOW: "2026-11-26T12:00:00-06:00", ...env },
          encoding: "utf8",
        },
      );
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
  };
  for (const [file, text] of Object.entries(posts)) fixture.write(`posts/${file}`, text);
  return fixture;
}

/** A post's Markdown from front matter lines and a body. */
export function post(frontMatter: string, body = "Some plain health education."): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}\n`;
}

/** Builds the sample clinic itself, as production on the pinned test day, into a fresh folder. */
export function buildSampleSite(env: Record<string, string> = {}): string {
  const output = path.join(mkdtempSync(path.join(tmpdir(), "clinic-sample-")), "site");
  const result = spawnSync(
    path.join(PROJECT_ROOT, "node_modules/.bin/tsx"),
    [path.join(PROJECT_ROOT, "scripts/build.ts"), output],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CLINIC_NOW: "2026-11-26T12:00:00-06:00", ...env },
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`The sample site did not build:\n${result.stdout}\n${result.stderr}`);
  return output;
}
