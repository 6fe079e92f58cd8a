import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { makeFixtureSite, PROJECT_ROOT } from "../support/fixtureSite.ts";

// The test build's editor uses Decap's test-repo backend (CLINIC_EDITOR_BACKEND in playwright.config.ts): what
// it would commit to GitHub it keeps in window.repoFiles, a tree of folders whose files hold their text (or,
// for an upload, the uploaded File).

/** Every file the editor committed, by path: Markdown as text, uploads as their bytes. */
async function committedFiles(page: Page): Promise<Record<string, string | Buffer>> {
  const files = await page.evaluate(async () => {
    type Node = { content?: unknown; path?: string } | { [name: string]: Node };
    const found: Record<string, { text?: string; base64?: string }> = {};
    const walk = async (node: Node) => {
      for (const value of Object.values(node) as Node[]) {
        if (typeof value.path === "string" && "content" in value) {
          const content = value.content as string | { fileObj: File };
          if (typeof content === "string") found[value.path] = { text: content };
          else {
            const bytes = new Uint8Array(await content.fileObj.arrayBuffer());
            found[value.path] = { base64: btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join("")) };
          }
        } else await walk(value);
      }
    };
    await walk((window as unknown as { repoFiles: Node }).repoFiles);
    return found;
  });
  return Object.fromEntries(
    Object.entries(files).map(([file, { text, base64 }]) => [file, text ?? Buffer.from(base64!, "base64")]),
  );
}

async function logIn(page: Page) {
  await page.goto("/admin/");
  await page.getByRole("button", { name: "Login" }).click();
}

/** The field labelled `label`, which the editor marks "(optional)" when it is. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(?: \\(optional\\))?$`, "i"));

/** Picks `option` in the select field labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await field(page, label).click();
  await page.getByRole("option", { name: option }).click();
}

/** Uploads `file` (under the name `name`) in the file field labelled `label`, and chooses it. */
async function upload(page: Page, label: string, file: string, name: string) {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), "editor-upload-")), name);
  copyFileSync(file, copy);
  await page
    .getByLabel("file field", { exact: true })
    .filter({ has: page.getByText(label, { exact: true }) })
    .getByRole("button", { name: "Choose a file" })
    .click();
  await page.locator("input[type=file]").setInputFiles(copy);
  await page.getByRole("button", { name: "Choose selected" }).click();
}

async function writeTitleDateAuthor(page: Page, title: string) {
  await field(page, "Title").first().fill(title);
  await field(page, "Date").first().fill("2026-11-20");
  await choose(page, "Author", "Ana Reyes (Family physician and medical director)");
}

async function writeBody(page: Page, text: string) {
  await page.locator("[data-slate-editor]").click();
  await page.keyboard.type(text);
}

async function publish(page: Page) {
  await page.getByRole("button", { name: "Publish" }).first().click();
  await page.getByText("Publish now").click();
  await expect(page.getByRole("button", { name: "Published" })).toBeVisible();
}

test.describe("the web editor at /admin/", () => {
  test("a post, a tip and an episode written in the editor pass the build's checks and build", async ({ page }) => {
    test.setTimeout(240_000);
    await logIn(page);

    await page.goto("/admin/#/collections/posts/new");
    await writeTitleDateAuthor(page, "Walk-in vaccine hours");
    await choose(page, "Tags", "Clinic news");
    await writeBody(page, "Come any weekday morning for your flu shot.");
    await publish(page);

    await page.goto("/admin/#/collections/tips/new");
    await writeTitleDateAuthor(page, "Keep a water bottle handy");
    await choose(page, "Category", "Seasonal");
    await field(page, "Audience").fill("Everyone on hot days");
    await field(page, "Summary").fill("Sip water through the day, before you feel thirsty.");
    await page.getByRole("button", { name: "Add sources" }).click();
    await field(page, "Title").last().fill("CDC: Heat and your health");
    await field(page, "Url").fill("https://www.cdc.gov/heat-health/");
    // The tip's own reviewer, which a published tip must have (the medical review's is optional).
    await page.getByRole("combobox", { name: "Reviewer", exact: true }).click();
    await page.getByRole("option", { name: "Ana Reyes (Family physician and medical director)" }).click();
    await field(page, "Reviewed").fill("2026-11-19");
    await writeBody(page, "- Carry a bottle.\n- Drink before you feel thirsty.");
    await publish(page);

    await page.goto("/admin/#/collections/episodes/new");
    await writeTitleDateAuthor(page, "Sleep, in plain words");
    await upload(page, "Audio", path.join(PROJECT_ROOT, "posts/media/podcast/episode-002.mp3"), "sleep.mp3");
    await upload(page, "Transcript", path.join(PROJECT_ROOT, "posts/media/podcast/episode-002.vtt"), "sleep.vtt");
    await writeBody(page, "Why a regular bedtime helps.");
    await publish(page);

    const files = await committedFiles(page);
    expect(Object.keys(files).sort()).toEqual([
      "posts/media/podcast/sleep.mp3",
      "posts/media/podcast/sleep.vtt",
      "posts/podcast-sleep-in-plain-words.md",
      "posts/tips/keep-a-water-bottle-handy.md",
      "posts/walk-in-vaccine-hours.md",
    ]);
    const episode = String(files["posts/podcast-sleep-in-plain-words.md"]);
    expect(episode).toContain("audio: /media/podcast/sleep.mp3");
    expect(episode).toMatch(/guid: [0-9a-f-]{36}/);

    // Committed into a site of its own, the build takes them all, as a post, a tip and an episode.
    const site = makeFixtureSite({});
    for (const [file, content] of Object.entries(files)) site.write(file, content);
    const built = site.build();
    expect(built.output).not.toMatch(/error/i);
    expect(built.status).toBe(0);
    expect(site.read("_site/posts/walk-in-vaccine-hours/index.html")).toContain("Come any weekday morning");
    expect(site.read("_site/tips/keep-a-water-bottle-handy/index.html")).toContain("Drink before you feel thirsty");
    expect(site.read("_site/podcast.xml")).toContain("/media/podcast/sleep.mp3");
  });

  test("an episode edited in the editor keeps its permanent id, and a post edited in the posts' form its episode", async ({
    page,
  }) => {
    const episode = readFileSync(path.join(PROJECT_ROOT, "posts/podcast-flu-season-in-plain-words.md"), "utf8");
    await page.addInitScript((text) => {
      const file = { content: text, path: "posts/podcast-flu.md" };
      (window as unknown as { repoFiles: unknown }).repoFiles = { posts: { "podcast-flu.md": file } };
    }, episode);
    await logIn(page);
    await page.goto("/admin/#/collections/episodes");
    await expect(page.getByText("Flu season, in plain words")).toBeVisible();
    for (const form of ["episodes", "posts"]) {
      await page.goto(`/admin/#/collections/${form}/entries/podcast-flu`);
      await field(page, "Description").fill(`Changed in the ${form} form.`);
      await publish(page);
      const saved = String((await committedFiles(page))["posts/podcast-flu.md"]);
      expect(saved).toContain(`description: Changed in the ${form} form.`);
      // Podcast apps tell episodes apart by this id: a new one would show the episode twice.
      expect(saved).toContain("guid: bf3e826a-9a55-459a-9923-7cdfb22c9a1b");
      expect(saved).toContain("audio: /media/podcast/episode-001.mp3");
    }
  });

  test("asks nothing of any other origin and keeps to its own security policy", async ({ page, context }) => {
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await logIn(page);
    await page.goto("/admin/#/collections/posts/new");
    await field(page, "Title").first().fill("A preview in the site's own style");
    await expect(
      page.frameLocator("iframe").first().locator('link[rel="stylesheet"][href="/assets/site.css"]'),
    ).toHaveCount(1);
    // The editor keeps a connection of its own open, so the network is never idle: give it time to ask.
    await page.waitForTimeout(2000);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !/^(blob|data):/.test(url) && !url.startsWith(origin))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});
