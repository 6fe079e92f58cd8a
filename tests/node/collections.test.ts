import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { groupByAuthor, groupByTag, groupByYear } from "../../src/blog/collections.ts";
import { nameFromTag } from "../../src/blog/topics.ts";
import { neighbourIndex, newestFirst, type PostPage } from "../../src/content/publishedView.ts";
import { readingMinutes } from "../../src/content/readingTime.ts";
import type { Author } from "../../src/clinicData/schema.ts";

const CHICAGO = "America/Chicago";
const ana: Author = {
  id: "ana",
  name: "Ana",
  role: "Doctor",
  credentials: "MD",
  clinician: true,
  photo: "/a.svg",
  bio: "b",
  languages: {},
};
const tom: Author = {
  id: "tom",
  name: "Tom",
  role: "Editor",
  credentials: "",
  clinician: false,
  photo: "/t.svg",
  bio: "b",
  languages: {},
};

function page(slug: string, date: string, tags: string[] = [], author = ana): PostPage {
  return {
    file: `posts/${slug}.md`,
    slug,
    kind: "post",
    lang: "en",
    inputPath: `./posts/${slug}.md`,
    url: `/posts/${slug}/`,
    title: slug,
    tags,
    author,
    date: DateTime.fromISO(date, { zone: CHICAGO }),
    state: "published",
    readingMinutes: 1,
    sources: [],
    corrections: [],
  };
}

describe("blog lists", () => {
  const posts = [
    page("a", "2025-06-01", ["kids"]),
    page("c", "2026-02-01", ["Kids", "nutrition"], tom),
    page("b", "2026-01-01", ["nutrition"]),
  ];

  it("orders posts newest first, and same-day posts by file name", () => {
    assert.deepEqual(
      newestFirst(posts).map((p) => p.title),
      ["c", "b", "a"],
    );
    const sameDay = [page("y", "2026-01-01"), page("x", "2026-01-01")];
    assert.deepEqual(
      newestFirst(sameDay).map((p) => p.title),
      ["x", "y"],
    );
  });

  it("groups posts by tag, alphabetically, merging tags that only differ in case", () => {
    const groups = groupByTag(posts, nameFromTag);
    assert.deepEqual(
      groups.map((g) => [g.name, g.url, g.posts.map((p) => p.title)]),
      [
        ["Kids", "/tags/kids/", ["c", "a"]],
        ["Nutrition", "/tags/nutrition/", ["c", "b"]],
      ],
    );
  });

  it("groups posts by the year at the clinic, newest year first", () => {
    // 23:30 on New Year's Eve in Chicago is already 2026 in UTC; the archive must still say 2025.
    const late = page("eve", "2025-12-31T23:30");
    const years = groupByYear([...posts, late], CHICAGO);
    assert.deepEqual(
      years.map((y) => [y.year, y.posts.map((p) => p.title)]),
      [
        [2026, ["c", "b"]],
        [2025, ["eve", "a"]],
      ],
    );
  });

  it("lists every author with their own posts and tips, and what they reviewed, including authors with none yet", () => {
    const quiet: Author = { ...tom, id: "zoe", name: "Zoe" };
    const tip: PostPage = { ...page("t", "2026-02-01", [], tom), kind: "tip" };
    const reviewed: PostPage = { ...page("r", "2026-03-01", [], tom), review: { reviewer: ana, date: tip.date } };
    const groups = groupByAuthor([...posts, tip, reviewed], [tom, ana, quiet]);
    assert.deepEqual(
      groups.map((g) => [
        g.author.name,
        g.posts.map((p) => p.title),
        g.tips.map((p) => p.title),
        g.reviewed.map((p) => p.title),
      ]),
      [
        ["Ana", ["b", "a"], [], ["r"]],
        ["Tom", ["r", "c"], ["t"], []],
        ["Zoe", [], [], []],
      ],
    );
  });

  it("links each post to the next newer and next older one", () => {
    const index = neighbourIndex(posts);
    assert.equal(index.get("/posts/b/")?.newer?.title, "c");
    assert.equal(index.get("/posts/b/")?.older?.title, "a");
    assert.equal(index.get("/posts/c/")?.newer, undefined);
    assert.equal(index.get("/posts/a/")?.older, undefined);
  });
});

describe("reading time", () => {
  it("counts words at the clinic's pace and rounds up", () => {
    assert.equal(readingMinutes("word ".repeat(220), 220), 1);
    assert.equal(readingMinutes("word ".repeat(221), 220), 2);
  });

  it("never says zero minutes, and ignores URLs and code", () => {
    assert.equal(readingMinutes("", 220), 1);
    const withLink = "[the CDC](https://www.cdc.gov/flu/prevention/index.html) " + "word ".repeat(218);
    assert.equal(readingMinutes(withLink, 220), 1);
    assert.equal(readingMinutes("```\n" + "code ".repeat(1000) + "\n```\nhello", 220), 1);
  });
});
