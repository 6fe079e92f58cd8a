/**
 * Issue 15: content is data, never code. Only Markdown under posts/ is content; raw HTML in it passes an
 * allow-list; files published from posts/media/ and posts/images/ cannot run script when opened.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

const ok = post('title: "Fine"\ndate: 2026-01-01\nauthor: ana-reyes');

describe("a template or script under posts/", () => {
  // Each writes a file when Eleventy runs it, so the test sees whether it ran.
  const ran = (name: string) => `require("node:fs").writeFileSync(${JSON.stringify(name)}, "ran")`;
  const site = makeFixtureSite({
    "ok.md": ok,
    "page.njk": "{{ 7 * 7 }}",
    "page.liquid": "{{ 7 | times: 7 }}",
    "page.html": "<p>Hello</p>",
    "run.11ty.js": `import { writeFileSync } from "node:fs"; writeFileSync("ran-template", "ran"); export default () => "x";`,
    "run.11ty.cjs": `${ran("ran-cjs")}; module.exports = () => "x";`,
    "ok.11tydata.js": `import { writeFileSync } from "node:fs"; writeFileSync("ran-data", "ran"); export default {};`,
    "tips/more.11tydata.mjs": `import { writeFileSync } from "node:fs"; writeFileSync("ran-tips-data", "ran"); export default {};`,
    "ok.11tydata.json": '{ "tags": [] }',
  });
  const result = site.build();

  it("stops the build, naming each file and saying to write Markdown", () => {
    assert.equal(result.status, 1, result.output);
    for (const file of ["page.njk", "page.liquid", "page.html", "run.11ty.js", "run.11ty.cjs", "ok.11tydata.js", "tips/more.11tydata.mjs"]) {
      assert.match(result.output, new RegExp(`posts/${file.replaceAll(".", "\\.")}: .*write posts in Markdown`), `${file}\n${result.output}`);
    }
    assert.doesNotMatch(result.output, /ok\.11tydata\.json:/);
    assert.doesNotMatch(result.output, /ok\.md:/);
  });

  it("never runs the code", () => {
    for (const marker of ["ran-template", "ran-cjs", "ran-data", "ran-tips-data"]) assert.equal(existsSync(path.join(site.dir, marker)), false, marker);
  });
});

describe("the sample tips' layout and address", () => {
  it("come from the kit's configuration, so a site needs no JavaScript under posts/", () => {
    const tip = readFileSync(path.join(PROJECT_ROOT, "posts/tips/car-seat-check.md"), "utf8").replace(/^related:.*\n/m, "");
    const site = makeFixtureSite({ "tips/car-seat-check.md": tip });
    assert.equal(existsSync(path.join(site.dir, "posts/tips/tips.11tydata.js")), false);
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.match(site.read("_site/tips/car-seat-check/index.html"), /Do a quick car seat check/);
  });
});
