import { expect, test, type Locator, type Page } from "@playwright/test";

async function searchFromHeader(page: Page, words: string) {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search the site" }).fill(words);
  await page.getByRole("searchbox", { name: "Search the site" }).press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=/);
}

const results = (page: Page) => page.locator("#search-results > li");

test.describe("site search", () => {
  test("a word found in only one tip brings that tip up first, labelled as a tip", async ({ page }) => {
    await searchFromHeader(page, "lathertwentyseconds");
    await expect(results(page).first().getByRole("link")).toHaveText("Hand washing basics for the kitchen and beyond");
    await expect(results(page).first().locator(".search-result__type")).toHaveText("Tip");
    await expect(results(page).first().locator("mark")).toContainText(/lathertwentyseconds/i);
    await expect(page.getByRole("status")).toHaveText("1 result for “lathertwentyseconds”.");
  });

  test("results show type, title, excerpt and date, and the type filter narrows them", async ({ page }) => {
    await page.goto("/search/?q=flu");
    await expect(results(page).first()).toBeVisible();
    const first = results(page).first();
    await expect(first.locator(".search-result__type")).toHaveText(/^(Post|Episode|Tip)$/);
    await expect(first.locator(".search-result__date")).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    const types = async () => (await page.locator(".search-result__type").allTextContents()).sort();
    const before = await types();
    expect(new Set(before).size).toBeGreaterThan(1);
    await page
      .getByRole("group", { name: "Type" })
      .getByRole("checkbox", { name: /^Episode/ })
      .check();
    await expect.poll(async () => new Set(await types())).toEqual(new Set(["Episode"]));
    expect((await types()).length).toBeLessThan(before.length);
  });

  test("on a phone the results come first: the filters fold into one line above them", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/search/?q=flu");
    await expect(results(page).first()).toBeInViewport();
    const filters = page.locator("#search-filters");
    await expect(filters).not.toHaveAttribute("open");
    await expect(page.getByRole("checkbox", { name: /^Post/ })).toBeHidden();
    await page.getByText("Narrow the results").click();
    await page.getByRole("checkbox", { name: /^Post/ }).check();
    await expect(page.getByText("Narrow the results (1 chosen)")).toBeVisible();
    await expect
      .poll(async () => new Set(await page.locator(".search-result__type").allTextContents()))
      .toEqual(new Set(["Post"]));
  });

  test("filter boxes are at least 24 by 24 px, the smallest target WCAG 2.2 allows", async ({ page }) => {
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/search/?q=flu");
      await expect(results(page).first()).toBeVisible();
      if (width < 768) await page.getByText("Narrow the results").click(); // open from the start on a wide screen
      const boxes = page.getByRole("checkbox");
      await expect(boxes.first()).toBeVisible();
      for (const box of await boxes.all()) {
        const size = await box.boundingBox();
        expect(size?.width).toBeGreaterThanOrEqual(24);
        expect(size?.height).toBeGreaterThanOrEqual(24);
      }
    }
  });

  test("each filter's counts follow the results, and ticking two types shows either", async ({ page }) => {
    await page.goto("/search/?q=flu");
    await expect(results(page).first()).toBeVisible();
    const typeGroup = page.getByRole("group", { name: "Type" });
    const label = (group: Locator, value: string) =>
      group.locator("label").filter({ hasText: new RegExp(`^\\s*${value} `) });
    const countOf = async (type: string) =>
      Number((await label(typeGroup, type).textContent())?.match(/\((\d+)\)/)?.[1]);
    const shown = async (type: string) =>
      (await page.locator(".search-result__type").allTextContents()).filter((t) => t === type).length;
    // Fewer than 20 results, so every one is listed: each count is what the list holds.
    expect(await results(page).count()).toBeLessThan(20);
    for (const type of ["Post", "Episode", "Tip"]) expect(await countOf(type)).toBe(await shown(type));
    const posts = await countOf("Post");
    const episodes = await countOf("Episode");
    await typeGroup.getByRole("checkbox", { name: /^Post/ }).check();
    await expect(page.getByRole("status")).toHaveText(`${posts} ${posts === 1 ? "result" : "results"} for “flu”.`);
    await typeGroup.getByRole("checkbox", { name: /^Episode/ }).check();
    await expect(page.getByRole("status")).toHaveText(`${posts + episodes} results for “flu”.`);
    // A topic none of the results has shows 0, and ticking another filter narrows the type counts too.
    const topics = page.getByRole("group", { name: "Topic" });
    await expect(label(topics, "Safety")).toHaveText(/\(0\)/);
    await topics.getByRole("checkbox", { name: /^Podcast episodes/ }).check();
    await expect(label(typeGroup, "Post")).toHaveText(/\(0\)/);
    await expect(label(typeGroup, "Episode")).toHaveText(`Episode (${episodes})`);
  });

  test("words from a draft or a scheduled post or tip find nothing", async ({ page }) => {
    for (const word of ["xqzheatdraft", "xqzpollendraft", "xqzspringfuture"]) {
      await page.goto(`/search/?q=${word}`);
      await expect(page.getByRole("status")).toHaveText(`No results for “${word}”.`);
      await expect(results(page)).toHaveCount(0);
    }
  });

  test("indexes only the main content: not the header, footer or the disclaimer on every post", async ({ page }) => {
    // "Instagram" is only in the footer's social links. (Pagefind still offers pages with words the query
    // starts with, like "in", so the check is that no result matched the word itself.)
    await page.goto("/search/?q=Instagram");
    await expect(page.getByRole("status")).toHaveText(/results? for “Instagram”/);
    const marked = (await page.locator("#search-results mark").allTextContents()).map((text) => text.toLowerCase());
    expect(marked.filter((text) => text.includes("instagram"))).toEqual([]);
    // Every post's disclaimer mentions 988; only the few posts that talk about it should be found.
    await page.goto("/search/?q=988");
    await expect(results(page).first()).toBeVisible();
    const found = await results(page).getByRole("link").allTextContents();
    expect(found.length).toBeLessThanOrEqual(6);
    expect(found).not.toContain("Ten ways to eat more vegetables on a budget");
  });

  test("works from the keyboard alone", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Search the site" });
    for (let i = 0; i < 20 && !(await box.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(box).toBeFocused();
    await page.keyboard.type("smoke alarms");
    await page.keyboard.press("Enter");
    await expect(results(page).first()).toBeVisible();
    // From the search field, Tab reaches the filters, then the results.
    await page.getByRole("searchbox", { name: "Search posts, podcast episodes and tips" }).focus();
    await page.keyboard.press("Tab"); // the Search button
    await page.keyboard.press("Tab"); // "Search in every language"
    await page.keyboard.press("Tab"); // "Narrow the results", open on a wide screen
    await page.keyboard.press("Tab"); // the first type: Episode
    await page.keyboard.press("Tab"); // Post
    await page.keyboard.press("Tab"); // Tip
    const tipBox = page.getByRole("group", { name: "Type" }).getByRole("checkbox", { name: /^Tip/ });
    await expect(tipBox).toBeFocused();
    await page.keyboard.press("Space");
    await expect(tipBox).toBeChecked();
    await expect
      .poll(async () => new Set(await page.locator(".search-result__type").allTextContents()))
      .toEqual(new Set(["Tip"]));
    const firstResult = results(page).first().getByRole("link");
    await firstResult.focus();
    await page.keyboard.press("Enter");
    await expect(page).not.toHaveURL(/\/search\//);
  });

  test("no search code or index loads until the reader searches, and nothing comes from another site", async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto("/");
    await page.goto("/posts/flu-shots-are-here/");
    expect(requests.filter((url) => url.includes("/pagefind/") || url.endsWith("/assets/search.js"))).toEqual([]);
    await page.goto("/search/");
    expect(requests.filter((url) => url.includes("/pagefind/"))).toEqual([]);
    await page.getByRole("searchbox", { name: "Search posts, podcast episodes and tips" }).fill("sleep");
    await expect(results(page).first()).toBeVisible();
    expect(requests.some((url) => url.includes("/pagefind/"))).toBe(true);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"))).toEqual([]);
  });

  test("with JavaScript the page does not say it needs JavaScript", async ({ page }) => {
    await page.goto("/search/");
    await expect(page.getByText("Searching needs JavaScript")).toBeHidden();
  });

  test("without JavaScript the search box leads to a page that explains and lists every category", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await searchFromHeader(page, "sleep");
    await expect(page.getByText("Searching needs JavaScript")).toBeVisible();
    const browse = page.getByRole("region", { name: "Browse instead" });
    // Tip categories, then blog topics: a topic and a category of the same name are one topic, in two places.
    const [tipCategories, topics] = [browse.getByRole("list").first(), browse.getByRole("list").nth(1)];
    await expect(tipCategories.getByRole("link", { name: "Mental health", exact: true })).toHaveAttribute(
      "href",
      "/tips/mental-health/",
    );
    await expect(topics.getByRole("link", { name: "Nutrition", exact: true })).toHaveAttribute(
      "href",
      "/tags/nutrition/",
    );
    await context.close();
  });
});
