import { expect, test } from "@playwright/test";
import { PUBLISHED } from "../support/sampleSite.ts";

test.describe("topic, archive and author pages", () => {
  test("the topics page lists every tag with its count", async ({ page }) => {
    await page.goto("/tags/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Topics");
    const nutrition = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Nutrition", exact: true }) });
    await expect(nutrition).toContainText("(3 posts, 3 tips)");
  });

  test("a topic page lists that topic's tips, and only its posts, newest first", async ({ page }) => {
    await page.goto("/tags/nutrition/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nutrition");
    const tips = page.getByRole("region", { name: "Health tips" });
    await expect(tips.getByRole("listitem")).toHaveCount(3);
    await tips.getByRole("link", { name: "Every Nutrition tip, with what each is for" }).click();
    await expect(page).toHaveURL(/\/tips\/nutrition\/$/);
    await page.getByRole("link", { name: "Posts about Nutrition" }).click();
    await expect(page).toHaveURL(/\/tags\/nutrition\/$/);
    await expect(page.locator(".post-card__title")).toHaveText([
      "Eating well on a budget",
      "Eating well with diabetes: building a balanced plate",
      "Ten ways to eat more vegetables on a budget",
    ]);
  });

  test("the archive groups every published post by year, newest first", async ({ page }) => {
    await page.goto("/archive/");
    await expect(page.locator("main").getByRole("heading", { level: 2 })).toHaveText(["2026", "2025"]);
    const hrefs = await page
      .locator(".post-card__title a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(PUBLISHED.map((slug) => `/posts/${slug}/`));
    const year2025 = page.getByRole("region", { name: "2025" });
    await expect(year2025.getByRole("listitem")).toHaveCount(3);
  });

  test("the authors page shows each writer with their posts", async ({ page }) => {
    await page.goto("/authors/");
    const ana = page.getByRole("region", { name: /Ana Reyes/ });
    await expect(ana).toContainText("Family physician");
    await expect(ana.getByText("Clinician")).toBeVisible();
    await expect(ana.getByRole("link", { name: "Back-to-school health checklist" })).toBeVisible();
    const tom = page.getByRole("region", { name: /Tom Becker/ });
    await expect(tom.getByRole("link", { name: /holiday hours/i })).toHaveCount(0); // scheduled, not yet published
  });
});

test.describe("pictures in lists and on the podcast pages", () => {
  /** What the browser loaded for each picture a selector finds: its shown and its file's width, and how. */
  const shown = (page: import("@playwright/test").Page, selector: string) =>
    page.locator(selector).evaluateAll((images) =>
      (images as HTMLImageElement[]).map((img) => ({
        shownWidth: Math.round(img.getBoundingClientRect().width),
        fileWidth: img.naturalWidth,
        loading: img.loading,
        alt: img.getAttribute("alt"),
        file: img.currentSrc,
      })),
    );

  for (const width of [320, 390, 1280])
    test(`a post with a picture, and an episode, show a small thumbnail beside their title; others none (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto("/archive/");
      const walking = page.locator(".post-card").filter({ hasText: "walking group" });
      const episode = page.locator(".post-card").filter({ hasText: "Flu season, in plain words" });
      const plain = page.locator(".post-card").filter({ hasText: "Preventing falls" });
      await expect(walking.locator("img")).toHaveCount(1);
      await expect(episode.locator("img")).toHaveCount(1);
      await expect(plain.locator("img")).toHaveCount(0);
      await walking.scrollIntoViewIfNeeded();
      await episode.scrollIntoViewIfNeeded();
      await expect(walking.locator("img")).toHaveJSProperty("complete", true);
      for (const picture of await shown(page, ".post-card img")) {
        // Lazy, decorative beside the linked title, and a photo made for its size (an SVG has no pixel size).
        expect(picture).toMatchObject({ shownWidth: 96, loading: "lazy", alt: "" });
        if (picture.fileWidth && !picture.file.endsWith(".svg")) expect(picture.fileWidth).toBeLessThanOrEqual(192);
      }
      // The picture sits on the right of the title, which keeps the line's start.
      const title = await walking.locator(".post-card__title").boundingBox();
      const thumb = await walking.locator("img").boundingBox();
      expect(thumb!.x).toBeGreaterThan(title!.x + title!.width - 1);
    });

  test("the podcast page's cover and an episode page's art are files the size they are shown at", async ({ page }) => {
    await page.goto("/podcast/");
    const [cover] = await shown(page, ".podcast-intro__cover");
    expect(cover).toMatchObject({ shownWidth: 160, loading: "eager" });
    expect(cover!.fileWidth).toBeLessThanOrEqual(320);
    expect(cover!.file).toMatch(/\/img\/.+\.(avif|webp)$/);

    await page.goto("/posts/podcast-flu-season-in-plain-words/");
    const art = page.locator(".episode__cover");
    await art.scrollIntoViewIfNeeded();
    await expect(art).toHaveJSProperty("complete", true);
    const [episodeArt] = await shown(page, ".episode__cover");
    expect(episodeArt).toMatchObject({ shownWidth: 96, alt: "" });
    expect(episodeArt!.fileWidth).toBeGreaterThan(0);
    expect(episodeArt!.fileWidth).toBeLessThanOrEqual(192);
  });
});
