import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { cachePart, ContentCache, memo } from "../../src/lib/cache.ts";

const saved = (site: string) =>
  JSON.parse(readFileSync(path.join(site, ".cache/content.json"), "utf8")) as {
    records: Record<string, { digest: string; parts: Record<string, { value: unknown }> }>;
  };

describe("memo", () => {
  it("works a value out once for each set of arguments", () => {
    let calls = 0;
    const add = memo((a: number, b: string) => `${a}${b}${++calls}`);
    assert.equal(add(1, "x"), "1x1");
    assert.equal(add(1, "x"), "1x1");
    assert.equal(add(1, "y"), "1y2");
    assert.equal(calls, 2);
  });
});

describe("the content cache", () => {
  const SHOUTED = cachePart<string>("shouted", { code: [] });
  const SEEN = cachePart<number>("seen", { code: [], disk: false });
  const site = () => mkdtempSync(path.join(tmpdir(), "clinic-cache-"));
  const shout = (cache: ContentCache, file: string, text: string, context = "") => {
    let made = false;
    const value = cache.record(file, text).keep(SHOUTED, { context, make: () => ((made = true), text.toUpperCase()) });
    return { value, made };
  };

  it("keeps a file's results for the next build while its text and the context are the same", () => {
    const dir = site();
    const first = ContentCache.forSite(dir);
    assert.deepEqual(shout(first, "posts/a.md", "hello"), { value: "HELLO", made: true });
    first.save();
    const next = ContentCache.forSite(dir);
    assert.deepEqual(shout(next, "posts/a.md", "hello"), { value: "HELLO", made: false });
    assert.deepEqual(shout(next, "posts/a.md", "hello", "other clinic"), { value: "HELLO", made: true });
    assert.deepEqual(shout(next, "posts/a.md", "hello again"), { value: "HELLO AGAIN", made: true });
  });

  it("forgets the files a build did not read (deleted or renamed) when it saves", () => {
    const dir = site();
    const first = ContentCache.forSite(dir);
    shout(first, "posts/old-name.md", "a");
    shout(first, "posts/kept.md", "b");
    first.save();
    assert.deepEqual(Object.keys(saved(dir).records).sort(), ["posts/kept.md", "posts/old-name.md"]);
    // npm start keeps the same object between rebuilds: the rename is noticed there too.
    shout(first, "posts/new-name.md", "a");
    shout(first, "posts/kept.md", "b");
    first.save();
    assert.deepEqual(Object.keys(saved(dir).records).sort(), ["posts/kept.md", "posts/new-name.md"]);
    assert.equal(shout(first, "posts/kept.md", "b").made, false);
  });

  it("saves only the parts meant for the disk", () => {
    const dir = site();
    const cache = ContentCache.forSite(dir);
    const record = cache.record("posts/a.md", "text");
    record.keep(SHOUTED, { make: () => "TEXT" });
    record.keep(SEEN, { make: () => 1 });
    cache.save();
    assert.deepEqual(Object.keys(saved(dir).records["posts/a.md"]!.parts), ["shouted"]);
    assert.equal(record.keep(SEEN, { make: () => 2 }), 1, "kept in memory");
  });

  it("does not use, and says so, a file changed since a build saved it", (t) => {
    const dir = site();
    const first = ContentCache.forSite(dir);
    shout(first, "posts/a.md", "hello");
    first.save();
    const file = path.join(dir, ".cache/content.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("HELLO", "PLANTED"));
    const warnings: string[] = [];
    t.mock.method(console, "warn", (message: string) => warnings.push(message));
    assert.deepEqual(shout(ContentCache.forSite(dir), "posts/a.md", "hello"), { value: "HELLO", made: true });
    assert.match(warnings.join("\n"), /content\.json was changed since a build saved it, so it is not used/);
  });
});
