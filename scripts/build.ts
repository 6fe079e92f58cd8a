/**
 * Production build: writes the whole site to a fresh folder beside `_site/` and swaps it in only when
 * everything succeeded, so a failed build never leaves half a site behind (the old one stays as it was).
 *
 *   npm run build            → _site/
 *   tsx scripts/build.ts out → out/
 */
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import { buildFolderPrefix, removeStaleBuildFolders } from "./buildFolders.ts";

// The site is built from the current folder (the project root under npm; a fixture folder in tests).
const root = process.cwd();
const configPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.eleventy.js");
const target = path.resolve(root, process.argv[2] ?? "_site");
// Folders of builds that were killed before they finished, which nothing else would ever remove.
removeStaleBuildFolders(path.dirname(target));
const staging = mkdtempSync(path.join(path.dirname(target), buildFolderPrefix()));
chmodSync(staging, 0o755); // mkdtemp makes it private; a web server needs to read it

try {
  const eleventy = new Eleventy(".", staging, { configPath, quietMode: true });
  await eleventy.write();
} catch {
  // Eleventy has already printed what went wrong (for content problems: every file, field and fix).
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed, so nothing was written: ${path.relative(root, target) || target}/ is unchanged.`);
  process.exit(1);
}

const previous = `${staging}-previous`;
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
// A process of its own deletes the old site, so the build is done once the new one is in place: deleting
// thousands of files took seconds. The folder's name is unique, so a build started meanwhile is unaffected.
if (existsSync(previous)) {
  const remove = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";
  spawn(process.execPath, ["-e", remove, previous], { detached: true, stdio: "ignore" }).unref();
}
console.log(`Built the site into ${path.relative(root, target)}/`);
