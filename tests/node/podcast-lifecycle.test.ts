/**
 * The podcast feed as directories and apps of 2026 read it (issue 21), parsed by a real podcast parser
 * (podcast-partytime, which Podcast Index's own tools use) and, for the tags it does not read, by feedsmith.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { parseRssFeed } from "feedsmith";
import { parseFeed } from "podcast-partytime";
import { cleanShowNotes, DESCRIPTION_BYTES, episodeSummary } from "../../src/podcast/showNotes.ts";
import { op3Url, titleWithoutNumber } from "../../src/podcast/feed.ts";
import { updateFrequency } from "../../src/podcast/updateFrequency.ts";
import { buildSampleSite, makeFixtureSite, post, type Fixture } from "../support/fixtureSite.ts";
import { clinic, show } from "../support/sampleSite.ts";

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

describe("the sample show's feed, read by a podcast parser", () => {
  let xml: string;
  let site: string;
  let feed: NonNullable<ReturnType<typeof parseFeed>>;
  const episodeTitled = (title: string) => feed.items.find((item) => item.title === title)!;
  before(() => {
    site = buildSampleSite();
    xml = readFileSync(path.join(site, "podcast.xml"), "utf8");
    feed = parseFeed(xml)!;
  });

  it("still has every tag Apple Podcasts requires", () => {
    assert.equal(feed.title, show.title);
    assert.ok(feed.description);
    assert.equal(feed.language, "en-US");
    assert.match(feed.itunesImage!, /\/media\/podcast\/cover\.jpg$/);
    assert.deepEqual(feed.itunesCategory, ["Health & Fitness > Medicine"]);
    assert.equal(feed.explicit, false);
    assert.equal(feed.items.length, 3);
    for (const item of feed.items) {
      assert.ok(item.title && item.guid && item.enclosure?.url && item.enclosure.length > 0, item.title);
    }
  });

  it("gives every episode a plain summary within 4,000 bytes, and the whole notes cleaned in content:encoded", () => {
    for (const item of feed.items) {
      assert.ok(item.description && bytes(item.description) <= DESCRIPTION_BYTES, item.title);
      assert.doesNotMatch(item.description!, /<(?!\/?p>)/, `${item.title}: no markup besides paragraphs`);
      assert.equal(item.summary, item.description);
      // Only what Apple shows: paragraphs, lists, links and emphasis; no page anchors, ids or classes.
      for (const [tag] of item.content!.matchAll(/<\/?([a-z0-9]+)/g))
        assert.match(tag, /^<\/?(p|ol|ul|li|a|strong|em|br)$/, `${item.title}: ${tag}`);
      assert.doesNotMatch(item.content!, /header-anchor|\sid=|\sclass=/);
    }
    assert.match(episodeTitled("Flu season, in plain words").content!, /<p><strong>In this episode<\/strong><\/p>/);
  });

  it("announces transcripts as captions in the show's language, and the people with their photo and page", () => {
    const flu = episodeTitled("Flu season, in plain words");
    assert.deepEqual(flu.podcastTranscripts, [
      {
        url: `${clinic.url}/media/podcast/episode-001.vtt`,
        type: "text/vtt",
        language: "en-US",
        rel: "captions",
      },
    ]);
    const ana = flu.podcastPeople!.find((person) => person.name === "Ana Reyes, MD")!;
    assert.equal(ana.img, `${clinic.url}/assets/staff/ana-reyes.svg`);
    assert.equal(ana.href, `${clinic.url}/authors/ana-reyes/`);
    assert.deepEqual(flu.podcastChapters, {
      url: `${clinic.url}/posts/podcast-flu-season-in-plain-words/chapters.json`,
      type: "application/json+chapters",
    });
  });

  it("says where the show is made, how often it comes (from the plan), and which episode is the trailer", () => {
    assert.deepEqual(feed.podcastLocation, { name: `${clinic.address.city}, ${clinic.address.region}` });
    assert.deepEqual(parseRssFeed(xml).podcast?.updateFrequency, { display: "Monthly", rrule: "FREQ=MONTHLY" });
    assert.equal(feed.trailers?.length, 1);
    // partytime reads the trailer's title, though its types leave it out.
    const trailer = feed.trailers![0] as unknown as { title: string; url: string };
    assert.equal(trailer.title, "Welcome to Riverbend Health Talk");
    assert.equal(trailer.url, `${clinic.url}/media/podcast/trailer.mp3`);
    assert.equal(episodeTitled("Welcome to Riverbend Health Talk").itunesEpisodeType, "trailer");
  });

  it("offers the first episode's smaller file as an alternate enclosure, and its page links it", () => {
    const [standard, small] = episodeTitled("Flu season, in plain words").alternativeEnclosures!;
    assert.equal(standard!.default, true);
    assert.equal(standard!.source[0]!.uri, `${clinic.url}/media/podcast/episode-001.mp3`);
    assert.equal(small!.source[0]!.uri, `${clinic.url}/media/podcast/episode-001.low.mp3`);
    assert.ok(small!.length < standard!.length / 1.5);
    assert.ok(small!.bitrate! > 8000 && small!.bitrate! < 24000, String(small!.bitrate));
    assert.equal(episodeTitled("Eating well on a budget").alternativeEnclosures, undefined);
    const page = readFileSync(path.join(site, "posts/podcast-flu-season-in-plain-words/index.html"), "utf8");
    assert.match(
      page,
      /<a href="\/media\/podcast\/episode-001\.low\.mp3" download>Smaller download for slow or costly data \(150 KB\)<\/a>/,
    );
  });

  it("lets podcast apps fetch the media and chapters from their own pages, chapters with their own type", () => {
    const headers = readFileSync(path.join(site, "_headers"), "utf8");
    assert.match(headers, /^\/media\/\*\n(?: {2}.*\n)*? {2}Access-Control-Allow-Origin: \*$/m);
    assert.match(
      headers,
      /^\/posts\/\*\/chapters\.json\n {2}Access-Control-Allow-Origin: \*\n {2}Content-Type: application\/json\+chapters$/m,
    );
  });
});

describe("a show across its life: moving, hiding, ending, proving who owns it, counting downloads", () => {
  let site: Fixture;
  let feed: NonNullable<ReturnType<typeof parseFeed>>;
  let xml: string;
  before(() => {
    site = makeFixtureSite({
      "numbered.md": post(
        'title: "Episode 3: Sleep"\ndate: 2026-01-02\nauthor: tom-becker\npodcast:\n  guid: "33333333-2222-4333-8444-555555555555"\n  audio: /media/podcast/episode-002.mp3\n  transcript: /media/podcast/episode-002.vtt\n  episode: 3',
        `${"Sleep matters for everyone. ".repeat(100)}\n\n${"Rest helps the body heal, and a regular bedtime helps most. ".repeat(60)}`,
      ),
      "hidden.md": post(
        'title: "Hidden"\ndate: 2026-01-01\nauthor: tom-becker\ndescription: "Kept out of apps."\npodcast:\n  guid: "44444444-2222-4333-8444-555555555555"\n  audio: /media/podcast/trailer.mp3\n  transcript: /media/podcast/trailer.vtt\n  block: true',
      ),
    });
    const podcast = JSON.parse(site.read("_data/podcast.json"));
    site.write(
      "_data/podcast.json",
      JSON.stringify({
        ...podcast,
        newFeedUrl: "https://new-host.example/feed.xml",
        locked: false,
        block: true,
        complete: true,
        txt: [{ purpose: "applepodcastsverify", value: "abc-123" }, { value: "plain text record" }],
        op3: true,
      }),
    );
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    xml = site.read("_site/podcast.xml");
    feed = parseFeed(xml)!;
  });

  it("points apps to the new address, unlocked for the move, and says when the show is hidden or has ended", () => {
    assert.match(xml, /<itunes:new-feed-url>https:\/\/new-host\.example\/feed\.xml<\/itunes:new-feed-url>/);
    assert.equal(feed.locked, false);
    assert.equal(feed.itunesBlock, true);
    assert.equal(feed.itunesComplete, true);
    assert.match(
      xml,
      /<podcast:updateFrequency rrule="FREQ=MONTHLY" complete="true">Monthly<\/podcast:updateFrequency>/,
    );
  });

  it("carries the ownership codes a directory asks for", () => {
    assert.deepEqual(feed.podcastTxt, [
      { purpose: "applepodcastsverify", value: "abc-123" },
      { value: "plain text record" },
    ]);
  });

  it("hides one episode, and titles a numbered one without its number", () => {
    assert.match(xml, /<title><!\[CDATA\[Hidden\]\]><\/title>[^]*?<itunes:block>Yes<\/itunes:block>/);
    assert.match(xml, /<itunes:title>Sleep<\/itunes:title>/);
    assert.equal(xml.match(/<itunes:title>/g)?.length, 1, "only where the title differs");
  });

  it("cuts show notes without a description at a sentence, within 4,000 bytes", () => {
    const sleep = feed.items.find((item) => item.title === "Episode 3: Sleep")!;
    assert.ok(bytes(sleep.description!) <= DESCRIPTION_BYTES);
    assert.ok(bytes(sleep.description!) > 3500, "as much as fits");
    assert.match(sleep.description!, /^Sleep matters for everyone\.[^]*heal, and a regular bedtime helps most\.$/);
  });

  it("counts downloads through OP3 in the feed only: the site's own player and links keep the file's address", () => {
    const guid = parseRssFeed(xml).podcast?.guid;
    for (const item of feed.items) {
      assert.match(
        item.enclosure.url,
        new RegExp(`^https://op3\\.dev/e,pg=${guid}/blog\\.riverbend-health\\.example/media/`),
      );
    }
    const page = site.read("_site/posts/numbered/index.html");
    assert.match(
      page,
      /<audio id="episode-audio" class="episode__player" controls preload="none" src="\/media\/podcast\/episode-002\.mp3">/,
    );
    assert.doesNotMatch(page, /op3\.dev/);
  });
});

describe("feed checks that stop the build", () => {
  it("refuses a hand-written summary over the limit, and a smaller copy that is not the same audio", () => {
    const site = makeFixtureSite({
      "long.md": post(
        `title: "Long"\ndate: 2026-01-02\nauthor: tom-becker\ndescription: ${JSON.stringify("A".repeat(501))}\npodcast:\n  guid: "55555555-2222-4333-8444-555555555555"\n  audio: /media/podcast/episode-002.mp3\n  transcript: /media/podcast/episode-002.vtt`,
      ),
      "same.md": post(
        'title: "Same"\ndate: 2026-01-04\nauthor: tom-becker\npodcast:\n  guid: "77777777-2222-4333-8444-555555555555"\n  audio: /media/podcast/episode-002.mp3\n  transcript: /media/podcast/episode-002.vtt',
      ),
      "copy.md": post(
        'title: "Copy"\ndate: 2026-01-03\nauthor: tom-becker\npodcast:\n  guid: "66666666-2222-4333-8444-555555555555"\n  audio: /media/podcast/trailer.mp3\n  transcript: /media/podcast/trailer.vtt',
      ),
    });
    site.write(
      "posts/media/podcast/trailer.low.mp3",
      readFileSync(path.join(site.dir, "posts/media/podcast/episode-001.low.mp3")),
    );
    site.write(
      "posts/media/podcast/episode-002.low.mp3",
      readFileSync(path.join(site.dir, "posts/media/podcast/episode-002.mp3")),
    );
    const result = site.build();
    assert.notEqual(result.status, 0);
    assert.match(result.output, /posts\/long\.md:\d+: "description" is 501 characters, over the limit of 500/);
    assert.match(
      result.output,
      /posts\/copy\.md: "podcast\.audio" has a smaller copy, \/media\/podcast\/trailer\.low\.mp3, that runs 75 s, not 20 s like the episode: make it again from the same audio/,
    );
    assert.match(
      result.output,
      /posts\/same\.md: "podcast\.audio" has a "smaller" copy, \/media\/podcast\/episode-002\.low\.mp3, that is no smaller than the episode/,
    );
  });
});

describe("the show's settings", () => {
  it("refuse control characters, which would make the feed invalid XML that podcast apps refuse whole", () => {
    const site = makeFixtureSite({});
    const show = JSON.parse(site.read("_data/podcast.json"));
    site.write(
      "_data/podcast.json",
      JSON.stringify({
        ...show,
        title: "Talk\u000bShow",
        txt: [{ purpose: "verify\u001b[31m", value: "abc\u0000def" }],
      }),
    );
    const result = site.build();
    assert.notEqual(result.status, 0);
    for (const field of ["title", "txt.0.purpose", "txt.0.value"])
      assert.match(
        result.output,
        new RegExp(`_data/podcast\\.json: "${field.replace(/\./g, "\\.")}" holds a control character \\(".*\\\\u00`),
      );
  });
});

describe("pieces of the podcast feed", () => {
  it("summarises show notes by whole paragraphs, then whole sentences", () => {
    const paragraph = (words: string) => `<p>${words}</p>`;
    assert.equal(episodeSummary("Written by hand.", paragraph("Notes.")), "Written by hand.");
    assert.equal(
      episodeSummary(
        undefined,
        `${paragraph('First &amp; <a href="x">linked</a>.')}<ul><li>not this</li></ul>${paragraph("Second.")}`,
      ),
      "First & linked.\n\nSecond.",
    );
    const long = `${"One sentence here. ".repeat(300)}`;
    const cut = episodeSummary(undefined, paragraph(long));
    assert.ok(bytes(cut) <= DESCRIPTION_BYTES && cut.endsWith("here."));
  });

  it("makes headings bold paragraphs and drops their anchors, keeping other links", () => {
    assert.equal(
      cleanShowNotes(
        '<h2 id="x" tabindex="-1"><a class="header-anchor" href="#x"><span>Links</span></a></h2><ul><li><a href="https://a.example/" class="y">A</a></li></ul><script>x()</script>',
      ),
      '<p><strong>Links</strong></p><ul><li><a href="https://a.example/">A</a></li></ul>',
    );
  });

  it("takes the episode's own numbering off a title, and no number that belongs to it", () => {
    assert.deepEqual(
      [
        "Episode 3: Sleep",
        "Ep. 12 - Food",
        "#4 | Safety",
        "988: what happens when you call",
        "2026: a year of care",
        "911 - when to call",
        "Flu season, in plain words",
        "Episode 5",
      ].map(titleWithoutNumber),
      [
        "Sleep",
        "Food",
        "Safety",
        "988: what happens when you call",
        "2026: a year of care",
        "911 - when to call",
        "Flu season, in plain words",
        "Episode 5",
      ],
    );
  });

  it("measures the summary as the feed writes it, and summarises notes that have no paragraph", () => {
    const ampersands = `<p>${"Salt & pepper & herbs. ".repeat(300)}</p>`;
    const summary = episodeSummary(undefined, ampersands);
    assert.ok(bytes(summary.replace(/&/g, "&amp;")) <= DESCRIPTION_BYTES, String(bytes(summary)));
    assert.ok(summary.endsWith("herbs."));
    assert.equal(
      episodeSummary(undefined, "<h2>In this episode</h2><ul><li>Sleep.</li><li>Rest.</li></ul>"),
      "In this episode Sleep. Rest.",
    );
    const oneLongSentence = episodeSummary(undefined, `<p>${"word ".repeat(2000)}</p>`);
    assert.ok(bytes(oneLongSentence) <= DESCRIPTION_BYTES && oneLongSentence.endsWith("word…"));
    assert.equal(episodeSummary(undefined, "", "The title"), "The title");
  });

  it("prefixes OP3 with the show's guid, and turns the plan's rhythm into an update frequency", () => {
    assert.equal(op3Url("https://a.example/x.mp3", "g-1"), "https://op3.dev/e,pg=g-1/a.example/x.mp3");
    assert.deepEqual(
      [0, 0.5, 1, 2, 4, 8].map((n) => updateFrequency(n)?.rrule),
      [
        undefined,
        "FREQ=MONTHLY;INTERVAL=2",
        "FREQ=MONTHLY",
        "FREQ=WEEKLY;INTERVAL=2",
        "FREQ=WEEKLY",
        "FREQ=DAILY;INTERVAL=4",
      ],
    );
  });
});
