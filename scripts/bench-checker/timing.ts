import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeSyntheticSite } from "../bench/syntheticSite.ts";

/**
 * Seconds to check a synthetic site of `posts` posts the way `npm run lint:content` does (checkFiles over a
 * folder), each run in a fresh process (scripts/bench/checkerStep.ts, as `npm run bench` measures it) so nothing
 * is reused between runs. The median of `runs`.
 */
export function timeSyntheticSite(project: string, posts: number, runs: number): { seconds: number; runs: number[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `clinic-bench-checker-${posts}-`));
  try {
    writeSyntheticSite(project, dir, posts);
    const step = [
      process.execPath,
      "--import",
      import.meta.resolve("tsx"),
      path.join(project, "scripts/bench/checkerStep.ts"),
    ];
    const seconds = Array.from({ length: runs }, () => {
      const result = spawnSync(step[0]!, step.slice(1), { cwd: dir, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
      if (result.status !== 0) throw new Error(`the checker step failed:\n${result.stdout}\n${result.stderr}`);
      return (JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { seconds: number }).seconds;
    });
    return { seconds: [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)]!, runs: seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
