import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { SAMPLES, sampleDigest } from "../../src/editorial/samples.ts";
import { makeFixtureSite, PROJECT_ROOT } from "../support/fixtureSite.ts";

const TSX = path.join(PROJECT_ROOT, "node_modules/.bin/tsx");
const NOW = { CLINIC_NOW: "2026-11-26T12:00:00-06:00" };

function run(dir: string, script: string, args: string[]) {
  const result = spawnSync(TSX, [path.join(PROJECT_ROOT, "scripts", script), ...args], {
    cwd: dir,
    env: { ...process.env, ...NOW },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Text a reader sees in a built page's <main>. */
function mainText(dir: string, page: string): string {
  const html = readFileSync(path.join(dir, "_site", page), "utf8");
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? "";
  return main
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("the list of sample files", () => {
  it("names every sample post, tip, episode file, image, staff file and photo, as the kit ships it", () => {
    const shipped = (folder: string): string[] =>
      readdirSync(path.join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(PROJECT_ROOT, path.join(entry.parentPath, entry.name)))
        .filter((file) => !file.endsWith(".11tydata.json") && file !== "posts/media/podcast/cover.jpg");
    const files = ["posts", "_data/authors", "_includes/assets/staff"].flatMap(shipped).sort();
    assert.deepEqual(Object.keys(SAMPLES.files).sort(), files, "src/editorial/sampleFiles.json lists other files");
    for (const file of files) {
      assert.equal(
        sampleDigest(path.join(PROJECT_ROOT, file)),
        SAMPLES.files[file],
        `${file} changed: put its new digest in src/editorial/sampleFiles.json`,
      );
    }
  });

  it("knows the home page's line that names the sample's topics, as _data/settings.json ships it", () => {
    const settings = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "_data/settings.json"), "utf8"));
    assert.equal(settings.home.topics, SAMPLES.homeTopics.sample);
  });

  it("knows the sample's logo and icon, which the build warns about when only the logo is the clinic's", () => {
    for (const [file, digest] of Object.entries(SAMPLES.identity))
      assert.equal(
        sampleDigest(path.join(PROJECT_ROOT, file)),
        digest,
        `${file} changed: put its new digest in src/editorial/sampleFiles.json`,
      );
  });
});

describe("npm run samples -- remove", () => {
  let dir: string;
  let first: { status: number | null; output: string };
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "clinic-samples-"));
    for (const folder of ["_data", "_includes", "posts"])
      cpSync(path.join(PROJECT_ROOT, folder), path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
    // A clinic has already made one sample its own: that file stays.
    writeFileSync(
      path.join(dir, "posts/winter-holiday-hours.md"),
      readFileSync(path.join(dir, "posts/winter-holiday-hours.md"), "utf8") + "\nOur own words.\n",
    );
    first = run(dir, "samples.ts", ["remove", "--author", "María López", "--role", "Nurse educator"]);
    rmSync(path.join(dir, "posts/winter-holiday-hours.md"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("asks who writes the first post when no author is given", () => {
    const result = run(dir, "samples.ts", ["remove"]);
    assert.equal(result.status, 2);
    assert.match(result.output, /npm run samples -- remove --author "Your Name"/);
  });

  it("removes the samples, keeps a changed one, and leaves a welcome post by the named author", () => {
    assert.equal(first.status, 0, first.output);
    assert.match(first.output, /Removed 64 sample files/);
    assert.match(first.output, /Kept, because they were changed[^]*posts\/winter-holiday-hours\.md/);
    assert.equal(existsSync(path.join(dir, "posts/flu-shots-are-here.md")), false);
    assert.equal(existsSync(path.join(dir, "_data/authors/tom-becker.json")), false);
    assert.equal(existsSync(path.join(dir, "posts/media/podcast/episode-001.mp3")), false);
    const author = JSON.parse(readFileSync(path.join(dir, "_data/authors/maria-lopez.json"), "utf8"));
    assert.equal(author.name, "María López");
    assert.equal(author.role, "Nurse educator");
    const settings = JSON.parse(readFileSync(path.join(dir, "_data/settings.json"), "utf8"));
    assert.equal(settings.defaultAuthor, "maria-lopez");
    // The home page no longer names the sample's topics; the other lines are the clinic's to change.
    assert.equal(settings.home.topics, "Browse our posts by topic.");
    assert.equal(settings.home.tips, "Short checklists and tips you can print and keep.");
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, "_data/plan.json"), "utf8")).themes, []);
    assert.deepEqual(JSON.parse(readFileSync(path.join(dir, "_data/podcast.json"), "utf8")).subscribe, {});
    assert.match(readFileSync(path.join(dir, "posts/welcome-to-our-blog.md"), "utf8"), /author: maria-lopez/);
  });

  it("then any step of Make it yours builds: a new phone number no longer trips the checks on sample posts", () => {
    const clinic = JSON.parse(readFileSync(path.join(dir, "_data/clinic.json"), "utf8"));
    writeFileSync(
      path.join(dir, "_data/clinic.json"),
      JSON.stringify({ ...clinic, phone: "+1-555-0199", phoneDisplay: "(555) 019-9999" }),
    );
    const built = run(dir, "build.ts", ["_site"]);
    assert.equal(built.status, 0, built.output);
    assert.match(mainText(dir, "index.html"), /Welcome to our blog/);
    assert.match(mainText(dir, "authors/index.html"), /María López/);
  });

  it("says so when run again, and changes nothing", () => {
    const again = run(dir, "samples.ts", ["remove", "--author", "María López"]);
    assert.equal(again.status, 0, again.output);
    assert.match(again.output, /No sample files were left to remove/);
    assert.doesNotMatch(again.output, /Wrote:/);
  });

  it("with no content at all, every page says so kindly instead of showing empty headings", () => {
    rmSync(path.join(dir, "posts/welcome-to-our-blog.md"));
    const built = run(dir, "build.ts", ["_site"]);
    assert.equal(built.status, 0, built.output);
    const home = mainText(dir, "index.html");
    assert.match(home, /Our first posts are on their way/);
    assert.doesNotMatch(home, /See all posts|Topics/);
    assert.match(mainText(dir, "tags/index.html"), /No topics yet/);
    assert.match(mainText(dir, "share/index.html"), /Nothing to share yet/);
    assert.match(mainText(dir, "tips/index.html"), /The first tips are on their way/);
    const podcast = mainText(dir, "podcast/index.html");
    assert.match(podcast, /The first episode is on its way/);
    assert.doesNotMatch(podcast, /Apple Podcasts|Spotify/, "no buttons for apps the show is not listed in");
    assert.match(podcast, /Any other app/);
    assert.doesNotMatch(mainText(dir, "subscribe/index.html"), /Follow one topic/);
    const search = mainText(dir, "search/index.html");
    assert.doesNotMatch(search, /Blog topics|Health tips by category/);
    assert.match(search, /Every post, by year/);
  });
});

describe("the home page's words", () => {
  it("come from _data/settings.json, with defaults for a settings file written before them", () => {
    const site = makeFixtureSite({});
    try {
      const settings = JSON.parse(site.read("_data/settings.json"));
      site.write(
        "_data/settings.json",
        JSON.stringify({ ...settings, home: { ...settings.home, tips: "Checklists from our nurses & doctors." } }),
      );
      assert.equal(site.build().status, 0);
      assert.match(site.read("_site/index.html"), /<p>Checklists from our nurses &amp; doctors\.<\/p>/);
      delete settings.home;
      site.write("_data/settings.json", JSON.stringify(settings));
      const built = site.build();
      assert.equal(built.status, 0, built.output);
      assert.match(site.read("_site/index.html"), /<p>Listen to our care team talk about staying well\.<\/p>/);
    } finally {
      rmSync(site.dir, { recursive: true, force: true });
    }
  });
});

describe("following by email", () => {
  it("is a plain link to the service the clinic chose, shown only when set, and only over https", () => {
    const site = makeFixtureSite({});
    try {
      assert.equal(site.build().status, 0);
      assert.doesNotMatch(site.read("_site/subscribe/index.html"), /Get new posts by email/);
      const settings = JSON.parse(site.read("_data/settings.json"));
      const signup = { url: "https://buttondown.example/riverbend", service: "Buttondown" };
      site.write("_data/settings.json", JSON.stringify({ ...settings, emailSignup: signup }));
      assert.equal(site.build().status, 0);
      assert.match(
        site.read("_site/subscribe/index.html"),
        /<a href="https:\/\/buttondown\.example\/riverbend">Sign up with Buttondown<\/a>/,
      );
      site.write(
        "_data/settings.json",
        JSON.stringify({ ...settings, emailSignup: { ...signup, url: "http://x.example/" } }),
      );
      const refused = site.build();
      assert.equal(refused.status, 1);
      assert.match(refused.output, /_data\/settings\.json: "emailSignup\.url" must be the sign-up page's full address/);
    } finally {
      rmSync(site.dir, { recursive: true, force: true });
    }
  });
});
