/**
 * Content that used to build into silently wrong pages: impossible dates, review and consent records that
 * switched the guardrails off, a cut-short MP3 listed at full length, titles escaped twice, and front
 * matter fences the build misread.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parseRssFeed } from "feedsmith";
import { mpegAudioSeconds } from "../../src/podcast/mpegFrames.ts";
import { makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

const NOW = "2026-11-26T12:00:00-06:00";
const tip = (frontMatter: string) =>
  post(
    `${frontMatter}\naudience: "Everyone"\nsummary: "A short tip."\nauthor: ana-reyes\nsources:\n  - title: "CDC"\n    url: "https://www.cdc.gov/"`,
    "A practical tip.",
  );
const DOSING = "Take 500 mg every 6 hours until the fever is gone.";
const STORY = "One of our patients came in last week with a bad cough.";

/** Runs `npm run lint:content` in a fixture, on the pinned day. */
function lintContent(dir: string): { status: number | null; output: string } {
  const result = spawnSync(
    path.join(PROJECT_ROOT, "node_modules/.bin/tsx"),
    [path.join(PROJECT_ROOT, "scripts/lint-content.ts")],
    {
      cwd: dir,
      env: { ...process.env, CLINIC_NOW: NOW },
      encoding: "utf8",
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const expectLines = (output: string, lines: string[]) => {
  for (const line of lines) assert.ok(output.includes(line), `missing: ${line}\n--- output ---\n${output}`);
};

describe("dates, review and consent records, audio and fences the site would show wrongly", () => {
  const site = makeFixtureSite({
    "year-zero.md": post('title: "Year zero"\ndate: 0000-01-01\nauthor: ana-reyes'),
    "far-future.md": post('title: "Far future"\ndate: 2032-01-01\nauthor: ana-reyes'),
    "old-update.md": post('title: "Old update"\ndate: 2026-01-01\nupdated: 1989-12-31\nauthor: ana-reyes'),
    "tips/ancient-review.md": tip(
      'title: "Ancient review"\ndate: 2026-01-01\ncategory: safety\nreviewed: 0001-01-01\nreviewer: ana-reyes',
    ),
    "tips/future-review.md": tip(
      'title: "Future review"\ndate: 2026-01-01\ncategory: safety\nreviewed: 2026-12-24\nreviewer: ana-reyes',
    ),
    "review-tomorrow.md": post(
      'title: "Fever"\ndate: 2026-01-01\nauthor: ana-reyes\nmedicalReview: { reviewer: ana-reyes, date: 2026-11-27 }',
      DOSING,
    ),
    "consent-tomorrow.md": post(
      'title: "A story"\ndate: 2026-01-01\nauthor: ana-reyes\npatientConsent: { form: "HIPAA authorization 2026-014", date: 2026-11-27 }',
      STORY,
    ),
    "consent-na.md": post(
      'title: "Story two"\ndate: 2026-01-01\nauthor: ana-reyes\npatientConsent: { form: "n/a", date: 2026-11-01 }',
      STORY,
    ),
    "consent-dash.md": post(
      'title: "Story three"\ndate: 2026-01-01\nauthor: ana-reyes\npatientConsent: { form: "--", date: 2026-11-01 }',
      STORY,
    ),
    "no-closing-fence.md": '---\ntitle: "Open fence"\ndate: 2026-01-01\nauthor: ana-reyes\n\nThe body.\n',
    "short-episode.md": post(
      'title: "Short episode"\ndate: 2026-01-01\nauthor: tom-becker\npodcast:\n  guid: "short-episode-guid"\n  audio: /media/podcast/short.mp3\n  transcript: /media/podcast/episode-001.vtt',
      "Show notes.",
    ),
  });
  // An upload cut off part way: the file's header still says the full 75 seconds.
  site.write(
    "posts/media/podcast/short.mp3",
    readFileSync(path.join(PROJECT_ROOT, "posts/media/podcast/episode-001.mp3")).subarray(0, 20000),
  );
  const result = site.build();

  it("fails, and writes nothing", () => {
    assert.equal(result.status, 1, result.output);
  });

  it("refuses dates before 1990 or more than five years after the build's year, saying the range", () => {
    expectLines(result.output, [
      'posts/year-zero.md:3: "date" is 0000-01-01, which is outside the dates the site accepts: use a date between 1990-01-01 and 2031-12-31',
      'posts/far-future.md:3: "date" is 2032-01-01, which is outside the dates the site accepts: use a date between 1990-01-01 and 2031-12-31',
      'posts/old-update.md:4: "updated" is 1989-12-31, which is outside the dates the site accepts',
      'posts/tips/ancient-review.md:5: "reviewed" is 0001-01-01, which is outside the dates the site accepts',
    ]);
  });

  it("refuses review and consent dates after the build's day", () => {
    expectLines(result.output, [
      'posts/review-tomorrow.md:5:1: record/future-date: "medicalReview.date" is 2026-11-27, which is after today (2026-11-26) ("2026-11-27"): a review counts from the day it was done',
      'posts/consent-tomorrow.md:5:1: record/future-date: "patientConsent.date" is 2026-11-27, which is after today (2026-11-26) ("2026-11-27"): a consent counts from the day the form was signed',
      'posts/tips/future-review.md:5:1: record/future-date: "reviewed" is 2026-12-24, which is after today (2026-11-26)',
    ]);
  });

  it("refuses a consent form that names no form, and lets the case rules see the story", () => {
    expectLines(result.output, [
      'posts/consent-na.md:5:1: record/unnamed-form: "patientConsent.form" is "n/a", which names no form ("n/a"): name the signed form, e.g. form: "HIPAA authorization 2026-014"',
      'posts/consent-dash.md:5:1: record/unnamed-form: "patientConsent.form" is "--", which names no form',
      "posts/consent-na.md:8:1: case/patient-story: tells a specific patient's story",
    ]);
  });

  it("reads an empty front matter block as one whose fields are missing, not as no front matter", async () => {
    const { readFrontMatter } = await import("../../src/content/frontMatter.ts");
    const read = readFrontMatter("---\n---\n\nText.\n");
    assert.ok(read.ok, read.ok ? "" : read.message);
    assert.deepEqual(read.data, {});
    assert.equal(read.body, "\nText.\n");
  });

  it("says a front matter block has no closing --- line, and where it starts", () => {
    expectLines(result.output, [
      "posts/no-closing-fence.md:1: the front matter starting on line 1 has no closing --- line: add one after the last field",
    ]);
  });

  it("refuses an MP3 that is shorter than its header says, as cut short", () => {
    expectLines(result.output, [
      'posts/short-episode.md: "podcast.audio" is "/media/podcast/short.mp3", which looks cut short: its header says 75 s, but the file holds 5 s of audio. Export it again from your audio editor and replace the file',
    ]);
  });

  it("makes npm run lint:content fail on the same review and consent records", () => {
    const lint = lintContent(site.dir);
    assert.equal(lint.status, 1, lint.output);
    for (const file of ["review-tomorrow.md", "consent-tomorrow.md", "consent-na.md", "consent-dash.md"]) {
      assert.match(
        lint.output,
        new RegExp(`posts/${file.replace(".", "\\.")}:5:\\d+\\s+error`),
        `${file} not refused:\n${lint.output}`,
      );
    }
  });
});

/** Decodes the HTML entities a page or feed may use, once. */
const decodeOnce = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|apos|#39|#x27|#34);/g,
    (_, name: string) =>
      ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'", "#34": '"' })[name]!,
  );

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(html|xml|json|atom|txt|csv|ics|vtt)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("titles, tags and tip categories with & < \" '", () => {
  const title = `Fish & chips <b>"crispy"</b> 'twice'`;
  const tag = `Food & "Drink" <Fun> 'n'`;
  const category = `Home & "Safety" <Now> 'ok'`;
  const site = makeFixtureSite({
    "fish.md": post(
      `title: ${JSON.stringify(title)}\ndate: 2026-01-01\nauthor: ana-reyes\ntags: [${JSON.stringify(tag)}, "Food & Drink"]`,
    ),
    "tips/fish-tip.md": tip(
      `title: ${JSON.stringify(`Tip: ${title}`)}\ndate: 2026-01-01\ncategory: safety\nreviewed: 2026-01-01\nreviewer: ana-reyes`,
    ),
  });
  const categories = JSON.parse(site.read("_data/tipCategories.json")) as { id: string; name: string }[];
  site.write(
    "_data/tipCategories.json",
    JSON.stringify(categories.map((c) => (c.id === "safety" ? { ...c, name: category } : c))),
  );
  const result = site.build();
  const read = (file: string) => site.read(`_site/${file}`);
  const tagOf = (page: string, pattern: RegExp) => decodeOnce(pattern.exec(page)?.[1] ?? "");

  it("builds", () => {
    assert.equal(result.status, 0, result.output);
  });

  it("escapes every one of them exactly once, in every page and feed", () => {
    for (const file of filesUnder(path.join(site.dir, "_site"))) {
      // An RSS <description> is HTML inside XML, so plain text there is escaped as HTML and then as XML: "&"
      // is "&amp;amp;" by design (tests/node/feeds.test.ts reads it back as a feed reader does).
      const text = readFileSync(file, "utf8").replace(/<description>[\s\S]*?<\/description>/g, "");
      assert.doesNotMatch(
        text,
        /&amp;(amp|lt|gt|quot|apos|#39|#x27|#34);/,
        `escaped twice in ${path.relative(site.dir, file)}`,
      );
      if (file.endsWith(".html"))
        assert.equal(text.includes('<b>"crispy"'), false, `unescaped markup in ${path.relative(site.dir, file)}`);
    }
  });

  it("shows them as written in the title, og:title and heading of the post, topic and category pages", () => {
    const pages: [string, string][] = [
      ["posts/fish/index.html", title],
      ["tags/food-and-drink/index.html", "Food & Drink"],
      ["tags/food-and-drink-fun-n/index.html", tag],
      ["tips/safety/index.html", `${category} tips`],
    ];
    for (const [file, expected] of pages) {
      const page = read(file);
      assert.equal(tagOf(page, /<title>([^<]*) \| /), expected, `<title> of ${file}`);
      assert.equal(tagOf(page, /<meta property="og:title" content="([^"]*)"/), expected, `og:title of ${file}`);
    }
    assert.ok(read("tags/food-and-drink/index.html").includes('<span class="topic">Food &amp; Drink</span>'));
  });

  it("keeps them as written in the feeds", () => {
    assert.equal(parseRssFeed(read("feed.xml")).items?.[0]?.title, title, "RSS title");
    const json = JSON.parse(read("feed.json")) as { items: { title: string }[] };
    assert.ok(
      json.items.some((item) => item.title === title),
      "JSON Feed title",
    );
    assert.match(parseRssFeed(read("tags/food-and-drink/feed.xml")).title ?? "", /: Food & Drink$/, "topic feed title");
  });
});

describe("front matter fences", () => {
  const body = "The body, shown once.";
  // A path the guardrails would read as a Social Security number if they took it for prose.
  const photo = 'image: /posts/images/123-45-6789.svg\nimageAlt: "A photo"';
  const site = makeFixtureSite({
    "with-bom.md": `\uFEFF${post(`title: "Saved with a BOM"\ndate: 2026-01-01\nauthor: ana-reyes\ntags: [bom]\n${photo}`, body)}`,
    "windows.md": post(
      `title: "Saved on Windows"\ndate: 2026-01-02\nauthor: ana-reyes\ntags: [crlf]\n${photo}`,
      body,
    ).replace(/\n/g, "\r\n"),
    "scheduled.md": post('title: "Planned for spring"\ndate: 2027-04-01\nauthor: ana-reyes'),
  });
  site.write("posts/images/123-45-6789.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
  const result = site.build();

  it("builds a file with a byte-order mark or Windows line ends like any other", () => {
    assert.equal(result.status, 0, result.output);
    for (const [slug, title, tag] of [
      ["with-bom", "Saved with a BOM", "bom"],
      ["windows", "Saved on Windows", "crlf"],
    ] as const) {
      const page = site.read(`_site/posts/${slug}/index.html`);
      assert.ok(page.includes(`<title>${title} |`), `${slug}: title`);
      assert.ok(page.includes(body), `${slug}: body`);
      assert.equal(page.includes("author: ana-reyes"), false, `${slug}: front matter shown as text`);
      assert.ok(site.read(`_site/tags/${tag}/index.html`).includes(title), `${slug}: topic page`);
    }
  });

  it("accepts a date a few months ahead: it publishes later", () => {
    assert.doesNotMatch(result.output, /scheduled\.md/);
    assert.throws(() => site.read("_site/posts/scheduled/index.html"));
  });

  it("gives lint:content the same front matter for them", () => {
    const lint = lintContent(site.dir);
    assert.equal(lint.status, 0, lint.output);
  });
});

describe("the audio an MP3 really holds", () => {
  const sample = readFileSync(path.join(PROJECT_ROOT, "posts/media/podcast/episode-001.mp3"));

  it("is its header's running time for a whole file, and less for a cut one", () => {
    assert.ok(Math.abs(mpegAudioSeconds(sample) - 75.05) < 0.1, String(mpegAudioSeconds(sample)));
    assert.ok(Math.abs(mpegAudioSeconds(sample.subarray(0, 20000)) - 4.94) < 0.1);
  });

  it("skips an ID3 tag in front, even one whose bytes look like a frame header", () => {
    // A 20-byte tag body (cover art, say) full of 0xFF 0xFB, which is how an MP3 frame header starts.
    const tag = Buffer.concat([
      Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 20]),
      Buffer.alloc(20, Buffer.from([0xff, 0xfb, 0x90, 0x64])),
    ]);
    const tagless = mpegAudioSeconds(sample.subarray(audioOffset(sample)));
    assert.equal(mpegAudioSeconds(Buffer.concat([tag, sample.subarray(audioOffset(sample))])), tagless);
  });
});

/** Where the sample's own ID3 tag (if any) ends. */
function audioOffset(data: Buffer): number {
  if (data.subarray(0, 3).toString("latin1") !== "ID3") return 0;
  return 10 + (((data[6]! & 0x7f) << 21) | ((data[7]! & 0x7f) << 14) | ((data[8]! & 0x7f) << 7) | (data[9]! & 0x7f));
}
