import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

describe("npm run plan", () => {
  const site = makeFixtureSite({
    "soon.md": post('title: "Winter walking safety"\ndate: 2026-12-02\nauthor: ana-reyes\ntags: [seasonal]'),
    "later.md": post('title: "Holiday meals, lighter"\ndate: 2026-12-16\nauthor: james-okafor\ntags: [nutrition]'),
    "draft.md": post('title: "A draft"\ndate: 2026-12-09\nauthor: tom-becker\ndraft: true'),
  });
  site.write(
    "_data/plan.json",
    JSON.stringify({
      themes: [
        { name: "Winter safety", goals: [], from: "2026-12-01", to: "2026-12-31", tags: ["seasonal"] },
        { name: "Heart health", goals: [], from: "2026-12-01", to: "2026-12-31", tags: ["heart-health"] },
      ],
      rhythm: {
        blogPerWeek: 1,
        tipsPerWeek: 0,
        podcastPerMonth: 0,
        socialTime: "10:00",
        socialDaysAfter: { facebook: [0, 2], x: [1] },
      },
    }),
  );
  const result = spawnSync(
    `${PROJECT_ROOT}/node_modules/.bin/tsx`,
    [`${PROJECT_ROOT}/scripts/plan.ts`, "--from", "2026-11-30", "--days", "21", "--out", "out"],
    {
      cwd: site.dir,
      env: { ...process.env, CLINIC_NOW: "2026-11-26T12:00:00-06:00" },
      encoding: "utf8",
    },
  );

  it("prints what goes out each week, what needs attention, themes covered and not, and authors' load", () => {
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stdout,
      /Week of Mon 30 Nov 2026\n {2}Wed 2 Dec 2026 {2}blog {4}Winter walking safety \(Ana Reyes, scheduled\)\n {2}social: 3 posts \(Facebook, X\)/,
    );
    assert.match(result.stdout, /covered {2}Winter safety \(Winter walking safety\)/);
    assert.match(result.stdout, /NOT COVERED {2}Heart health/);
    assert.match(result.stdout, /Authors: Ana Reyes 1, James Okafor 1/);
    // Only weeks with something in them are listed; the draft does not count, so its week needs attention.
    assert.doesNotMatch(result.stdout, /^Week of Mon 7 Dec 2026$/m);
    assert.match(
      result.stdout,
      /Needs attention:\n {2}Week of Mon 7 Dec 2026: nothing scheduled \(0 of 1 blog post\)\n/,
    );
    // One way of writing a day: no ISO dates or dates without a year.
    const body = result.stdout.split("\nWrote ")[0]!;
    assert.doesNotMatch(body, /\d{4}-\d{2}-\d{2}/);
    assert.doesNotMatch(body, /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}\b(?! \d{4})/);
  });

  it("writes a calendar that calendar apps read, with social posts at the clinic's 10:00", () => {
    const calendar = new ICAL.Component(ICAL.parse(site.read("out/plan.ics")));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    const publication = events.find((e) => e.summary === "Blog: Winter walking safety");
    assert.equal(publication?.startDate.toString(), "2026-12-02");
    assert.equal(publication?.startDate.isDate, true);
    const social = events.filter((e) => e.summary === "Facebook: Winter walking safety");
    // 10:00 in Chicago in December is 16:00 UTC.
    assert.deepEqual(
      social.map((e) => e.startDate.toJSDate().toISOString()),
      ["2026-12-02T16:00:00.000Z", "2026-12-04T16:00:00.000Z"],
    );
    assert.match(social[0]!.description, /utm_source=facebook/);
    assert.equal(new Set(events.map((e) => e.uid)).size, events.length, "every event has its own id");
  });

  it("writes a dated social schedule that parses back to the share texts", () => {
    const rows = parseCsv(site.read("out/social-schedule.csv"), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    assert.deepEqual(
      rows.map((r) => [r.date, r.time, r.channel, r.title]),
      [
        ["2026-12-02", "10:00", "Facebook", "Winter walking safety"],
        ["2026-12-03", "10:00", "X", "Winter walking safety"],
        ["2026-12-04", "10:00", "Facebook", "Winter walking safety"],
        ["2026-12-16", "10:00", "Facebook", "Holiday meals, lighter"],
        ["2026-12-17", "10:00", "X", "Holiday meals, lighter"],
        ["2026-12-18", "10:00", "Facebook", "Holiday meals, lighter"],
      ],
    );
    assert.match(rows[0]!.text!, /^Winter walking safety/);
    assert.ok(rows.every((r) => r.link?.startsWith("https://")));
  });
});

describe("npm run plan with policy and news posts", () => {
  const site = makeFixtureSite({
    "hours.md": post('title: "New Saturday hours"\ndate: 2026-12-09\nauthor: tom-becker\nkind: news'),
    "walking.md": post('title: "Winter walking safety"\ndate: 2026-12-02\nauthor: ana-reyes'),
  });
  site.write(
    "_data/plan.json",
    JSON.stringify({
      themes: [],
      rhythm: {
        blogPerWeek: 1,
        tipsPerWeek: 0,
        podcastPerMonth: 0,
        newsPerMonth: 2,
        socialTime: "10:00",
        socialDaysAfter: {},
      },
    }),
  );
  const result = spawnSync(
    `${PROJECT_ROOT}/node_modules/.bin/tsx`,
    [`${PROJECT_ROOT}/scripts/plan.ts`, "--from", "2026-11-30", "--days", "35", "--out", "out"],
    { cwd: site.dir, env: { ...process.env, CLINIC_NOW: "2026-11-26T12:00:00-06:00" }, encoding: "utf8" },
  );

  it("counts news as its own kind, and says when a month has fewer than newsPerMonth asks", () => {
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, / {2}Wed 9 Dec 2026 {2}news {4}New Saturday hours \(Tom Becker, scheduled\)/);
    // The news post is not the week's blog post.
    assert.match(result.stdout, / {2}Week of Mon 7 Dec 2026: 0 of 1 blog post\n/);
    assert.doesNotMatch(result.stdout, /Week of Mon 30 Nov 2026:/);
    assert.match(result.stdout, / {2}December 2026: 1 of 2 news posts\n/);
    const calendar = site.read("out/plan.ics");
    assert.match(calendar, /SUMMARY:News: New Saturday hours/);
  });
});
