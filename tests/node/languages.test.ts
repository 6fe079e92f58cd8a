import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { XMLParser } from "fast-xml-parser";
import { fill } from "../../src/lib/fill.ts";
import { buildSampleSite, makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

const SITE = "https://blog.riverbend-health.example";
const FLU = { en: "/posts/flu-shots-are-here/", es: "/es/posts/ya-llegaron-las-vacunas-contra-la-gripe/" };

/** The hreflang links in a page's head, as { locale: address }. */
const hreflangs = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]),
  );

describe("the sample clinic in English and Spanish", () => {
  const site = buildSampleSite();
  const page = (url: string) => readFileSync(path.join(site, url, url.endsWith(".xml") ? "" : "index.html"), "utf8");

  it("writes each page in its language: <html lang>, dates and the clinic's own words", () => {
    const home = page("/es/");
    assert.match(home, /<html lang="es-US" dir="ltr">/);
    assert.match(home, /Atención para cada vecino, en cada etapa de la vida\./);
    assert.match(page(FLU.es), /<time datetime="2026-10-05">5 de octubre de 2026<\/time>/);
    assert.match(page(FLU.en), /<html lang="en-US" dir="ltr">/);
    assert.match(page(FLU.en), /<time datetime="2026-10-05">October 5, 2026<\/time>/);
  });

  it("links a post and its translation both ways, with x-default on the main language", () => {
    const expected = { "en-US": SITE + FLU.en, "es-US": SITE + FLU.es, "x-default": SITE + FLU.en };
    assert.deepEqual(hreflangs(page(FLU.en)), expected);
    assert.deepEqual(hreflangs(page(FLU.es)), expected);
    assert.match(page(FLU.en), new RegExp(`<a href="${FLU.es}" hreflang="es-US" lang="es-US">Español</a>`));
    assert.match(page(FLU.es), new RegExp(`<a href="${FLU.en}" hreflang="en-US" lang="en-US">English</a>`));
  });

  it("links the site's own pages to the same page in the other language, and a page with no translation to the other home page", () => {
    assert.deepEqual(hreflangs(page("/tips/")), {
      "en-US": `${SITE}/tips/`,
      "es-US": `${SITE}/es/tips/`,
      "x-default": `${SITE}/tips/`,
    });
    const untranslated = page("/posts/welcome-to-our-blog/");
    assert.deepEqual(hreflangs(untranslated), {}, "no alternates for a post in one language");
    assert.match(untranslated, /<a href="\/es\/" hreflang="es-US" lang="es-US" title="[^"]+">Español<\/a>/);
  });

  it("lists each language's own posts on its pages", () => {
    const archive = page("/es/archive/");
    assert.match(archive, new RegExp(`href="${FLU.es}"`));
    assert.doesNotMatch(archive, new RegExp(`href="${FLU.en}"`));
    assert.doesNotMatch(page("/archive/"), new RegExp(`href="${FLU.es}"`));
  });

  it("has a feed per language, each with its language and only its posts", () => {
    const parse = (url: string) => new XMLParser().parse(page(url)).rss.channel;
    const [en, es] = [parse("/feed.xml"), parse("/es/feed.xml")];
    assert.equal(en.language, "en-US");
    assert.equal(es.language, "es-US");
    const links = (channel: { item: { link: string }[] }) => channel.item.map((item) => new URL(item.link).pathname);
    assert.ok(links(es).every((link) => link.startsWith("/es/")) && links(es).includes(FLU.es));
    assert.ok(!links(en).some((link) => link.startsWith("/es/")));
    assert.ok(links(parse("/es/tips/feed.xml")).every((link) => link.startsWith("/es/tips/")));
  });

  it("puts a Spanish episode in the Spanish show's feed, with its own guid, and not in the English one", () => {
    const parse = (url: string) => new XMLParser({ ignoreAttributes: false }).parse(page(url)).rss.channel;
    const [en, es] = [parse("/podcast.xml"), parse("/es/podcast.xml")];
    assert.equal(es.language, "es-US");
    assert.equal(es.title, "Riverbend Salud al Día");
    assert.notEqual(es["podcast:guid"], en["podcast:guid"]);
    const items = (channel: { item: unknown }) => [channel.item].flat() as { link: string }[];
    assert.ok(items(es).every((item) => item.link.includes("/es/")));
    assert.ok(items(en).every((item) => !item.link.includes("/es/")));
  });

  it("gives structured data the page's language, and an episode its language's show", () => {
    const graph = (url: string) =>
      JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page(url))![1]!)["@graph"] as {
        "@type": string;
        inLanguage?: unknown;
        partOfSeries?: { "@id": string };
      }[];
    const posting = graph(FLU.es).find((node) => node["@type"] === "NewsArticle")!;
    assert.equal(posting.inLanguage, "es-US");
    const episode = graph("/es/posts/podcast-la-temporada-de-gripe-en-palabras-sencillas/").find(
      (node) => node["@type"] === "PodcastEpisode",
    )!;
    assert.equal(episode.partOfSeries?.["@id"], `${SITE}/es/podcast/#podcast`);
    assert.deepEqual(graph("/").find((node) => node["@type"] === "WebSite")!.inLanguage, ["en-US", "es-US"]);
  });

  it("lists every language's pages in the sitemap, each with its alternates", () => {
    const sitemap = readFileSync(path.join(site, "sitemap.xml"), "utf8");
    for (const url of ["/", "/es/", "/es/tips/", "/es/archive/", FLU.es])
      assert.match(sitemap, new RegExp(`<loc>${SITE}${url}</loc>`));
    const entry = new RegExp(`<loc>${SITE}${FLU.es}</loc>[\\s\\S]*?</url>`).exec(sitemap)![0];
    assert.match(entry, new RegExp(`<xhtml:link rel="alternate" hreflang="en-US" href="${SITE}${FLU.en}"/>`));
  });

  it("writes share texts in the post's language", () => {
    const all = JSON.parse(readFileSync(path.join(site, "social/snippets.json"), "utf8")) as {
      url: string;
      type: string;
      channels: { instagram: { text: string }; google: { button: { label: string } } };
    }[];
    const spanish = all.find((item) => item.url === SITE + FLU.es)!;
    assert.equal(spanish.type, "Artículo del blog");
    assert.match(spanish.channels.instagram.text, /toque el enlace en nuestro perfil/);
    assert.equal(spanish.channels.google.button.label, "Más información");
    assert.equal(all.find((item) => item.url === SITE + FLU.en)!.channels.google.button.label, "Learn more");
  });
});

const original = post('title: "Flu shots"\ndate: 2026-10-01\nauthor: ana-reyes');

describe("translations that cannot be published", () => {
  const spanish = (front: string) => post(`title: "Vacunas"\ndate: 2026-10-02\nauthor: ana-reyes\n${front}`);

  it("name each problem: no such original, the wrong kind, two of one language, an original that says it translates", () => {
    const site = makeFixtureSite({
      "flu-shots.md": original,
      "also.md": post('title: "Also"\ndate: 2026-10-01\nauthor: ana-reyes\ntranslationOf: flu-shots'),
      "es/vacunas.md": spanish("translationOf: flu-shot"),
      "es/vacunas-1.md": spanish("translationOf: flu-shots"),
      "es/vacunas-2.md": spanish("translationOf: flu-shots"),
      "es/consejo.md": spanish("translationOf: hand-washing"),
      "tips/hand-washing.md": post(
        'title: "Wash"\ndate: 2026-10-01\nauthor: ana-reyes\ncategory: safety\naudience: "All"\nsummary: "Wash."\nreviewed: 2026-10-01\nreviewer: ana-reyes\nsources: [{ title: "CDC", url: "https://www.cdc.gov/" }]',
      ),
    });
    const { status, output } = site.build();
    assert.equal(status, 1);
    assert.match(
      output,
      /posts\/es\/vacunas\.md.*"translationOf".*is "flu-shot", but there is no English post with that file name in posts\//,
    );
    assert.match(output, /posts\/es\/vacunas-2\.md.*"translationOf".*posts\/es\/vacunas-1\.md translates already/);
    assert.match(
      output,
      /posts\/es\/consejo\.md.*is "hand-washing", which is a tip: a translation is of the same kind/,
    );
    assert.match(
      output,
      /posts\/also\.md.*"translationOf".*is only for a translation: this file is in the main language \(English\)/,
    );
  });

  it("refuse a language the site has no file for, and a language's tips folder without its layout file", () => {
    const site = makeFixtureSite({
      "fr/grippe.md": spanish(""),
      "es/tips/lavarse.md": spanish(""),
    });
    const { status, output } = site.build();
    assert.equal(status, 1);
    assert.match(output, /posts\/fr\/grippe\.md.*the site has no language "fr": add _data\/languages\/fr\.json/);
    assert.match(
      output,
      /posts\/es\/tips\/lavarse\.md.*has no tips\.11tydata\.json.*copy posts\/tips\/tips\.11tydata\.json into posts\/es\/tips\//,
    );
  });

  it("refuse an episode in a language with no show", () => {
    const site = makeFixtureSite({});
    const show = JSON.parse(site.read("_data/podcast.json"));
    site.write("_data/podcast.json", JSON.stringify({ ...show, languages: {} }));
    site.write(
      "posts/es/episodio.md",
      readFileSync(
        path.join(PROJECT_ROOT, "posts/es/podcast-la-temporada-de-gripe-en-palabras-sencillas.md"),
        "utf8",
      ).replace(/^translationOf: .*\n/m, ""),
    );
    const { status, output } = site.build();
    assert.equal(status, 1);
    assert.match(
      output,
      /posts\/es\/episodio\.md.*"podcast".*no show in Español: add "languages": \{ "es": \{ "title": "…", "description": "…" \} \} to _data\/podcast\.json/,
    );
  });

  it("warn of a translation older than its original's last change, and of strings not translated yet", () => {
    const site = makeFixtureSite({
      "flu-shots.md": post('title: "Flu shots"\ndate: 2026-10-01\nupdated: 2026-11-01\nauthor: ana-reyes'),
      "es/vacunas.md": spanish("translationOf: flu-shots"),
    });
    const es = JSON.parse(site.read("_data/languages/es.json"));
    delete es.strings.cards.tip;
    es.strings.cards.typo = "x";
    site.write("_data/languages/es.json", JSON.stringify(es));
    const { status, output } = site.build();
    assert.equal(status, 0, output);
    assert.match(
      output,
      /posts\/es\/vacunas\.md.*translates posts\/flu-shots\.md, and the English post was updated on 2026-11-01, after this translation \(2026-10-02\)/,
    );
    assert.match(output, /_data\/languages\/es\.json.*has no translation of "cards\.tip"/);
    assert.match(output, /_data\/languages\/es\.json.*has "cards\.typo", which the layouts never use/);
  });
});

describe("npm run new for a translation", () => {
  const run = (cwd: string, ...args: string[]) =>
    spawnSync(path.join(PROJECT_ROOT, "node_modules/.bin/tsx"), [path.join(PROJECT_ROOT, "scripts/new.ts"), ...args], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, CLINIC_NOW: "2026-11-26T12:00:00-06:00" },
    });

  it("starts a linked translation in the language's folder that the build accepts once written", () => {
    const site = makeFixtureSite({
      "tips/hand-washing.md": post(
        'title: "Wash"\ndate: 2026-10-01\nauthor: ana-reyes\ncategory: kids\naudience: "All"\nsummary: "Wash."\nreviewed: 2026-10-01\nreviewer: ana-reyes\nsources: [{ title: "CDC", url: "https://www.cdc.gov/" }]\ntags: [hygiene]',
      ),
    });
    const made = run(site.dir, "tip", "Lávese las manos", "--lang", "es", "--translation-of", "hand-washing");
    assert.equal(made.status, 0, made.stderr);
    assert.deepEqual(made.stdout.trim().split("\n"), [
      "posts/es/tips/lavese-las-manos.md",
      "posts/es/tips/tips.11tydata.json",
    ]);
    const text = site.read("posts/es/tips/lavese-las-manos.md");
    assert.match(text, /^translationOf: hand-washing/m);
    assert.match(text, /^category: kids/m);
    assert.match(text, /^tags: \["hygiene"\]/m);
    // Written, checked by a clinician and no longer a draft.
    site.write(
      "posts/es/tips/lavese-las-manos.md",
      text
        .replace(/^draft: true.*\n/m, "")
        .replace(/^# reviewed: .*$/m, "reviewed: 2026-11-01")
        .replace(/^# reviewer: .*$/m, "reviewer: ana-reyes"),
    );
    const built = site.build();
    assert.equal(built.status, 0, built.output);
    assert.match(site.read("_site/es/tips/lavese-las-manos/index.html"), /<html lang="es-US" dir="ltr">/);
  });

  it("says what is wrong with the language or the original, writing nothing", () => {
    const site = makeFixtureSite({ "flu-shots.md": original });
    for (const [args, said] of [
      [["--lang", "fr", "--translation-of", "flu-shots"], /--lang must be one of the site's other languages: es/],
      [["--lang", "es", "--translation-of", "nothing"], /there is no English post in posts\/ with that file name/],
      [["--lang", "es"], /Say which post this translates/],
    ] as const) {
      const made = run(site.dir, "post", "Vacunas", ...args);
      assert.equal(made.status, 2);
      assert.match(made.stderr, said);
    }
  });
});

describe("language files that cannot be used", () => {
  it("name each: a file not named for a language, one named for a folder the site uses, a string with a control character", () => {
    const site = makeFixtureSite({});
    const es = site.read("_data/languages/es.json");
    site.write("_data/languages/spanish.json", es);
    site.write("_data/languages/img.json", es);
    site.write("_data/languages/es.json", es.replace('"Idioma"', '"Idi\\u0000oma"'));
    const { status, output } = site.build();
    assert.equal(status, 1);
    assert.match(output, /_data\/languages\/spanish\.json: is not named for a language/);
    assert.match(output, /_data\/languages\/img\.json: is named "img", which is a folder the site uses already/);
    assert.match(output, /_data\/languages\/es\.json.*holds a control character/);
  });
});

describe("a third language", () => {
  it("shows the main language's words until translated, sets dir for a right-to-left one, and warns that the checker cannot read it", () => {
    const site = makeFixtureSite({ "ar/sahha.md": post('title: "صحة"\ndate: 2026-10-02\nauthor: ana-reyes') });
    site.write("_data/languages/ar.json", JSON.stringify({ name: "العربية", locale: "ar-US", strings: {} }));
    const { status, output } = site.build();
    assert.equal(status, 0, output);
    assert.match(output, /_data\/languages\/ar\.json.*has no translation of "language\.switcher", .* and \d+ more/);
    assert.match(output, /posts\/ar\/sahha\.md.*is in العربية, which the health-content checker cannot read/);
    const page = site.read("_site/ar/posts/sahha/index.html");
    assert.match(page, /<html lang="ar-US" dir="rtl">/);
    assert.match(site.read("_site/ar/subscribe/index.html"), /<code id="address-rss">[^<]*\/ar\/feed\.xml<\/code>/);
  });

  it("refuses a language tag that is not one, or that another language has", () => {
    const site = makeFixtureSite({});
    site.write("_data/languages/vi.json", JSON.stringify({ name: "Tiếng Việt", locale: "es-US", strings: {} }));
    site.write("_data/languages/ko.json", JSON.stringify({ name: "한국어", locale: "<b>x</b>", strings: {} }));
    const { status, output } = site.build();
    assert.equal(status, 1);
    assert.match(
      output,
      /_data\/languages\/vi\.json.*"locale".*is "es-US", the language tag of _data\/languages\/es\.json too/,
    );
    assert.match(output, /_data\/languages\/ko\.json.*"locale".*which is not a language tag/);
  });

  it("sends a post in the main language's own folder to posts/", () => {
    const site = makeFixtureSite({ "en/x.md": post('title: "X"\ndate: 2026-10-02\nauthor: ana-reyes') });
    const { status, output } = site.build();
    assert.equal(status, 1);
    assert.match(output, /posts\/en\/x\.md.*en is the main language, whose posts go directly in posts\//);
  });

  it("refuses strings nested deeper than any layout groups them, naming the file", () => {
    const site = makeFixtureSite({});
    const es = JSON.parse(site.read("_data/languages/es.json"));
    site.write(
      "_data/languages/es.json",
      JSON.stringify(es).replace('"strings":{', `"strings":{"deep":${'{"a":'.repeat(20_000)}"x"${"}".repeat(20_000)},`),
    );
    const { status, output } = site.build();
    assert.equal(status, 1);
    assert.match(output, /_data\/languages\/es\.json: "strings" nests groups of strings more than 8 deep/);
  });

  it("fills a string's blanks with its own values only", () => {
    assert.equal(fill("{minutes} min {constructor} {__proto__}", { minutes: 4 }), "4 min {constructor} {__proto__}");
  });
});
