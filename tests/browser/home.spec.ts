import { expect, test } from "@playwright/test";
import { clinic, PUBLISHED, settings, show } from "../support/sampleSite.ts";

test.describe("home page", () => {
  test("welcomes the reader with the clinic's name, tagline and phone", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(clinic.name);
    await expect(page.getByText(clinic.tagline).first()).toBeVisible();
    await expect(page.locator("main").getByRole("link", { name: clinic.phoneDisplay })).toHaveAttribute(
      "href",
      `tel:${clinic.phone}`,
    );
  });

  test("lists the latest posts, newest first, and only as many as the settings say", async ({ page }) => {
    await page.goto("/");
    const latest = page.getByRole("region", { name: "Latest posts" }).getByRole("listitem");
    await expect(latest).toHaveCount(settings.latestPostsOnHome);
    const hrefs = await latest.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(PUBLISHED.slice(0, settings.latestPostsOnHome).map((slug) => `/posts/${slug}/`));
    await expect(page.getByRole("link", { name: "See all posts" })).toHaveAttribute("href", "/archive/");
  });

  test("links to the tips, podcast and ask-us sections, which exist", async ({ page }) => {
    await page.goto("/");
    for (const [name, heading] of [
      ["Health tips", "Health tips"],
      ["Podcast", show.title],
      ["Ask us", "Ask us or suggest a topic"],
    ]) {
      await page.getByRole("complementary").getByRole("link", { name }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await page.goBack();
    }
  });
});
