import { statSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PROJECT_ROOT } from "../support/fixtureSite.ts";
import { show } from "../support/sampleSite.ts";

const EPISODE = "/posts/podcast-flu-season-in-plain-words/";
const AUDIO = "/media/podcast/episode-001.mp3";

test.describe("the podcast", () => {
  test("/podcast/ lists the episodes newest first, with their numbers, and how to subscribe", async ({ page }) => {
    await page.goto("/podcast/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(show.title);
    const episodes = page.locator(".post-card");
    await expect(episodes.getByRole("heading")).toHaveText([
      "Eating well on a budget",
      "Flu season, in plain words",
      "Welcome to Riverbend Health Talk",
    ]);
    await expect(episodes.first()).toContainText("Season 1, episode 2");
    await expect(episodes.nth(1)).toContainText("Season 1, episode 1");
    await expect(episodes.last()).toContainText("Season 1 · October 1, 2026");
    for (const app of ["Apple Podcasts", "Spotify", "Overcast", "Pocket Casts"])
      await expect(page.getByRole("link", { name: app })).toBeVisible();
    await expect(page.getByRole("link", { name: "Any other app" })).toHaveAttribute(
      "href",
      "/subscribe/#feeds-podcast",
    );
  });

  test("an episode page has a player that loads nothing until asked, and a download link with the file size", async ({
    page,
  }) => {
    await page.goto(EPISODE);
    const player = page.locator("audio#episode-audio");
    await expect(player).toHaveAttribute("preload", "none");
    await expect(player).toHaveAttribute("src", AUDIO);
    const kb = Math.round(statSync(`${PROJECT_ROOT}/posts/media/podcast/episode-001.mp3`).size / 1000);
    const download = page.getByRole("link", { name: `Download the episode (MP3, ${kb} KB)` });
    await expect(download).toHaveAttribute("href", AUDIO);
    const response = await page.request.get(AUDIO);
    expect(response.status()).toBe(200);
  });

  test("chapter times are media-fragment links, and with JavaScript they seek the player", async ({ page }) => {
    await page.goto(EPISODE);
    const chapters = page.locator("ol.chapters a[data-seek]");
    await expect(chapters).toHaveCount(5);
    const second = chapters.nth(1);
    await expect(second).toHaveAttribute("href", `${AUDIO}#t=17`);
    await expect(second).toContainText("0:17");
    await second.click();
    await expect(page).toHaveURL(new RegExp(`${EPISODE}$`)); // stayed on the page
    await expect
      .poll(() => page.locator("audio#episode-audio").evaluate((audio: HTMLAudioElement) => audio.currentTime))
      .toBeGreaterThanOrEqual(17);
  });

  test("without JavaScript a chapter link opens the audio at that time", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(EPISODE);
    await expect(page.locator("ol.chapters a[data-seek]").nth(3)).toHaveAttribute("href", `${AUDIO}#t=47`);
    await expect(page.getByRole("heading", { name: "Transcript" })).toBeVisible();
    await context.close();
  });

  test("the full transcript, the guests and the chapters' sources are on the page", async ({ page }) => {
    await page.goto(EPISODE);
    const transcript = page.getByRole("region", { name: "Transcript" });
    await expect(transcript).toContainText("Tom Becker: This show is general education, not medical advice");
    await expect(transcript).toContainText("Ana Reyes: Thanks, Tom. Happy to be here.");
    await expect(transcript.getByRole("link", { name: "Download the transcript file" })).toHaveAttribute(
      "href",
      "/media/podcast/episode-001.vtt",
    );
    await expect(page.locator("ul.guests")).toHaveText("Ana Reyes, MD, Family physician and medical director");
    await expect(page.getByRole("link", { name: "Why a flu shot every year" })).toHaveAttribute(
      "href",
      "https://www.cdc.gov/flu/",
    );
  });

  test("/subscribe/ explains feeds and lists every one of them", async ({ page, request }) => {
    await page.goto("/subscribe/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Subscribe");
    await expect(page.locator("main")).toContainText("A feed is a list of our newest posts");
    const feeds = [
      "/feed.xml",
      "/feed.atom",
      "/feed.json",
      "/tips/feed.xml",
      "/podcast.xml",
      "/tags/nutrition/feed.xml",
    ];
    const shown = await page.locator("main code").allTextContents();
    for (const href of feeds) {
      // The address to paste into an app, as text: a link would open raw XML in the browser.
      expect(
        shown.map((text) => text.replace(/^https:\/\/[^/]+/, "")),
        href,
      ).toContain(href);
      expect((await request.get(href)).status(), href).toBe(200);
    }
    const rawFeedLinks = await page
      .locator("main a")
      .evaluateAll((links) =>
        links.map((a) => a.getAttribute("href") ?? "").filter((href) => /\.(xml|atom|json)$/.test(href)),
      );
    expect(rawFeedLinks).toEqual([]);
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/subscribe\/$/);
  });

  test("every page names the site's feeds, the tips feed included, and a topic page links its own", async ({
    page,
  }) => {
    for (const url of ["/", "/tips/", "/posts/flu-shots-are-here/"]) {
      await page.goto(url);
      const alternates = await page
        .locator('head link[rel="alternate"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
      expect(alternates, url).toEqual(expect.arrayContaining(["/feed.xml", "/tips/feed.xml", "/podcast.xml"]));
    }
    await page.goto("/tags/nutrition/");
    await expect(page.locator("main code")).toHaveText(/\/tags\/nutrition\/feed\.xml$/);
    await expect(page.locator('head link[rel="alternate"][href="/tags/nutrition/feed.xml"]')).toHaveCount(1);
  });

  test("every link a reader clicks to follow leads to a page that explains, with a Copy button per address", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/tips/");
    await page.getByRole("link", { name: "Follow new tips in a feed reader" }).click();
    await expect(page).toHaveURL(/\/subscribe\/#feeds-tips$/);
    await expect(page.getByRole("heading", { name: "Get our health tips" })).toBeInViewport();
    await page.getByRole("button", { name: "Copy health tips address" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https:\/\/.+\/tips\/feed\.xml$/);
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    await page.goto("/podcast/");
    await page.getByRole("link", { name: "Any other app" }).click();
    await expect(page).toHaveURL(/\/subscribe\/#feeds-podcast$/);
    await page.getByRole("button", { name: "Copy podcast address" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/podcast\.xml$/);
  });

  test("without JavaScript the addresses are there to select, and no Copy button pretends to work", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/subscribe/");
    await expect(page.getByRole("button", { name: /^Copy / })).toHaveCount(0);
    await expect(page.locator("main code").first()).toBeVisible();
    await context.close();
  });
});
