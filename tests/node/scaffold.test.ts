import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { slugFor } from "../../src/editorial/scaffold.ts";
import { makeFixtureSite, PROJECT_ROOT } from "../support/fixtureSite.ts";

describe("file names from titles", () => {
  it("are clean with accents, emoji and punctuation", () => {
    assert.equal(slugFor("Café & Kids 🎒: back to school!"), "cafe-and-kids-back-to-school");
    assert.equal(slugFor("¿Qué es la presión arterial?"), "que-es-la-presion-arterial");
    assert.equal(slugFor("Flu shots, 2026–27 season"), "flu-shots-2026-27-season");
  });
});

describe("npm run new", () => {
  const site = makeFixtureSite({});
  // 23:30 on the 26th in Chicago is already the 27th in UTC: the new file is dated the clinic's day.
  const run = (...args: string[]) =>
    spawnSync(`${PROJECT_ROOT}/node_modules/.bin/tsx`, [`${PROJECT_ROOT}/scripts/new.ts`, ...args], {
      cwd: site.dir,
      env: { ...process.env, CLINIC_NOW: "2026-11-27T05:30:00Z" },
      encoding: "utf8",
    });

  it("starts a post, an episode and a tip in the right folders, dated today at the clinic", () => {
    const post = run("post", "Café & Kids 🎒: back to school!");
    assert.equal(post.status, 0, post.stderr);
    assert.equal(post.stdout.trim(), "posts/cafe-and-kids-back-to-school.md");
    const text = site.read("posts/cafe-and-kids-back-to-school.md");
    assert.match(
      text,
      /^---\ntitle: "Café & Kids 🎒: back to school!"\ndate: 2026-11-26\nauthor: tom-becker\ndraft: true/,
    );
    assert.match(text, /^# description: /m, "optional fields are shown as comments");
    assert.match(text, /^# kind: news /m, "a post can be made a policy and news post");

    const episode = run("episode", "Sleep, in plain words", "--author", "ana-reyes");
    assert.equal(episode.status, 0, episode.stderr);
    assert.match(
      episode.stdout,
      /^posts\/sleep-in-plain-words\.md\nposts\/media\/podcast\/sleep-in-plain-words\.vtt\nAdd the audio as posts\/media\/podcast\/sleep-in-plain-words\.mp3/,
    );
    assert.match(
      site.read("posts/sleep-in-plain-words.md"),
      /author: ana-reyes[\s\S]*podcast:\n {2}guid: "[0-9a-f-]{36}"/,
    );

    const tip = run("tip", "Check your smoke alarms");
    assert.equal(tip.status, 0, tip.stderr);
    assert.equal(tip.stdout.trim(), "posts/tips/check-your-smoke-alarms.md");
    // No review date is claimed for a review nobody has done: a clinician adds it before publishing.
    assert.doesNotMatch(site.read("posts/tips/check-your-smoke-alarms.md"), /^reviewed:/m);
    // Tips and episodes are kinds of their own.
    assert.doesNotMatch(site.read("posts/tips/check-your-smoke-alarms.md"), /kind:/);
    assert.doesNotMatch(site.read("posts/sleep-in-plain-words.md"), /kind:/);
  });

  it("makes files the build and the content checker accept", () => {
    const build = site.build();
    assert.equal(build.status, 0, build.output);
    // The episode is a draft without its audio yet: a reminder, not an error.
    assert.match(
      build.output,
      /warning: posts\/sleep-in-plain-words\.md: "podcast\.audio" .* \(this is a draft: add it before publishing\)/,
    );
    const lint = spawnSync(`${PROJECT_ROOT}/node_modules/.bin/tsx`, [`${PROJECT_ROOT}/scripts/lint-content.ts`], {
      cwd: site.dir,
      encoding: "utf8",
    });
    assert.equal(lint.status, 0, lint.stdout);
    assert.match(lint.stdout, /0 errors, 0 warnings/);
  });

  it("never overwrites, and says so", () => {
    const again = run("post", "Café & Kids 🎒: back to school!");
    assert.equal(again.status, 1);
    assert.match(again.stderr, /posts\/cafe-and-kids-back-to-school\.md already exists: nothing was written/);
  });

  it("explains what it needs when the words are off", () => {
    assert.match(run("essay", "x").stderr, /Say what to start and its title/);
    assert.match(
      run("post", "x", "--author", "nobody").stderr,
      /--author is "nobody", who is not in the staff directory/,
    );
    assert.equal(existsSync(path.join(site.dir, "posts/x.md")), false);
  });

  it("names the setting, not --author, when the default author has left the staff directory", () => {
    const settings = JSON.parse(site.read("_data/settings.json"));
    site.write("_data/settings.json", JSON.stringify({ ...settings, defaultAuthor: "someone-who-left" }));
    const result = run("post", "Walking in winter");
    site.write("_data/settings.json", JSON.stringify(settings));
    assert.equal(result.status, 2);
    assert.match(
      result.stderr,
      /_data\/settings\.json: "defaultAuthor" is "someone-who-left", who is not in the staff directory \(_data\/authors\/\): set it to one of ana-reyes, .*, or pass --author <staff id>/,
    );
    assert.doesNotMatch(result.stderr, /--author is/);
    assert.equal(existsSync(path.join(site.dir, "posts/walking-in-winter.md")), false);
  });
});

describe("CONTRIBUTING.md", () => {
  it("shows front matter that the build accepts as it stands", async () => {
    const { readFileSync } = await import("node:fs");
    const guide = readFileSync(path.join(PROJECT_ROOT, "CONTRIBUTING.md"), "utf8");
    const yaml = /```yaml\n([\s\S]*?)```/.exec(guide)?.[1]?.replace(/^ {3}/gm, "");
    assert.ok(yaml?.startsWith("---\n"), "the guide has a front matter example");
    const fixture = makeFixtureSite({ "flu-shots-are-here.md": `${yaml}\nA first paragraph.\n` });
    const result = fixture.build();
    assert.equal(result.status, 0, result.output);
    assert.doesNotMatch(result.output, /warning/);
  });
});
