import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PUBLISHED } from "../support/sampleSite.ts";

const PAGES = ["/", "/archive/", "/tags/", "/tags/nutrition/", "/authors/", "/about/", "/tips/", "/podcast/", "/subscribe/", "/search/", "/share/", "/tips/safety/", "/tips/hand-washing-basics/", "/tips/winter-storm-kit/", "/404.html", ...PUBLISHED.map((slug) => `/posts/${slug}/`)];

test.describe("accessibility (WCAG 2.1 A and AA, checked by axe-core)", () => {
  for (const url of PAGES) {
    test(`${url} has no violations`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      expect(summary).toEqual([]);
    });
  }
});
