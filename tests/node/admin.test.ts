import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { DateTime } from "luxon";
import { z } from "zod";
import { editorBackend } from "../../src/admin/backend.ts";
import { isEditorBundleFile } from "../../src/admin/bundle.ts";
import { editorConfig, type EditorBackend } from "../../src/admin/config.ts";
import type { EditorField } from "../../src/admin/fields.ts";
import { loadSiteData, type SiteData } from "../../src/clinicData/loadSiteData.ts";
import { settingsSchema } from "../../src/clinicData/schema.ts";
import type { ContentStep } from "../../src/content/steps.ts";
import { CONTENT_STEPS } from "../../src/contentSteps.ts";
import { checkText } from "../../src/guardrails/check.ts";
import { reservedAddresses } from "../../src/site/reservedAddresses.ts";
import { buildSampleSite, makeFixtureSite, PROJECT_ROOT } from "../support/fixtureSite.ts";

const site = loadSiteData(PROJECT_ROOT).data!;
const now = DateTime.fromISO("2026-11-26T12:00:00-06:00");
const GITHUB: EditorBackend = { name: "github", repo: "riverbend-health/blog", branch: "main", reviewFirst: true };

type Collection = { name: string; folder?: string; fields: EditorField[]; filter?: unknown; files?: unknown[] };
const configOf = (steps: readonly ContentStep[] = CONTENT_STEPS, data: SiteData = site) =>
  editorConfig({ site: data, steps, now, tagsInUse: ["nutrition"], backend: GITHUB }) as unknown as {
    backend: Record<string, unknown>;
    publish_mode?: string;
    media_folder: string;
    public_folder: string;
    collections: Collection[];
  };
const collection = (name: string, config = configOf()) => config.collections.find((c) => c.name === name)!;
const fieldOf = (fields: EditorField[], dotted: string): EditorField => {
  const [first, ...rest] = dotted.split(".");
  const found = fields.find((field) => field.name === first);
  assert.ok(found, `no field ${dotted}`);
  return rest.length ? fieldOf(found.fields ?? [], rest.join(".")) : found;
};
const values = (field: EditorField) =>
  (field.options ?? []).map((option) => (typeof option === "string" ? option : option.value));
const clinicians = [...site.authors.values()].filter((a) => a.clinician).map((a) => a.id);

describe("the web editor's configuration, made from the schemas", () => {
  it("marks required exactly the fields a post must have, and offers the build's choices", () => {
    const posts = collection("posts").fields;
    const required = posts.filter((field) => field.required).map((field) => field.name);
    assert.deepEqual(required, ["title", "date", "author", "body"]);
    assert.deepEqual(values(fieldOf(posts, "author")).sort(), [...site.authors.keys()].sort());
    assert.deepEqual(values(fieldOf(posts, "medicalReview.reviewer")).sort(), clinicians.sort());
    for (const topic of Object.keys(site.topics)) assert.ok(values(fieldOf(posts, "tags")).includes(topic), topic);
    // Dates are written as the build reads them.
    for (const date of ["date", "updated", "event.start", "medicalReview.date"])
      assert.equal(fieldOf(posts, date).format, "YYYY-MM-DD", date);
    // A translation's field only in other languages' forms, where it is required; no podcast block in posts.
    assert.equal(
      posts.some((field) => ["translationOf", "podcast"].includes(field.name)),
      false,
    );
    assert.equal(fieldOf(collection("posts-es").fields, "translationOf").required, true);
  });

  it("gives tips their category, reviewer and sources, as a published tip needs them", () => {
    const tips = collection("tips").fields;
    for (const name of ["category", "audience", "summary", "sources", "reviewer", "reviewed"])
      assert.equal(fieldOf(tips, name).required, true, name);
    assert.deepEqual(
      values(fieldOf(tips, "category")),
      site.tipCategories.map((category) => category.id),
    );
    assert.deepEqual(values(fieldOf(tips, "reviewer")).sort(), clinicians.sort());
    assert.equal(fieldOf(tips, "sources.url").required, true);
    assert.equal(collection("tips").folder, "posts/tips");
    assert.equal(collection("tips-es").folder, "posts/es/tips");
  });

  it("makes episodes posts with a podcast block, its audio and transcript uploaded beside the others", () => {
    const episodes = collection("episodes");
    assert.equal(episodes.folder, "posts");
    assert.deepEqual(episodes.filter, { field: "podcast.guid", pattern: "." });
    const podcast = fieldOf(episodes.fields, "podcast");
    assert.equal(podcast.required, true);
    assert.equal(fieldOf(episodes.fields, "podcast.guid").widget, "uuid");
    for (const name of ["podcast.audio", "podcast.transcript"]) {
      const field = fieldOf(episodes.fields, name);
      assert.equal(field.required, true, name);
      assert.equal(field.media_folder, "/posts/media/podcast");
      assert.equal(field.public_folder, "/media/podcast");
    }
    const config = configOf();
    assert.equal(config.media_folder, "posts/images");
    assert.equal(config.public_folder, "/posts/images");
  });

  it("shows a field a feature adds to posts by itself, with its choices", () => {
    const step: ContentStep = {
      name: "questions",
      fields: {
        kinds: ["post"],
        shape: () => ({
          question: z.string().describe("The reader's question, in their words."),
          kind: z.enum(["answer", "story"]).optional(),
        }),
      },
    };
    const posts = collection("posts", configOf([...CONTENT_STEPS, step])).fields;
    assert.deepEqual(fieldOf(posts, "question"), {
      name: "question",
      label: "Question",
      required: true,
      hint: "The reader's question, in their words.",
      widget: "string",
    });
    assert.deepEqual(
      { required: fieldOf(posts, "kind").required, options: fieldOf(posts, "kind").options },
      { required: false, options: ["answer", "story"] },
    );
  });

  it("names a field it has no widget for, and where to give it one", () => {
    const step: ContentStep = {
      name: "odd",
      fields: { kinds: ["tip"], shape: () => ({ scores: z.record(z.string(), z.number()) }) },
    };
    assert.throws(
      () => configOf([...CONTENT_STEPS, step]),
      /the field "scores" is a record the web editor has no widget for: give it one in src\/admin\/widgets\.ts/,
    );
  });

  it("edits the staff directory and the clinic's settings with their own schemas", () => {
    const staff = collection("staff");
    assert.equal(staff.folder, "_data/authors");
    const required = staff.fields.filter((field) => field.required).map((field) => field.name);
    assert.deepEqual(required, ["name", "role", "clinician", "photo", "bio"]);
    assert.deepEqual(
      fieldOf(staff.fields, "languages").fields!.map((field) => field.name),
      ["es"],
    );
    const files = collection("settings").files as { file: string; fields: EditorField[] }[];
    assert.deepEqual(
      files.map((file) => file.file),
      ["_data/clinic.json", "_data/settings.json"],
    );
    assert.equal(fieldOf(files[0]!.fields, "address.city").required, true);
  });

  it("commits to GitHub, through review first unless the clinic says otherwise", () => {
    const config = configOf();
    assert.deepEqual(config.backend, { name: "github", repo: "riverbend-health/blog", branch: "main" });
    assert.equal(config.publish_mode, "editorial_workflow");
  });
});

describe("where the editor commits", () => {
  const settings = settingsSchema.parse({ latestPostsOnHome: 5, wordsPerMinute: 200 });
  it("takes the repository from settings, Netlify or GitHub Actions, and has no editor without one", () => {
    assert.equal(editorBackend(settings, {}), undefined);
    // GitHub Pages: no login works there until the clinic names its login service.
    assert.equal(editorBackend(settings, { GITHUB_REPOSITORY: "clinic/blog" }), undefined);
    const withProxy = settingsSchema.parse({
      latestPostsOnHome: 5,
      wordsPerMinute: 200,
      editor: { authProxy: "https://clinic-login.example.workers.dev" },
    });
    assert.deepEqual(editorBackend(withProxy, { GITHUB_REPOSITORY: "clinic/blog" }), {
      name: "github",
      repo: "clinic/blog",
      branch: "main",
      authProxy: "https://clinic-login.example.workers.dev",
      reviewFirst: true,
    });
    assert.equal(
      (editorBackend(settings, { REPOSITORY_URL: "https://github.com/clinic/site" }) as { repo: string }).repo,
      "clinic/site",
    );
    assert.deepEqual(editorBackend(settings, { CLINIC_EDITOR_BACKEND: "test-repo" }), { name: "test-repo" });
  });

  it("refuses an unknown backend and a bad repository, saying what to write", () => {
    assert.throws(
      () => editorBackend(settings, { CLINIC_EDITOR_BACKEND: "gitlab" }),
      /CLINIC_EDITOR_BACKEND is "gitlab": use "github" \(the default\) or "test-repo"/,
    );
    const fixture = makeFixtureSite({});
    const file = JSON.parse(fixture.read("_data/settings.json"));
    fixture.write(
      "_data/settings.json",
      JSON.stringify({ ...file, editor: { repo: "https://github.com/x", authProxy: "http://login.example" } }),
    );
    const { problems } = loadSiteData(fixture.dir);
    const messages = problems.map((p) => `${p.file} ${p.field}: ${p.message}`);
    assert.ok(
      messages.some((m) =>
        m.startsWith("_data/settings.json editor.repo: must be the GitHub repository as owner/name"),
      ),
      messages.join("\n"),
    );
    assert.ok(
      messages.some((m) => m.startsWith("_data/settings.json editor.authProxy: must be the full https:// address")),
      messages.join("\n"),
    );
  });
});

describe("the health-content checker and the editor's data", () => {
  const clinic = { phones: [], emailDomains: [], street: "", staffNames: [] };
  it("reads the editor page's title in the language files, and not the repository settings", () => {
    const language = JSON.stringify({ strings: { editor: { title: "Call Rosa at 555-201-3344" } } });
    assert.deepEqual(
      checkText("_data/languages/en.json", language, { clinic }).map((finding) => finding.rule),
      ["phi/phone"],
    );
    const settings = JSON.stringify({ editor: { repo: "clinic/blog-5552013344", branch: "main" } });
    assert.deepEqual(checkText("_data/settings.json", settings, { clinic }), []);
  });
});

describe("the built site with the editor", () => {
  const output = buildSampleSite({ REPOSITORY_URL: "https://github.com/riverbend-health/blog" });
  const read = (file: string) => readFileSync(path.join(output, file), "utf8");

  it("serves the editor and its parts from the site itself, not from another origin", () => {
    const page = read("admin/index.html");
    const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(scripts, ["/admin/decap-cms.js", "/admin/preview.js"]);
    assert.doesNotMatch(page, /<script>|<script[^>]*>[^<]/);
    const bundle = readdirSync(path.join(output, "admin")).filter(isEditorBundleFile);
    assert.ok(bundle.length > 50 && bundle.includes("decap-cms.js"), bundle.join(" "));
    assert.equal(
      readdirSync(path.join(output, "admin")).some((name) => name.endsWith(".map")),
      false,
    );
    const config = JSON.parse(read("admin/config.yml"));
    assert.equal(config.backend.repo, "riverbend-health/blog");
  });

  it("gives /admin/ its own policy, and every other address the site's strict one, in _headers and <meta>", () => {
    const headers = read("_headers");
    const rules = new Map<string, string>();
    for (const [, address, policy] of headers.matchAll(/^(\/\S*)\n {2}Content-Security-Policy: (.*)$/gm))
      // The first rule for an address is the site-wide one; the sandbox for uploaded files adds to it.
      if (!rules.has(address!)) rules.set(address!, policy!);
    // No rule for every address: a host would send its policy to /admin/ too, and browsers enforce both.
    assert.equal(rules.has("/*"), false);
    // The rest is the same for every address, an unknown one (a 404) included, so one rule has it.
    assert.match(
      headers,
      /^\/\*\n {2}Referrer-Policy: .*\n {2}X-Content-Type-Options: nosniff\n {2}X-Frame-Options: DENY\n/m,
    );
    const strict = rules.get("/")!;
    assert.match(strict, /script-src 'self' 'wasm-unsafe-eval';/);
    const editor = rules.get("/admin/*")!;
    assert.match(editor, /script-src 'self' 'unsafe-eval';/);
    assert.match(editor, /connect-src 'self' https:\/\/api\.github\.com;/);
    assert.match(editor, /frame-ancestors 'none'/);
    // Everything the build wrote at the top of the site is covered, the editor by its own rule only.
    for (const entry of readdirSync(output, { withFileTypes: true })) {
      if (entry.name === "_headers") continue;
      const address = entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`;
      assert.equal(rules.get(address), entry.name === "admin" ? editor : strict, address);
    }
    assert.match(read("admin/index.html"), /http-equiv="Content-Security-Policy" content="[^"]*unsafe-eval/);
    assert.doesNotMatch(read("index.html"), /'unsafe-eval'|api\.github\.com/);
  });

  it("keeps the editor out of search engines, the sitemap and the site's search", () => {
    assert.match(read("robots.txt"), /^Disallow: \/admin\/$/m);
    assert.doesNotMatch(read("sitemap.xml"), /\/admin\//);
    const page = read("admin/index.html");
    assert.match(page, /<meta name="robots" content="noindex, nofollow">/);
    assert.match(page, /<body data-pagefind-ignore="all">/);
    assert.doesNotMatch(page, /data-pagefind-body/);
    assert.ok(existsSync(path.join(output, "pagefind")));
  });

  it("reserves /admin/ for itself", () => {
    const reserved = reservedAddresses(site).find((entry) => entry.address === "/admin/");
    assert.deepEqual(reserved, { address: "/admin/", folder: true, what: "the folder of the web editor" });
  });
});

describe("the built site without a repository", () => {
  it("has no editor, and its _headers binds every address with the strict policy", () => {
    const fixture = makeFixtureSite({});
    const built = fixture.build({ GITHUB_REPOSITORY: "", REPOSITORY_URL: "", CLINIC_EDITOR_BACKEND: "" });
    assert.equal(built.status, 0, built.output);
    assert.equal(existsSync(path.join(fixture.dir, "_site/admin/index.html")), false);
    assert.equal(existsSync(path.join(fixture.dir, "_site/admin/config.yml")), false);
    const headers = fixture.read("_site/_headers");
    assert.doesNotMatch(headers, /'unsafe-eval'/);
    assert.match(
      headers,
      /^\/admin\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/m,
    );
  });
});
