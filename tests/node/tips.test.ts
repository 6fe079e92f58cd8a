import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import type { PostPage } from "../../src/content/publishedView.ts";
import { tipSchema } from "../../src/tips/schema.ts";
import { shelves, tipOfTheWeek } from "../../src/tips/library.ts";
import { makeFixtureSite, post } from "../support/fixtureSite.ts";

const schema = tipSchema({
  timeZone: "America/Chicago",
  now: DateTime.fromISO("2026-11-26T12:00:00-06:00"),
  authorIds: new Set(["ana-reyes", "tom-becker"]),
  clinicianIds: new Set(["ana-reyes"]),
  checkFile: () => undefined,
  categoryIds: ["safety", "nutrition"],
});
const good = {
  title: "Check your smoke alarms",
  date: "2026-01-12",
  author: "ana-reyes",
  category: "safety",
  audience: "Everyone at home",
  summary: "Test them monthly.",
  sources: [{ title: "Smoke alarms", url: "https://www.usfa.fema.gov/" }],
  reviewed: "2026-01-10",
  reviewer: "ana-reyes",
};
const messages = (data: Record<string, unknown>) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("tip front matter", () => {
  it("accepts a complete tip", () => {
    const result = schema.safeParse({ ...good, related: ["preventing-falls-at-home"] });
    assert.ok(result.success);
    assert.equal(result.data.reviewed?.toISODate(), "2026-01-10");
  });

  it("wants a category from the clinic's list", () => {
    assert.deepEqual(messages({ ...good, category: "fire" }), [
      "category: must be one of the tip categories in _data/tipCategories.json: safety, nutrition",
    ]);
  });

  it("keeps the summary to one line of 200 characters", () => {
    assert.deepEqual(messages({ ...good, summary: "x".repeat(201) }), [
      "summary: is 201 characters: keep it to one line of at most 200",
    ]);
    assert.deepEqual(messages({ ...good, summary: "x".repeat(200) }), []);
  });

  it("needs at least one source, each a full web address", () => {
    assert.deepEqual(messages({ ...good, sources: [] }), [
      "sources: needs at least one trusted source (CDC, NIH, WHO and the like), with title: and url:",
    ]);
    assert.deepEqual(messages({ ...good, sources: [{ title: "CDC", url: "cdc.gov" }] }), [
      "sources.0.url: must be the full web address of the source, starting with https://",
    ]);
    assert.match(messages({ ...good, sources: undefined })[0] ?? "", /^sources: must be a list of sources/);
  });

  it("needs the audience, and which clinician reviewed it and when", () => {
    const { audience, reviewed, reviewer, ...rest } = good;
    assert.deepEqual(messages(rest), [
      'audience: is missing: who the tip is for, e.g. audience: "Parents of young children"',
      "reviewer: is missing: add reviewer: the staff id of the clinician who checked this tip (one of: ana-reyes)",
      "reviewed: is missing: add the date a clinician last checked this tip, as reviewed: YYYY-MM-DD (a draft may leave it out until then)",
    ]);
    void [audience, reviewed, reviewer];
  });

  it("says how to add a clinician when the staff directory has none (after the samples are removed)", () => {
    const none = tipSchema({
      timeZone: "America/Chicago",
      now: DateTime.fromISO("2026-11-26T12:00:00-06:00"),
      authorIds: new Set(["pat-lee"]),
      clinicianIds: new Set(),
      checkFile: () => undefined,
      categoryIds: ["safety"],
    });
    const result = none.safeParse({ ...good, author: "pat-lee", reviewer: "pat-lee" });
    assert.deepEqual(
      result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
      [
        'reviewer: is "pat-lee", who is not a clinician in the staff directory: there is no clinician in the staff directory yet: add the file of the one who checks it to _data/authors/ with "clinician": true',
      ],
    );
  });

  it("takes a reviewer only from the clinicians in the staff directory", () => {
    assert.deepEqual(messages({ ...good, reviewer: "tom-becker" }), [
      'reviewer: is "tom-becker", who is not a clinician in the staff directory: use one of ana-reyes',
    ]);
  });
});

function tip(slug: string, category = "safety"): PostPage {
  return {
    file: `posts/tips/${slug}.md`,
    slug,
    kind: "tip",
    lang: "en",
    inputPath: `./posts/tips/${slug}.md`,
    url: `/tips/${slug}/`,
    title: slug.replace(/-/g, " "),
    tags: [],
    author: {
      id: "a",
      name: "A",
      role: "r",
      credentials: "",
      clinician: true,
      photo: "/p.svg",
      bio: "b",
      languages: {},
    },
    date: DateTime.fromISO("2026-01-01"),
    state: "published",
    readingMinutes: 1,
    sources: [],
    corrections: [],
    tip: {
      category: { id: category, name: category, description: "" },
      audience: "all",
      summary: "s",
      related: [],
    },
  };
}

describe("the tips library", () => {
  const tips = [tip("b-tip"), tip("a-tip"), tip("eat-well", "nutrition")];

  it("shelves tips by category in the clinic's order, alphabetically, leaving out empty shelves", () => {
    const result = shelves(tips, [
      { id: "nutrition", name: "Nutrition", description: "" },
      { id: "kids", name: "Kids", description: "" },
      { id: "safety", name: "Safety", description: "" },
    ]);
    assert.deepEqual(
      result.map((s) => [s.url, s.tips.map((t) => t.slug)]),
      [
        ["/tips/nutrition/", ["eat-well"]],
        ["/tips/safety/", ["a-tip", "b-tip"]],
      ],
    );
  });

  it("keeps the same tip of the week from Monday to Sunday at the clinic, and moves on the next Monday", () => {
    const at = (iso: string) =>
      tipOfTheWeek(tips, DateTime.fromISO(iso, { zone: "America/Chicago" }), "America/Chicago")?.slug;
    const monday = at("2026-11-23T00:05");
    assert.equal(at("2026-11-29T23:55"), monday);
    assert.notEqual(at("2026-11-30T00:05"), monday);
    // 03:00 UTC on Monday is still Sunday evening in Chicago: still last week's tip.
    assert.equal(tipOfTheWeek(tips, DateTime.fromISO("2026-11-30T03:00:00Z"), "America/Chicago")?.slug, monday);
  });

  it("shows every tip in turn, across the turn of a year", () => {
    const seen = new Set<string | undefined>();
    for (let week = 0; week < 3; week++) {
      seen.add(
        tipOfTheWeek(
          tips,
          DateTime.fromISO("2026-12-21", { zone: "America/Chicago" }).plus({ weeks: week }),
          "America/Chicago",
        )?.slug,
      );
    }
    assert.equal(seen.size, 3);
    assert.equal(tipOfTheWeek([], DateTime.now(), "America/Chicago"), undefined);
  });
});

const tipFile = (front: string) =>
  post(
    `date: 2026-01-12\nauthor: ana-reyes\naudience: "Everyone"\nsummary: "A summary."\nsources:\n  - title: "CDC"\n    url: "https://www.cdc.gov/"\nreviewed: 2026-01-10\nreviewer: ana-reyes\n${front}`,
    "- [ ] Do the thing",
  );

describe("tips in a build", () => {
  it("refuses related posts that do not exist, and a tip named like a category", () => {
    const site = makeFixtureSite({
      "tips/one.md": tipFile('title: "One"\ncategory: safety\nrelated: [no-such-post]'),
      "tips/safety.md": tipFile('title: "Safety"\ncategory: safety'),
    });
    const result = site.build();
    assert.equal(result.status, 1);
    assert.match(
      result.output,
      /posts\/tips\/one\.md: "related" names "no-such-post", but no post or tip has that file name/,
    );
    assert.match(
      result.output,
      /posts\/tips\/safety\.md: would be published at \/tips\/safety\/, which is the page of the tip category "safety": rename the file/,
    );
  });

  it("keeps draft and future tips out of the library, its feed, the sitemap and the tip of the week", () => {
    const site = makeFixtureSite({
      "tips/live-tip.md": tipFile('title: "Live tip"\ncategory: safety'),
      "tips/draft-tip.md": tipFile('title: "Draft tip"\ncategory: safety\ndraft: true'),
      "tips/future-tip.md": tipFile('title: "Future tip"\ncategory: nutrition').replace(
        "date: 2026-01-12",
        "date: 2027-01-12",
      ),
    });
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    for (const file of ["tips/index.html", "tips/feed.xml", "sitemap.xml", "index.html", "search/index.html"]) {
      const text = site.read(`_site/${file}`);
      assert.equal(text.includes("Draft tip") || text.includes("draft-tip"), false, `${file} shows the draft`);
      assert.equal(text.includes("Future tip") || text.includes("future-tip"), false, `${file} shows the future tip`);
    }
    assert.ok(site.read("_site/tips/index.html").includes("Live tip"));
    assert.ok(site.read("_site/index.html").includes("Live tip"), "the only tip is the tip of the week");
    assert.throws(() => site.read("_site/tips/nutrition/index.html"), "an empty category has no page");
  });
});

describe("a tip no clinician has reviewed yet", () => {
  const unreviewed = (front: string) =>
    post(
      `title: "Unchecked"\ndate: 2026-01-12\nauthor: ana-reyes\ncategory: safety\naudience: "Everyone"\nsummary: "A summary."\nsources:\n  - title: "CDC"\n    url: "https://www.cdc.gov/"\n${front}`,
      "- [ ] Do the thing",
    );

  it("shows as not yet reviewed in the preview while it is a draft, and is left out of production", () => {
    const site = makeFixtureSite({ "tips/unchecked.md": unreviewed("draft: true") });
    const preview = site.build({ CLINIC_PREVIEW: "true" });
    assert.equal(preview.status, 0, preview.output);
    assert.match(
      site.read("_site/tips/unchecked/index.html"),
      /<strong class="state-label">Not yet reviewed<\/strong> by a clinician/,
    );
    const production = site.build();
    assert.equal(production.status, 0, production.output);
    assert.equal(existsSync(path.join(site.dir, "_site/tips/unchecked/index.html")), false);
  });

  it("cannot be published: the build names the file and asks for the reviewer and the review date", () => {
    const site = makeFixtureSite({ "tips/unchecked.md": unreviewed("") });
    const result = site.build();
    assert.equal(result.status, 1);
    assert.match(
      result.output,
      /posts\/tips\/unchecked\.md: "reviewed" is missing: add the date a clinician last checked this tip/,
    );
    assert.match(
      result.output,
      /posts\/tips\/unchecked\.md: "reviewer" is missing: add reviewer: the staff id of the clinician who checked this tip \(one of: ana-reyes, james-okafor\)/,
    );
  });
});
