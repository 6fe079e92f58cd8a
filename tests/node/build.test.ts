import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import { makeFixtureSite, post, PROJECT_ROOT } from "../support/fixtureSite.ts";

describe("a build with bad content", () => {
  const site = makeFixtureSite({
    "flu-season.md": post('title: "Flu season"\ndate: 2026-13-45\nauthor: ana-reyes'),
    "no-title.md": post("date: 2026-01-01\nauthor: ana-reyes"),
    "stranger.md": post('title: "x"\ndate: 2026-01-01\nauthor: dr-nobody\nimage: /posts/images/missing.jpg'),
    "broken-yaml.md": '---\ntitle: "Broken\ntags: [a, b\ndate: 2026-01-01\n---\nBody\n',
    "good.md": post('title: "Fine"\ndate: 2026-01-01\nauthor: ana-reyes'),
  });
  const result = site.build();

  it("fails", () => {
    assert.equal(result.status, 1);
  });

  it("lists every problem at once, each with the file, the field and the fix", () => {
    const lines = [
      'posts/flu-season.md:3: "date" is "2026-13-45", which is not a real date (use YYYY-MM-DD)',
      'posts/no-title.md: "title" is missing: a title in quotes',
      'posts/stranger.md:4: "author" is "dr-nobody", who is not in the staff directory: use one of ana-reyes, james-okafor, priya-shah, tom-becker',
      'posts/stranger.md:5: "image" is "/posts/images/missing.jpg", but there is no file posts/images/missing.jpg',
      'posts/stranger.md:5: "imageAlt" is missing',
    ];
    for (const line of lines)
      assert.ok(result.output.includes(line), `missing: ${line}\n--- output ---\n${result.output}`);
    assert.match(result.output, /The site was not built: 6 problems in the content/);
  });

  it("names the file and line of broken YAML", () => {
    assert.match(result.output, /posts\/broken-yaml\.md:\d: front matter is not valid YAML/);
  });

  it("does not lead with a stack trace", () => {
    assert.doesNotMatch(result.output, /^\s+at /m);
    assert.doesNotMatch(result.output, /Original error stack trace/);
  });

  it("writes nothing, and leaves the previous site as it was", () => {
    assert.equal(existsSync(path.join(site.dir, "_site")), false);
    assert.deepEqual(
      readdirSync(site.dir).filter((name) => name.startsWith(".build-")),
      [],
    );

    site.write("posts/flu-season.md", post('title: "Flu season"\ndate: 2026-10-01\nauthor: ana-reyes'));
    site.write("posts/no-title.md", post('title: "Now titled"\ndate: 2026-01-01\nauthor: ana-reyes'));
    site.write("posts/stranger.md", post('title: "x"\ndate: 2026-01-01\nauthor: tom-becker'));
    site.write("posts/broken-yaml.md", post('title: "Mended"\ndate: 2026-01-01\nauthor: tom-becker'));
    assert.equal(site.build().status, 0);
    const before = site.read("_site/posts/flu-season/index.html");

    site.write("posts/flu-season.md", post('title: "Flu season, rewritten"\ndate: 2026-02-30\nauthor: ana-reyes'));
    const failed = site.build();
    assert.equal(failed.status, 1);
    assert.match(failed.output, /nothing was written: _site\/ is unchanged/);
    assert.equal(site.read("_site/posts/flu-season/index.html"), before);
  });
});

describe("a build with unknown front matter keys", () => {
  it("warns about each likely typo but still builds", () => {
    const site = makeFixtureSite({
      "typo.md": post('title: "x"\ndate: 2026-01-01\nauthor: ana-reyes\ntag: [kids]\ndescripton: "y"'),
    });
    const result = site.build();
    assert.equal(result.status, 0, result.output);
    assert.match(
      result.output,
      /warning: posts\/typo\.md:5: "tag" is not a field posts use, so it is ignored: check the spelling/,
    );
    assert.match(result.output, /warning: posts\/typo\.md:6: "descripton" is not a field posts use/);
  });
});

describe("a build with bad clinic data", () => {
  it("names the data file and field", () => {
    const site = makeFixtureSite({ "ok.md": post('title: "x"\ndate: 2026-01-01\nauthor: ana-reyes') });
    const clinic = JSON.parse(site.read("_data/clinic.json"));
    site.write("_data/clinic.json", JSON.stringify({ ...clinic, timeZone: "Riverbend/Local", url: "not a url" }));
    site.write(
      "_data/authors/new-nurse.json",
      JSON.stringify({ name: "Pat", role: "Nurse", clinician: "yes", photo: "/assets/staff/pat.svg", bio: "Hi" }),
    );
    const result = site.build();
    assert.equal(result.status, 1);
    assert.match(result.output, /_data\/clinic\.json: "timeZone" must be an IANA time zone like "America\/Chicago"/);
    assert.match(result.output, /_data\/clinic\.json: "url" must be the full address of the site/);
    assert.match(result.output, /_data\/authors\/new-nurse\.json: "clinician" must be true or false/);
    assert.match(
      result.output,
      /_data\/authors\/new-nurse\.json: "photo" is "\/assets\/staff\/pat\.svg", but there is no file _includes\/assets\/staff\/pat\.svg/,
    );
  });
});

describe("drafts and scheduled posts in a production build", () => {
  const site = makeFixtureSite({
    "live.md": post('title: "Live post"\ndate: 2026-11-20\nauthor: ana-reyes\ntags: [kids]'),
    "secret-draft.md": post(
      'title: "Secret draft"\ndate: 2026-11-01\nauthor: ana-reyes\ntags: [kids, draftonlytag]\ndraft: true',
    ),
    "tomorrow.md": post('title: "Tomorrow post"\ndate: 2026-11-27\nauthor: ana-reyes\ntags: [kids, futureonlytag]'),
  });
  // 21:00 on the 26th in Chicago is already the 27th in UTC: "tomorrow" must still wait.
  const result = site.build({ CLINIC_NOW: "2026-11-27T03:00:00Z" });
  const everything = () =>
    (readdirSync(path.join(site.dir, "_site"), { recursive: true }) as string[])
      .filter((f) => /\.(html|xml|txt)$/.test(f))
      .map((f) => site.read(path.join("_site", f)))
      .join("\n");

  it("builds", () => assert.equal(result.status, 0, result.output));

  it("gives them no page", () => {
    assert.ok(existsSync(path.join(site.dir, "_site/posts/live/index.html")));
    assert.equal(existsSync(path.join(site.dir, "_site/posts/secret-draft")), false);
    assert.equal(existsSync(path.join(site.dir, "_site/posts/tomorrow")), false);
  });

  it("leaves them out of every list, tag page and the sitemap", () => {
    const all = everything();
    assert.ok(all.includes("Live post"));
    assert.equal(all.includes("Secret draft"), false);
    assert.equal(all.includes("Tomorrow post"), false);
    assert.equal(existsSync(path.join(site.dir, "_site/tags/draftonlytag")), false);
    assert.equal(existsSync(path.join(site.dir, "_site/tags/futureonlytag")), false);
    assert.equal(site.read("_site/sitemap.xml").includes("secret-draft"), false);
  });

  it("publishes the scheduled post once its day comes at the clinic", () => {
    assert.equal(site.build({ CLINIC_NOW: "2026-11-27T06:00:00Z" }).status, 0);
    assert.ok(existsSync(path.join(site.dir, "_site/posts/tomorrow/index.html")));
    assert.equal(existsSync(path.join(site.dir, "_site/posts/secret-draft")), false);
  });

  it("shows drafts and scheduled posts with a banner in a preview build", () => {
    assert.equal(site.build({ CLINIC_PREVIEW: "true", CLINIC_NOW: "2026-11-27T03:00:00Z" }).status, 0);
    assert.match(site.read("_site/posts/secret-draft/index.html"), /<strong>Draft<\/strong>: this post is a preview/);
    assert.match(
      site.read("_site/posts/tomorrow/index.html"),
      /<strong>Scheduled<\/strong>: this post goes live on November 27, 2026/,
    );
    assert.doesNotMatch(site.read("_site/posts/live/index.html"), /state-banner/);
  });
});

describe("hostile text in front matter", () => {
  const hostile = '<script>alert(1)</script> & "x"';
  const site = makeFixtureSite({
    "hostile.md": post(
      `title: '${hostile}'\ndate: 2026-01-01\nauthor: ana-reyes\ndescription: '<img src=x onerror=alert(2)>'\ntags: ['<b>bold</b>']`,
    ),
  });
  const result = site.build();
  const escapedTitle = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;";

  it("builds", () => assert.equal(result.status, 0, result.output));

  it("shows as text on the post, in lists, on tag pages and in the page title", () => {
    for (const file of [
      "posts/hostile/index.html",
      "index.html",
      "archive/index.html",
      "tags/b-bold-b/index.html",
      "authors/index.html",
    ]) {
      const html = site.read(`_site/${file}`);
      assert.ok(html.includes(escapedTitle), `${file} should show the escaped title`);
      assert.equal(html.includes("<script>alert(1)"), false, `${file} must not contain the raw script`);
      assert.equal(html.includes("<img src=x"), false, `${file} must not contain the raw image`);
    }
    const postPage = site.read("_site/posts/hostile/index.html");
    assert.ok(postPage.includes(`<title>${escapedTitle} | `));
    assert.ok(postPage.includes('<meta name="description" content="&lt;img src=x onerror=alert(2)&gt;">'));
    assert.ok(site.read("_site/tags/index.html").includes("&lt;b&gt;bold&lt;/b&gt;"));
  });

  it("is escaped in the card tags a shared link shows", () => {
    const postPage = site.read("_site/posts/hostile/index.html");
    assert.ok(postPage.includes(`<meta property="og:title" content="${escapedTitle}">`));
    assert.ok(postPage.includes('<meta property="og:description" content="&lt;img src=x onerror=alert(2)&gt;">'));
    assert.ok(postPage.includes(`<meta property="og:image:alt" content="${escapedTitle}, `));
    assert.match(postPage, /<meta property="og:image" content="https:\/\/[^"]+\/posts\/hostile\/share\.png">/);
    assert.match(postPage, /<meta property="article:published_time" content="2026-01-01T00:00:00\.000-06:00">/);
  });
});

describe("a build started with a TypeScript preload", () => {
  it("draws its share cards and renders its posts in threads that do not run the preload", () => {
    const site = makeFixtureSite({ "walk.md": post('title: "Walk every day"\ndate: 2026-01-01\nauthor: ana-reyes') });
    // As `npm run bench` measures memory: a .ts file given with --import, which only the main thread can load.
    site.write("probe.ts", "const seen: string = 'preloaded';\nexport default seen;\n");
    const loader = pathToFileURL(path.join(PROJECT_ROOT, "node_modules/tsx/dist/loader.mjs")).href;
    const result = spawnSync(
      process.execPath,
      ["--import", loader, "--import", "./probe.ts", path.join(PROJECT_ROOT, "scripts/build.ts"), "_site"],
      { cwd: site.dir, env: { ...process.env, CLINIC_NOW: "2026-11-26T12:00:00-06:00" }, encoding: "utf8" },
    );
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(path.join(site.dir, "_site/posts/walk/share.png")));
  });
});
