import { expect, test } from "@playwright/test";
import { clinic } from "../support/sampleSite.ts";

test.describe("a post page", () => {
  test("shows the title, author, dates in the clinic's time zone and reading time", async ({ page }) => {
    await page.goto("/posts/eating-more-vegetables-on-a-budget/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ten ways to eat more vegetables on a budget");
    const meta = page.locator(".post__meta");
    await expect(meta).toContainText("By James Okafor");
    await expect(meta.locator("time").first()).toHaveText("November 17, 2025");
    await expect(meta.locator("time").first()).toHaveAttribute("datetime", "2025-11-17");
    await expect(meta).toContainText("Updated January 5, 2026");
    await expect(meta).toContainText(/\d+ min read/);
  });

  test("has an author card from the staff directory, marking clinicians", async ({ page }) => {
    await page.goto("/posts/eating-more-vegetables-on-a-budget/");
    const card = page.getByRole("region", { name: "About the author" });
    await expect(card).toContainText("James Okafor, RDN, LDN");
    await expect(card).toContainText("Registered dietitian");
    await expect(card.getByText("Clinician")).toBeVisible();
    await card.getByRole("link", { name: "James Okafor" }).click();
    await expect(page).toHaveURL(/\/authors\/james-okafor\/$/);
  });

  test("does not mark a non-clinician author as a clinician", async ({ page }) => {
    await page.goto("/posts/welcome-to-our-blog/");
    const card = page.getByRole("region", { name: "About the author" });
    await expect(card).toContainText("Priya Shah");
    await expect(card.getByText("Clinician")).toHaveCount(0);
  });

  test("a phone number in the text is a tel: link that stays on one line", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/posts/flu-shots-are-here/");
    const call = page.locator(".prose").getByRole("link", { name: "(555) 010-0123" });
    await expect(call).toHaveAttribute("href", "tel:+15550100123");
    const box = await call.boundingBox();
    const lineHeight = await call.evaluate((link) => parseFloat(getComputedStyle(link).lineHeight));
    expect(box?.height).toBeLessThan(lineHeight * 1.5);
  });

  test("carries the clinic's medical disclaimer", async ({ page }) => {
    await page.goto("/posts/flu-shots-are-here/");
    await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toHaveText(clinic.disclaimer);
  });

  test("links its tags to their topic pages", async ({ page }) => {
    await page.goto("/posts/flu-shots-are-here/");
    const tags = page.getByRole("navigation", { name: "Topics" });
    await expect(tags.getByRole("link")).toHaveText(["Seasonal", "Prevention", "Clinic news"]);
    await tags.getByRole("link", { name: "Prevention" }).click();
    await expect(page).toHaveURL(/\/tags\/prevention\/$/);
  });

  test("links to the next newer and next older posts", async ({ page }) => {
    await page.goto("/posts/back-to-school-health-checklist/");
    const nav = page.getByRole("navigation", { name: "More posts" });
    await expect(nav.getByRole("link", { name: /Newer post/ })).toHaveAttribute(
      "href",
      "/posts/podcast-welcome-to-riverbend-health-talk/",
    );
    await expect(nav.getByRole("link", { name: /Older post/ })).toHaveAttribute(
      "href",
      "/posts/tell-us-what-you-want-to-learn/",
    );
    await page.goto("/posts/welcome-to-our-blog/");
    await expect(page.getByRole("link", { name: /Older post/ })).toHaveCount(0);
  });

  test("shows its image with alt text", async ({ page }) => {
    await page.goto("/posts/flu-shots-are-here/");
    const image = page.locator(".post__image");
    await expect(image).toHaveAttribute("alt", /.+/);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  });

  test("turns a Markdown checklist into boxes a reader can tick", async ({ page }) => {
    await page.goto("/posts/back-to-school-health-checklist/");
    const box = page.getByRole("checkbox", { name: /Schedule a well-child checkup/ });
    await expect(box).not.toBeChecked();
    await box.check();
    await expect(box).toBeChecked();
  });

  test("gives each section heading a link to itself", async ({ page }) => {
    await page.goto("/posts/back-to-school-health-checklist/");
    const heading = page.getByRole("heading", { level: 2 }).first();
    const id = await heading.getAttribute("id");
    await expect(heading.getByRole("link")).toHaveAttribute("href", `#${id}`);
  });
});
