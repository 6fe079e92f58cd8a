import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// One page of every type, in the state a reader sees it (search with results, the share kit opened).
const PAGE_TYPES: [string, string, (page: Page) => Promise<void>][] = [
  ["home", "/", async () => {}],
  ["post", "/posts/flu-shots-are-here/", async () => {}],
  ["reviewed post with sources", "/posts/eating-well-with-diabetes/", async () => {}],
  ["corrected post", "/posts/preventing-falls-at-home/", async () => {}],
  ["checklist post", "/posts/back-to-school-health-checklist/", async () => {}],
  ["episode", "/posts/podcast-flu-season-in-plain-words/", async () => {}],
  ["podcast", "/podcast/", async () => {}],
  ["tip", "/tips/hand-washing-basics/", async () => {}],
  ["tips library", "/tips/", async () => {}],
  ["tip category", "/tips/safety/", async () => {}],
  ["tag", "/tags/nutrition/", async () => {}],
  ["topics", "/tags/", async () => {}],
  ["archive", "/archive/", async () => {}],
  ["authors", "/authors/", async () => {}],
  ["writer", "/authors/ana-reyes/", async () => {}],
  ["about", "/about/", async () => {}],
  ["editorial policy", "/editorial-policy/", async () => {}],
  ["subscribe", "/subscribe/", async () => {}],
  [
    "search with results",
    "/search/?q=flu",
    async (page) => void (await page.locator("#search-results > li").first().waitFor()),
  ],
  ["share kit", "/share/", async (page) => void (await page.locator("summary").first().click())],
  ["404", "/404.html", async () => {}],
];

test.describe("accessibility (WCAG 2.2 A and AA, checked by axe-core)", () => {
  for (const [width, label] of [
    [320, "phone"],
    [1280, "desktop"],
  ] as const) {
    for (const [type, url, prepare] of PAGE_TYPES) {
      test(`${type} (${url}) at ${label} width has no violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(url);
        await prepare(page);
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
        );
        expect(summary).toEqual([]);
      });
    }
  }
});
