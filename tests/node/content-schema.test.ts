import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { crossFieldProblems, postSchema, unknownKeys } from "../../src/content/postSchema.ts";
import { clinicSchema } from "../../src/clinicData/schema.ts";
import { readFileSync } from "node:fs";

const schema = postSchema({
  timeZone: "America/Chicago",
  now: DateTime.fromISO("2026-11-26T12:00:00-06:00"),
  authorIds: new Set(["ana-reyes", "tom-becker"]),
  clinicianIds: new Set(["ana-reyes"]),
  checkFile: (p) => (p === "/posts/images/real.svg" ? undefined : `is "${p}", but there is no such file`),
});

const good = { title: "Flu shots are here", date: "2026-10-05", author: "ana-reyes", tags: ["seasonal"] };

function messages(data: Record<string, unknown>): string[] {
  const result = schema.safeParse(data);
  const zodMessages = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  return [...zodMessages, ...crossFieldProblems(data).map((p) => `${p.field}: ${p.message}`)];
}

describe("post front matter", () => {
  it("accepts a complete, ordinary post", () => {
    const result = schema.safeParse({
      ...good,
      description: "Walk in.",
      updated: "2026-10-07",
      draft: false,
      image: "/posts/images/real.svg",
      imageAlt: "A calendar",
    });
    assert.ok(result.success);
    assert.equal(result.data.title, "Flu shots are here");
    assert.equal(result.data.date.toISO(), "2026-10-05T00:00:00.000-05:00");
    assert.deepEqual(result.data.tags, ["seasonal"]);
  });

  it("accepts a post with only the required fields, and defaults tags and draft", () => {
    const result = schema.safeParse({ title: "Hi", date: "2026-01-02", author: "tom-becker" });
    assert.ok(result.success);
    assert.deepEqual(result.data.tags, []);
    assert.equal(result.data.draft, false);
  });

  it("accepts a date with a local time for a post that goes live at a set hour", () => {
    const result = schema.safeParse({ ...good, date: "2026-10-05 09:30" });
    assert.ok(result.success);
    assert.equal(result.data.date.toISO(), "2026-10-05T09:30:00.000-05:00");
  });

  it("takes sources and dated corrections, each checked, and none by default", () => {
    const result = schema.safeParse({
      ...good,
      sources: [{ title: "CDC", url: "https://www.cdc.gov/flu/" }],
      corrections: [{ date: "2026-10-07", note: "We first gave the wrong hours." }],
    });
    assert.ok(result.success);
    assert.equal(result.data.corrections[0]!.date.toISODate(), "2026-10-07");
    assert.deepEqual(schema.parse(good).sources, []);
    assert.deepEqual(
      messages({ ...good, sources: [{ title: "CDC", url: "cdc.gov" }], corrections: [{ note: "Fixed." }, "oops"] }),
      [
        "sources.0.url: must be the full web address of the source, starting with https://",
        "corrections.0.date: is missing: add the day of the correction as date: YYYY-MM-DD",
        'corrections.1: must be a date: and a note:, like { date: 2026-10-07, note: "We first gave the wrong hours." }',
      ],
    );
  });

  it("takes an event's start and end, in the clinic's time zone, the end after the start", () => {
    const event = { start: "2026-10-10 09:00", end: "2026-10-10 13:00" };
    const result = schema.safeParse({ ...good, event });
    assert.ok(result.success);
    assert.equal(result.data.event?.start.toISO(), "2026-10-10T09:00:00.000-05:00");
    assert.deepEqual(messages({ ...good, event: { ...event, end: "2026-10-10 08:00" } }), [
      'event.end: is not after the start: give the day and time the event ends, e.g. end: "2026-10-10 13:00"',
    ]);
    assert.deepEqual(messages({ ...good, event: { start: "2026-10-10 09:00" } }), [
      'event.end: is missing: add when the event ends, e.g. "2026-10-10 13:00"',
    ]);
    assert.match(messages({ ...good, event: "Saturday" })[0]!, /^event: must say when the event starts and ends/);
  });

  it("dates a correction between the post's date and today", () => {
    assert.deepEqual(
      messages({
        ...good,
        corrections: [
          { date: "2026-10-01", note: "Before the post." },
          { date: "2026-11-27", note: "Tomorrow." },
        ],
      }),
      [
        "corrections.1.date: is after today: date a correction the day you made it",
        "corrections.0.date: is before the post's date: a correction comes after the post was published",
      ],
    );
  });

  it("says a missing title is missing, and how to add one", () => {
    assert.deepEqual(messages({ date: "2026-01-01", author: "ana-reyes" }), [
      'title: is missing: a title in quotes, e.g. title: "Flu shots are here"',
    ]);
  });

  it("says an impossible date is not a real date", () => {
    assert.deepEqual(messages({ ...good, date: "2026-13-45" }), [
      'date: is "2026-13-45", which is not a real date (use YYYY-MM-DD)',
    ]);
    assert.deepEqual(messages({ ...good, date: "2026-02-29" }), [
      'date: is "2026-02-29", which is not a real date (use YYYY-MM-DD)',
    ]);
  });

  it("says a date in another format is not in the form YYYY-MM-DD", () => {
    assert.match(
      messages({ ...good, date: "March 3, 2026" })[0] ?? "",
      /^date: is "March 3, 2026", which is not in the form YYYY-MM-DD/,
    );
    assert.match(messages({ ...good, date: 20260303 })[0] ?? "", /^date: is the number 20260303, which is not a date/);
  });

  it("says a missing date is missing", () => {
    assert.deepEqual(messages({ title: "x", author: "ana-reyes" }), [
      "date: is missing: add the publication date as date: YYYY-MM-DD",
    ]);
  });

  it("names the staff who may write when the author is not in the directory", () => {
    assert.deepEqual(messages({ ...good, author: "dr-who" }), [
      'author: is "dr-who", who is not in the staff directory: use one of ana-reyes, tom-becker, or add _data/authors/dr-who.json',
    ]);
  });

  it("requires alt text when a post has an image", () => {
    assert.match(
      messages({ ...good, image: "/posts/images/real.svg" }).join("\n"),
      /^imageAlt: is missing: a post with an image needs imageAlt/,
    );
    assert.match(
      messages({ ...good, image: "/posts/images/real.svg", imageAlt: "  " }).join("\n"),
      /^imageAlt: is missing/,
    );
  });

  it("says when the image file does not exist", () => {
    assert.deepEqual(messages({ ...good, image: "/posts/images/gone.jpg", imageAlt: "x" }), [
      'image: is "/posts/images/gone.jpg", but there is no such file',
    ]);
  });

  it("wants tags as a list of words", () => {
    assert.deepEqual(messages({ ...good, tags: "nutrition" }), ["tags: must be a list, e.g. tags: [nutrition, kids]"]);
    assert.deepEqual(messages({ ...good, tags: ["kids", ""] }), ["tags.1: is an empty tag: remove it"]);
    assert.deepEqual(messages({ ...good, tags: ["!!!"] }), [
      "tags.0: has no letters or numbers, so it cannot have a topic page: use a word",
    ]);
  });

  it("refuses an updated date before the post's date", () => {
    assert.deepEqual(messages({ ...good, updated: "2026-10-01" }), [
      "updated: is before the post's date: it should be the day the post was last changed",
    ]);
  });

  it("reports every problem of a post at once", () => {
    assert.equal(messages({ date: "2026-13-45", author: "nobody", image: "/posts/images/gone.jpg" }).length, 5);
  });

  it("takes a YouTube video by its id, with a title for screen readers", () => {
    assert.deepEqual(messages({ ...good, video: { youtube: "M7lc1UVf-VE", title: "Inhaler" } }), []);
    assert.deepEqual(messages({ ...good, video: { youtube: "https://youtu.be/M7lc1UVf-VE", title: "Inhaler" } }), [
      "video.youtube: must be the 11-character id from the video's address (youtube.com/watch?v=THIS_PART)",
    ]);
    assert.deepEqual(messages({ ...good, video: { youtube: "M7lc1UVf-VE" } }), [
      "video.title: is missing: what the video is about, for people using screen readers",
    ]);
  });

  it("lists keys it does not know, so typos are caught, but not Eleventy's own", () => {
    assert.deepEqual(unknownKeys(schema, { ...good, titel: "x", tag: ["y"], permalink: "/x/" }), ["titel", "tag"]);
    assert.deepEqual(unknownKeys(schema, good), []);
  });
});

describe("reading front matter", () => {
  it("keeps dates as written, so the schema can judge them", () => {
    const result = readFrontMatter("---\ntitle: x\ndate: 2026-13-45\n---\nBody\n");
    assert.ok(result.ok);
    assert.equal(result.data.date, "2026-13-45");
    assert.equal(result.body, "Body\n");
  });

  it("names the file line of broken YAML", () => {
    const result = readFrontMatter('---\ntitle: "ok"\ntags: [a, b\nauthor: x\n---\nBody\n');
    assert.equal(result.ok, false);
    assert.ok(
      !result.ok && result.line !== undefined && result.line >= 3 && result.line <= 4,
      `line ${!result.ok && result.line}`,
    );
    assert.match(!result.ok ? result.message : "", /front matter is not valid YAML/);
  });

  it("takes a field the web editor left empty as a field left out, and still asks for a required one", () => {
    // What Decap CMS saves when someone clears optional fields of a post that had them.
    const text = [
      "---",
      'title: ""',
      "date: 2026-10-05",
      "author: ana-reyes",
      'updated: ""',
      'image: ""',
      "imageAlt:",
      'question: ""',
      "video:",
      '  youtube: ""',
      '  title: ""',
      "medicalReview:",
      "  reviewer: ana-reyes",
      '  reviewed: ""',
      "---",
      "Body",
    ].join("\n");
    const result = readFrontMatter(text);
    assert.ok(result.ok);
    assert.deepEqual(result.data, {
      date: "2026-10-05",
      author: "ana-reyes",
      medicalReview: { reviewer: "ana-reyes" },
    });
    assert.deepEqual(
      messages({ ...result.data, medicalReview: undefined }).map((m) => m.split(":")[0]),
      ["title"],
    );
  });

  it("explains a file without front matter", () => {
    const result = readFrontMatter("# Just a heading\n");
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.message : "", /has no front matter/);
  });
});

describe("clinic data", () => {
  const clinic = JSON.parse(readFileSync(new URL("../../_data/clinic.json", import.meta.url), "utf8"));

  it("accepts the sample clinic", () => {
    assert.ok(clinicSchema.safeParse(clinic).success);
  });

  it("refuses a time zone that does not exist and a colour that is not hex", () => {
    const result = clinicSchema.safeParse({
      ...clinic,
      timeZone: "Central",
      colors: { ...clinic.colors, brand: "green" },
    });
    assert.ok(!result.success);
    const fields = result.error.issues.map((i) => i.path.join("."));
    assert.deepEqual(fields.sort(), ["colors.brand", "timeZone"]);
  });
});
