import assert from "node:assert/strict";
import { readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parse as parseCsv } from "csv-parse/sync";
import { imageSize } from "image-size";
import { toCsv } from "../../src/lib/csv.ts";
import twitter from "twitter-text";
import { channelsFor } from "../../src/social/channels.ts";
import { composeSnippets } from "../../src/social/compose.ts";
import { splitGraphemes } from "../../src/social/count.ts";
import { truncateToFit } from "../../src/social/text.ts";
import { makeFixtureSite, post } from "../support/fixtureSite.ts";

const parsed = (csv: string): string[][] => parseCsv(csv, { bom: true, relax_column_count: true });

describe("CSV files a spreadsheet opens", () => {
  it("start a cell that a spreadsheet would run as a formula with a quote, and leave other text as it is", () => {
    const risky = ['=HYPERLINK("https://evil.example","x")', "+1 555", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"];
    const plain = ["Flu shots are here", "Kids' health: 5 tips", "2026-11-26", 'Say "hello"', ""];
    const [row] = parsed(toCsv([[...risky, ...plain]]));
    assert.deepEqual(row, [...risky.map((cell) => `'${cell}`), ...plain]);
  });

  it("hold a post titled with a formula as text in the build's schedule.csv", () => {
    const title = '=HYPERLINK("https://evil.example","x")';
    const site = makeFixtureSite({ "evil.md": post(`title: '${title}'\ndate: 2026-01-01\nauthor: ana-reyes`) });
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    const rows = parsed(site.read("_site/social/schedule.csv")).slice(1);
    assert.ok(rows.length > 0);
    for (const row of rows) {
      assert.ok(row[2]!.startsWith(`'${title}`), `not neutralised: ${row[2]}`);
      assert.ok(
        row.every((cell) => !/^[=+\-@\t\r]/.test(cell)),
        `a cell could run as a formula: ${row.join(" | ")}`,
      );
    }
  });
});

const ok = (lines = "") => `date: 2026-01-01\nauthor: ana-reyes\n${lines}`;

// Billion laughs: nine lines that grow to 9⁹ copies of "lol" when the aliases are expanded.
const aliasBomb = [
  "lol0: &a0 lol",
  ...Array.from({ length: 9 }, (_, i) => `lol${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(", ")}]`),
].join("\n");

describe("a post far beyond what a clinic writes", () => {
  const site = makeFixtureSite({
    "long-title.md": post(`title: "${"A".repeat(201)}"\n${ok()}`),
    "long-description.md": post(`title: "x"\ndescription: "${"d".repeat(501)}"\n${ok()}`),
    "many-tags.md": post(`title: "x"\n${ok(`tags: [${Array.from({ length: 21 }, (_, i) => `t${i}`).join(", ")}]`)}`),
    "long-tag.md": post(`title: "x"\n${ok(`tags: [kids, ${"t".repeat(51)}]`)}`),
    "alias-bomb.md": post(`title: "x"\n${ok(aliasBomb)}`),
  });
  site.write("posts/huge.md", post(`title: "Huge"\n${ok()}`, "word ".repeat(10 * 1024 * 1024)));
  const podcast =
    'podcast:\n  guid: "11111111-2222-4333-8444-555555555555"\n  audio: /media/podcast/episode-001.mp3\n  transcript: /media/podcast/huge.vtt';
  site.write("posts/long-episode.md", post(`title: "Episode"\ndate: 2026-01-01\nauthor: tom-becker\n${podcast}`));
  site.write(
    "posts/media/podcast/huge.vtt",
    `WEBVTT\n\n${"00:00:01.000 --> 00:00:02.000\nHello there, and welcome.\n\n".repeat(50_000)}`,
  );
  const result = site.build();

  it("is refused, and nothing is written", () => {
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /nothing was written/);
    assert.doesNotMatch(result.output, /RangeError|Invalid string length|^\s+at /m);
  });

  it("names the field, its size and the limit", () => {
    const lines = [
      'posts/long-title.md:2: "title" is 201 characters, over the limit of 200',
      'posts/long-description.md:3: "description" is 501 characters, over the limit of 500',
      'posts/many-tags.md:5: "tags" has 21 tags, over the limit of 20',
      'posts/long-tag.md:5: "tags.1" is 51 characters, over the limit of 50 for a tag',
    ];
    for (const line of lines)
      assert.ok(result.output.includes(line), `missing: ${line}\n--- output ---\n${result.output}`);
  });

  it("refuses a file too large to be a post without reading it", () => {
    assert.match(result.output, /posts\/huge\.md: is 50\.0 MB, over the limit of 200 KB for one post/);
  });

  it("refuses a transcript too large to be an episode's", () => {
    assert.match(
      result.output,
      /posts\/long-episode\.md(:\d+)?: "podcast\.transcript" is 2\.7 MB, over the limit of 2\.0 MB for a transcript/,
    );
  });

  it("refuses YAML aliases in front matter, which can expand to billions of values", () => {
    assert.match(result.output, /posts\/alias-bomb\.md:6: front matter uses a YAML alias/);
  });
});

describe("a post at the limits", () => {
  it("builds", () => {
    const tags = Array.from({ length: 20 }, (_, i) => `${"t".repeat(45)}-${i}`);
    const site = makeFixtureSite({
      "at-limits.md": post(
        `title: "${"Flu shot ".repeat(22)}Fl"\ndescription: "${"Why it matters. ".repeat(31)}Why"\n${ok(`tags: [${tags.join(", ")}]`)}`,
        // One paragraph just under the size limit: the share texts are cut from it.
        `${"Wash your hands often. ".repeat(8500)}`,
      ),
    });
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.match(site.read("_site/social/schedule.csv"), /Flu shot Flu shot/);
  });
});

describe("fitting a long text to a share text's length", () => {
  it("counts only starts near the length that fits, never the whole text", () => {
    const text = "Wash your hands often. ".repeat(9000);
    const counted: number[] = [];
    const fitted = truncateToFit(text, (candidate) => counted.push(candidate.length) > 0 && candidate.length <= 280);
    assert.ok(fitted.length <= 280 && fitted.length > 250 && fitted.endsWith("often…"), fitted);
    assert.ok(Math.max(...counted) < 1000, `counted texts of ${Math.max(...counted)} characters`);
  });
});

describe("build folders a killed build left behind", () => {
  it("are removed by the next build, and a running build's folder is left alone", () => {
    const site = makeFixtureSite({ "ok.md": post(`title: "x"\n${ok()}`) });
    // Process ids on Linux stop at 4,194,304, so this build's process is surely gone.
    const killed = [".build-99999999-AbC123", ".build-99999999-AbC123-previous"];
    const running = `.build-${process.pid}-XyZ789`;
    const oldUnnamed = ".build-Qw3rTy";
    const newUnnamed = ".build-As4dFg";
    for (const name of [...killed, running, oldUnnamed, newUnnamed]) site.write(`${name}/index.html`, "half a site");
    const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
    utimesSync(path.join(site.dir, oldUnnamed), dayAgo, dayAgo);

    const result = site.build();
    assert.equal(result.status, 0, result.output);
    const left = readdirSync(site.dir)
      .filter((name) => name.startsWith(".build-"))
      .sort();
    assert.deepEqual(left, [newUnnamed, running].sort());
  });
});

describe("a damaged or unwritable .cache folder", () => {
  const episode =
    'podcast:\n  guid: "11111111-2222-4333-8444-555555555555"\n  audio: /media/podcast/episode-001.mp3\n  transcript: /media/podcast/episode-001.vtt';
  const posts = {
    "flu.md": post(
      `title: "Flu shots are here"\ndescription: "Get one."\n${ok("tags: [flu]")}`,
      "Come in **any** weekday.",
    ),
    "episode.md": post(`title: "An episode"\ndate: 2026-01-02\nauthor: tom-becker\n${episode}`, "Show notes."),
  };
  const cacheFiles = (site: ReturnType<typeof makeFixtureSite>) =>
    readdirSync(path.join(site.dir, ".cache")).filter((name) => name.endsWith(".json"));

  it("is a warning, and the site is built without it, when entries have the wrong shape", () => {
    const site = makeFixtureSite(posts);
    assert.equal(site.build().status, 0);
    assert.deepEqual(cacheFiles(site), ["content.json"]);
    const saved = JSON.parse(site.read(".cache/content.json"));
    const records = Object.fromEntries(
      Object.entries(saved.records).map(([name, record]) => [
        name,
        {
          ...(record as object),
          parts: Object.fromEntries(
            Object.keys((record as { parts: object }).parts).map((part) => [part, { wrong: "shape" }]),
          ),
        },
      ]),
    );
    site.write(".cache/content.json", JSON.stringify({ ...saved, records }));
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.match(result.output, /warning: \.cache\/\S+\.json .*not used/);
    assert.match(site.read("_site/posts/flu/index.html"), /Come in <strong>any<\/strong> weekday/);
  });

  it("draws share cards again, with one warning, when the cached ones are not cards", () => {
    const site = makeFixtureSite(posts);
    assert.equal(site.build().status, 0);
    const cards = readdirSync(path.join(site.dir, ".cache/share-images")).filter((name) => name.endsWith(".png"));
    assert.ok(cards.length >= 3, `cards: ${cards.join(", ")}`);
    // Overwritten in place: the site's share.png files are hard links to these, so they change too.
    for (const name of cards) writeFileSync(path.join(site.dir, ".cache/share-images", name), "<script>x</script>");
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.equal(result.output.match(/warning: .*share images? .*drawn again/g)?.length, 1, result.output);
    for (const file of ["_site/posts/flu/share.png", "_site/social/site.png", ".cache/share-images/" + cards[0]]) {
      const png = readFileSync(path.join(site.dir, file));
      assert.deepEqual(imageSize(png), { height: 630, width: 1200, type: "png" }, file);
    }
  });

  it("is a warning, and the site is built without it, when it cannot be written", () => {
    // Tests run as root, whom file permissions do not stop: a file where the folder should be stops anyone.
    const site = makeFixtureSite(posts);
    site.write(".cache", "not a folder");
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.match(result.output, /warning: .*\.cache.* could not be saved/);
    assert.match(site.read("_site/posts/flu/index.html"), /Flu shots are here/);
    assert.ok(site.read("_site/posts/flu/share.png").length > 1000, "the share card is still made");
  });
});

const segmented = (text: string) =>
  Array.from(new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text), (part) => part.segment);

describe("share texts of a post just under every limit, in letters a Mac decomposes and emoji", () => {
  // Before: each of the nine fitted texts split the whole 200 KB paragraph into graphemes, and V8's segmenter
  // slows with the length of what it segments, so one such post held the build for about three minutes.
  const source = {
    slug: "at-limits",
    url: "https://riverbend-health.org/posts/at-limits/",
    title: "a\u0301".repeat(100),
    lead: "👍🏽".repeat(250),
    firstParagraph: "word ".repeat(40_000).trim(),
    tags: Array.from({ length: 20 }, (_, i) => `${i}`.padStart(2, "0") + "t".repeat(48)),
    chapters: [{ start: 0, title: "Intro" }],
    words: { linkInBio: "Tap the link in our bio.", learnMore: "Learn more", chapters: "Chapters:" },
  };
  const settings = {
    mastodon: { characterLimit: 500, linkLength: 23 },
    channels: {},
  };
  const snippets = composeSnippets(source, settings);

  it("fit each network's limit and end with a whole grapheme and an ellipsis", () => {
    const own = { x: (t: string) => twitter.parseTweet(t).weightedLength, bluesky: (t: string) => segmented(t).length };
    for (const channel of channelsFor(settings)) {
      const { text } = snippets.channels[channel.id]!;
      const count = channel.id in own ? own[channel.id as keyof typeof own](text) : [...text].length;
      assert.ok(count <= channel.limit, `${channel.name}: ${count} > ${channel.limit}`);
      assert.ok(text.startsWith("a\u0301".repeat(100)), `${channel.name} lost the title's accents`);
      const body = text.split("\n\n").find((part) => part.endsWith("…"));
      // A network whose text is title and lead (Google, Nextdoor) has room for both whole.
      if (!body) assert.ok(channel.length === "medium" && text.includes(source.lead!), `${channel.name} was not cut`);
      else
        assert.ok(/(a\u0301|👍🏽|word)…$/u.test(body), `${channel.name} not cut at a whole grapheme: ${body.slice(-20)}`);
    }
    assert.ok([...snippets.youtubeVideo!.description].length <= 5000);
  });

  it("are cut from a start no network needs more of, however long the paragraph", () => {
    const fitted = truncateToFit("word ".repeat(40_000), () => true);
    assert.ok(fitted.endsWith("word…") && fitted.length < 40_000, `${fitted.length} characters kept`);
  });

  it("split into graphemes as one pass over the whole text would, across pieces", () => {
    const zalgo = "Z" + "\u0301".repeat(3000);
    const text = ["a\u0301 ", "👨‍👩‍👧‍👦", "🇺🇸🇲🇽", "\r\n", "👍🏽", zalgo, "नमस्ते ", "؀1"].join("").repeat(3);
    assert.deepEqual(splitGraphemes(text), segmented(text));
  });
});
