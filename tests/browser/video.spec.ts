import type { Server } from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { makeFixtureSite, post } from "../support/fixtureSite.ts";
import { startStaticServer } from "../../scripts/staticServer.ts";

// The sample clinic has no video (a made-up YouTube id would show readers a dead player), so this builds
// a small site of its own with one.
const PORT = 4174;
let server: Server;

test.beforeAll(() => {
  const site = makeFixtureSite({
    "inhaler.md": post(
      'title: "Using an inhaler"\ndate: 2026-01-01\nauthor: ana-reyes\nvideo:\n  youtube: "M7lc1UVf-VE"\n  title: "How to use an inhaler with a spacer"',
      "Watch our nurse show each step.",
    ),
    "plain.md": post('title: "No video here"\ndate: 2026-01-02\nauthor: ana-reyes'),
  });
  const result = site.build();
  if (result.status !== 0) throw new Error(result.output);
  server = startStaticServer(path.join(site.dir, "_site"), PORT);
});
test.afterAll(() => void server?.close());

test.describe("a YouTube video in a post", () => {
  test("shows a still and asks YouTube for nothing until the reader clicks", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.route(/youtube/, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<title>player</title>" }),
    );
    await page.goto(`http://127.0.0.1:${PORT}/posts/inhaler/`);
    const facade = page.getByRole("link", { name: "Play video: How to use an inhaler with a spacer" });
    await expect(facade).toHaveAttribute("href", "https://www.youtube.com/watch?v=M7lc1UVf-VE");
    await expect(facade.locator("img")).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(requests.filter((url) => !url.startsWith(`http://127.0.0.1:${PORT}`))).toEqual([]);

    await facade.click();
    const player = page.locator("iframe.video-facade__player");
    await expect(player).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1");
    await expect(player).toHaveAttribute("title", "How to use an inhaler with a spacer");
    await expect
      .poll(() => requests.some((url) => url.startsWith("https://www.youtube-nocookie.com/embed/M7lc1UVf-VE")))
      .toBe(true);
    expect(requests.some((url) => url.includes("www.youtube.com"))).toBe(false);
  });

  test("only a page with a video lets the player's origin into its security policy", async ({ page }) => {
    await page.goto(`http://127.0.0.1:${PORT}/posts/inhaler/`);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      "content",
      /frame-src https:\/\/www\.youtube-nocookie\.com/,
    );
    await page.goto(`http://127.0.0.1:${PORT}/posts/plain/`);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      "content",
      /frame-src 'none'/,
    );
  });

  test("without JavaScript the still is a plain link to the video", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/posts/inhaler/`);
    await expect(page.locator("a[data-youtube]")).toHaveAttribute(
      "href",
      "https://www.youtube.com/watch?v=M7lc1UVf-VE",
    );
    await expect(page.locator("iframe")).toHaveCount(0);
    await context.close();
  });
});
