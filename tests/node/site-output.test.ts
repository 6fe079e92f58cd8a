import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import { buildSampleSite, PROJECT_ROOT } from "../support/fixtureSite.ts";

const site = buildSampleSite();
const htmlFiles = (readdirSync(site, { recursive: true }) as string[]).filter((file) => file.endsWith(".html"));
const read = (file: string) => readFileSync(path.join(site, file), "utf8");

describe("the built site", () => {
  it("has no broken internal link, image, script or stylesheet anywhere", () => {
    const broken: string[] = [];
    for (const file of htmlFiles) {
      for (const [, url] of read(file).matchAll(/(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
        const target = path.join(site, decodeURI(url!));
        const exists = url!.endsWith("/") ? existsSync(path.join(target, "index.html")) : existsSync(target);
        if (!exists) broken.push(`${file} → ${url}`);
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(htmlFiles.length > 50);
  });

  it("is valid HTML on every page (html-validate, standard and accessibility rules)", async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8")));
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateString(read(file), file);
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(problems, []);
  });

  it("leaves out the editors' messaging plan", () => {
    assert.equal(existsSync(path.join(site, "plan")), false);
    assert.doesNotMatch(read("sitemap.xml"), /\/plan\//);
  });

  it("gives every page a language and every image a text alternative", () => {
    for (const file of htmlFiles) {
      const html = read(file);
      assert.match(html, /<html lang="[a-z]{2}(-[A-Z]{2})?" dir="(ltr|rtl)">/, file);
      for (const [img] of html.matchAll(/<img\b[^>]*>/g)) assert.match(img, /\salt="/, `${file}: ${img}`);
    }
  });
});

describe("images in posts", () => {
  it("become responsive pictures: AVIF and WebP with a fallback, sized, the lead image eager and the rest lazy", async () => {
    const { makeFixtureSite, post } = await import("../support/fixtureSite.ts");
    const fixture = makeFixtureSite({
      "pictures.md": post(
        'title: "Pictures"\ndate: 2026-01-01\nauthor: ana-reyes\nimage: /posts/images/walking-group.jpg\nimageAlt: "Neighbors walking"',
        "Text.\n\n![A park path](/posts/images/walking-group.jpg)\n",
      ),
    });
    fixture.write(
      "posts/images/walking-group.jpg",
      readFileSync(path.join(PROJECT_ROOT, "posts/images/walking-group.jpg")),
    );
    const result = fixture.build();
    assert.equal(result.status, 0, result.output);
    const html = fixture.read("_site/posts/pictures/index.html");
    const pictures = [...html.matchAll(/<picture>[\s\S]*?<\/picture>/g)].map((m) => m[0]);
    assert.equal(pictures.length, 2);
    for (const picture of pictures) {
      assert.match(
        picture,
        /<source type="image\/avif" srcset="\/img\/[\w-]+-480\.avif 480w, [^"]+-800\.avif 800w, [^"]+-1200\.avif 1200w"/,
      );
      assert.match(picture, /<source type="image\/webp"/);
      assert.match(picture, /<img [^>]*width="1200" height="675"/);
      const file = /src="(\/img\/[^"]+\.jpeg)"/.exec(picture)?.[1];
      assert.ok(file && existsSync(path.join(fixture.dir, "_site", file)), file);
    }
    assert.match(pictures[0]!, /loading="eager"[^>]*fetchpriority="high"|fetchpriority="high"[^>]*loading="eager"/);
    assert.match(pictures[1]!, /loading="lazy"/);
    assert.match(pictures[1]!, /alt="A park path"/);
  });
});
