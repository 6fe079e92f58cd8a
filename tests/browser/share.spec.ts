import { expect, test } from "@playwright/test";
import { clinic } from "../support/sampleSite.ts";

const POST = "/posts/flu-shots-are-here/";
const postUrl = `${clinic.url}${POST}`;

test.describe("sharing", () => {
  test("every page carries Open Graph and X card tags with an absolute 1200×630 image", async ({ page, request }) => {
    for (const [url, type] of [
      [POST, "article"],
      ["/tips/car-seat-check/", "article"],
      ["/", "website"],
      ["/about/", "website"],
    ] as const) {
      await page.goto(url);
      const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute("content");
      expect(await meta("og:type"), url).toBe(type);
      expect(await meta("og:url")).toBe(`${clinic.url}${url}`);
      expect(await meta("og:title")).toBeTruthy();
      expect(await meta("og:description")).toBeTruthy();
      expect(await meta("og:image:width")).toBe("1200");
      expect(await meta("og:image:height")).toBe("630");
      expect(await meta("og:image:alt")).toBeTruthy();
      expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
      const image = (await meta("og:image")) ?? "";
      expect(image.startsWith(clinic.url)).toBe(true);
      const response = await request.get(image.replace(clinic.url, ""));
      expect(response.status(), image).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
    }
    await page.goto("/");
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(clinic.name);
  });

  test("a post's share links are plain links that load nothing from the networks until clicked", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(POST);
    const share = page.getByRole("region", { name: "Share this" });
    await expect(share.getByRole("link", { name: "Facebook" })).toHaveAttribute(
      "href",
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(postUrl)}`,
    );
    await expect(share.getByRole("link", { name: "LinkedIn" })).toHaveAttribute(
      "href",
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(postUrl)}`,
    );
    const x = new URL((await share.getByRole("link", { name: "X", exact: true }).getAttribute("href")) ?? "");
    expect([x.origin + x.pathname, x.searchParams.get("url"), x.searchParams.get("text")]).toEqual([
      "https://x.com/intent/post",
      postUrl,
      "Flu shots are here: walk in any time we're open",
    ]);
    const shareText = encodeURIComponent(`Flu shots are here: walk in any time we're open ${postUrl}`);
    const expected: [string, string][] = [
      ["Threads", `https://www.threads.net/intent/post?text=${shareText}`],
      ["WhatsApp", `https://wa.me/?text=${shareText}`],
      ["Text message", `sms:?&body=${shareText}`],
      ["Bluesky", `https://bsky.app/intent/compose?text=${shareText}`],
    ];
    for (const [name, href] of expected)
      await expect(share.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });

  test("Mastodon asks for the reader's server and goes there; nothing loads first", async ({ page }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.route("https://mastodon.social/**", (route) => route.fulfill({ body: "Mastodon's share page" }));
    await page.goto(POST);
    const share = page.getByRole("region", { name: "Share this" });
    const server = share.getByRole("textbox", { name: "Share on Mastodon: your server" });
    await server.fill("not a server");
    await share.getByRole("button", { name: "Share on Mastodon" }).click();
    expect(await server.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe(
      "Type your server's name, like mastodon.social",
    );
    expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
    await server.fill("https://Mastodon.social/@someone");
    await share.getByRole("button", { name: "Share on Mastodon" }).click();
    await page.waitForURL(/^https:\/\/mastodon\.social\/share\?/);
    expect(new URL(page.url()).searchParams.get("text")).toBe(
      `Flu shots are here: walk in any time we're open ${postUrl}`,
    );
  });

  test("without JavaScript the Mastodon form and the Share… button stay hidden; the links work", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(POST);
    const share = page.getByRole("region", { name: "Share this" });
    await expect(share.getByRole("textbox", { name: /Mastodon/ })).toBeHidden();
    await expect(share.getByRole("button", { name: "Share…" })).toBeHidden();
    await expect(share.getByRole("link", { name: "WhatsApp" })).toBeVisible();
    await context.close();
  });

  test("where the browser has a share menu (Web Share), a Share… button hands it the page", async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, "share", { value: async (data: ShareData) => void shared.push(data) });
    });
    await page.goto(POST);
    await page.getByRole("button", { name: "Share…" }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
      { title: "Flu shots are here: walk in any time we're open", url: postUrl },
    ]);
  });

  test("a post by a writer with a Mastodon handle credits them there", async ({ page }) => {
    await page.goto(POST);
    await expect(page.locator('meta[name="fediverse:creator"]')).toHaveAttribute(
      "content",
      "@anareyes@social.riverbend-health.example",
    );
    await page.goto("/posts/podcast-flu-season-in-plain-words/");
    await expect(page.locator('meta[name="fediverse:creator"]')).toHaveCount(0);
  });

  test("the page's link can be copied: selectable without JavaScript, one click with it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(POST);
    await expect(page.getByRole("textbox", { name: "Link to this page" })).toHaveValue(postUrl);
    await page.getByRole("button", { name: "Copy link" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(postUrl);
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  });

  test("the share kit page shows each post's text per network with its count against the limit", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/share/");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    const post = page.locator("details").filter({ hasText: "Flu shots are here" });
    await post.locator("summary").click();
    const x = post.getByRole("region", { name: /^X text for/ });
    await expect(x.getByRole("heading")).toHaveText(/^X \d+ \/ 280$/);
    const text = await x.locator("pre").textContent();
    expect(text).toContain("utm_source=x");
    await x.getByRole("button", { name: "Copy X text" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await expect(page.getByRole("link", { name: "schedule.csv" })).toHaveAttribute("href", "/social/schedule.csv");
  });

  test("without JavaScript the texts are there to select, and no copy button pretends to work", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/share/");
    await page.locator("summary").first().click();
    await expect(page.locator("details[open] pre").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^Copy/ })).toHaveCount(0);
    await context.close();
  });
});
