import { expect, test, type Page } from "@playwright/test";

// One page of every type, with what a reader would do there. Not /admin/: the staff's web editor talks to
// GitHub and has a policy of its own (tests/browser/admin.spec.ts checks it asks nothing of another origin).
const PAGES: [string, (page: Page) => Promise<void>][] = [
  ["/", async () => {}],
  ["/posts/flu-shots-are-here/", async () => {}],
  [
    "/posts/podcast-flu-season-in-plain-words/",
    async (page) => {
      await page.locator("ol.chapters a[data-seek]").nth(1).click();
      await expect
        .poll(() => page.locator("audio").evaluate((a: HTMLAudioElement) => a.currentTime))
        .toBeGreaterThan(0);
    },
  ],
  ["/tips/", async () => {}],
  ["/tips/safety/", async () => {}],
  ["/tips/car-seat-check/", async () => {}],
  ["/tags/nutrition/", async () => {}],
  ["/archive/", async () => {}],
  ["/authors/", async () => {}],
  ["/about/", async () => {}],
  ["/subscribe/", async () => {}],
  ["/resources/", async () => {}],
  ["/podcast/", async () => {}],
  [
    "/search/?q=flu",
    async (page) => {
      await expect(page.locator("#search-results > li").first()).toBeVisible();
      await page.getByRole("group", { name: "Type" }).getByRole("checkbox").first().check();
    },
  ],
  [
    "/share/",
    async (page) => {
      await page.locator("summary").first().click();
    },
  ],
  ["/no-such-page/", async () => {}],
];

test.describe("privacy and security on every page type", () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
  });

  for (const [url, use] of PAGES) {
    test(`${url} asks nothing of other sites, sets no cookie and keeps to its security policy`, async ({
      page,
      context,
    }) => {
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.goto(url);
      await use(page);
      await page.waitForLoadState("networkidle");
      const origin = new URL(page.url()).origin;
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"))).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe("");
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
        "content",
        /default-src 'self'/,
      );
    });
  }

  test("the policy really is enforced: an inline script is refused", async ({ page }) => {
    await page.goto("/");
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.body.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
  });

  test("hosts that read _headers get the same policy and the other security headers", async ({ request }) => {
    const headers = await (await request.get("/_headers")).text();
    expect(headers).toMatch(
      /^\/\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';.*frame-ancestors 'none'$/m,
    );
    // The same policy for each address at the top of the site; none for every address, which would bind /admin/ too.
    expect(headers).toMatch(
      /^\/posts\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/m,
    );
    const everyAddress = headers.match(/^\/\*\n((?: {2}.*\n)*)/m)?.[1] ?? "";
    expect(everyAddress).toContain("X-Content-Type-Options: nosniff");
    expect(everyAddress).not.toContain("Content-Security-Policy");
    for (const name of [
      "Referrer-Policy: strict-origin-when-cross-origin",
      "X-Content-Type-Options: nosniff",
      "Permissions-Policy: browsing-topics=()",
    ])
      expect(headers).toContain(name);
  });
});
