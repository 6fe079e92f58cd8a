import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { XMLValidator } from "fast-xml-parser";
import { parseRssFeed } from "feedsmith";
import { makeFixtureSite, post } from "../support/fixtureSite.ts";

/** Front matter of an episode using the sample files, with the podcast block's lines changed as given. */
function episode(title: string, date: string, podcast: Record<string, string | undefined> = {}, extra = ""): string {
  const fields: Record<string, string | undefined> = {
    guid: '"11111111-2222-4333-8444-555555555555"',
    audio: "/media/podcast/episode-001.mp3",
    season: "1",
    episode: "1",
    transcript: "/media/podcast/episode-001.vtt",
    ...podcast,
  };
  const block = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `  ${key}: ${value}`)
    .join("\n");
  return post(
    `title: ${JSON.stringify(title)}\ndate: ${date}\nauthor: tom-becker\n${extra}podcast:\n${block}`,
    "Show notes.",
  );
}

const feedOf = (site: ReturnType<typeof makeFixtureSite>) => {
  const xml = site.read("_site/podcast.xml");
  assert.equal(XMLValidator.validate(xml), true);
  return parseRssFeed(xml);
};

describe("podcast episodes that cannot be published", () => {
  const site = makeFixtureSite({
    "no-audio-file.md": episode("No audio file", "2026-01-01", {
      guid: '"a-1111-guid"',
      audio: "/media/podcast/missing.mp3",
    }),
    "no-transcript.md": episode("No transcript", "2026-01-02", { guid: '"a-2222-guid"', transcript: undefined }),
    "not-audio.md": episode("Not audio", "2026-01-03", { guid: '"a-3333-guid"', audio: "/media/podcast/broken.mp3" }),
    "bad-captions.md": episode("Bad captions", "2026-01-04", {
      guid: '"a-4444-guid"',
      transcript: "/media/podcast/broken.vtt",
    }),
    "remote-no-length.md": episode("Remote", "2026-01-05", {
      guid: '"a-5555-guid"',
      audio: "https://cdn.example/ep.mp3",
    }),
    "no-guid.md": episode("No guid", "2026-01-06", { guid: undefined }),
    "late-chapter.md": episode("Late chapter", "2026-01-07", {
      guid: '"a-7777-guid"',
      chapters: '[{ time: "9:00", title: "After the end" }]',
    }),
    "plain-http.md": episode("Plain http", "2026-01-08", { guid: '"a-8888-guid"', audio: "http://cdn.example/ep.mp3" }),
    "metadata.md": episode("Metadata", "2026-01-09", {
      guid: '"a-9999-guid"',
      audio: "https://169.254.169.254/latest/x.mp3",
    }),
    "loopback.md": episode("Loopback", "2026-01-10", { guid: '"a-1010-guid"', audio: "https://localhost:8080/x.mp3" }),
  });
  site.write("posts/media/podcast/broken.mp3", "this is not audio at all, just text pretending");
  site.write("posts/media/podcast/broken.vtt", "Hello, these are not captions.\n");
  const result = site.build();

  it("fail the build, naming each episode, field and fix", () => {
    assert.equal(result.status, 1);
    const expected = [
      'posts/no-audio-file.md:7: "podcast.audio" is "/media/podcast/missing.mp3", but there is no file posts/media/podcast/missing.mp3',
      'posts/no-transcript.md:5: "podcast.transcript" is missing: /media/podcast/episode-001.vtt (a WebVTT or SRT file: every episode needs one',
      'posts/not-audio.md: "podcast.audio" is "/media/podcast/broken.mp3", but its running time cannot be read: export it again as an MP3',
      'posts/bad-captions.md: "podcast.transcript" is not a valid VTT file (line 1): missing WEBVTT file header',
      'posts/remote-no-length.md:5: "podcast.length" is missing: for audio hosted elsewhere, give its size in bytes',
      'posts/remote-no-length.md:5: "podcast.duration" is missing',
      'posts/no-guid.md:5: "podcast.guid" is missing: every episode needs a permanent id, so podcast apps never show it twice. Add this line under podcast: guid: "',
      'posts/late-chapter.md: "podcast.chapters" has a chapter at 540 s, but the audio is only 75 s long',
      'posts/plain-http.md:7: "podcast.audio" is "http://cdn.example/ep.mp3": use the https:// address of the file',
      'posts/metadata.md:7: "podcast.audio" is "https://169.254.169.254/latest/x.mp3", which names a machine by its number or a local name: use the address your podcast host gives the file',
      'posts/loopback.md:7: "podcast.audio" is "https://localhost:8080/x.mp3", which names a machine by its number or a local name',
    ];
    for (const line of expected)
      assert.ok(result.output.includes(line), `missing: ${line}\n--- output ---\n${result.output}`);
  });
});

describe("an episode's guid", () => {
  it("stays the same when the episode is renamed", () => {
    const site = makeFixtureSite({ "episode.md": episode("Original title", "2026-01-01") });
    assert.equal(site.build().status, 0);
    const before = feedOf(site).items?.[0];
    site.write("posts/episode.md", episode("A better title", "2026-01-01"));
    assert.equal(site.build().status, 0);
    const after = feedOf(site).items?.[0];
    assert.equal(before?.title, "Original title");
    assert.equal(after?.title, "A better title");
    assert.equal(after?.guid?.value, before?.guid?.value);
    assert.equal(after?.guid?.value, "11111111-2222-4333-8444-555555555555");
  });

  it("must be unique", () => {
    const site = makeFixtureSite({ "one.md": episode("One", "2026-01-01"), "two.md": episode("Two", "2026-01-02") });
    const result = site.build();
    assert.equal(result.status, 1);
    assert.match(
      result.output,
      /"podcast\.guid" is "11111111-2222-4333-8444-555555555555", which posts\/(one|two)\.md already uses/,
    );
  });
});

describe("drafts and future episodes", () => {
  it("never appear in /podcast.xml, the podcast page or as chapters files", () => {
    const site = makeFixtureSite({
      "live.md": episode("Live episode", "2026-11-01", {
        guid: '"live-episode-guid"',
        chapters: '[{ time: "0:00", title: "Hi" }]',
      }),
      "draft.md": episode(
        "Draft episode",
        "2026-11-02",
        { guid: '"draft-episode-guid"', chapters: '[{ time: "0:00", title: "Hi" }]' },
        "draft: true\n",
      ),
      "future.md": episode("Future episode", "2026-12-01", {
        guid: '"future-episode-guid"',
        chapters: '[{ time: "0:00", title: "Hi" }]',
      }),
    });
    assert.equal(site.build().status, 0);
    assert.deepEqual(
      feedOf(site).items?.map((item) => item.title),
      ["Live episode"],
    );
    const page = site.read("_site/podcast/index.html");
    assert.ok(page.includes("Live episode"));
    assert.equal(page.includes("Draft episode") || page.includes("Future episode"), false);
    assert.throws(() => site.read("_site/posts/draft/chapters.json"));
    assert.throws(() => site.read("_site/posts/future/chapters.json"));
  });
});

describe("hostile text in an episode", () => {
  it("makes a well-formed feed that shows the text unchanged", () => {
    const hostile = "<script>alert(1)</script> & ]]> twice ]]> 🎙️ שלום";
    const site = makeFixtureSite({
      "hostile.md": episode(hostile, "2026-01-01", {
        guests: `[{ name: ${JSON.stringify(`Dr. ${hostile}`)}, role: "Guest" }]`,
        chapters: `[{ time: "0:00", title: ${JSON.stringify(hostile)} }]`,
      }),
    });
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    const item = feedOf(site).items?.[0];
    assert.equal(item?.title, hostile);
    assert.equal(item?.podcast?.persons?.[1]?.display, `Dr. ${hostile}`);
    assert.equal(JSON.parse(site.read("_site/posts/hostile/chapters.json")).chapters[0].title, hostile);
    const page = site.read("_site/posts/hostile/index.html");
    assert.equal(page.includes("<script>alert(1)"), false);
    assert.ok(page.includes("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; twice"));
  });
});

describe("show settings podcast directories would refuse", () => {
  it("fail the build: an unknown Apple category and cover art of the wrong shape", () => {
    const site = makeFixtureSite({ "ep.md": episode("Ep", "2026-01-01") });
    // Just enough of a PNG for its header to say 1000×800: the build reads the real size, not the name.
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(png);
    png.writeUInt32BE(1000, 16);
    png.writeUInt32BE(800, 20);
    site.write("posts/media/podcast/small.png", png);
    const show = JSON.parse(site.read("_data/podcast.json"));
    site.write(
      "_data/podcast.json",
      JSON.stringify({ ...show, category: "Health", image: "/media/podcast/small.png" }),
    );
    let result = site.build();
    assert.equal(result.status, 1);
    assert.match(
      result.output,
      /_data\/podcast\.json: "category" is "Health", which is not an Apple Podcasts category: use one of Arts, Business/,
    );

    site.write(
      "_data/podcast.json",
      JSON.stringify({ ...show, subcategory: "Cardiology", image: "/media/podcast/small.png" }),
    );
    result = site.build();
    assert.match(result.output, /"subcategory" is "Cardiology", which is not a subcategory of "Health & Fitness"/);

    site.write("_data/podcast.json", JSON.stringify({ ...show, image: "/media/podcast/small.png" }));
    result = site.build();
    assert.match(result.output, /_data\/podcast\.json: "image" is 1000×800 pixels: podcast cover art must be square/);

    site.write("_data/podcast.json", JSON.stringify({ ...show, image: "/media/podcast/episode-001.vtt" }));
    assert.match(
      site.build().output,
      /"image" is "\/media\/podcast\/episode-001\.vtt", which cannot be read as an image: use a JPEG or PNG/,
    );
  });
});

describe("other ways to publish an episode", () => {
  it("takes audio hosted elsewhere with its declared size and length, and an SRT transcript", () => {
    const site = makeFixtureSite({
      "remote.md": episode("Remote episode", "2026-01-01", {
        audio: "https://cdn.example.org/audio/remote.mp3",
        length: "12345678",
        duration: '"25:03"',
        transcript: "/media/podcast/remote.srt",
      }),
    });
    site.write(
      "posts/media/podcast/remote.srt",
      "1\n00:00:00,000 --> 00:00:02,500\nTom Becker: Welcome back.\n\n2\n00:00:02,500 --> 00:00:05,000\nGlad you are here.\n\n3\n00:00:05,000 --> 00:00:07,000\nAna Reyes: Thanks, Tom.\n",
    );
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    const item = feedOf(site).items?.[0];
    assert.deepEqual(item?.enclosures?.[0], {
      url: "https://cdn.example.org/audio/remote.mp3",
      length: 12345678,
      type: "audio/mpeg",
    });
    assert.equal(item?.itunes?.duration, 1503);
    assert.equal(item?.podcast?.transcripts?.[0]?.type, "application/x-subrip");
    // The one other origin a page may load from is the audio's host, and the security policy says so.
    assert.match(site.read("_site/_headers"), /media-src 'self' https:\/\/cdn\.example\.org;/);
    assert.match(site.read("_site/posts/remote/index.html"), /media-src &#39;self&#39; https:\/\/cdn\.example\.org;/);
    const page = site.read("_site/posts/remote/index.html");
    assert.match(page, /<strong class="transcript__speaker">Tom Becker:<\/strong> Welcome back\. Glad you are here\./);
    assert.match(page, /<strong class="transcript__speaker">Ana Reyes:<\/strong> Thanks, Tom\./);
  });

  it("ignores a typed length or duration for audio in the repository, and says so", () => {
    const site = makeFixtureSite({
      "typed.md": episode("Typed", "2026-01-01", { length: "999", duration: '"99:00"' }),
    });
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.match(
      result.output,
      /warning: posts\/typed\.md: "podcast\.length" is ignored: for audio in the repository the build reads the real value from the file/,
    );
    const item = feedOf(site).items?.[0];
    assert.equal(item?.enclosures?.[0]?.length, 300509);
    assert.equal(item?.itunes?.duration, 75);
  });
});
