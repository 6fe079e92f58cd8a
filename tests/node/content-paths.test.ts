/**
 * Content is data: a post's front matter, file name and the paths it names cannot move a page, replace a
 * site file, reach outside the repository or make Eleventy run a template (issue 15).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { addressProblems, reservedAt } from "../../src/content/postAddress.ts";
import { publishedPath } from "../../src/lib/publishedPath.ts";
import { publicFile } from "../../src/lib/publicFiles.ts";
import { reservedAddresses } from "../../src/site/reservedAddresses.ts";
import { buildSampleSite, makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

const fine = 'title: "A post"\ndate: 2026-01-01\nauthor: ana-reyes';

describe("front matter keys Eleventy would act on", () => {
  const site = makeFixtureSite({
    "engine.md": post(
      `${fine}\ntemplateEngineOverride: njk,md`,
      'Version: {{ range.constructor("return process.version")() }}',
    ),
    "computed.md": post(
      `${fine}\neleventyComputed:\n  description: "{{ range.constructor('return process.version')() }}"`,
    ),
    "outside.md": post(`${fine}\npermalink: ../../evil.html`),
    "nowhere.md": post(`${fine}\npermalink: false`),
    "logo.md": post(`${fine}\npermalink: /assets/logo.svg`),
    "designed.md": post(`${fine}\nlayout: layouts/base.njk`),
    "hidden.md": post(`${fine}\neleventyExcludeFromCollections: true`),
    "paged.md": post(`${fine}\npagination: { data: collections.all, size: 1 }`),
    "bypass.md": post(`${fine}\npermalinkBypassOutputDir: true`),
    "phone.md": post(`${fine}\nclinic:\n  phone: "+1 312 555 0199"`),
    "good.md": post(fine),
  });
  const result = site.build();

  it("fails, naming each file, line and key with what to do instead", () => {
    assert.equal(result.status, 1, result.output);
    const lines = [
      'posts/engine.md:5: "templateEngineOverride" is a setting of Eleventy',
      'posts/computed.md:5: "eleventyComputed" is a setting of Eleventy',
      'posts/outside.md:5: "permalink" cannot be set in a post: its address comes from its file name',
      'posts/nowhere.md:5: "permalink" cannot be set in a post',
      'posts/logo.md:5: "permalink" cannot be set in a post',
      'posts/designed.md:5: "layout" cannot be set in a post',
      'posts/hidden.md:5: "eleventyExcludeFromCollections" cannot be set in a post: to keep a post off the site, add draft: true',
      'posts/paged.md:5: "pagination" is a setting of Eleventy',
      'posts/bypass.md:5: "permalinkBypassOutputDir" is a setting of Eleventy',
      `posts/phone.md:5: "clinic" is the name of the site's settings in _data/, which a post cannot change`,
      // The checker reads every value of the front matter, so the number the post tried to set is found too.
      `posts/phone.md:6:11: phi/phone: is a phone or fax number that is not the clinic's`,
    ];
    for (const line of lines)
      assert.ok(result.output.includes(line), `missing: ${line}\n--- output ---\n${result.output}`);
    assert.match(result.output, /The site was not built: 11 problems in the content/);
  });

  it("runs nothing and writes nothing, inside the site or beside it", () => {
    assert.ok(!result.output.includes(process.version), "a template in the post ran");
    assert.doesNotMatch(result.output, /toMillis|TypeError/);
    assert.equal(existsSync(path.join(site.dir, "_site")), false);
    assert.equal(existsSync(path.join(site.dir, "evil.html")), false);
    assert.equal(existsSync(path.join(path.dirname(site.dir), "evil.html")), false);
  });
});

/** A folder outside any site, holding what a hostile path would reach for. */
function outsideFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "clinic-outside-"));
  cpSync(path.join(PROJECT_ROOT, "posts/images/walking-group.jpg"), path.join(dir, "secret.jpg"));
  cpSync(path.join(PROJECT_ROOT, "posts/media/podcast/episode-001.mp3"), path.join(dir, "secret.mp3"));
  writeFileSync(
    path.join(dir, "secret.vtt"),
    "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Host>SECRET-TRANSCRIPT-TEXT\n",
  );
  return dir;
}

describe("Eleventy's keys however they are written", () => {
  const marker = path.join(tmpdir(), `clinic-override-${process.pid}`);
  const ran = `{{ range.constructor("process.getBuiltinModule('fs').writeFileSync('${marker}', 'ran'); return 'RAN'")() }}`;
  const site = makeFixtureSite({
    "override.md": post(
      `${fine}\n"override:templateEngineOverride": njk,md\n"override:permalink": /pwned.html\noverride:layout: false`,
      `Hello ${ran}`,
    ),
    "proto.md": post(`${fine}\n__proto__:\n  templateEngineOverride: njk,md`, `Hello ${ran}`),
    "nested.md": post(`${fine}\nsocial:\n  x: "Hi"\n  constructor: { prototype: { x: 1 } }`),
  });
  const result = site.build();

  it("refuses Eleventy's override: prefix and keys that reach every object, naming the line", () => {
    assert.equal(result.status, 1, result.output);
    const lines = [
      'posts/override.md:5: "override:templateEngineOverride" is a setting of Eleventy',
      'posts/override.md:6: "override:permalink" cannot be set in a post',
      'posts/override.md:7: "override:layout" cannot be set in a post',
      'posts/proto.md:5: front matter uses the key "__proto__"',
      'posts/nested.md:7: front matter uses the key "constructor"',
    ];
    for (const line of lines)
      assert.ok(result.output.includes(line), `missing: ${line}\n--- output ---\n${result.output}`);
    assert.doesNotMatch(result.output, /TypeError|\n\s+at /);
  });

  it("runs nothing and writes nothing", () => {
    assert.equal(existsSync(marker), false, "a template in a post ran");
    assert.equal(existsSync(path.join(site.dir, "_site")), false);
  });
});

describe("templates outside posts/", () => {
  it("are not pages of the site: a docs/ folder's Markdown is neither run nor published", () => {
    const marker = path.join(tmpdir(), `clinic-docs-${process.pid}`);
    const site = makeFixtureSite({ "ok.md": post(fine) });
    const ran = `{{ range.constructor("process.getBuiltinModule('fs').writeFileSync('${marker}', 'ran'); return 'RAN'")() }}`;
    site.write(
      "docs/evil.md",
      `---\ntemplateEngineOverride: njk,md\nlayout: false\npermalink: /pwned-docs.html\n---\n${ran}\n`,
    );
    site.write("docs/page.njk", `---\npermalink: /pwned-njk.html\n---\n${ran}\n`);
    site.write("extra.njk", `---\npermalink: /pwned-root.html\n---\n${ran}\n`);
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.equal(existsSync(marker), false, "a template outside posts/ ran");
    for (const page of ["pwned-docs.html", "pwned-njk.html", "pwned-root.html"])
      assert.equal(existsSync(path.join(site.dir, "_site", page)), false, page);
    assert.ok(existsSync(path.join(site.dir, "_site/posts/ok/index.html")));
  });
});

describe("publicFile", () => {
  const root = mkdtempSync(path.join(tmpdir(), "clinic-public-"));
  mkdirSync(path.join(root, "posts/images"), { recursive: true });
  mkdirSync(path.join(root, "posts/media"), { recursive: true });
  writeFileSync(path.join(root, "posts/images/photo.jpg"), "jpg");
  writeFileSync(path.join(root, "posts/secret.md"), "a post, not an image");
  symlinkSync(path.join(outsideFolder(), "secret.jpg"), path.join(root, "posts/images/linked.jpg"));

  it("finds a file in its folder", () => {
    assert.deepEqual(publicFile(root, "/posts/images/photo.jpg"), { file: path.join(root, "posts/images/photo.jpg") });
  });

  it('refuses ".." that leads out of the folder, whether or not the file exists', () => {
    for (const named of [
      "/posts/images/../secret.md",
      "/posts/images/../../../../etc/passwd",
      "/media/../../nowhere.vtt",
      "/media/../images/photo.jpg",
    ]) {
      const found = publicFile(root, named);
      assert.ok("problem" in found && !found.missing, named);
      assert.match((found as { problem: string }).problem, /leads outside posts\/(images|media)\//);
    }
  });

  it("refuses a link that leads out of the folder", () => {
    assert.match(
      (publicFile(root, "/posts/images/linked.jpg") as { problem: string }).problem,
      /leads outside posts\/images\//,
    );
  });

  it("says when only the file is missing, and when the path is a folder", () => {
    assert.deepEqual(publicFile(root, "/posts/images/later.jpg"), {
      problem:
        'is "/posts/images/later.jpg", but there is no file posts/images/later.jpg: add the file or fix the path',
      reason: "but there is no file posts/images/later.jpg: add the file or fix the path",
      missing: true,
    });
    assert.match((publicFile(root, "/posts/images/") as { problem: string }).problem, /is a folder/);
  });
});

describe("an episode's podcast: block", () => {
  const site = makeFixtureSite({
    "episode.md": post(
      `${fine}\npodcast:\n  guid: "0b5c1a52-4d0e-4f57-b8a4-5d9e2f0c7a11"\n  audio: /media/podcast/episode-001.mp3\n  transcript: /media/podcast/episode-001.vtt\n  subscribe:\n    apple: "https://phish.example/"`,
    ),
  });
  const result = site.build();

  it("cannot replace the show's settings on the episode's page", () => {
    assert.equal(result.status, 1, result.output);
    assert.match(
      result.output,
      /posts\/episode\.md:5: "podcast" names "subscribe", which is not a field of an episode: remove it \(fields: guid, audio, /,
    );
    assert.doesNotMatch(result.output, /phish\.example/);
  });
});

describe("paths in posts that climb out of their folder", () => {
  const outside = outsideFolder();
  const site = makeFixtureSite({});
  const from = (folder: string, file: string) => path.relative(path.join(site.dir, folder), path.join(outside, file));
  const episode = (extra: string) =>
    post(
      `${fine}${extra}\npodcast:\n  guid: "0b5c1a52-4d0e-4f57-b8a4-5d9e2f0c7a11"\n  audio: /media/${from("posts/media", "secret.mp3")}\n  transcript: /media/${from("posts/media", "secret.vtt")}`,
    );
  site.write(
    "posts/far-image.md",
    post(`${fine}\nimage: /posts/images/${from("posts/images", "secret.jpg")}\nimageAlt: "A photo"`),
  );
  site.write("posts/far-episode.md", episode(""));
  site.write("posts/far-draft.md", episode("\ndraft: true"));
  const result = site.build();

  it("fails, naming each field and the folder its file must be in", () => {
    assert.equal(result.status, 1, result.output);
    const lines = [
      `posts/far-image.md:5: "image" is "/posts/images/../../../`,
      `posts/far-episode.md:7: "podcast.audio" is "/media/../../../`,
      `posts/far-episode.md:8: "podcast.transcript" is "/media/../../../`,
      `posts/far-draft.md:9: "podcast.transcript" is "/media/../../../`,
    ];
    for (const line of lines)
      assert.ok(result.output.includes(line), `missing: ${line}\n--- output ---\n${result.output}`);
    assert.match(
      result.output,
      /far-image\.md:5: "image" is "[^"]+", which leads outside posts\/images\/: put the file in posts\/images\//,
    );
  });

  it("publishes nothing and reads nothing from outside", () => {
    assert.doesNotMatch(result.output, /SECRET-TRANSCRIPT-TEXT/);
    assert.equal(existsSync(path.join(site.dir, "_site")), false);
  });
});

describe("paths in the site's data that climb out of their folder", () => {
  const outside = outsideFolder();
  const site = makeFixtureSite({ "good.md": post(fine) });
  const show = JSON.parse(site.read("_data/podcast.json"));
  site.write(
    "_data/podcast.json",
    JSON.stringify({
      ...show,
      image: `/media/${path.relative(path.join(site.dir, "posts/media"), path.join(outside, "secret.jpg"))}`,
    }),
  );
  const result = site.build();

  it("fails, naming the data file and field", () => {
    assert.equal(result.status, 1, result.output);
    assert.match(
      result.output,
      /_data\/podcast\.json: "image" is "\/media\/\.\.\/[^"]+", which leads outside posts\/media\//,
    );
  });
});

describe("images in a post's text that climb out of their folder", () => {
  const outside = outsideFolder();
  const site = makeFixtureSite({});
  const fromPosts = path.relative(path.join(site.dir, "posts"), path.join(outside, "secret.jpg"));
  const body = [
    `![A photo](/posts/images/../${fromPosts})`,
    "",
    `![Relative](${fromPosts})`,
    "",
    `<img src="/posts/images/../${fromPosts}" alt="Raw">`,
  ].join("\n");
  site.write("posts/far-body.md", post(fine, body));
  const result = site.build();

  it("fails, naming the file, the line and the image", () => {
    assert.equal(result.status, 1, result.output);
    for (const line of [7, 9, 11])
      assert.match(
        result.output,
        new RegExp(
          `posts/far-body\\.md:${line}: has an image "[^"]+", which (leads outside posts/images/|is not a file the site publishes|is not in posts/images/)`,
        ),
        result.output,
      );
    assert.equal(existsSync(path.join(site.dir, "_site")), false);
  });
});

describe("pictures in a post's text from the site's other folders", () => {
  it("are refused with the line, not a crash of the image transform", () => {
    const site = makeFixtureSite({
      "art.md": post(fine, "![Cover](/media/podcast/cover.jpg)\n\n![Logo](/assets/logo.svg)"),
    });
    const result = site.build();
    assert.equal(result.status, 1, result.output);
    assert.match(
      result.output,
      /posts\/art\.md:7: has an image "\/media\/podcast\/cover\.jpg", which is not in posts\/images\//,
    );
    assert.match(
      result.output,
      /posts\/art\.md:9: has an image "\/assets\/logo\.svg", which is not in posts\/images\//,
    );
    assert.doesNotMatch(result.output, /ENOENT|\n\s+at /);
  });
});

describe("links (symlinks) under posts/", () => {
  const outside = outsideFolder();
  writeFileSync(
    path.join(outside, "story.md"),
    post(`${fine}`, "Our patient LINKED-PATIENT-STORY came in on Tuesday."),
  );
  const site = makeFixtureSite({ "good.md": post(fine) });
  symlinkSync("/etc/passwd", path.join(site.dir, "posts/media/passwd.vtt"));
  mkdirSync(path.join(site.dir, "posts/images"));
  symlinkSync(path.join(outside, "secret.jpg"), path.join(site.dir, "posts/images/secret.jpg"));
  symlinkSync(path.join(outside, "story.md"), path.join(site.dir, "posts/linked-story.md"));
  symlinkSync(outside, path.join(site.dir, "posts/linked-folder"));
  const result = site.build();
  const lint = spawnSync(
    path.join(PROJECT_ROOT, "node_modules/.bin/tsx"),
    [path.join(PROJECT_ROOT, "scripts/lint-content.ts")],
    { cwd: site.dir, encoding: "utf8" },
  );
  const links = ["posts/images/secret.jpg", "posts/linked-folder", "posts/linked-story.md", "posts/media/passwd.vtt"];

  it("stop the build, each named with what to do", () => {
    assert.equal(result.status, 1, result.output);
    for (const link of links) {
      assert.ok(
        result.output.includes(
          `${link}: is a link (symlink), which could lead anywhere on the computer that builds the site: replace the link with the file itself`,
        ),
        `missing: ${link}\n${result.output}`,
      );
    }
    assert.equal(existsSync(path.join(site.dir, "_site")), false);
    assert.doesNotMatch(result.output, /root:x:0|LINKED-PATIENT-STORY/);
  });

  it("fail npm run lint:content, each named", () => {
    assert.equal(lint.status, 1, lint.stdout + lint.stderr);
    for (const link of links) assert.match(lint.stdout, new RegExp(`^${link}:1:1  error  files/link  `, "m"));
  });
});

describe("post file names and addresses", () => {
  const reserved = reservedAddresses({ tipCategories: [{ id: "safety" }], languages: { all: [] } });
  const problemsOf = (...files: string[]) => addressProblems(".", files, reserved, new Set());

  it("publishes a post at /posts/<file name>/ and a tip at /tips/<file name>/", () => {
    assert.equal(publishedPath("posts/flu-shots.md"), "/posts/flu-shots/");
    assert.equal(publishedPath("posts/tips/hand-washing.md"), "/tips/hand-washing/");
    assert.deepEqual(
      problemsOf("posts/flu-shots.md", "posts/tips/hand-washing.md", "posts/covid-19-boosters-2026.md"),
      [],
    );
  });

  it("refuses a name that is not lowercase letters, digits and dashes, suggesting the one to use", () => {
    assert.deepEqual(problemsOf("posts/Flu Shots.md"), [
      {
        file: "posts/Flu Shots.md",
        message:
          'is not a name a web address can use (only lowercase letters, digits and dashes): rename the file to "flu-shots.md"',
      },
    ]);
    assert.match(problemsOf("posts/tips/Sun_Safety!.md")[0]!.message, /rename the file to "sun-safety\.md"/);
    assert.match(
      problemsOf("posts/🎒.md")[0]!.message,
      /rename the file to a name made of lowercase letters, digits and dashes, like flu-shots\.md/,
    );
  });

  it("names both files when two would make one address", () => {
    const nfc = "posts/caf\u00e9.md";
    const nfd = "posts/cafe\u0301.md";
    const problems = problemsOf(nfc, nfd, "posts/Flu-Shots.md", "posts/flu-shots.md");
    assert.equal(problems.length, 3);
    assert.match(problems.find((p) => p.file === nfc)!.message, new RegExp(`"cafe\\.md", which ${nfd} would need too`));
    assert.match(problems.find((p) => p.file === nfd)!.message, new RegExp(`"cafe\\.md", which ${nfc} would need too`));
    assert.match(
      problems.find((p) => p.file === "posts/Flu-Shots.md")!.message,
      /is taken by posts\/flu-shots\.md: choose another name/,
    );
    assert.match(
      problemsOf("posts/Images.md")[0]!.message,
      /"images\.md" is taken by the site itself: choose another name/,
    );
  });

  it("refuses the kit's own addresses, naming what uses them", () => {
    assert.deepEqual(
      problemsOf("posts/images.md", "posts/tips/safety.md").map((p) => p.message),
      [
        "would be published at /posts/images/, which is the folder of post images (posts/images/): rename the file",
        'would be published at /tips/safety/, which is the page of the tip category "safety": rename the file',
      ],
    );
    assert.match(problemsOf("posts/index.md")[0]!.message, /index\.md.*rename the file/);
  });

  it("refuses Markdown outside posts/ and posts/tips/ themselves", () => {
    for (const file of [
      "posts/2024/flu-shots.md",
      "posts/images/flu-shots.md",
      "posts/tips/kids/car-seats.md",
      "posts/media/notes.md",
    ]) {
      assert.match(
        problemsOf(file)[0]?.message ?? "",
        /put posts directly in posts\/, and tips directly in posts\/tips\//,
        file,
      );
    }
  });
});

describe("file names in a build", () => {
  const site = makeFixtureSite({
    "Flu Shots.md": post(fine),
    "images.md": post(fine),
    "good.md": post(fine),
  });
  const result = site.build();

  it("fails, naming each file and the name to use instead", () => {
    assert.equal(result.status, 1, result.output);
    assert.ok(
      result.output.includes(
        'posts/Flu Shots.md: is not a name a web address can use (only lowercase letters, digits and dashes): rename the file to "flu-shots.md"',
      ),
      result.output,
    );
    assert.ok(
      result.output.includes(
        "posts/images.md: would be published at /posts/images/, which is the folder of post images (posts/images/): rename the file",
      ),
      result.output,
    );
  });
});

describe("the reserved addresses", () => {
  it("cover every file the sample site writes that is not a post's or a tip's", () => {
    const output = buildSampleSite({ CLINIC_SEARCH: "on" });
    const posts = readdirSync(path.join(PROJECT_ROOT, "posts"), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
      .map((entry) => publishedPath(path.relative(PROJECT_ROOT, path.join(entry.parentPath, entry.name))));
    const categories = readdirSync(path.join(output, "tips"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => ({ id: e.name }));
    const reserved = reservedAddresses({
      tipCategories: categories.filter((c) => !posts.includes(`/tips/${c.id}/`)),
      languages: { all: [{ code: "es", prefix: "/es" }] },
    });
    const written = readdirSync(output, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${path.relative(output, path.join(entry.parentPath, entry.name))}`.replace(/index\.html$/, ""));
    const unclaimed = written.filter(
      (address) => !posts.some((page) => address.startsWith(page)) && !reservedAt(reserved, address),
    );
    assert.deepEqual(unclaimed, []);
  });
});

describe("npm run new", () => {
  const site = makeFixtureSite({});
  const run = (...args: string[]) =>
    spawnSync(path.join(PROJECT_ROOT, "node_modules/.bin/tsx"), [path.join(PROJECT_ROOT, "scripts/new.ts"), ...args], {
      cwd: site.dir,
      encoding: "utf8",
    });

  it("makes names the build accepts", () => {
    const made = run("post", "Ünïcödé & CAPS: Flu Shots (2026)!");
    assert.equal(made.status, 0, made.stderr);
    assert.deepEqual(
      addressProblems(
        ".",
        [made.stdout.trim()],
        reservedAddresses({ tipCategories: [], languages: { all: [] } }),
        new Set(),
      ),
      [],
    );
  });

  it("refuses a title that makes no name, or the name of one of the kit's addresses, writing nothing", () => {
    for (const [kind, title] of [
      ["post", "🎒🎒"],
      ["post", "Images"],
      ["tip", "Safety"],
      ["post", "Index"],
    ] as const) {
      const refused = run(kind, title);
      assert.equal(refused.status, 1, `${title}: ${refused.stdout}`);
      assert.match(refused.stderr, /cannot be the title of a new file: .*Start it with another title/, title);
    }
    assert.deepEqual(readdirSync(path.join(site.dir, "posts")).filter((name) => name.endsWith(".md")).length, 1);
    assert.equal(existsSync(path.join(site.dir, "posts/tips/safety.md")), false);
  });
});

describe("staff files", () => {
  it("must be named as an address, since each person's page is /authors/<file name>/", () => {
    const site = makeFixtureSite({ "a.md": post('title: "A"\ndate: 2026-01-01\nauthor: ana-reyes') });
    const person = site.read("_data/authors/ana-reyes.json");
    site.write("_data/authors/...json", person);
    site.write("_data/authors/Ana Reyes.json", person);
    const result = site.build();
    assert.notEqual(result.status, 0);
    for (const name of ["...json", "Ana Reyes.json"])
      assert.ok(
        result.output.includes(
          `_data/authors/${name}: has a name that cannot be a page's address: use lowercase letters, digits and dashes, like "ana-reyes.json"`,
        ),
        result.output,
      );
  });
});
