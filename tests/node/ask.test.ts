import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { loadSiteData } from "../../src/clinicData/loadSiteData.ts";
import { formatProblem } from "../../src/lib/problems.ts";
import { problemsFromZod } from "../../src/lib/zodProblems.ts";
import { askFormMode, mailtoHref } from "../../src/questions/askForm.ts";
import { questionField, QUESTION_CHARS } from "../../src/questions/step.ts";
import { makeFixtureSite, post } from "../support/fixtureSite.ts";

/** What the build says of a `question:` value, as an editor reads it ("" when it is fine). */
const questionProblem = (value: unknown) => {
  const result = questionField.safeParse(value);
  return result.success
    ? ""
    : problemsFromZod("posts/x.md", result.error)
        .map((p) => formatProblem({ ...p, field: "question" }))
        .join("\n");
};

describe("a post's question (front matter `question:`)", () => {
  it("takes the question as text, trimmed, and may be left out", () => {
    assert.equal(questionField.parse("  How do I know it is the flu?  "), "How do I know it is the flu?");
    assert.equal(questionField.parse(undefined), undefined);
  });

  it("refuses what is not text, naming the field and showing how to write one", () => {
    for (const value of [["How?", "Why?"], 42, { text: "How?" }, true])
      assert.match(
        questionProblem(value),
        /^posts\/x\.md: "question" must be the reader's question as text, in quotes, like question: "/,
      );
  });

  it("refuses an empty question and one over the limit, saying how long it is", () => {
    assert.match(questionProblem("   "), /"question" is empty: write the question the post answers/);
    assert.match(
      questionProblem("Why? ".repeat(100)),
      new RegExp(`"question" is 499 characters, over the limit of ${QUESTION_CHARS} for a question`),
    );
    assert.equal(questionProblem("x".repeat(QUESTION_CHARS)), "");
  });

  it("is a blog post's field: a tip with one is warned that tips do not use it", () => {
    const site = makeFixtureSite({
      "asked.md": post('title: "Asked"\ndate: 2026-03-01\nauthor: ana-reyes\nquestion: [one, two]'),
      "tips/asked-tip.md": post(
        'title: "A tip"\ndate: 2026-03-01\nauthor: ana-reyes\ncategory: safety\naudience: "Everyone"\nsummary: "Short."\nreviewer: ana-reyes\nreviewed: 2026-03-01\nsources: [{ title: "CDC", url: "https://www.cdc.gov/" }]\nquestion: "Why?"',
      ),
    });
    const { status, output } = site.build({ CLINIC_SEARCH: "off" });
    assert.equal(status, 1);
    assert.match(output, /posts\/asked\.md:5: "question" must be the reader's question as text, in quotes/);
    assert.match(output, /posts\/tips\/asked-tip\.md:\d+: "question" is not a field tips use, so it is ignored/);
  });
});

describe("how /ask/ takes questions (askForm in _data/settings.json)", () => {
  it('shows the form on Netlify with "auto", and what the clinic chose otherwise', () => {
    assert.equal(askFormMode("auto", { NETLIFY: "true" }), "netlify");
    assert.equal(askFormMode("auto", {}), "email");
    assert.equal(askFormMode("auto", { NETLIFY: "false" }), "email");
    assert.equal(askFormMode("netlify", {}), "netlify");
    assert.equal(askFormMode("email", { NETLIFY: "true" }), "email");
  });

  it("refuses any other value, naming the file, the field and the three choices", () => {
    const site = makeFixtureSite({});
    const settings = JSON.parse(site.read("_data/settings.json"));
    site.write("_data/settings.json", JSON.stringify({ ...settings, askForm: "formspree" }));
    const { problems } = loadSiteData(site.dir);
    assert.deepEqual(
      problems.map((p) => `${p.file} ${p.field}`),
      ["_data/settings.json askForm"],
    );
    assert.match(problems[0]!.message, /^is "formspree": use "auto" .*"netlify" .*"email"/);
  });

  it("writes a mailto: link whose subject and body every mail program reads as written", () => {
    const href = mailtoHref("hello@clinic.example", { subject: "A question & more", body: "Line one\nLine two?" });
    assert.equal(
      href,
      "mailto:hello@clinic.example?subject=A%20question%20%26%20more&body=Line%20one%0D%0ALine%20two%3F",
    );
  });
});

describe("/ask/ as built", () => {
  const posts = {
    "asked.md": post(
      'title: "Colds and flu"\ndate: 2026-03-01\nauthor: ana-reyes\nquestion: "Is it a cold or the flu?"',
    ),
    "plain.md": post('title: "Plain"\ndate: 2026-03-02\nauthor: ana-reyes'),
    "es/preguntado.md": post('title: "Resfriado"\ndate: 2026-03-03\nauthor: ana-reyes\nquestion: "¿Es un resfriado?"'),
  };

  it("with NETLIFY=true: a form Netlify finds, in every language, and a thank-you page search engines leave out", () => {
    const site = makeFixtureSite(posts);
    const { status, output } = site.build({ NETLIFY: "true", CLINIC_SEARCH: "off" });
    assert.equal(status, 0, output);
    const page = (address: string) => readFileSync(path.join(site.dir, "_site", address, "index.html"), "utf8");
    for (const [prefix, question] of [
      ["", "Is it a cold or the flu?"],
      ["/es", "¿Es un resfriado?"],
    ] as const) {
      const ask = page(`${prefix}/ask/`);
      const form = ask.match(/<form class="ask-form"[^>]*>/)?.[0] ?? "";
      assert.match(
        form,
        /name="ask" method="post" action="[^"]*\/ask\/thanks\/" data-netlify="true" netlify-honeypot="website"/,
      );
      assert.match(form, new RegExp(`action="${prefix}/ask/thanks/"`));
      assert.match(ask, /<input type="hidden" name="form-name" value="ask">/);
      assert.doesNotMatch(ask, /href="mailto:/, "no email link beside a working form");
      // Each language lists its own answered questions only.
      assert.equal([...ask.matchAll(/<q>([^<]*)<\/q>/g)].map((m) => m[1]).join(), question);
      assert.match(page(`${prefix}/ask/thanks/`), /<meta name="robots" content="noindex">/);
    }
    const sitemap = readFileSync(path.join(site.dir, "_site/sitemap.xml"), "utf8");
    assert.match(sitemap, /<loc>[^<]*\/ask\/<\/loc>/);
    assert.match(sitemap, /<loc>[^<]*\/es\/ask\/<\/loc>/);
    assert.doesNotMatch(sitemap, /ask\/thanks/);
    // Crawlers may fetch it, so they read its noindex: robots.txt keeping them out would let them list its address.
    assert.doesNotMatch(readFileSync(path.join(site.dir, "_site/robots.txt"), "utf8"), /ask/);
    // The question a post answers is at its top, in its language.
    assert.match(
      page("/posts/asked/"),
      /<figcaption>You asked<\/figcaption>\s*<blockquote><p>Is it a cold or the flu\?<\/p>/,
    );
    assert.match(page("/es/posts/preguntado/"), /<figcaption>Usted preguntó<\/figcaption>/);
  });

  it('with askForm "email", on Netlify too: no form, an email link and the social accounts', () => {
    const site = makeFixtureSite(posts);
    const settings = JSON.parse(site.read("_data/settings.json"));
    site.write("_data/settings.json", JSON.stringify({ ...settings, askForm: "email" }));
    const { status, output } = site.build({ NETLIFY: "true", CLINIC_SEARCH: "off" });
    assert.equal(status, 0, output);
    const ask = readFileSync(path.join(site.dir, "_site/ask/index.html"), "utf8");
    assert.doesNotMatch(ask, /<form class="ask-form"|data-netlify/);
    assert.match(
      ask,
      /href="mailto:hello@riverbend-health\.example\?subject=A%20question%20for%20the%20blog&amp;body=/,
    );
    assert.match(ask, /<a href="https:\/\/www\.facebook\.com\/riverbendhealth\.example">Facebook<\/a>/);
    assert.ok(existsSync(path.join(site.dir, "_site/ask/thanks/index.html")));
  });
});
