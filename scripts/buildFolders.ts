/**
 * The folders a production build works in, beside the site: `.build-<pid>-XXXXXX` while it builds, and
 * `…-previous` for the old site while a process of its own deletes it. A build that is killed (a deploy
 * cancelled, a laptop closed) leaves its folder behind, as large as the site; each build removes those.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/** The start of this build's folder name: the process id says whether the build is still running. */
export const buildFolderPrefix = (): string => `.build-${process.pid}-`;

const NAMED_BY_PROCESS = /^\.build-(\d+)-/;
const ANY_BUILD_FOLDER = /^\.build-/;
// Folders from before the process id was in the name can only be judged by age: no build takes this long.
const OLD_FOLDER_MS = 60 * 60 * 1000;

/** Removes the build folders in `dir` whose build is no longer running; never a running build's. */
export function removeStaleBuildFolders(dir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(dir).filter((n) => ANY_BUILD_FOLDER.test(n))) {
    const folder = path.join(dir, name);
    const pid = NAMED_BY_PROCESS.exec(name)?.[1];
    try {
      const stale = pid ? !isRunning(Number(pid)) : now - statSync(folder).mtimeMs > OLD_FOLDER_MS;
      if (!stale) continue;
      rmSync(folder, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Gone already (another build removed it first) or not ours to remove: the build goes on either way.
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // exists, but belongs to another user
  }
}
