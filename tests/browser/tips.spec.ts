import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PROJECT_ROOT } from "../support/fixtureSite.ts";

const categories = JSON.parse(readFileSync(`${PROJECT_ROOT}/_data/tipCategories.json`, "utf8")) as {
  id: string;
  name: string;
}[];
const publishedTips = readdirSync(`${PROJECT_ROOT}/posts/tips`)
  .filter(
    (file) => file.endsWith(".md") && !["allergy-season-checklist.md", "spring-cleaning-safety.md"].includes(file),
  )
  .map((file) => file.replace(/\.md$/, ""));

test.describe("the tips library", () => {
  test("/tips/ groups every published tip by category, with counts", async ({ page }) => {
    await page.goto("/tips/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Health tips");
    const shelves = page.locator("main section.shelf");
    await expect(shelves).toHaveCount(categories.length);
    await expect(shelves.getByRole("heading", { level: 2 })).toHaveText(
      categories.map((c) => new RegExp(`^${c.name} \\(\\d+ tips?\\)$`)),
    );
    await expect(page.locator("main section.shelf li")).toHaveCount(publishedTips.length);
    await expect(page.locator("main")).not.toContainText("Allergy season");
    await expect(page.locator("main")).not.toContainText("Spring cleaning");
  });

  test("a category page lists its tips with their summaries", async ({ page }) => {
    await page.goto("/tips/");
    await page.getByRole("link", { name: "Seniors", exact: true }).click();
    await expect(page).toHaveURL(/\/tips\/seniors\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seniors tips");
    await expect(page.locator(".post-card")).toHaveCount(2);
    await expect(page.locator(".post-card__summary").first()).not.toBeEmpty();
  });

  test("a tip page shows who it is for, its sources and related reading, and a checklist to tick", async ({ page }) => {
    await page.goto("/tips/hand-washing-basics/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hand washing basics for the kitchen and beyond");
    await expect(page.locator(".tip__facts")).toContainText("Anyone who cooks");
    await expect(page.locator(".post__review")).toContainText("Medically reviewed by James Okafor");
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources.getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
    const related = page.getByRole("region", { name: "Related" }).getByRole("link");
    expect(await related.count()).toBeGreaterThan(0);
    await related.first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goBack();
    const box = page.getByRole("checkbox").first();
    await box.check();
    await expect(box).toBeChecked();
    await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
  });

  test("every tip prints as a one-page handout with the clinic's name and phone, and no navigation", async ({
    page,
  }) => {
    for (const slug of publishedTips) {
      await page.goto(`/tips/${slug}/`);
      await page.emulateMedia({ media: "print" });
      await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
      await expect(page.locator("form[role=search]").first()).toBeHidden();
      await expect(page.locator(".site-footer")).toBeHidden();
      await expect(page.locator(".print-header")).toContainText("(555) 010-0123");
      await expect(page.locator(".print-header img")).toBeVisible();
      await expect(page.locator(".print-footer")).toContainText(`/tips/${slug}/`);
      const pdf = await page.pdf({ format: "Letter" });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length;
      expect(pages, `${slug} should print on one page`).toBe(1);
    }
  });

  test("the home page shows a tip of the week that leads to the tip", async ({ page }) => {
    await page.goto("/");
    const card = page.getByRole("region", { name: "Tip of the week" });
    const link = card.getByRole("link");
    const href = await link.getAttribute("href");
    expect(publishedTips.map((slug) => `/tips/${slug}/`)).toContain(href);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test("/tips/feed.xml lists the published tips only", async ({ request }) => {
    const xml = await (await request.get("/tips/feed.xml")).text();
    expect(xml.match(/<item>/g)?.length).toBe(publishedTips.length);
    expect(xml).not.toContain("xqzpollendraft");
    expect(xml).not.toContain("xqzspringfuture");
  });
});
