import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { nameFromTag, topicNamer } from "../../src/blog/topics.ts";
import { makeFixtureSite, post, type Fixture } from "../support/fixtureSite.ts";

describe("topic names", () => {
  it("come from the tag when nothing names them: dashes become spaces, the first letter a capital", () => {
    assert.equal(nameFromTag("mental-health"), "Mental health");
    assert.equal(nameFromTag("nutrition"), "Nutrition");
    assert.equal(nameFromTag("heart_health"), "Heart health");
  });

  it("keep a tag an editor already wrote as a name", () => {
    assert.equal(nameFromTag("Food & Drink"), "Food & Drink");
    assert.equal(nameFromTag("COVID-19"), "COVID-19");
  });

  it("come from _data/topics.json first, then from the tip category of the same address part", () => {
    const name = topicNamer({
      topics: { "mental-health": "Your mind", news: "Clinic news" },
      tipCategories: [
        { id: "mental-health", name: "Mental health", description: "…" },
        { id: "kids", name: "Children", description: "…" },
      ],
    });
    assert.equal(name("mental-health"), "Your mind");
    assert.equal(name("Mental Health"), "Your mind", "tags that share an address share a name");
    assert.equal(name("kids"), "Children");
    assert.equal(name("news"), "Clinic news");
    assert.equal(name("prevention"), "Prevention");
  });
});

describe("a topic's name and its tips, in a built site", () => {
  let site: Fixture;
  before(() => {
    site = makeFixtureSite({
      "heart.md": post(
        'title: "Walking for your heart"\ndate: 2026-03-01\nauthor: ana-reyes\ntags: [heart-health, mental-health]',
      ),
      "tips/calm.md": post(
        'title: "Three slow breaths"\ndate: 2026-03-02\nauthor: ana-reyes\ncategory: mental-health\naudience: "adults"\nsummary: "A calming habit."\nreviewed: 2026-03-02\nreviewer: ana-reyes\nsources:\n  - title: "NIMH"\n    url: "https://www.nimh.nih.gov/"',
        "- [ ] Breathe in slowly",
      ),
    });
    site.write("_data/topics.json", JSON.stringify({ "heart-health": "Heart health & exercise" }));
    const built = site.build();
    assert.equal(built.status, 0, built.output);
  });
  after(() => rmSync(site.dir, { recursive: true, force: true }));
  const read = (file: string) => site.read(path.join("_site", file));

  it("names the topic on its page, the topics list, the post's links, the feeds and the share texts", () => {
    assert.match(read("tags/heart-health/index.html"), /<title>Heart health &amp; exercise \|/);
    assert.match(
      read("tags/heart-health/index.html"),
      /<h1><span class="topic">Heart health &amp; exercise<\/span><\/h1>/,
    );
    assert.match(read("tags/index.html"), />Heart health &amp; exercise<\/a>/);
    assert.match(read("posts/heart/index.html"), /<a href="\/tags\/heart-health\/">Heart health &amp; exercise<\/a>/);
    assert.match(
      read("tags/heart-health/feed.xml"),
      /<title><!\[CDATA\[.*: Heart health & exercise\]\]><\/title>|<title>.*: Heart health &amp; exercise<\/title>/,
    );
    assert.match(
      read("feed.xml"),
      /<category domain="[^"]*\/tags\/heart-health\/">Heart health &amp; exercise<\/category>/,
    );
    const snippets = JSON.parse(read("social/snippets.json")) as { channels: { mastodon: { text: string } } }[];
    assert.match(snippets.map((s) => s.channels.mastodon.text).join("\n"), /#HeartHealthExercise #MentalHealth/);
  });

  it("lists the tips of the same-named category on the topic page, and links back from the category", () => {
    const topic = read("tags/mental-health/index.html");
    assert.match(topic, /<h2 id="topic-tips">Health tips<\/h2>/);
    assert.match(topic, /<a href="\/tips\/calm\/">Three slow breaths<\/a>/);
    assert.match(
      read("tips/mental-health/index.html"),
      /<a href="\/tags\/mental-health\/">Posts about Mental health<\/a> \(1\)/,
    );
    assert.doesNotMatch(read("tags/heart-health/index.html"), /topic-tips/);
  });

  it("reports a topics file whose keys are not addresses, naming the file and the fix", () => {
    site.write("_data/topics.json", JSON.stringify({ "Heart Health": "Heart health", kids: "" }));
    const built = site.build();
    site.write("_data/topics.json", "{}");
    assert.notEqual(built.status, 0);
    assert.match(built.output, /_data\/topics\.json/);
    assert.match(built.output, /lowercase letters, digits and dashes, like "mental-health"/);
    assert.match(built.output, /kids.*is empty: add the topic's name/);
  });
});
