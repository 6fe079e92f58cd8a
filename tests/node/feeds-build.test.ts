import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { XMLValidator } from "fast-xml-parser";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { buildSampleSite, makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";
import { clinic, DRAFT, PUBLISHED, SCHEDULED } from "../support/sampleSite.ts";

const site = buildSampleSite();
const read = (file: string) => readFileSync(path.join(site, file), "utf8");
const rss = (file: string) => {
  const xml = read(file);
  assert.equal(XMLValidator.validate(xml), true, `${file} is not well-formed XML`);
  return parseRssFeed(xml);
};

describe("the blog's feeds on the sample site", () => {
  it("/feed.xml is RSS 2.0 with every published post, newest first, and no draft or scheduled post", () => {
    const feed = rss("feed.xml");
    assert.deepEqual(
      feed.items?.map((item) => item.link),
      PUBLISHED.map((slug) => `${clinic.url}/posts/${slug}/`),
    );
    const xml = read("feed.xml");
    assert.equal(xml.includes(DRAFT), false);
    assert.equal(xml.includes(SCHEDULED), false);
  });

  it("/feed.atom is Atom 1.0 and /feed.json is JSON Feed 1.1, with the same posts", () => {
    const atomXml = read("feed.atom");
    assert.equal(XMLValidator.validate(atomXml), true);
    const atom = parseAtomFeed(atomXml);
    assert.deepEqual(
      atom.entries?.map((entry) => entry.id),
      PUBLISHED.map((slug) => `${clinic.url}/posts/${slug}/`),
    );
    const json = JSON.parse(read("feed.json"));
    assert.equal(json.version, "https://jsonfeed.org/version/1.1");
    assert.deepEqual(
      parseJsonFeed(json).items?.map((item) => item.url),
      PUBLISHED.map((slug) => `${clinic.url}/posts/${slug}/`),
    );
  });

  it("carries full HTML with absolute links and images, the author, tags and dates", () => {
    const item = rss("feed.xml").items?.find((i) => i.link?.endsWith("/flu-shots-are-here/"));
    const html = item?.content?.encoded ?? "";
    assert.ok(html.length > 1500, "the whole post, not a summary");
    assert.doesNotMatch(html, /(href|src)="\/(?!\/)/, "no site-relative addresses");
    assert.match(html, /href="https:\/\/www\.cdc\.gov\//);
    assert.match(html, new RegExp(`href="${clinic.url}/posts/flu-shots-are-here/#`));
    assert.deepEqual(
      item?.categories?.map((c) => c.name),
      // Each topic by its name: from _data/topics.json ("news"), its tip category, or the tag itself.
      ["Seasonal", "Prevention", "Clinic news"],
    );
    assert.equal(item?.pubDate, "Mon, 05 Oct 2026 05:00:00 GMT");
    const atom = parseAtomFeed(read("feed.atom")).entries?.find((e) =>
      e.id?.endsWith("/eating-more-vegetables-on-a-budget/"),
    );
    assert.equal(atom?.authors?.[0]?.name, "James Okafor");
    assert.equal(atom?.published, "2025-11-17T06:00:00.000Z");
    assert.equal(atom?.updated, "2026-01-05T06:00:00.000Z");
    // The post's own image leads its feed entry, so readers see it there too.
    assert.ok(
      html.startsWith(`<p><img src="${clinic.url}/posts/images/flu-shot-clinic.svg" alt="`),
      html.slice(0, 200),
    );
  });

  it("has an RSS feed per topic with only that topic's posts", () => {
    const feed = rss("tags/nutrition/feed.xml");
    assert.equal(feed.title, `${clinic.name}: Nutrition`);
    assert.deepEqual(
      feed.items?.map((item) => item.title),
      [
        "Eating well on a budget",
        "Eating well with diabetes: building a balanced plate",
        "Ten ways to eat more vegetables on a budget",
      ],
    );
    for (const topic of readdirSync(path.join(site, "tags"))) {
      if (!existsSync(path.join(site, "tags", topic, "feed.xml"))) continue;
      const items = rss(`tags/${topic}/feed.xml`).items ?? [];
      assert.ok(
        items.length > 0 &&
          items.every((item) => item.categories?.some((c) => c.domain === `${clinic.url}/tags/${topic}/`)),
        topic,
      );
    }
    assert.ok(existsSync(path.join(site, "tags/kids/feed.xml")));
  });
});

describe("a clinic with many posts", () => {
  it("puts only the latest 50 in each feed", () => {
    const posts: Record<string, string> = {};
    for (let day = 1; day <= 55; day++) {
      const date = `2026-0${1 + Math.floor((day - 1) / 28)}-${String(((day - 1) % 28) + 1).padStart(2, "0")}`;
      posts[`post-${String(day).padStart(2, "0")}.md`] = post(
        `title: "Post ${day}"\ndate: ${date}\nauthor: ana-reyes\ntags: [kids]`,
      );
    }
    const fixture = makeFixtureSite(posts);
    assert.equal(fixture.build().status, 0);
    const items = parseRssFeed(fixture.read("_site/feed.xml")).items ?? [];
    assert.equal(items.length, 50);
    assert.equal(items[0]?.title, "Post 55");
    assert.equal(items.at(-1)?.title, "Post 6");
    assert.equal(parseRssFeed(fixture.read("_site/tags/kids/feed.xml")).items?.length, 50);
    assert.equal(JSON.parse(fixture.read("_site/feed.json")).items.length, 50);
  });
});

describe("feed autodiscovery", () => {
  it("every page head links the blog and podcast feeds, and a topic page its own feed", () => {
    for (const file of ["index.html", "about/index.html", "posts/flu-shots-are-here/index.html"]) {
      const html = read(file);
      assert.match(html, /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/feed\.xml">/, file);
      assert.match(
        html,
        /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/feed\.atom">/,
        file,
      );
      assert.match(
        html,
        /<link rel="alternate" type="application\/feed\+json" title="[^"]+" href="\/feed\.json">/,
        file,
      );
      assert.match(
        html,
        /<link rel="alternate" type="application\/rss\+xml" title="[^"]+\(podcast\)" href="\/podcast\.xml">/,
        file,
      );
    }
    assert.match(read("tags/kids/index.html"), /href="\/tags\/kids\/feed\.xml"/);
  });
});

describe("the podcast feed on the sample site", () => {
  const xml = read("podcast.xml");
  const feed = rss("podcast.xml");
  const show = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "_data/podcast.json"), "utf8"));

  it("has every channel tag podcast apps need", () => {
    assert.equal(feed.title, show.title);
    assert.equal(feed.description, show.description);
    assert.equal(feed.link, `${clinic.url}/podcast/`);
    assert.equal(feed.language, "en-US");
    assert.equal(feed.copyright, show.copyright);
    assert.equal(feed.itunes?.image, `${clinic.url}/media/podcast/cover.jpg`);
    assert.deepEqual(feed.itunes?.categories, [{ text: "Health & Fitness", categories: [{ text: "Medicine" }] }]);
    assert.equal(feed.itunes?.explicit, false);
    assert.equal(feed.itunes?.author, show.author);
    assert.deepEqual(feed.itunes?.owner, show.owner);
    assert.equal(feed.itunes?.type, "episodic");
    assert.equal(feed.podcast?.guid, "3e253a22-1d64-56cb-8329-99941e54997a"); // UUIDv5 of blog.riverbend-health.example/podcast.xml
    assert.deepEqual(feed.podcast?.locked, { value: true, owner: show.owner.email });
    assert.deepEqual(feed.podcast?.fundings, [{ url: show.funding.url, display: show.funding.text }]);
    assert.match(xml, /<rss version="2\.0" xmlns:podcast="https:\/\/podcastindex\.org\/namespace\/1\.0"/);
  });

  it("has every item tag, with the audio file's real size and running time", () => {
    // Durations as ffprobe measured the sample files when they were made (scripts/make-sample-podcast.ts).
    const measured: Record<string, { file: string; seconds: number; guid: string }> = {
      "Flu season, in plain words": {
        file: "episode-001",
        seconds: 75.05,
        guid: "bf3e826a-9a55-459a-9923-7cdfb22c9a1b",
      },
      "Eating well on a budget": { file: "episode-002", seconds: 76.826, guid: "87cba900-68da-4542-ab6f-f89669e6df78" },
      "Welcome to Riverbend Health Talk": {
        file: "trailer",
        seconds: 19.554,
        guid: "9214b992-471d-4b07-9942-ecc1d3216336",
      },
    };
    assert.deepEqual(
      feed.items?.map((item) => item.title),
      ["Eating well on a budget", "Flu season, in plain words", "Welcome to Riverbend Health Talk"],
    );
    for (const item of feed.items ?? []) {
      const expected = measured[item.title ?? ""]!;
      const trailer = item.title === "Welcome to Riverbend Health Talk";
      const enclosure = item.enclosures?.[0];
      assert.equal(enclosure?.url, `${clinic.url}/media/podcast/${expected.file}.mp3`);
      assert.equal(enclosure?.type, "audio/mpeg");
      assert.equal(
        enclosure?.length,
        statSync(path.join(PROJECT_ROOT, `posts/media/podcast/${expected.file}.mp3`)).size,
      );
      assert.ok(
        Math.abs((item.itunes?.duration ?? 0) - expected.seconds) <= 1,
        `duration ${item.itunes?.duration} vs ${expected.seconds}`,
      );
      assert.deepEqual(item.guid, { value: expected.guid, isPermaLink: false });
      assert.match(item.pubDate ?? "", /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Oct|Nov) 2026 \d{2}:\d{2}:\d{2} GMT$/);
      assert.equal(item.itunes?.season, 1);
      assert.equal(item.itunes?.episodeType, trailer ? "trailer" : "full");
      assert.equal(item.itunes?.explicit, false);
      assert.doesNotMatch(item.description ?? "", /<h2/, "description is the summary (see podcast-lifecycle.test.ts)");
      assert.ok((item.content?.encoded ?? "").includes("<p>"), "content:encoded carries the show notes");
      assert.deepEqual(item.podcast?.transcripts, [
        {
          url: `${clinic.url}/media/podcast/${expected.file}.vtt`,
          type: "text/vtt",
          language: "en-US",
          rel: "captions",
        },
      ]);
      if (trailer) continue;
      assert.equal(item.podcast?.chapters?.type, "application/json+chapters");
      assert.deepEqual(
        item.podcast?.persons?.map((p) => p.role),
        ["host", "guest"],
      );
    }
    assert.equal(feed.items?.[1]?.itunes?.episode, 1);
    assert.equal(feed.items?.[0]?.itunes?.episode, 2);
  });

  it("publishes each episode's chapters file where the feed says, in the JSON chapters format", () => {
    const item = feed.items?.find((i) => i.title === "Flu season, in plain words");
    const url = item?.podcast?.chapters?.url ?? "";
    const chapters = JSON.parse(read(url.replace(`${clinic.url}/`, "")));
    assert.equal(chapters.version, "1.2.0");
    assert.deepEqual(chapters.chapters[1], {
      startTime: 17,
      title: "Why a flu shot every year",
      url: "https://www.cdc.gov/flu/",
    });
  });
});
