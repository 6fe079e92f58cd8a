import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

// npm start rebuilds only what an edit affects (Eleventy's --incremental): the edited post and every list,
// feed and page that shows it must still change, while the rest of the site is left as it was.
describe("npm start after an editor saves a post", () => {
  const port = 8096;
  const site = makeFixtureSite({
    "walking.md": post('title: "Walking in winter"\ndate: 2026-01-05\nauthor: ana-reyes\ntags: [exercise]'),
    "water.md": post('title: "Drink water"\ndate: 2026-02-05\nauthor: ana-reyes\ntags: [nutrition]'),
    "sleep.md": post('title: "Sleep well"\ndate: 2026-03-05\nauthor: ana-reyes\ntags: [sleep]'),
  });
  // The start script itself, run in the fixture with the project's configuration.
  const start = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")).scripts.start as string;
  const server = spawn(
    "sh",
    ["-c", `${start} --config=${path.join(PROJECT_ROOT, ".eleventy.js")} --port=${port} --output=_site`],
    {
      cwd: site.dir,
      env: {
        ...process.env,
        CLINIC_NOW: "2026-11-26T12:00:00-06:00",
        CLINIC_SEARCH: "off",
        PATH: `${path.join(PROJECT_ROOT, "node_modules/.bin")}:${process.env.PATH}`,
      },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  let aboutWritten = 0;
  let sleepTopicWritten = 0;
  const page = async (url: string) => (await fetch(`http://localhost:${port}${url}`)).text();

  before(async () => {
    server.stdout.on("data", (chunk) => (log += chunk));
    server.stderr.on("data", (chunk) => (log += chunk));
    for (let waited = 0; !/Drink water/.test(await page("/").catch(() => "")); waited += 250) {
      if (waited > 60_000) throw new Error(`npm start did not serve the site within a minute:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    aboutWritten = statSync(path.join(site.dir, "_site/about/index.html")).mtimeMs;
    sleepTopicWritten = statSync(path.join(site.dir, "_site/tags/sleep/feed.xml")).mtimeMs;
    site.write(
      "posts/water.md",
      post('title: "Water, the best drink"\ndate: 2026-02-05\nauthor: ana-reyes\ntags: [nutrition, kids]'),
    );
    for (let waited = 0; waited < 30_000; waited += 250) {
      if (/Water, the best drink/.test(site.read("_site/index.html"))) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  after(() => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  });

  it("shows the new title on the post, the home page, the archive, its topics and the feeds", async () => {
    for (const url of [
      "/posts/water/",
      "/",
      "/archive/",
      "/tags/nutrition/",
      "/feed.xml",
      "/tags/nutrition/feed.xml",
      "/authors/",
    ]) {
      assert.match(await page(url), /Water, the best drink/, url);
    }
  });

  it("adds the post to a topic it was just given, with its page and feed", async () => {
    assert.match(await page("/tags/kids/"), /Water, the best drink/);
    assert.match(await page("/tags/kids/feed.xml"), /Water, the best drink/);
  });

  it("leaves pages that do not show the post as they were", () => {
    assert.equal(statSync(path.join(site.dir, "_site/about/index.html")).mtimeMs, aboutWritten);
    // Eleventy renders every topic's feed again (they are one paginated template); an unchanged one is not written.
    assert.equal(statSync(path.join(site.dir, "_site/tags/sleep/feed.xml")).mtimeMs, sleepTopicWritten);
  });

  it("redraws the post's share card and share texts", async () => {
    const snippets = JSON.parse(await page("/social/snippets.json")) as { title: string }[];
    assert.ok(snippets.some((s) => s.title === "Water, the best drink"));
    assert.equal((await fetch(`http://localhost:${port}/posts/water/share.png`)).status, 200);
  });
});
