import { expect, test, type Page } from "@playwright/test";

/** Tabs forward until `target` has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe("keyboard use", () => {
  test("every element Tab reaches shows where the focus is", async ({ page }) => {
    for (const url of ["/", "/posts/podcast-flu-season-in-plain-words/", "/tips/hand-washing-basics/"]) {
      await page.goto(url);
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            tag: el.tagName,
            text: (el.textContent ?? "").trim().slice(0, 30),
            outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (focus) expect(focus.outline, `${url}: ${focus.tag} "${focus.text}" has no visible focus`).toBe(true);
      }
    }
  });

  test("a checklist can be ticked from the keyboard", async ({ page }) => {
    await page.goto("/tips/hand-washing-basics/");
    const box = page.getByRole("checkbox").first();
    await tabTo(page, box);
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
  });

  test("the audio player and the chapters work from the keyboard", async ({ page }) => {
    await page.goto("/posts/podcast-flu-season-in-plain-words/");
    const player = page.locator("audio#episode-audio");
    await tabTo(page, player);
    const chapter = page.locator("ol.chapters a[data-seek]").nth(2);
    await tabTo(page, chapter);
    await page.keyboard.press("Enter");
    await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThanOrEqual(28);
  });

  test("copy buttons work from the keyboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/posts/flu-shots-are-here/");
    const button = page.getByRole("button", { name: "Copy link" });
    await tabTo(page, button, 120);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Copied" })).toBeFocused();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/posts\/flu-shots-are-here\/$/);
  });
});
