import { expect, test } from "@playwright/test";
import { clinic, DRAFT, PUBLISHED, SCHEDULED } from "../support/sampleSite.ts";

test.describe("site pages and files", () => {
  test("the about page is built from the clinic's data", async ({ page }) => {
    await page.goto("/about/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("About and contact");
    await expect(page.locator("main address")).toContainText(clinic.address.street);
    await expect(page.locator("main").getByRole("link", { name: clinic.phoneDisplay })).toHaveAttribute(
      "href",
      `tel:${clinic.phone}`,
    );
    for (const row of clinic.hours)
      await expect(page.getByRole("row", { name: new RegExp(row.days) })).toContainText(row.open);
    await expect(page.locator("main")).toContainText(`In an emergency, call ${clinic.emergency.number}`);
  });

  test("the about page gives directions and every phone number as a link that never breaks across lines", async ({
    page,
  }) => {
    await page.goto("/about/");
    const { street, city } = clinic.address;
    const directions = page.getByRole("link", { name: "Get directions" });
    await expect(directions).toHaveAttribute("href", /^https:\/\/www\.openstreetmap\.org\/search\?query=/);
    const query = new URL((await directions.getAttribute("href"))!).searchParams.get("query");
    expect(query).toContain(`${street}, ${city}`);
    await expect(page.getByRole("link", { name: clinic.emergency.afterHoursLine! })).toHaveAttribute(
      "href",
      `tel:${clinic.emergency.afterHoursLine!.replace(/[^\d]/g, "")}`,
    );
    // At 320 px, each number stays on one line.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const link of await page.locator('a[href^="tel:"]').all()) {
      const box = await link.evaluate((element) => element.getClientRects().length);
      expect(box, (await link.textContent()) ?? "").toBe(1);
    }
  });

  test("an unknown address gets the 404 page with a way back", async ({ page }) => {
    const response = await page.goto("/posts/no-such-post/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("the sitemap lists published posts with absolute URLs, and no drafts or scheduled posts", async ({
    request,
  }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    for (const slug of PUBLISHED) expect(xml).toContain(`<loc>${clinic.url}/posts/${slug}/</loc>`);
    expect(xml).toContain(`<loc>${clinic.url}/tags/nutrition/</loc>`);
    expect(xml).not.toContain(DRAFT);
    expect(xml).not.toContain(SCHEDULED);
    expect(xml).not.toContain("404");
  });

  test("robots.txt points to the sitemap", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toContain(`Sitemap: ${clinic.url}/sitemap.xml`);
  });

  test("a draft and a scheduled post have no page in the production site", async ({ request }) => {
    expect((await request.get(`/posts/${DRAFT}/`)).status()).toBe(404);
    expect((await request.get(`/posts/${SCHEDULED}/`)).status()).toBe(404);
  });
});
