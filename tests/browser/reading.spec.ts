import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

const PAGES = [
  "/",
  "/posts/back-to-school-health-checklist/",
  "/archive/",
  "/tags/",
  "/tags/kids/",
  "/authors/",
  "/authors/ana-reyes/",
  "/editorial-policy/",
  "/about/",
  "/tips/",
  "/podcast/",
  "/subscribe/",
  "/404.html",
];

test.describe("reading the site", () => {
  test("every internal link on every page leads somewhere", async ({ page, request }) => {
    const seen = new Set<string>();
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const urls = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] ?? "/");
    for (const url of [...new Set([...urls, ...PAGES])]) {
      await page.goto(url);
      const hrefs = await page
        .locator("a[href^='/'], link[href^='/'], img[src^='/']")
        .evaluateAll((els) => els.map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? ""));
      for (const href of hrefs) {
        const target = href.split("#")[0] || "/";
        if (seen.has(target)) continue;
        seen.add(target);
        expect((await request.get(target)).status(), `${url} links to ${href}`).toBe(200);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  test("everything reads without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/posts/flu-shots-are-here/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
    await context.close();
  });

  test("scripts are few, small enhancements from the site itself, and never inline", async ({ page }) => {
    for (const url of PAGES) {
      await page.goto(url);
      // The structured data is a data block: nothing runs it.
      await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
      const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) =>
        els.map((el) => ({
          src: el.getAttribute("src"),
          type: el.getAttribute("type"),
          inline: el.textContent?.trim() ?? "",
        })),
      );
      for (const script of scripts) {
        expect(script.src, url).toMatch(/^\/assets\/[a-z-]+\.js$/);
        expect(script.type, url).toBe("module");
        expect(script.inline, url).toBe("");
      }
      expect(scripts.length, url).toBeLessThanOrEqual(3);
    }
  });

  test("a post page, an episode, a tip and the home page each transfer at most 50 kB compressed, images and audio aside", async ({
    page,
  }) => {
    for (const url of [
      "/posts/flu-shots-are-here/",
      "/posts/podcast-flu-season-in-plain-words/",
      "/tips/hand-washing-basics/",
      "/",
    ]) {
      const sizes: Promise<number>[] = [];
      page.on("response", (response) => {
        const type = response.request().resourceType();
        // What a static host sends gzipped: the page, its stylesheet and scripts, never images or audio.
        if (!["image", "media", "font"].includes(type))
          sizes.push(
            response.body().then(
              (body) => gzipSync(body).length,
              () => 0,
            ),
          );
      });
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      expect(total, url).toBeLessThanOrEqual(50_000);
      expect(
        await page.locator('script:not([type=module]):not([type="application/ld+json"])').count(),
        `${url} has a render-blocking script`,
      ).toBe(0);
      page.removeAllListeners("response");
    }
  });

  test("fits a 320 px phone without sideways scrolling", async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const url of PAGES) {
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  test("every page type fits a 320 px phone however long the clinic's domain", async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const pages = [
      ...PAGES,
      "/posts/podcast-flu-season-in-plain-words/",
      "/tips/hand-washing-basics/",
      "/tips/safety/",
      "/posts/preventing-falls-at-home/",
      "/search/?q=flu",
      "/share/",
    ];
    for (const url of pages) {
      await page.goto(url);
      if (url === "/share/") await page.locator("summary").first().click();
      // The sample's domain has a hyphen to break at; a domain without one gives the browser nowhere to break.
      await page.evaluate(() => {
        const long = "blog.cedarvalleycommunityhealthclinic.example";
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          node.textContent = node.textContent!.replaceAll("blog.riverbend-health.example", long);
        for (const input of document.querySelectorAll("input"))
          input.value = input.value.replaceAll("blog.riverbend-health.example", long);
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  test("a keyboard user can skip straight to the content", async ({ page }) => {
    await page.goto("/posts/flu-shots-are-here/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("the brand colours come from the clinic's data", async ({ page }) => {
    await page.goto("/");
    const brand = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue("--brand").trim(),
    );
    expect(brand).toBe("#0b6e4f");
  });

  test("printing a post leaves out the navigation", async ({ page }) => {
    await page.goto("/posts/back-to-school-health-checklist/");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Medical disclaimer" })).toBeVisible();
  });
});
