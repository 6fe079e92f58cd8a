import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { DateTime } from "luxon";
import { atomFeed, jsonFeed, rssFeed } from "../../src/feeds/blogFeed.ts";
import type { FeedChannel, FeedEntry } from "../../src/feeds/entry.ts";
import { appleCategoryProblem } from "../../src/clinicData/appleCategories.ts";
import { chaptersJson } from "../../src/podcast/chapters.ts";
import type { Episode } from "../../src/podcast/episode.ts";
import { podcastFeed, type EpisodeEntry } from "../../src/podcast/feed.ts";
import { podcastGuid } from "../../src/podcast/guid.ts";
import type { Show } from "../../src/clinicData/showSchema.ts";
import { formatTimestamp, parseTimestamp } from "../../src/podcast/time.ts";

// Everything xml-js gets wrong unaided: markup, ampersands (and a literal "&amp;"), quotes, several CDATA
// terminators, emoji and right-to-left text.
const HOSTILE = '<script>alert("x")</script> & &amp; ]]> A ]]> B 🩺 שלום עולם مرحبا';
const decodeHtml = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

const channel: FeedChannel = {
  id: "https://clinic.example/",
  title: `Clinic ${HOSTILE}`,
  description: `About ${HOSTILE}`,
  homeUrl: "https://clinic.example/",
  language: "en-US",
  copyright: "© 2026 Clinic & Co",
  links: {
    rss: "https://clinic.example/feed.xml",
    atom: "https://clinic.example/feed.atom",
    json: "https://clinic.example/feed.json",
  },
};
const entry: FeedEntry = {
  id: "https://clinic.example/posts/hostile/",
  url: "https://clinic.example/posts/hostile/",
  title: HOSTILE,
  summary: `Summary ${HOSTILE}`,
  html: `<p>Body with ]]> twice ]]> and <a href="https://clinic.example/x?a=1&amp;b=2">a link</a></p>`,
  published: DateTime.fromISO("2026-03-01T00:00:00", { zone: "America/Chicago" }),
  updated: DateTime.fromISO("2026-03-05T00:00:00", { zone: "America/Chicago" }),
  author: { name: `Dr. ${HOSTILE}`, url: "https://clinic.example/authors/#ana" },
  tags: [
    { name: `tag ${HOSTILE}`, slug: "tag-script-alert", url: "https://clinic.example/tags/tag-script-alert/" },
    {
      name: "Mental health & kids",
      slug: "mental-health-and-kids",
      url: "https://clinic.example/tags/mental-health-and-kids/",
    },
  ],
};

function assertWellFormed(xml: string) {
  const result = XMLValidator.validate(xml);
  assert.equal(result, true, `not well-formed XML: ${JSON.stringify(result)}`);
}

describe("blog feeds with hostile text", () => {
  it("RSS is well-formed and shows every text unchanged", () => {
    const xml = rssFeed(channel, [entry]);
    assertWellFormed(xml);
    const feed = parseRssFeed(xml);
    assert.equal(feed.title, channel.title);
    assert.doesNotMatch(String(feed.description), /[<>]/);
    assert.equal(decodeHtml(String(feed.description)), channel.description);
    const item = feed.items?.[0];
    assert.equal(item?.title, HOSTILE);
    // Readers show an item's <description> as HTML: the summary is plain text, so it arrives escaped.
    assert.doesNotMatch(String(item?.description), /[<>]/);
    assert.equal(decodeHtml(String(item?.description)), entry.summary);
    assert.equal(item?.content?.encoded, entry.html);
    // feedsmith reads <author> as an address and tidies it, so the raw element is checked as XML instead.
    const raw = new XMLParser({ htmlEntities: false }).parse(xml);
    assert.equal(raw.rss.channel.item.author, entry.author.name);
    assert.deepEqual(
      item?.categories?.map((c) => c.name),
      entry.tags.map((t) => t.name),
    );
    assert.equal(item?.guid?.value, entry.id);
    assert.equal(item?.pubDate, "Sun, 01 Mar 2026 06:00:00 GMT");
  });

  it("Atom is well-formed, and its HTML titles decode to the text unchanged", () => {
    const xml = atomFeed(channel, [entry]);
    assertWellFormed(xml);
    const feed = parseAtomFeed(xml);
    assert.equal(feed.title?.value, channel.title);
    const item = feed.entries?.[0];
    assert.equal(decodeHtml(String(item?.title?.value)), HOSTILE);
    assert.equal(decodeHtml(String(item?.summary?.value)), entry.summary);
    assert.equal(item?.content?.value, entry.html);
    assert.equal(item?.authors?.[0]?.name, entry.author.name);
    // Atom labels go through `feed`'s own "&" escape, which cannot carry a "<": such a tag keeps only its term.
    assert.deepEqual(
      item?.categories?.map((c) => [c.term, c.label]),
      [
        ["tag-script-alert", undefined],
        ["mental-health-and-kids", "Mental health & kids"],
      ],
    );
    assert.equal(item?.published, "2026-03-01T06:00:00.000Z");
    assert.equal(item?.updated, "2026-03-05T06:00:00.000Z");
  });

  it("JSON Feed 1.1 carries the text unchanged, with authors and language", () => {
    const json = JSON.parse(jsonFeed(channel, [entry]));
    assert.equal(json.version, "https://jsonfeed.org/version/1.1");
    assert.equal(json.language, "en-US");
    const feed = parseJsonFeed(json);
    const item = feed.items?.[0];
    assert.equal(item?.title, HOSTILE);
    assert.equal(item?.content_html, entry.html);
    // JSON Feed's summary is plain text, shown as it is.
    assert.equal(item?.summary, entry.summary);
    assert.equal(item?.authors?.[0]?.name, entry.author.name);
    assert.deepEqual(
      item?.tags,
      entry.tags.map((t) => t.name),
    );
    assert.equal(item?.date_published, "2026-03-01T06:00:00.000Z");
    assert.equal(item?.date_modified, "2026-03-05T06:00:00.000Z");
  });
});

const show: Show = {
  title: `Talk ${HOSTILE}`,
  description: `Show ${HOSTILE}`,
  author: "Clinic & Co",
  owner: { name: `Owner ${HOSTILE}`, email: "pod@clinic.example" },
  language: "en-US",
  copyright: "© Clinic",
  image: "/media/cover.jpg",
  category: "Health & Fitness",
  subcategory: "Medicine",
  explicit: false,
  type: "episodic",
  locked: true,
  languages: {},
  funding: { url: "https://clinic.example/give?a=1&b=2", text: `Give ${HOSTILE}` },
  hosts: [{ name: `Host ${HOSTILE}`, role: "host" }],
  subscribe: {},
  block: false,
  complete: false,
  txt: [],
  op3: false,
};
const episode: Episode = {
  guid: "8d0c5e43-0c0f-4b8e-9d39-2c52fb8a1a11",
  audio: { url: "/media/ep1.mp3", length: 300509, duration: 75, type: "audio/mpeg" },
  season: 1,
  episode: 1,
  episodeType: "full",
  explicit: false,
  block: false,
  transcript: { url: "/media/ep1.vtt", type: "text/vtt", turns: [] },
  chapters: [{ start: 0, title: "Welcome" }],
  guests: [{ name: `Guest ${HOSTILE}`, role: "Doctor" }],
};
const episodeEntry: EpisodeEntry = {
  ...entry,
  episode,
  audioUrl: "https://clinic.example/media/ep1.mp3?x=1&y=2",
  transcriptUrl: "https://clinic.example/media/ep1.vtt",
  chaptersUrl: "https://clinic.example/posts/hostile/chapters.json",
};
const addresses = {
  feedUrl: "https://clinic.example/podcast.xml",
  pageUrl: "https://clinic.example/podcast/",
  imageUrl: "https://clinic.example/media/cover.jpg",
};

describe("the podcast feed with hostile text", () => {
  const xml = podcastFeed(show, addresses, [episodeEntry]);

  it("is well-formed and shows every text unchanged", () => {
    assertWellFormed(xml);
    const feed = parseRssFeed(xml);
    assert.equal(feed.title, show.title);
    // Podcast apps show the show's description as HTML (Apple allows links and lists in it).
    assert.doesNotMatch(String(feed.description), /[<>]/);
    assert.equal(decodeHtml(String(feed.description)), show.description);
    assert.equal(feed.itunes?.owner?.name, show.owner.name);
    assert.equal(feed.podcast?.fundings?.[0]?.display, show.funding?.text);
    assert.equal(feed.podcast?.fundings?.[0]?.url, show.funding?.url);
    const item = feed.items?.[0];
    assert.equal(item?.title, HOSTILE);
    assert.deepEqual(
      item?.podcast?.persons?.map((p) => [p.display, p.role]),
      [
        [`Host ${HOSTILE}`, "host"],
        [`Guest ${HOSTILE}`, "guest"],
      ],
    );
    assert.equal(item?.enclosures?.[0]?.url, episodeEntry.audioUrl);
  });

  it("declares the podcast namespace on <rss>", () => {
    assert.match(
      xml,
      /<rss version="2\.0" xmlns:podcast="https:\/\/podcastindex\.org\/namespace\/1\.0"[^>]* xmlns:itunes="http:\/\/www\.itunes\.com\/dtds\/podcast-1\.0\.dtd"/,
    );
  });
});

describe("podcast details", () => {
  it("derives podcast:guid from the feed URL as the namespace's own examples do", () => {
    assert.equal(podcastGuid("https://mp3s.nashownotes.com/pc20rss.xml"), "917393e3-1b1e-5cef-ace4-edaa54e1f810");
    assert.equal(podcastGuid("http://podnews.net/rss/"), "9b024349-ccf0-5f69-a609-6b82873eab3c");
  });

  it("reads chapter times the way editors write them", () => {
    assert.equal(parseTimestamp("0:17"), 17);
    assert.equal(parseTimestamp("1:02:05"), 3725);
    assert.equal(parseTimestamp(75), 75);
    assert.equal(parseTimestamp("75"), 75);
    assert.equal(parseTimestamp("1:75"), undefined);
    assert.equal(parseTimestamp("75:30"), 4530);
    assert.equal(parseTimestamp("1:75:00"), undefined);
    assert.equal(parseTimestamp("soon"), undefined);
    assert.equal(formatTimestamp(75), "1:15");
    assert.equal(formatTimestamp(3725), "1:02:05");
  });

  it("accepts Apple's categories and refuses others", () => {
    assert.equal(appleCategoryProblem("Health & Fitness", "Medicine"), undefined);
    assert.equal(appleCategoryProblem("Technology"), undefined);
    assert.match(appleCategoryProblem("Health") ?? "", /is "Health", which is not an Apple Podcasts category/);
    assert.match(
      appleCategoryProblem("Health & Fitness", "Cardiology") ?? "",
      /not a subcategory of "Health & Fitness": use one of Alternative Health/,
    );
    assert.match(appleCategoryProblem("Technology", "Gadgets") ?? "", /this category has no subcategories/);
  });

  it("writes chapters in the Podcasting 2.0 JSON chapters format", () => {
    const json = JSON.parse(
      chaptersJson(
        {
          ...episode,
          chapters: [
            { start: 0, title: "Hi" },
            { start: 17, title: "Flu", url: "https://www.cdc.gov/flu/" },
          ],
        },
        "Ep",
      ),
    );
    assert.deepEqual(json, {
      version: "1.2.0",
      title: "Ep",
      chapters: [
        { startTime: 0, title: "Hi" },
        { startTime: 17, title: "Flu", url: "https://www.cdc.gov/flu/" },
      ],
    });
  });
});
