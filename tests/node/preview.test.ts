import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { PROJECT_ROOT } from "../support/fixtureSite.ts";

// `npm start` is the editor's preview: it must serve drafts and scheduled posts, each with a banner.
describe("npm start", () => {
  const port = 8095;
  const output = mkdtempSync(path.join(tmpdir(), "clinic-preview-"));
  const server = spawn("npm", ["start", "--", `--port=${port}`, `--output=${output}`], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CLINIC_NOW: "2026-11-26T12:00:00-06:00" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";

  before(async () => {
    server.stdout.on("data", (chunk) => (log += chunk));
    server.stderr.on("data", (chunk) => (log += chunk));
    for (let waited = 0; waited < 60_000; waited += 250) {
      try {
        if ((await fetch(`http://localhost:${port}/`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`npm start did not serve the site within a minute:\n${log}`);
  });

  after(() => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  });

  it("serves a draft with a visible draft banner", async () => {
    const response = await fetch(`http://localhost:${port}/posts/summer-heat-safety/`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<strong>Draft<\/strong>: this post is a preview/);
  });

  it("serves a scheduled post with the day it goes live", async () => {
    const html = await (await fetch(`http://localhost:${port}/posts/winter-holiday-hours/`)).text();
    assert.match(html, /<strong>Scheduled<\/strong>: this post goes live on December 15, 2026/);
  });

  it("builds the search index too, so search works while editing", async () => {
    const entry = await fetch(`http://localhost:${port}/pagefind/pagefind-entry.json`);
    assert.equal(entry.status, 200);
    assert.ok((await fetch(`http://localhost:${port}/pagefind/pagefind.js`)).ok);
  });

  it("shows the editors' messaging plan, which a production build never writes", async () => {
    const response = await fetch(`http://localhost:${port}/plan/`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /Messaging plan, next 90 days/);
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.match(html, /Winter holiday hours/, "scheduled content is on the plan");
  });

  it("lists a scheduled post on the home page, labelled", async () => {
    const html = await (await fetch(`http://localhost:${port}/`)).text();
    assert.match(html, /Winter holiday hours[\s\S]*?<strong class="state-label">scheduled<\/strong>/i);
  });
});
