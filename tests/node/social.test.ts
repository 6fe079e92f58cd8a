import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { parse } from "csv-parse/sync";
import { imageSize } from "image-size";
import twitter from "twitter-text";
import { channelsFor, type ChannelId } from "../../src/social/channels.ts";
import { composeSnippets, type ShareSource } from "../../src/social/compose.ts";
import { checkText } from "../../src/guardrails/check.ts";
import { PUBLISHED, PUBLISHED_ES, TIPS_ES } from "../support/sampleSite.ts";
import { buildSampleSite, makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

// Each network's own way of counting, written out here rather than borrowed from the code under test.
const graphemes = (text: string) => [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].length;
const OWN_COUNT: Record<ChannelId, (text: string) => number> = {
  // As X counts the same text once the site is on a real domain (twitter-text skips .example links).
  x: (text) => twitter.parseTweet(text.replaceAll(".example/", ".org/")).weightedLength,
  bluesky: graphemes,
  mastodon: (text) => [...text.replace(/https?:\/\/\S+/g, "x".repeat(23))].length,
  // Threads: an emoji counts as its UTF-8 bytes.
  threads: (text) =>
    [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)]
      .map(({ segment }) =>
        /\p{Extended_Pictographic}/u.test(segment) ? Buffer.byteLength(segment) : [...segment].length,
      )
      .reduce((a, b) => a + b, 0),
  linkedin: (text) => [...text].length,
  facebook: (text) => [...text].length,
  instagram: (text) => [...text].length,
  youtube: (text) => [...text].length,
  google: (text) => [...text].length,
  whatsapp: (text) => [...text].length,
  nextdoor: (text) => [...text].length,
};
const LIMITS: Record<ChannelId, number> = {
  x: 280,
  bluesky: 300,
  mastodon: 500,
  threads: 500,
  linkedin: 3000,
  facebook: 500,
  instagram: 2200,
  youtube: 500,
  google: 1500,
  whatsapp: 700,
  nextdoor: 1000,
};
const SETTINGS = {
  mastodon: { characterLimit: 500, linkLength: 23 },
  channels: {},
};
const CHANNELS = channelsFor(SETTINGS);

function assertWithinLimits(snippets: ReturnType<typeof composeSnippets>, label: string) {
  for (const channel of CHANNELS) {
    const { text } = snippets.channels[channel.id]!;
    const count = OWN_COUNT[channel.id](text);
    assert.ok(count <= LIMITS[channel.id], `${label} on ${channel.name}: ${count} > ${LIMITS[channel.id]}\n${text}`);
    assert.ok(text.trim().length > 0, `${label} on ${channel.name} is empty`);
  }
  if (snippets.youtubeVideo) {
    assert.ok([...snippets.youtubeVideo.title].length <= 100);
    assert.ok([...snippets.youtubeVideo.description].length <= 5000);
    assert.doesNotMatch(
      snippets.youtubeVideo.title + snippets.youtubeVideo.description,
      /[<>]/,
      "YouTube refuses angle brackets",
    );
  }
}

const FAMILY = "👨‍👩‍👧‍👦";
const hostile: ShareSource = {
  slug: "hostile-post",
  url: "https://riverbend-health.org/posts/hostile-post/",
  title: [
    ...`<b>Bold</b> & "quoted" ${FAMILY} שלום עולם ${"Very long title about staying healthy and safe at home ".repeat(9)}`,
  ]
    .slice(0, 500)
    .join(""),
  lead: `${FAMILY}${FAMILY} مرحبا بكم 🇺🇸 café naïve ${"Short sentences are easier to read. ".repeat(40)}`,
  firstParagraph: "A first paragraph with <script>alert(1)</script> in it.",
  tags: Array.from({ length: 20 }, (_, i) => `topic number ${i + 1}`),
  chapters: [
    { start: 0, title: "Intro <x>" },
    { start: 65, title: "Second part" },
  ],
  words: { linkInBio: "Read the whole post: tap the link in our bio.", learnMore: "Learn more", chapters: "Chapters:" },
};
const settings = SETTINGS;

describe("share texts for hostile input", () => {
  const snippets = composeSnippets(hostile, settings);

  it("fit every network's limit, counted the network's own way", () => {
    assertWithinLimits(snippets, "hostile post");
    assert.equal([...hostile.title].length, 500);
  });

  it("cut at a word boundary with an ellipsis, never inside a grapheme", () => {
    const x = snippets.channels.x!.text;
    const head = x.split("\n\n")[0]!;
    assert.ok(head.endsWith("…"), head);
    const kept = head.slice(0, -1);
    const original = `${hostile.title}: ${hostile.lead}`;
    const whole = [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(original)].map((s) => s.segment);
    let prefix = "";
    const boundaries = new Set([""]);
    for (const g of whole) boundaries.add((prefix += g));
    assert.ok(boundaries.has(kept), "the kept text ends on a grapheme boundary of the original");
    assert.ok(original.slice(kept.length).match(/^[\s,;:.!?—–-]/), "and at the end of a word");
    assert.ok(x.includes(FAMILY), "the emoji family survives whole");
  });

  it("carry per-network UTM parameters, URL-encoded (Bluesky the source alone; Google's on its button)", () => {
    for (const channel of CHANNELS.filter((c) => c.link !== "bio")) {
      const snippet = snippets.channels[channel.id]!;
      const link = channel.link === "button" ? snippet.button?.url : snippet.text.match(/https:\/\/\S+/)?.[0];
      assert.ok(link, channel.name);
      const url = new URL(link);
      assert.equal(url.searchParams.get("utm_source"), channel.id);
      assert.equal(url.searchParams.get("utm_medium"), channel.shortTracking ? null : "social");
      assert.equal(url.searchParams.get("utm_campaign"), channel.shortTracking ? null : "hostile-post");
    }
    const odd = composeSnippets({ ...hostile, slug: "a b&c" }, settings).channels.x!.text;
    assert.match(odd, /utm_campaign=a\+b%26c/);
  });

  it("keep hashtags readable and within each network's count, Instagram at most 5", () => {
    assert.match(snippets.channels.mastodon!.text, /#TopicNumber1 #TopicNumber2 #TopicNumber3$/);
    const instagramTags = snippets.channels.instagram!.text.match(/#\S+/g) ?? [];
    assert.equal(instagramTags.length, 5);
    assert.ok(!snippets.channels.instagram!.text.includes("https://"), "no dead links in an Instagram caption");
    assert.ok(snippets.channels.instagram!.text.includes(hostile.words.linkInBio));
    assert.equal((snippets.channels.threads!.text.match(/#\S+/g) ?? []).length, 1, "one topic tag on Threads");
  });

  it("give an episode a YouTube title and a description with chapter times", () => {
    assert.match(snippets.youtubeVideo?.description ?? "", /Chapters:\n0:00 Intro ‹x›\n1:05 Second part/);
  });
});

describe("share texts of the sample site", () => {
  const site = buildSampleSite();
  const all = JSON.parse(readFileSync(path.join(site, "social/snippets.json"), "utf8")) as (ReturnType<
    typeof composeSnippets
  > & { url: string; image: string; title: string })[];

  it("cover every published post, episode and tip, each within every network's limit", () => {
    assert.equal(all.length, PUBLISHED.length + 15 + PUBLISHED_ES.length + TIPS_ES.length);
    for (const item of all) assertWithinLimits(item, item.url);
    assert.ok(
      all.some((item) => item.youtubeVideo),
      "episodes have a YouTube video text",
    );
  });

  it("pass the patient-data checker, every text of every network", () => {
    const clinic = {
      phones: ["15550100123", "15550100199"],
      emailDomains: ["riverbend-health.example"],
      street: "1200 Mill Street",
      staffNames: ["Ana Reyes", "James Okafor", "Priya Shah", "Tom Becker"],
    };
    for (const item of all) {
      const texts = [
        ...Object.values(item.channels).map((snippet) => snippet!.text),
        ...(item.youtubeVideo ? [item.youtubeVideo.title, item.youtubeVideo.description] : []),
        ...(item.pin ? [item.pin.title, item.pin.description, item.pin.alt] : []),
      ];
      for (const text of texts) {
        const errors = checkText("share.txt", text, { clinic }).filter((finding) => finding.severity === "error");
        assert.deepEqual(errors, [], `${item.url}: ${text}`);
      }
    }
    assert.ok(
      all.some((item) => item.pin),
      "tips have a Pinterest pin",
    );
  });

  it("have a 1200×630 share image for each post", () => {
    for (const item of all) {
      const file = path.join(site, new URL(item.image).pathname);
      const size = imageSize(readFileSync(file));
      assert.deepEqual([size.type, size.width, size.height], ["png", 1200, 630], item.image);
    }
    assert.deepEqual(imageSize(readFileSync(path.join(site, "social/site.png"))).width, 1200);
  });

  it("make a CSV that parses back to the same texts", () => {
    const csv = readFileSync(path.join(site, "social/schedule.csv"), "utf8");
    assert.ok(csv.startsWith("\uFEFF"), "UTF-8 with a byte order mark");
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(rows.length, all.length * CHANNELS.length);
    for (const item of all) {
      for (const channel of CHANNELS) {
        const row = rows.find((r) => r.image === item.image && r.channel === channel.name);
        assert.equal(row?.text, item.channels[channel.id]!.text);
        assert.equal(row?.link, item.channels[channel.id]!.button?.url ?? item.url);
        assert.equal(row?.image, item.image);
      }
    }
  });

  it("the share page is not for search engines or the sitemap", () => {
    assert.match(readFileSync(path.join(site, "share/index.html"), "utf8"), /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(readFileSync(path.join(site, "sitemap.xml"), "utf8"), /\/share\//);
    assert.match(readFileSync(path.join(site, "robots.txt"), "utf8"), /Disallow: \/share\//);
  });
});

describe("the share page", () => {
  it("shows the newest posts up to the setting, says where every post's texts are, and keeps them all for the next build", () => {
    const dated = (n: number) => post(`title: "Tip number ${n}"\ndate: 2026-0${n}-01\nauthor: ana-reyes`);
    const site = makeFixtureSite({ "one.md": dated(1), "two.md": dated(2), "three.md": dated(3) });
    const settings = JSON.parse(site.read("_data/settings.json"));
    site.write("_data/settings.json", JSON.stringify({ ...settings, postsOnSharePage: 2 }));
    assert.equal(site.build().status, 0);
    const page = site.read("_site/share/index.html");
    assert.deepEqual(
      [...page.matchAll(/<summary><strong>([^<]+)<\/strong>/g)].map((m) => m[1]),
      ["Tip number 3", "Tip number 2"],
    );
    assert.match(
      page,
      /These are the 2 newest of 3 posts\. The texts of every post are in schedule\.csv and snippets\.json\./,
    );
    assert.equal(JSON.parse(site.read("_site/social/snippets.json")).length, 3);
    // The files are made after the page; what they made must still be saved, or every build composes again.
    const records = Object.values(JSON.parse(site.read(".cache/content.json")).records) as { parts: object }[];
    assert.equal(records.filter((record) => "share texts" in record.parts).length, 3);
  });
});

describe("an event post on Google", () => {
  const event = { start: "2026-10-10 09:00", end: "2026-10-10 13:00" };

  it("carries the event's title, within Google's 58 characters, and its start and end; other networks and posts have none", () => {
    const { channels } = composeSnippets({ ...hostile, event }, settings);
    const google = channels.google!.event!;
    assert.deepEqual([google.start, google.end], [event.start, event.end]);
    assert.ok([...google.title].length <= 58 && google.title.endsWith("…"), google.title);
    assert.ok(hostile.title.startsWith(google.title.slice(0, -1).trimEnd()));
    assert.ok(Object.entries(channels).every(([id, snippet]) => id === "google" || !snippet!.event));
    assert.equal(composeSnippets(hostile, settings).channels.google!.event, undefined);
  });

  it("is on the share page and in the CSV, with the clinic's local times", () => {
    const site = makeFixtureSite({
      "fair.md": post(
        'title: "Health fair on the green"\ndate: 2026-09-01\nauthor: ana-reyes\nevent: { start: "2026-10-10 09:00", end: "2026-10-10 13:00" }',
      ),
      "plain.md": post('title: "Plain"\ndate: 2026-09-02\nauthor: ana-reyes'),
    });
    assert.equal(site.build().status, 0);
    assert.match(
      site.read("_site/share/index.html"),
      /Post it as an <strong>event<\/strong>: title “Health fair on the green”, from 2026-10-10 09:00 to 2026-10-10 13:00\./,
    );
    const rows = parse(site.read("_site/social/schedule.csv"), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const google = rows.filter((row) => row.channel === "Google Business Profile");
    assert.deepEqual(google.map((row) => [row.event_title, row.event_start, row.event_end]).sort(), [
      ["", "", ""],
      ["Health fair on the green", "2026-10-10 09:00", "2026-10-10 13:00"],
    ]);
    assert.ok(rows.filter((row) => row.channel !== "Google Business Profile").every((row) => row.event_title === ""));
  });
});

describe("share texts written by an editor", () => {
  it("are used as written when they fit", () => {
    const site = makeFixtureSite({
      "ok.md": post('title: "Ok"\ndate: 2026-01-01\nauthor: ana-reyes\nsocial:\n  x: "Our own words for X"'),
    });
    assert.equal(site.build().status, 0);
    const [item] = JSON.parse(site.read("_site/social/snippets.json"));
    assert.match(item.channels.x.text, /^Our own words for X\n\nhttps:\/\//);
  });

  it("fail the build when too long, naming the file, network, count and limit", () => {
    const long = "word ".repeat(70).trim();
    const site = makeFixtureSite({
      "long.md": post(
        `title: "Long"\ndate: 2026-01-01\nauthor: ana-reyes\nsocial:\n  x: "${long}"\n  bluesky: "fine"\n  tiktok: "x"`,
      ),
    });
    const result = site.build();
    assert.equal(result.status, 1);
    assert.match(
      result.output,
      /posts\/long\.md:6: "social" names "tiktok", which is not a network the share kit writes for|posts\/long\.md:\d: "social" names "tiktok"/,
    );
    const fixed = makeFixtureSite({
      "long.md": post(`title: "Long"\ndate: 2026-01-01\nauthor: ana-reyes\nsocial:\n  x: "${long}"`),
    });
    assert.match(
      fixed.build().output,
      /posts\/long\.md:6: "social\.x" is \d+ characters as X counts them with the link and hashtags added, over its limit of 280: shorten it by \d+/,
    );
  });
});

describe("npm run social", () => {
  it("prints one post's texts for every network with counts", () => {
    const result = spawnSync("npm", ["run", "--silent", "social", "--", "posts/flu-shots-are-here.md"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    assert.equal(result.status, 0, result.stderr);
    for (const channel of CHANNELS)
      assert.match(result.stdout, new RegExp(`── ${channel.name} \\(\\d+/${LIMITS[channel.id]}\\)`));
    assert.match(result.stdout, /utm_source=linkedin/);
  });

  it("says plainly when there is no such post", () => {
    const result = spawnSync("npm", ["run", "--silent", "social", "--", "no-such-post"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /No post, episode or tip called "no-such-post" in posts\//);
  });
});

describe("share images", () => {
  it("are drawn once and then come from the cache until the post changes", async () => {
    const { cachedShareImage } = await import("../../src/social/image.ts");
    const { ThreadPool } = await import("../../src/lib/threadPool.ts");
    const { ContentCache } = await import("../../src/lib/cache.ts");
    const { mkdtempSync, readdirSync, statSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const site = mkdtempSync(path.join(tmpdir(), "share-cache-"));
    const cache = ContentCache.forSite(site);
    const cards = path.join(site, ".cache/share-images");
    const card = {
      title: "Hello",
      label: "Blog post",
      siteName: "Clinic",
      siteUrl: "https://clinic.example",
      brand: "#0b6e4f",
      brandDark: "#084c37",
      markUrl: `data:image/svg+xml;base64,${readFileSync(path.join(PROJECT_ROOT, "_includes/assets/icon.svg")).toString("base64")}`,
    };
    // Drawn in a thread of its own, as the build does.
    const pool = new ThreadPool<typeof card, Uint8Array>(new URL("../../src/social/cardThread.ts", import.meta.url), 1);
    const draw = async (image: typeof card) => Buffer.from(await pool.run(image));
    const first = await cachedShareImage(card, cache, draw);
    const [file] = readdirSync(cards);
    const drawnAt = statSync(path.join(cards, file!)).mtimeMs;
    const again = await cachedShareImage(card, cache, draw);
    assert.deepEqual(again, first);
    assert.equal(statSync(path.join(cards, file!)).mtimeMs, drawnAt, "not drawn again");
    await cachedShareImage({ ...card, title: "Hello, changed" }, cache, draw);
    await pool.close();
    assert.equal(readdirSync(cards).length, 2, "a changed title is a new image");
    assert.deepEqual(imageSize(readFileSync(path.join(cards, file!))), { height: 630, width: 1200, type: "png" });
  });
});

describe("the networks where a clinic's neighbours are, counted as each counts today", () => {
  const plain: ShareSource = {
    slug: "flu-shots",
    url: "https://blog.riverbend-health.example/posts/flu-shots/",
    title: "Flu shots are here",
    lead: "Walk in any time we're open, or call (555) 010-0123 to ask. 🙂",
    tags: ["seasonal", "prevention", "news", "kids", "food", "sleep", "heart"],
    words: hostile.words,
  };
  const snippets = composeSnippets(plain, SETTINGS);

  it("write Google Business Profile posts with no link or phone number in the text, the link on a button", () => {
    const google = snippets.channels.google!;
    assert.doesNotMatch(google.text, /https?:|555/);
    assert.match(google.text, /Walk in any time we're open, or call to ask\. 🙂$/);
    assert.equal(google.button?.label, "Learn more");
    assert.match(
      google.button!.url,
      /^https:\/\/blog\.riverbend-health\.example\/posts\/flu-shots\/\?utm_source=google/,
    );
    assert.ok(google.limit === 1500 && google.count <= 1500);
  });

  it("write WhatsApp and Nextdoor texts with the link last, and pin tips only on Pinterest", () => {
    for (const id of ["whatsapp", "nextdoor"] as const)
      assert.match(snippets.channels[id]!.text, /\n\nhttps:\/\/\S+utm_source=\w+\S*$/, id);
    assert.equal(snippets.pin, undefined, "a post is not pinned");
    const tip = composeSnippets(
      {
        ...plain,
        title: "T".repeat(150),
        lead: "L ".repeat(400),
        pin: { image: "https://c.example/t/share.png", alt: "A tip" },
      },
      SETTINGS,
    );
    assert.ok([...tip.pin!.title].length <= 100 && [...tip.pin!.description].length <= 500);
    assert.deepEqual([tip.pin!.image, tip.pin!.alt], ["https://c.example/t/share.png", "A tip"]);
  });

  it("count an emoji as its UTF-8 bytes on Threads, and a link on the sample's .example domain as 23 on X", () => {
    const threads = composeSnippets({ ...plain, lead: "😀".repeat(200) }, SETTINGS).channels.threads!;
    assert.ok(threads.count <= 500, String(threads.count));
    assert.ok((threads.text.match(/😀/g) ?? []).length <= 120, "each emoji counts 4");
    const x = snippets.channels.x!;
    const link = x.text.match(/https:\/\/\S+/)![0];
    assert.equal(x.count, twitter.parseTweet(x.text.replace(link, "https://t.co/0123456789")).weightedLength);
    assert.equal((x.text.match(/#\S+/g) ?? []).length, 2, "the link no longer crowds out the hashtags");
  });

  it("keep Bluesky's link short (the whole address counts), and LinkedIn's point in its first 200 characters", () => {
    const bluesky = snippets.channels.bluesky!.text.match(/https:\/\/\S+/)![0];
    assert.equal(bluesky, "https://blog.riverbend-health.example/posts/flu-shots/?utm_source=bluesky");
    assert.ok(
      [...snippets.channels.linkedin!.text]
        .slice(0, 200)
        .join("")
        .startsWith(`${plain.title}\n\n${plain.lead!.slice(0, 20)}`),
    );
  });

  it("take the Mastodon server's own limit and link length, and leave out networks the clinic turned off", () => {
    const own = composeSnippets(
      { ...plain, lead: "word ".repeat(200) },
      {
        ...SETTINGS,
        mastodon: { characterLimit: 1000, linkLength: 30 },
        channels: { nextdoor: false, pinterest: false },
      },
    );
    assert.equal(own.channels.mastodon!.limit, 1000);
    assert.ok(own.channels.mastodon!.count > 500 && own.channels.mastodon!.count <= 1000);
    assert.equal(own.channels.nextdoor, undefined);
    assert.equal(
      composeSnippets({ ...plain, pin: { image: "i", alt: "a" } }, { ...SETTINGS, channels: { pinterest: false } }).pin,
      undefined,
    );
  });
});
