import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { parse, type HTMLElement } from "node-html-parser";
import { isoDuration, jsonForScript } from "../../src/structuredData/pageGraph.ts";
import { openingHours } from "../../src/structuredData/clinicNodes.ts";
import { buildSampleSite, makeFixtureSite, post } from "../support/fixtureSite.ts";
import { clinic } from "../support/sampleSite.ts";

type Node = Record<string, any>;

/** A page's one structured-data graph, by type, with the page's own HTML to compare it with. */
function graphOf(html: string) {
  const page = parse(html);
  const scripts = page.querySelectorAll('script[type="application/ld+json"]');
  assert.equal(scripts.length, 1, "one graph per page");
  const graph = JSON.parse(scripts[0]!.textContent);
  assert.equal(graph["@context"], "https://schema.org");
  const nodes: Node[] = graph["@graph"];
  const byId = new Map(nodes.filter((n) => n["@id"]).map((n) => [n["@id"], n]));
  const one = (type: string) => {
    const found = nodes.filter((n) => n["@type"] === type);
    assert.equal(found.length, 1, `one ${type} node`);
    return found[0]!;
  };
  return { page, nodes, byId, one, types: nodes.map((n) => n["@type"]) };
}

const text = (element: HTMLElement | null) => element?.textContent.replace(/\s+/g, " ").trim();

describe("structured data (schema.org JSON-LD)", () => {
  let site: string;
  let pages: string[];
  const read = (url: string) => readFileSync(path.join(site, url, "index.html"), "utf8");
  before(() => {
    site = buildSampleSite();
    // The web editor's page (there when the build knows the repository, as on GitHub Actions) is for staff,
    // robots are told to keep out, and it says nothing to search engines.
    pages = readdirSync(site, { recursive: true, encoding: "utf8" }).filter(
      (file) => file.endsWith(".html") && !file.startsWith("admin/"),
    );
  });

  it("gives every page one graph with the clinic, the website, the page and its breadcrumb trail", () => {
    assert.ok(pages.length > 50);
    for (const file of pages) {
      const { one, byId, page } = graphOf(readFileSync(path.join(site, file), "utf8"));
      const clinicNode = one("MedicalClinic");
      assert.equal(clinicNode.name, clinic.name, file);
      const website = one("WebSite");
      assert.equal(byId.get(website.publisher["@id"]), clinicNode, file);
      const canonical = page.querySelector('link[rel="canonical"]')!.getAttribute("href")!;
      const webPage = byId.get(`${canonical}#webpage`);
      assert.ok(webPage, `${file}: a node for the page itself`);
      assert.equal(webPage.url, canonical);
      assert.equal(byId.get(webPage.isPartOf["@id"]), website);
      const trail = byId.get(webPage.breadcrumb["@id"])!;
      assert.equal(trail["@type"], "BreadcrumbList", file);
      // At the home page of the page's language: /es/ for a Spanish page.
      const home = /^es\//.test(file) ? `${clinicNode.url}es/` : clinicNode.url;
      assert.equal(trail.itemListElement[0].item, home, `${file}: the trail starts at home`);
      assert.equal(trail.itemListElement.at(-1).item, canonical, `${file}: and ends at the page`);
    }
  });

  it("describes the clinic from clinic.json: address, phone, hours, its social accounts and its policy page", () => {
    const clinicNode = graphOf(read("")).one("MedicalClinic");
    assert.equal(clinicNode.telephone, clinic.phone);
    assert.equal(clinicNode.address.streetAddress, clinic.address.street);
    assert.deepEqual(
      clinicNode.sameAs,
      clinic.social.map((account: { url: string }) => account.url),
    );
    assert.deepEqual(clinicNode.openingHoursSpecification[0], {
      "@type": "OpeningHoursSpecification",
      dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
      opens: "08:00",
      closes: "19:00",
    });
    assert.equal(clinicNode.publishingPrinciples, `${clinic.url}/editorial-policy/`);
    assert.ok(pages.includes("editorial-policy/index.html"));
  });

  it("makes a reviewed post a BlogPosting on a MedicalWebPage: author, dates, reviewer and sources as the page shows", () => {
    const { one, byId, page } = graphOf(read("posts/eating-well-with-diabetes"));
    const article = one("BlogPosting");
    const webPage = one("MedicalWebPage");
    assert.equal(article.headline, text(page.querySelector("h1")));
    assert.equal(byId.get(webPage.mainEntity["@id"]), article);
    assert.equal(article.datePublished.slice(0, 10), page.querySelector(".post__meta time")!.getAttribute("datetime"));
    const author = byId.get(article.author["@id"])!;
    assert.equal(author["@type"], "Person");
    assert.equal(author.name, text(page.querySelector('.post__meta a[href^="/authors/"]')));
    assert.equal(typeof author.jobTitle, "string");
    const reviewer = byId.get(webPage.reviewedBy["@id"])!;
    assert.match(text(page.querySelector(".post__review"))!, new RegExp(`Medically reviewed by ${reviewer.name}`));
    assert.equal(reviewer.honorificSuffix, "MD");
    assert.deepEqual(reviewer.hasCredential, [{ "@type": "EducationalOccupationalCredential", name: "MD" }]);
    assert.equal(webPage.lastReviewed, page.querySelector(".post__review-dates time")!.getAttribute("datetime"));
    assert.equal(article.inLanguage, clinic.language);
    assert.match(article.image, /^https:\/\//);
  });

  it("cites a post's sources, and a tip is a MedicalWebPage with its audience, reviewer, review date and sources", () => {
    const falls = graphOf(read("posts/preventing-falls-at-home"));
    const shown = falls.page
      .querySelectorAll(".sources a")
      .map((a) => ({ name: text(a), url: a.getAttribute("href") }));
    assert.ok(shown.length > 0);
    assert.deepEqual(
      falls.one("BlogPosting").citation.map((c: Node) => ({ name: c.name, url: c.url })),
      shown,
    );

    const { one, byId, page } = graphOf(read("tips/hand-washing-basics"));
    const tip = one("MedicalWebPage");
    assert.equal(tip.name, text(page.querySelector("h1")));
    assert.deepEqual(tip.audience, {
      "@type": "PeopleAudience",
      audienceType: text(page.querySelector(".tip__facts dd")),
    });
    assert.equal(byId.get(tip.reviewedBy["@id"])!.name, "James Okafor");
    assert.equal(tip.lastReviewed, page.querySelector(".post__review-dates time")!.getAttribute("datetime"));
    assert.equal(tip.citation.length, page.querySelectorAll(".sources li").length);
  });

  it("makes an episode a PodcastEpisode of the show, with its audio, running time and transcript", () => {
    const { one, byId, page } = graphOf(read("posts/podcast-flu-season-in-plain-words"));
    const episode = one("PodcastEpisode");
    const series = byId.get(episode.partOfSeries["@id"])!;
    assert.equal(series["@type"], "PodcastSeries");
    assert.equal(series.webFeed, `${clinic.url}/podcast.xml`);
    const audio = episode.associatedMedia;
    assert.equal(audio["@type"], "AudioObject");
    assert.equal(audio.contentUrl, `${clinic.url}${page.querySelector("audio")!.getAttribute("src")}`);
    assert.equal(audio.encodingFormat, "audio/mpeg");
    assert.equal(audio.duration, "PT1M15S");
    assert.match(audio.transcript, /^Tom Becker: /);
    assert.equal(episode.episodeNumber, 1);
    assert.equal(graphOf(read("podcast")).one("PodcastSeries")["@id"], series["@id"]);
  });

  it("names the staff as people on the writers page, and lists as collection pages", () => {
    const writers = graphOf(read("authors"));
    const people = writers.nodes.filter((n) => n["@type"] === "Person");
    assert.deepEqual(
      people.map((p) => p.name).sort(),
      writers.page
        .querySelectorAll(".author-section h2")
        .map((h) => text(h)!.replace(/,.*$/, ""))
        .sort(),
    );
    assert.equal(writers.one("CollectionPage").mainEntity.itemListElement.length, people.length);
    for (const url of ["archive", "tags", "tags/nutrition", "tips", "tips/nutrition", "podcast"])
      assert.ok(graphOf(read(url)).types.includes("CollectionPage"), url);
    const profile = graphOf(read("authors/ana-reyes"));
    const person = profile.byId.get(profile.one("ProfilePage").mainEntity["@id"])!;
    assert.equal(person.name, "Ana Reyes");
    assert.equal(person.url, `${clinic.url}/authors/ana-reyes/`);
    assert.equal(person.jobTitle, text(profile.page.querySelector(".author-card__role"))!.replace(/ Clinician$/, ""));
    const trail = graphOf(read("tags/nutrition")).one("BreadcrumbList").itemListElement;
    assert.deepEqual(
      trail.map((item: Node) => item.name),
      ["Home", "Topics", "Nutrition"],
    );
  });
});

describe("structured data is data, never markup", () => {
  it("writes no text that could end its script element, whatever a title holds", () => {
    const title = `Tips </script><script>alert(1)</script> <!-- & \u2028 more`;
    const site = makeFixtureSite({
      "a.md": post(`title: ${JSON.stringify(title)}\ndate: 2026-01-01\nauthor: ana-reyes`),
    });
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    const html = site.read("_site/posts/a/index.html");
    const block = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html)![1]!;
    assert.doesNotMatch(block, /<|>|\u2028/);
    const graph = JSON.parse(block);
    assert.equal(graph["@graph"].find((n: Node) => n["@type"] === "BlogPosting").headline, title);
    const scripts = parse(html).querySelectorAll("script");
    assert.deepEqual(
      scripts
        .filter((script) => !script.getAttribute("src")?.startsWith("/assets/"))
        .map((s) => s.getAttribute("type")),
      ["application/ld+json"],
      "no script of the title's own",
    );
  });

  it("escapes the five characters JSON allows raw but HTML does not", () => {
    assert.equal(jsonForScript({ "@context": "https://schema.org", "@graph": [] } as never).includes("<"), false);
    assert.equal(JSON.parse(jsonForScript({ a: "</script>&\u2029" } as never)).a, "</script>&\u2029");
  });
});

describe("pieces of the graph", () => {
  it("reads clinic hours written in plain English, and leaves out what it cannot read", () => {
    assert.deepEqual(
      openingHours([
        { days: "Monday, Wednesday and Friday", open: "7:30 am", close: "12 pm" },
        { days: "Tuesday through Thursday", open: "13:00", close: "9:00 p.m." },
        { days: "Sunday", open: "Closed", close: "" },
        { days: "Lunes a viernes", open: "8:00", close: "17:00" },
      ]).map((spec) => [spec.dayOfWeek, spec.opens, spec.closes]),
      [
        [["Monday", "Wednesday", "Friday"], "07:30", "12:00"],
        [["Tuesday", "Wednesday", "Thursday"], "13:00", "21:00"],
      ],
    );
  });

  it("writes running times as ISO 8601 durations", () => {
    assert.deepEqual([0, 75, 3600, 3725.4].map(isoDuration), ["PT0S", "PT1M15S", "PT1H", "PT1H2M5S"]);
  });
});
