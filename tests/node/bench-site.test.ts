import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { writeSyntheticSite } from "../../scripts/bench/syntheticSite.ts";
import { loadContent } from "../../src/content/loadContent.ts";
import { CONTENT_STEPS } from "../../src/contentSteps.ts";

// npm run bench builds this site at thousands of posts; a field the kit starts to require must reach it too,
// or the bench fails after minutes of work (it did once tips needed a reviewer).
describe("the benchmark's synthetic clinic", () => {
  it("passes every check the build makes, posts, episodes and tips alike", async () => {
    const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
    const dir = mkdtempSync(path.join(os.tmpdir(), "clinic-bench-site-"));
    try {
      const files = writeSyntheticSite(project, dir, 30);
      const now = DateTime.fromISO("2026-11-26T12:00:00", { zone: "America/Chicago" });
      const loaded = await loadContent(dir, { steps: CONTENT_STEPS, now });
      assert.deepEqual(loaded.problems, []);
      const posts = loaded.content!.posts;
      assert.equal(posts.length, files.length);
      assert.ok(posts.some((post) => post.tip) && posts.some((post) => post.podcast));
      assert.deepEqual(
        (loaded.content!.findings ?? []).filter((finding) => finding.severity === "error"),
        [],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
