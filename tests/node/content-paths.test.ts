/**
 * Content is data: a post's front matter, file name and the paths it names cannot move a page, replace a
 * site file, reach outside the repository or make Eleventy run a template (issue 15).
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { makeFixtureSite, post } from "../support/fixtureSite.ts";

const fine = 'title: "A post"\ndate: 2026-01-01\nauthor: ana-reyes';

describe("front matter keys Eleventy would act on", () => {
  const site = makeFixtureSite({
    "engine.md": post(`${fine}\ntemplateEngineOverride: njk,md`, 'Version: {{ range.constructor("return process.version")() }}'),
    "computed.md": post(`${fine}\neleventyComputed:\n  description: "{{ range.constructor('return process.version')() }}"`),
    "outside.md": post(`${fine}\npermalink: ../../evil.html`),
    "nowhere.md": post(`${fine}\npermalink: false`),
    "logo.md": post(`${fine}\npermalink: /assets/logo.svg`),
    "designed.md": post(`${fine}\nlayout: layouts/base.njk`),
    "hidden.md": post(`${fine}\neleventyExcludeFromCollections: true`),
    "paged.md": post(`${fine}\npagination: { data: collections.all, size: 1 }`),
    "bypass.md": post(`${fine}\npermalinkBypassOutputDir: true`),
    "good.md": post(fine),
  });
  const result = site.build();

  it("fails, naming each file, line and key with what to do instead", () => {
    assert.equal(result.status, 1, result.output);
    const lines = [
      'posts/engine.md:5: "templateEngineOverride" is a setting of Eleventy',
      'posts/computed.md:5: "eleventyComputed" is a setting of Eleventy',
      'posts/outside.md:5: "permalink" cannot be set in a post: its address comes from its file name',
      'posts/nowhere.md:5: "permalink" cannot be set in a post',
      'posts/logo.md:5: "permalink" cannot be set in a post',
      'posts/designed.md:5: "layout" cannot be set in a post',
      'posts/hidden.md:5: "eleventyExcludeFromCollections" cannot be set in a post: to keep a post off the site, add draft: true',
      'posts/paged.md:5: "pagination" is a setting of Eleventy',
      'posts/bypass.md:5: "permalinkBypassOutputDir" is a setting of Eleventy',
    ];
    for (const line of lines) assert.ok(result.output.includes(line), `missing: ${line}\n--- output ---\n${result.output}`);
    assert.match(result.output, /The site was not built: 9 problems in the content/);
  });

  it("runs nothing and writes nothing, inside the site or beside it", () => {
    assert.ok(!result.output.includes(process.version), "a template in the post ran");
    assert.doesNotMatch(result.output, /toMillis|TypeError/);
    assert.equal(existsSync(path.join(site.dir, "_site")), false);
    assert.equal(existsSync(path.join(site.dir, "evil.html")), false);
    assert.equal(existsSync(path.join(path.dirname(site.dir), "evil.html")), false);
  });
});
