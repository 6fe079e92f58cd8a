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
