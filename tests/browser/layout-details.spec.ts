import { expect, test, type Page } from "@playwright/test";

// Small layout faults a reader notices, at a phone's width and a desktop's.
const WIDTHS = [320, 390, 1280];

/** The left edge of each line box of an element's text. */
const lineStarts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return [...range.getClientRects()].map((rect) => Math.round(rect.left));
    }),
  );

test.describe("layout details", () => {
  for (const width of WIDTHS) {
    test(`a checklist item's wrapped lines line up with its text, not under its box (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/tips/checking-blood-pressure-at-home/");
      const items = await lineStarts(page, ".task-list-item > span");
      expect(items.length).toBeGreaterThan(2);
      for (const starts of items) expect(new Set(starts).size, JSON.stringify(starts)).toBe(1);
      if (width === 320)
        expect(
          items.some((starts) => starts.length > 1),
          "some item wraps",
        ).toBe(true);
    });
  }

  test("checklist items line up in print too", async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto("/tips/checking-blood-pressure-at-home/");
    for (const starts of await lineStarts(page, ".task-list-item > span"))
      expect(new Set(starts).size, JSON.stringify(starts)).toBe(1);
  });

  test("the podcast's links to apps sit on one line, level with each other", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/subscribe/");
    const tops = await page
      .locator(".subscribe-links li")
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(1);
    expect(new Set(tops).size, JSON.stringify(tops)).toBe(1);
  });

  test("linked and plain chapter titles start at the same place", async ({ page }) => {
    await page.goto("/posts/podcast-flu-season-in-plain-words/");
    const starts = await page.locator(".chapters li").evaluateAll((items) =>
      items.map((item) => {
        // The title is what follows the time link: a link of its own, or text.
        let title = item.querySelector("a[data-seek]")!.nextSibling!;
        while (!title.textContent?.trim()) title = title.nextSibling!;
        // From its first letter: a text node starts with the space after the time link.
        const range = document.createRange();
        range.selectNodeContents(title);
        if (title.nodeType === Node.TEXT_NODE) range.setStart(title, title.textContent!.search(/\S/));
        const text = [...range.getClientRects()].find((rect) => rect.width > 0)!;
        return { linked: title.nodeName === "A", left: Math.round(text.left) };
      }),
    );
    expect(starts.some((s) => s.linked) && starts.some((s) => !s.linked), JSON.stringify(starts)).toBe(true);
    expect(new Set(starts.map((s) => s.left)).size, JSON.stringify(starts)).toBe(1);
  });

  for (const width of WIDTHS) {
    test(`the podcast cover does not touch the header (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/podcast/");
      const headerBottom = await page.locator(".site-header").evaluate((el) => el.getBoundingClientRect().bottom);
      const coverTop = await page.locator(".podcast-intro__cover").evaluate((el) => el.getBoundingClientRect().top);
      expect(coverTop - headerBottom).toBeGreaterThanOrEqual(16);
    });
  }
});
