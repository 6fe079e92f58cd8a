/**
 * Issue 15: content is data, never code. Only Markdown under posts/ is content; raw HTML in it passes an
 * allow-list; files published from posts/media/ and posts/images/ cannot run script when opened.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, it } from "node:test";
import { bodyImageProblems, imageSources } from "../../src/content/bodyImages.ts";
import { firstParagraph } from "../../src/content/excerpt.ts";
import { crossFieldProblems } from "../../src/content/postSchema.ts";
import { formatProblem } from "../../src/lib/problems.ts";
import { formatFinding } from "../../src/guardrails/run.ts";
import type { Plan, Publication } from "../../src/editorial/plan.ts";
import { planCalendar, planSocialCsv, planText } from "../../src/editorial/planOutputs.ts";
import { DateTime } from "luxon";
import { LAYOUT_IDS, sanitizePostHtml } from "../../src/content/postHtml.ts";
import type { PublicFile } from "../../src/lib/publicFiles.ts";
import { svgProblems } from "../../src/content/svgSafety.ts";
import { createMarkdown } from "../../src/content/markdown.ts";
import { makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

const render = (markdown: string) => createMarkdown().render(markdown);
const ok = post('title: "Fine"\ndate: 2026-01-01\nauthor: ana-reyes');

describe("a template or script under posts/", () => {
  // Each writes a file when Eleventy runs it, so the test sees whether it ran.
  const ran = (name: string) => `require("node:fs").writeFileSync(${JSON.stringify(name)}, "ran")`;
  const site = makeFixtureSite({
    "ok.md": ok,
    "page.njk": "{{ 7 * 7 }}",
    "page.liquid": "{{ 7 | times: 7 }}",
    "page.html": "<p>Hello</p>",
    "run.11ty.js": `import { writeFileSync } from "node:fs"; writeFileSync("ran-template", "ran"); export default () => "x";`,
    "run.11ty.cjs": `${ran("ran-cjs")}; module.exports = () => "x";`,
    "ok.11tydata.js": `import { writeFileSync } from "node:fs"; writeFileSync("ran-data", "ran"); export default {};`,
    "tips/more.11tydata.mjs": `import { writeFileSync } from "node:fs"; writeFileSync("ran-tips-data", "ran"); export default {};`,
    "ok.11tydata.json": '{ "layout": "layouts/post.njk" }',
  });
  const result = site.build();

  it("stops the build, naming each file and saying to write Markdown", () => {
    assert.equal(result.status, 1, result.output);
    for (const file of [
      "page.njk",
      "page.liquid",
      "page.html",
      "run.11ty.js",
      "run.11ty.cjs",
      "ok.11tydata.js",
      "tips/more.11tydata.mjs",
    ]) {
      assert.match(
        result.output,
        new RegExp(`posts/${file.replaceAll(".", "\\.")}: .*write posts in Markdown`),
        `${file}\n${result.output}`,
      );
    }
    assert.doesNotMatch(result.output, /ok\.11tydata\.json:/);
    assert.doesNotMatch(result.output, /ok\.md:/);
  });

  it("never runs the code", () => {
    for (const marker of ["ran-template", "ran-cjs", "ran-data", "ran-tips-data"])
      assert.equal(existsSync(path.join(site.dir, marker)), false, marker);
  });
});

describe("a JSON data file under posts/", () => {
  // Eleventy reads posts.json, x.json and x.11tydata.json as data for the posts beside them: a data file that
  // sets the template engine makes a post's text a Nunjucks template, which can run code.
  const templated = post('title: "Sums"\ndate: 2026-01-01\nauthor: ana-reyes', 'Sum: {{ 6 * 7 }}, {{ "abc" | upper }}');
  for (const name of ["posts.11tydata.json", "sums.11tydata.json", "sums.json", "posts.json"]) {
    it(`can't change how posts are built (${name})`, () => {
      const site = makeFixtureSite({ "sums.md": templated });
      site.write(
        `posts/${name}`,
        JSON.stringify({ layout: "layouts/post.njk", templateEngineOverride: "njk,md", permalink: "/x/" }),
      );
      const result = site.build();
      assert.equal(result.status, 1, result.output);
      assert.match(
        result.output,
        new RegExp(
          `posts/${name.replaceAll(".", "\\.")}: sets "templateEngineOverride" and "permalink", which a data file in posts/ may not: only "layout"`,
        ),
      );
      assert.equal(existsSync(path.join(site.dir, "_site/posts/sums/index.html")), false);
    });
  }

  it("can set only the layout its folder's posts use, and must be JSON", () => {
    const site = makeFixtureSite({
      "ok.md": ok,
      "posts.11tydata.json": '{ "layout": "pages/sitemap.xml.njk" }',
      "ok.11tydata.json": '{ "layout": "layouts/tip.njk" }',
      "tips/tips.11tydata.json": "{ layout: tip }",
    });
    const result = site.build();
    assert.equal(result.status, 1, result.output);
    assert.match(
      result.output,
      /posts\/posts\.11tydata\.json: sets "layout" to "pages\/sitemap\.xml\.njk": the posts in this folder use layouts\/post\.njk/,
    );
    assert.match(
      result.output,
      /posts\/ok\.11tydata\.json: sets "layout" to "layouts\/tip\.njk": the posts in this folder use layouts\/post\.njk/,
    );
    assert.match(result.output, /posts\/tips\/tips\.11tydata\.json: is not valid JSON/);
    assert.doesNotMatch(result.output, /TypeError|\n\s+at /);
  });
});

describe("odd names under posts/", () => {
  it("are files like any other: a capital .MD or a name starting with a dot is refused, not skipped", () => {
    const templated = post('title: "Upper"\ndate: 2026-01-01\nauthor: ana-reyes', "Sum: {{ 6 * 7 }}");
    const site = makeFixtureSite({
      "ok.md": ok,
      "upper.MD": templated,
      ".njk": "{{ 6 * 7 }}",
      ".DS_Store": "",
      "images/.gitkeep": "",
    });
    site.write("posts/images/.page.html", "<script>alert(1)</script>");
    site.write("posts/images/.x.njk", "{{ 6 * 7 }}");
    const result = site.build();
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /posts\/upper\.MD: is not a post/);
    assert.match(result.output, /posts\/\.njk: is code the build would run/);
    assert.match(result.output, /posts\/images\/\.page\.html: is not a kind of file the site publishes/);
    assert.match(result.output, /posts\/images\/\.x\.njk: is not a kind of file the site publishes/);
    assert.doesNotMatch(result.output, /DS_Store|gitkeep/);
    assert.equal(existsSync(path.join(site.dir, "_site")), false);
  });
});

describe("the sample tips' layout and address", () => {
  it("come from the kit's configuration, so a site needs no JavaScript under posts/", () => {
    const tip = readFileSync(path.join(PROJECT_ROOT, "posts/tips/car-seat-check.md"), "utf8").replace(
      /^related:.*\n/m,
      "",
    );
    const site = makeFixtureSite({ "tips/car-seat-check.md": tip });
    assert.equal(existsSync(path.join(site.dir, "posts/tips/tips.11tydata.js")), false);
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.match(site.read("_site/tips/car-seat-check/index.html"), /Do a quick car seat check/);
  });
});

describe("raw HTML in a post", () => {
  const dropped: Record<string, string> = {
    "a script from the site's own files": '<script src="/media/evil.js"></script>',
    "a refresh that leads away": '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "a frame": '<iframe src="https://evil.example/"></iframe>',
    "an object": '<object data="/media/x.swf"></object>',
    "an embed": '<embed src="/media/x.swf">',
    "a form": '<form action="https://evil.example/"><button>Send</button></form>',
    "a text box": '<input type="text" name="ssn">',
    "a style sheet": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "a base address": '<base href="https://evil.example/">',
    "a style block": "<style>body { display: none }</style>",
    "an SVG": '<svg><a href="javascript:alert(1)"><text>Hi</text></a></svg>',
  };
  for (const [what, html] of Object.entries(dropped)) {
    it(`drops ${what}`, () => {
      const out = render(`Before\n\n${html}\n\nAfter`);
      assert.doesNotMatch(out, /<(script|meta|iframe|object|embed|form|input|link|base|style|svg)\b/i, out);
      assert.doesNotMatch(out, /evil|javascript/, out);
      assert.match(out, /Before[\s\S]*After/);
    });
  }

  it("drops event handlers and style attributes, keeping the element", () => {
    const out = render(
      '<p onclick="steal()" style="position:fixed">Hi <img src="/posts/images/a.jpg" alt="A" onerror="steal()"></p>',
    );
    assert.equal(out.trim(), '<p>Hi <img src="/posts/images/a.jpg" alt="A" /></p>');
  });

  it("drops javascript: and data: addresses, however they are spelled", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "jav&#x09;ascript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
    ]) {
      const out = render(`<a href="${href}">Click</a> [md](${href.replace(/ /g, "")})`);
      // What is left of a link must not lead anywhere but a page ("jav%09ascript:" is a relative address).
      assert.doesNotMatch(out, /href="\s*(javascript|vbscript|data):/i, `${href}: ${out}`);
      assert.match(out, /<a>Click<\/a>/, `${href}: ${out}`);
    }
    assert.doesNotMatch(render('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">'), /src=/);
  });

  it("keeps links to web pages, e-mail, phone numbers, the site's own pages and headings", () => {
    const out = render(
      "[a](https://cdc.gov/) [b](http://x.org/) [c](mailto:front@clinic.example) [d](tel:+15555550100) [e](/tips/) [f](#hours) [g](../about/)",
    );
    for (const href of [
      "https://cdc.gov/",
      "http://x.org/",
      "mailto:front@clinic.example",
      "tel:+15555550100",
      "/tips/",
      "#hours",
      "../about/",
    ]) {
      assert.ok(out.includes(`href="${href}"`), `${href}: ${out}`);
    }
  });

  it("keeps the extra elements posts may use", () => {
    const html =
      '<details><summary>More</summary>Text</details> <abbr title="Blood pressure">BP</abbr> <kbd>Ctrl</kbd> <mark>new</mark> H<sub>2</sub>O x<sup>2</sup> one<br>two ' +
      '<figure><img src="/posts/images/a.jpg" alt="A" width="800" height="600" title="T"><figcaption>Cap</figcaption></figure>';
    const out = render(html);
    for (const part of [
      "<details>",
      "<summary>More</summary>",
      '<abbr title="Blood pressure">BP</abbr>',
      "<kbd>Ctrl</kbd>",
      "<mark>new</mark>",
      "<sub>2</sub>",
      "<sup>2</sup>",
      "<br />",
      '<img src="/posts/images/a.jpg" alt="A" width="800" height="600" title="T" />',
      "<figcaption>Cap</figcaption>",
    ]) {
      assert.ok(out.includes(part), `${part}: ${out}`);
    }
  });

  it("never passes an HTML comment on", () => {
    const out = render("Call us. <!-- allow phi/phone: the national line -->\n\n<!--\nnote to self\n-->\n\nBye");
    assert.doesNotMatch(out, /<!--|-->|note to self|allow phi/);
    // Share texts quote the first paragraph as plain text.
    assert.equal(firstParagraph("Call us. <!-- allow phi/phone: the national line -->\n\nBye"), "Call us.");
  });
});

describe("a post with hostile HTML, built", () => {
  const body = [
    "Welcome. <!-- note: do not publish before Monday -->",
    '<script src="/media/evil.js"></script>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<a href="javascript:alert(1)" onclick="steal()">Our hours</a>',
  ].join("\n\n");
  const site = makeFixtureSite({ "hostile.md": post('title: "Hostile"\ndate: 2026-01-01\nauthor: ana-reyes', body) });
  const result = site.build();

  it("builds, and neither the page nor the feeds keep the script, the refresh, the handler or the comment", () => {
    assert.equal(result.status, 0, result.output);
    for (const file of ["_site/posts/hostile/index.html", "_site/feed.xml", "_site/feed.atom", "_site/feed.json"]) {
      const text = site.read(file);
      assert.match(text, /Our hours/, file);
      assert.doesNotMatch(text, /evil|javascript:|onclick|steal|do not publish/, file);
    }
  });
});

describe("the HTML Markdown makes", () => {
  it("keeps headings' anchors, checkboxes, tables, code and images as they were", () => {
    const markdown = [
      "## Before your visit",
      "- [ ] Bring your card",
      "- [x] Fill in the form",
      "",
      "| Day | Hours |",
      "| --- | ---: |",
      "| Mon | 8–5 |",
      "",
      "```js",
      "const a = 1 < 2;",
      "```",
      "",
      '![A walk](/posts/images/walking-group.jpg "Our group") `x && y`',
      "",
      "> Quoted *words* and **strong** ones",
      "",
      "1. one",
      "2. two",
      "",
      "---",
    ].join("\n");
    const md = createMarkdown();
    const out = md.render(markdown);
    assert.match(
      out,
      /<h2 id="before-your-visit" tabindex="-1"><a class="header-anchor" href="#before-your-visit"><span>Before your visit<\/span><\/a><\/h2>/,
    );
    assert.match(
      out,
      /<ul class="contains-task-list">\s*<li class="task-list-item enabled"><input class="task-list-item-checkbox" type="checkbox" aria-labelledby="task-1" \/> <span id="task-1">Bring your card<\/span><\/li>/,
    );
    assert.match(
      out,
      /<input class="task-list-item-checkbox" type="checkbox" checked(="")? aria-labelledby="task-2" \/>/,
    );
    assert.match(out, /<table>\s*<thead>\s*<tr>\s*<th>Day<\/th>/);
    assert.match(out, /<pre><code class="language-js">const a = 1 &lt; 2;\n<\/code><\/pre>/);
    assert.match(
      out,
      /<img src="\/posts\/images\/walking-group.jpg" alt="A walk" title="Our group" \/> <code>x &amp;&amp; y<\/code>/,
    );
    assert.match(
      out,
      /<blockquote>\s*<p>Quoted <em>words<\/em> and <strong>strong<\/strong> ones<\/p>\s*<\/blockquote>/,
    );
    assert.match(out, /<ol>\s*<li>one<\/li>/);
    assert.match(out, /<hr \/>/);
  });
});

describe("sanitizePostHtml", () => {
  it("keeps only known classes, so a post cannot dress up as the site's own alerts", () => {
    assert.equal(
      sanitizePostHtml('<p class="emergency-banner">Hi</p><code class="language-sh">ls</code>'),
      '<p>Hi</p><code class="language-sh">ls</code>',
    );
  });
});

describe("files in posts/images/ and posts/media/", () => {
  const site = makeFixtureSite({ "ok.md": ok });
  site.write("posts/media/evil.html", "<script>alert(document.cookie)</script>");
  site.write("posts/media/podcast/notes.js", "alert(1)");
  site.write("posts/images/readme.txt", "hi");
  site.write(
    "posts/images/logo.svg",
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script><rect width="1" height="1"/></svg>',
  );
  site.write(
    "posts/images/link.svg",
    '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>Hi</text></a></svg>',
  );
  site.write(
    "posts/images/plain.svg",
    readFileSync(path.join(PROJECT_ROOT, "posts/images/flu-shot-clinic.svg"), "utf8"),
  );
  const result = site.build();

  it("stops the build, naming each file the site would not publish and the kinds it does", () => {
    assert.equal(result.status, 1, result.output);
    for (const file of ["posts/media/evil.html", "posts/media/podcast/notes.js", "posts/images/readme.txt"]) {
      assert.ok(
        result.output.includes(`${file}: is not a kind of file the site publishes from`),
        `${file}\n${result.output}`,
      );
    }
    assert.match(
      result.output,
      /use audio \(\.mp3, \.m4a\), transcripts \(\.vtt, \.srt\), pictures \(\.jpg, \.jpeg, \.png, \.webp, \.avif, \.gif, \.svg\)/,
    );
  });

  it("refuses an SVG that could run script, saying why, and accepts a plain one", () => {
    assert.match(result.output, /posts\/images\/logo\.svg: is an SVG that could run script .*onload.*<script>/);
    assert.match(result.output, /posts\/images\/link\.svg: is an SVG that could run script .*javascript:/);
    assert.doesNotMatch(result.output, /plain\.svg/);
  });

  it("publishes the folders once they hold only media, and never a hidden file", () => {
    for (const file of [
      "posts/media/evil.html",
      "posts/media/podcast/notes.js",
      "posts/images/readme.txt",
      "posts/images/logo.svg",
      "posts/images/link.svg",
    ]) {
      rmSync(path.join(site.dir, file));
    }
    site.write("posts/media/.DS_Store", "junk");
    const rebuilt = site.build();
    assert.equal(rebuilt.status, 0, rebuilt.output);
    assert.ok(existsSync(path.join(site.dir, "_site/posts/images/plain.svg")));
    assert.ok(existsSync(path.join(site.dir, "_site/media/podcast/cover.jpg")));
    assert.equal(existsSync(path.join(site.dir, "_site/media/.DS_Store")), false);
  });

  it("tells hosts to open those files sandboxed, never sniffing their type", () => {
    const headers = site.read("_site/_headers");
    assert.match(headers, /X-Content-Type-Options: nosniff/);
    for (const prefix of ["/media/*", "/posts/images/*", "/img/*"]) {
      assert.ok(headers.includes(`${prefix}\n  Content-Security-Policy: sandbox`), `${prefix}\n${headers}`);
    }
  });
});

describe("the clinic's social links", () => {
  it("must be https:// addresses: a javascript: or http:// link stops the build, naming the field", () => {
    const site = makeFixtureSite({ "ok.md": ok });
    const clinic = JSON.parse(site.read("_data/clinic.json"));
    clinic.social = [
      { network: "Facebook", url: "javascript:alert(document.cookie)" },
      { network: "X", url: "http://x.com/clinic" },
      { network: "YouTube", url: "https://www.youtube.com/@clinic" },
    ];
    site.write("_data/clinic.json", JSON.stringify(clinic, null, 2));
    const result = site.build();
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /_data\/clinic\.json(:\d+)?: "social\.0\.url" must be a full https:\/\/ address/);
    assert.match(result.output, /_data\/clinic\.json(:\d+)?: "social\.1\.url" must be a full https:\/\/ address/);
    assert.doesNotMatch(result.output, /social\.2/);
  });
});

describe("svgProblems", () => {
  const svg = (inner: string, attributes = "") => `<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${inner}</svg>`;

  it("passes a plain picture, with links inside it and pictures embedded in it", () => {
    assert.deepEqual(
      svgProblems(readFileSync(path.join(PROJECT_ROOT, "posts/images/flu-shot-clinic.svg"), "utf8")),
      [],
    );
    assert.deepEqual(
      svgProblems(
        svg('<defs><path id="a" d="M0 0h1"/></defs><use href="#a"/><image href="data:image/png;base64,AAAA"/>'),
      ),
      [],
    );
    assert.deepEqual(
      svgProblems(svg("<sodipodi:namedview/>", ' xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"')),
      [],
    );
    const inkscape =
      ' xmlns:svg="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"';
    const drawn =
      '<svg:rect inkscape:label="Box" xml:space="preserve" style="fill:url(#g);stroke:#000"/><style><![CDATA[.a { fill: url( "#g" ) }]]></style>';
    assert.deepEqual(
      svgProblems(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n${svg(drawn, inkscape)}`),
      [],
    );
  });

  it("refuses script however it is spelled", () => {
    const cases: [string, string][] = [
      ["<script>", svg("<script>alert(1)</script>")],
      ["<svg:script>", svg("<svg:script>alert(1)</svg:script>", ' xmlns:svg="http://www.w3.org/2000/svg"')],
      ["<h:script>", svg("<h:script>alert(1)</h:script>", ' xmlns:h="http://www.w3.org/1999/xhtml"')],
      [
        "namespace",
        '<svg xmlns="http://www.w3.org/2000/svg"><g xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></g></svg>',
      ],
      ["<foreignObject>", svg("<foreignObject><p>Hi</p></foreignObject>")],
      ["onload", svg("", ' onload="alert(1)"')],
      ["<set>", svg('<a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a>')],
      ["javascript:", svg('<a href="jav&#x09;ascript:alert(1)"><text>Hi</text></a>')],
      ["links to", svg('<image href="https://tracker.example/pixel.png"/>')],
      ["entities", '<!DOCTYPE svg [<!ENTITY js "javascript:alert(1)">]>' + svg("<rect/>")],
      // A prefix bound to HTML in one group and to something harmless in another.
      [
        "<h:script>",
        svg(
          '<g><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></g><g><h:x xmlns:h="urn:harmless"/></g>',
        ),
      ],
      [
        "binds the prefix h",
        svg(
          '<g xmlns:h="http://www.w3.org/2000/svg"><h:script>alert(1)</h:script></g><g xmlns:h="http://www.inkscape.org/namespaces/inkscape"/>',
        ),
      ],
      ["binds the prefix x", svg('<x:thing xmlns:x="urn:harmless"/>')],
      ["<x:y>", svg("<x:y/>")],
      [
        "processing instruction",
        '<?xml version="1.0"?><?xml-stylesheet href="https://evil.example/x.css"?>' + svg("<rect/>"),
      ],
      ["@import", svg("<style>@import url(https://evil.example/x.css);</style>")],
      ["url(https", svg("<style><![CDATA[rect { fill: url(https://evil.example/p.svg#x) }]]></style>")],
      ["url(//evil", svg('<rect style="fill:url(//evil.example/p.svg#x)"/>')],
      ["url('https", svg("<rect filter=\"url('https://evil.example/f.svg#f')\"/>")],
      ["url(/posts", svg('<rect mask="url(/posts/images/m.svg#m)" clip-path="url(#c)"/>')],
      ["escape (\\)", svg("<style>rect { fill: \\75rl(https://evil.example/p.svg) }</style>")],
      ["image-set", svg("<style>rect { background: image-set('https://evil.example/a.png' 1x) }</style>")],
      ["url(https://evil.example/p.svg#x)", svg('<rect fill="&#117;rl(https://evil.example/p.svg#x)"/>')],
    ];
    const missed = cases
      .map(([reason, text]) => [reason, svgProblems(text)] as const)
      .filter(([reason, reasons]) => !reasons.some((r) => r.includes(reason)));
    assert.deepEqual(missed, []);
  });
});

describe("a picture from another site", () => {
  it("stops the build, naming the line, and the build machine never fetches it", async () => {
    let fetched = 0;
    const server = createServer((_, res) => void (fetched++, res.end("not a picture"))).listen(0);
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    const body = [
      "Intro.",
      `![Our team](http://localhost:${port}/latest/meta-data.png)`,
      `<img src="//localhost:${port}/b.png" alt="B">`,
      '```html\n<img src="https://example.org/shown-as-code.png">\n```',
    ].join("\n\n");
    const site = makeFixtureSite({ "remote.md": post('title: "Remote"\ndate: 2026-01-01\nauthor: ana-reyes', body) });
    // Built in a child process this one does not wait on, so the server here can answer a fetch.
    const build = spawn(
      path.join(PROJECT_ROOT, "node_modules/.bin/tsx"),
      [path.join(PROJECT_ROOT, "scripts/build.ts"), "_site"],
      {
        cwd: site.dir,
        env: { ...process.env, CLINIC_NOW: "2026-11-26T12:00:00-06:00" },
      },
    );
    let output = "";
    build.stdout.on("data", (chunk) => (output += chunk));
    build.stderr.on("data", (chunk) => (output += chunk));
    const [status] = await once(build, "close");
    server.close();
    assert.equal(status, 1, output);
    assert.match(
      output,
      /posts\/remote\.md:9: shows a picture from another site \(http:\/\/localhost:\d+\/latest\/meta-data\.png\): download it into posts\/images\//,
    );
    assert.match(output, /posts\/remote\.md:11: shows a picture from another site \(\/\/localhost:/);
    assert.doesNotMatch(output, /shown-as-code/);
    assert.equal(fetched, 0);
  });
});

describe("imageSources", () => {
  it("finds every <img src> an HTML parser finds, however the tag is written", () => {
    const cases: Record<string, string> = {
      "a > in a quoted alt": '<img alt=">" src="/posts/images/../../../secret.png">',
      "a > in single quotes": "<p>See <img alt='a>b' src='../../secret.png'></p>",
      "an entity-spelled source": '<img src="&#46;&#46;/&#46;&#46;/secret.png">',
      "a tag across lines": '<img\n  alt="x>y"\n  src="../../secret.png">',
    };
    for (const [what, html] of Object.entries(cases)) {
      const found = imageSources(`Intro\n\n${html}\n\nBye`).map(({ src }) => src);
      assert.equal(found.length, 1, `${what}: ${JSON.stringify(found)}`);
      assert.match(found[0]!, /^(\/posts\/images\/)?\.\.\/\.\.\/(\.\.\/)?secret\.png$/, what);
    }
  });

  it("finds a tag that starts in one HTML block and ends in another", () => {
    const body = '<div><img alt="\n\n<div>" src="../../secret.png">\n\nBye';
    assert.match(render(body), /<img alt="[^"]*" src="..\/..\/secret.png" \/>/);
    assert.deepEqual(
      imageSources(body).map(({ src }) => src),
      ["../../secret.png"],
    );
  });

  it("gives an <img> deep in an HTML block its own line, once", () => {
    const block = [
      "<div>",
      ...Array.from({ length: 31 }, (_, i) => `<p>Row ${i}</p>`),
      '<img alt=">" src="../../secret.png">',
      "</div>",
    ];
    const problems = bodyImageProblems(
      "posts/deep.md",
      `Intro\n\n${block.join("\n")}`,
      5,
      (): PublicFile => ({ problem: "x", reason: "is outside" }),
      false,
    );
    assert.equal(problems.length, 1, JSON.stringify(problems));
    // The block starts on body line 2 (0-based), the picture 32 lines further down.
    assert.equal(problems[0]!.line, 5 + 2 + 32);
  });

  it("still reads Markdown pictures and ignores code", () => {
    assert.deepEqual(
      imageSources('![A](/posts/images/a.jpg)\n\n```html\n<img src="x.png">\n```\n\n`<img src="y.png">`'),
      [{ src: "/posts/images/a.jpg", line: 0 }],
    );
  });
});

describe("a picture outside posts/images/ behind a > in its alt, built", () => {
  it("stops the build once per picture, at the tag's line, and publishes nothing under /img/", () => {
    const block = [
      "<div>",
      ...Array.from({ length: 31 }, (_, i) => `<p>Row ${i}</p>`),
      '<img alt=">" src="/posts/images/../../secret.jpg">',
      "</div>",
    ];
    const body = ["Intro.", `Inline <img alt=">" src="/posts/images/../../secret.jpg"> too.`, block.join("\n")].join(
      "\n\n",
    );
    const site = makeFixtureSite({ "sneaky.md": post('title: "Sneaky"\ndate: 2026-01-01\nauthor: ana-reyes', body) });
    site.write("secret.jpg", readFileSync(path.join(PROJECT_ROOT, "posts/images/walking-group.jpg")));
    const result = site.build();
    assert.equal(result.status, 1, result.output);
    // The body starts on line 7: the paragraph on line 9, the block on line 11 and its picture 32 lines on.
    const lines = result.output
      .split("\n")
      .filter((line) => line.includes('has an image "/posts/images/../../secret.jpg"'));
    assert.deepEqual(
      lines.map((line) => line.match(/sneaky\.md:(\d+):/)?.[1]),
      ["9", "43"],
      result.output,
    );
    assert.equal(existsSync(path.join(site.dir, "_site/img")), false);
  });
});

describe("ids in a post", () => {
  it("are only the kit's own: a post cannot take an id the layouts use", () => {
    const out = render(
      '<span id="main">Skip here</span> <span id="task-x">A</span>\n\n<h2 id="main">Main</h2>\n\n<h3 id="share-heading">Share</h3>\n\n<h2 id="task-1">T</h2>',
    );
    assert.doesNotMatch(out, /id="(main|task-x|share-heading|task-1)"/, out);
    assert.match(out, /<span>Skip here<\/span>/);
  });

  it("keep a hand-written heading anchor, and a Markdown heading named like a layout's id gets another", () => {
    assert.match(render('<h2 id="opening-hours">Hours</h2>'), /<h2 id="opening-hours">/);
    const out = render("## Main\n\n## Share heading");
    assert.match(out, /<h2 id="main-section" tabindex="-1"><a class="header-anchor" href="#main-section">/, out);
    assert.match(out, /<h2 id="share-heading-section"/, out);
  });

  it("LAYOUT_IDS lists every id the layouts and partials write", () => {
    const written = new Set<string>();
    for (const file of readdirSync(path.join(PROJECT_ROOT, "_includes"), { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".njk")) continue;
      for (const match of readFileSync(path.join(PROJECT_ROOT, "_includes", file), "utf8").matchAll(/\bid="([^"{]+)"/g))
        written.add(match[1]!);
    }
    assert.deepEqual([...LAYOUT_IDS].sort(), [...written].sort());
  });
});

describe("terminal control characters in content", () => {
  const ESC = "\u001b";

  it("are shown escaped wherever problems and findings are printed", () => {
    const line = formatProblem({
      file: `posts/a${ESC}[2J.md`,
      line: 3,
      field: "date",
      message: `is "${ESC}[2J${ESC}[1A\u009b2K\u007f\r" and\tnot a date`,
    });
    assert.equal(
      line,
      'posts/a\\u001b[2J.md:3: "date" is "\\u001b[2J\\u001b[1A\\u009b2K\\u007f\\u000d" and\tnot a date',
    );
    const finding = formatFinding({
      file: "posts/a.md",
      line: 1,
      column: 2,
      severity: "error",
      rule: "r",
      message: `m${ESC}[31m`,
      match: `x${ESC}]0;t\u0007`,
      fix: "f",
    });
    assert.doesNotMatch(finding, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, finding);
    assert.match(finding, /m\\u001b\[31m/);
  });

  it("are refused in every text field of the front matter, naming the field", () => {
    const data = {
      title: `Flu${ESC}[31m shots`,
      description: "Fine\ttext\nover two lines",
      tags: ["ok", `bad\u009b`],
      video: { youtube: "M7lc1UVf-VE", title: `x${ESC}[2J` },
      date: `${ESC}[2J2026-01-01`,
    };
    const problems = crossFieldProblems(data);
    assert.deepEqual(problems.map((p) => p.field).sort(), ["date", "tags", "title", "video"]);
    for (const problem of problems)
      assert.match(problem.message, /control character \(\\u(001b|009b)\)/, problem.message);
    assert.match(problems.find((p) => p.field === "video")!.message, /video\.title/);
  });

  it("include the overrides that show letters in another order (evil shown as live), not right-to-left text", () => {
    const [problem] = crossFieldProblems({ title: "Stay safe: \u202Elive\u202C this winter" });
    assert.match(problem!.message, /control character \(\\u202e\)/);
    assert.deepEqual(crossFieldProblems({ title: "صحة العائلة \u200Fand\u2067 עברית\u2069" }), []);
  });

  it("stop the build, and its output shows them escaped", () => {
    const frontMatter = 'title: "Flu \\e[31mshots"\ndate: "\\e[2J\\e[H2026-01-01"\nauthor: ana-reyes\n"\\e[1Aodd": 1';
    const result = makeFixtureSite({ "escape.md": post(frontMatter) }).build();
    assert.equal(result.status, 1, result.output);
    assert.doesNotMatch(result.output, /\u001b/, JSON.stringify(result.output));
    assert.match(result.output, /posts\/escape\.md:2: "title" has a control character \(\\u001b\)/);
    assert.match(result.output, /posts\/escape\.md:3: "date" has a control character \(\\u001b\)/);
  });

  it("never reach npm run plan's output, calendar or schedule raw (a post's text can still carry them)", () => {
    const day = DateTime.fromISO("2026-12-01T09:00:00Z");
    const post = {
      file: "posts/a.md",
      slug: "a",
      title: `Flu${ESC}[2J`,
      author: { name: `Ana${ESC}[1A` },
      state: "scheduled",
      url: "/posts/a/",
    };
    const publication = { post, kind: "blog", date: day } as unknown as Publication;
    const plan: Plan = {
      from: day,
      to: day.plus({ days: 7 }),
      weeks: [
        {
          start: day,
          publications: [publication],
          social: [{ publication, channel: "x", at: day.plus({ hours: 2 }) }],
        },
      ],
      shortfalls: [],
      themes: [{ name: "Flu", covered: [publication] }],
      authors: [{ name: `Ana${ESC}[1A`, count: 1 }],
    };
    const text = () => `Get your shot${ESC}]0;owned\u0007 today`;
    const outputs = {
      text: planText(plan, "UTC", []),
      // iCalendar and CSV end lines with CRLF, and iCalendar writes a backslash as two.
      calendar: planCalendar(plan, "https://clinic.example", text).replaceAll("\r\n", "\n"),
      schedule: planSocialCsv(plan, "UTC", text, () => "https://clinic.example/posts/a/").replaceAll("\r\n", "\n"),
    };
    for (const [what, output] of Object.entries(outputs)) {
      assert.doesNotMatch(output, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, `${what}: ${JSON.stringify(output)}`);
      assert.match(output, /Flu\\{1,2}u001b\[2J/, what);
    }
  });
});

describe("phone numbers in a post", () => {
  it("become tel: links a reader on a phone taps to call", () => {
    assert.equal(
      render("Call (555) 010-0123 or 1-800-232-4636."),
      '<p>Call <a href="tel:+15550100123">(555) 010-0123</a> or <a href="tel:+18002324636">1-800-232-4636</a>.</p>\n',
    );
  });

  it("are left alone inside a link or code, and years, ZIP codes, dates and measures are not numbers", () => {
    const text = "[Call (555) 010-0123](https://example.org/) `555-010-0123` ZIP 62701, 2026-11-26, 120/80, 1,234,567.";
    assert.doesNotMatch(render(text), /tel:/);
  });
});
