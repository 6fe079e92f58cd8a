import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { describe, it } from "node:test";
import { loadContent } from "../../src/content/loadContent.ts";
import { CONTENT_STEPS } from "../../src/contentSteps.ts";
import { ContentCache } from "../../src/lib/cache.ts";
import { makeFixtureSite, post } from "../support/fixtureSite.ts";

// npm start keeps each post's checked result between rebuilds; these are the saves and changes around a
// post that must still reach it, although its own text did not change.
describe("npm start's next rebuild of an unchanged post", () => {
  const now = DateTime.fromISO("2026-11-26T12:00:00", { zone: "America/Chicago" });
  const site = makeFixtureSite({
    "walk.md": post(
      'title: "Walking in winter"\ndate: 2026-01-05\nauthor: ana-reyes\nimage: /posts/images/walk.svg\nimageAlt: "A path in snow"',
    ),
    "soon.md": post('title: "Flu shots are coming"\ndate: 2026-12-01\nauthor: ana-reyes'),
  });
  site.write("posts/images/walk.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // One cache for every load, as npm start keeps one between rebuilds.
  const cache = new ContentCache();
  const load = async (at: DateTime = now) => {
    const loaded = await loadContent(site.dir, { steps: CONTENT_STEPS, cache, now: at });
    cache.save();
    return { posts: loaded.content!.posts, problems: loaded.problems };
  };
  const walk = async (at: DateTime = now) => (await load(at)).posts.find((p) => p.slug === "walk");

  it("reports an image deleted since the post was last checked, and takes it back when the image returns", async () => {
    assert.deepEqual((await load()).problems, []);
    rmSync(path.join(site.dir, "posts/images/walk.svg"));
    assert.match(
      (await load()).problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join("\n"),
      /posts\/walk\.md image: .*no file posts\/images\/walk\.svg/,
    );
    site.write("posts/images/walk.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>');
    assert.deepEqual((await load()).problems, []);
  });

  it("publishes a scheduled post when its time comes", async () => {
    const soon = async (at: DateTime) => (await load(at)).posts.find((p) => p.slug === "soon")?.state;
    assert.equal(await soon(now), "scheduled");
    assert.equal(await soon(DateTime.fromISO("2026-12-02T09:00:00", { zone: "America/Chicago" })), "published");
  });

  it("shows an author's new name once the staff directory changes", async () => {
    assert.equal((await walk())?.author.name, "Ana Reyes");
    const file = "_data/authors/ana-reyes.json";
    site.write(file, site.read(file).replace("Ana Reyes", "Ana Reyes-Cruz"));
    assert.equal((await walk())?.author.name, "Ana Reyes-Cruz");
  });

  it("checks an edited post again", async () => {
    site.write("posts/walk.md", post("date: 2026-01-05\nauthor: ana-reyes"));
    assert.match(
      (await load()).problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join("\n"),
      /posts\/walk\.md title:/,
    );
  });
});
