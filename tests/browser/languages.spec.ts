import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The same content in English and in Spanish, page by page.
const PAIRS = [
  { what: "home", en: "/", es: "/es/" },
  { what: "post", en: "/posts/flu-shots-are-here/", es: "/es/posts/ya-llegaron-las-vacunas-contra-la-gripe/" },
  { what: "tip", en: "/tips/hand-washing-basics/", es: "/es/tips/como-lavarse-bien-las-manos/" },
  {
    what: "episode",
    en: "/posts/podcast-flu-season-in-plain-words/",
    es: "/es/posts/podcast-la-temporada-de-gripe-en-palabras-sencillas/",
  },
  { what: "podcast", en: "/podcast/", es: "/es/podcast/" },
  { what: "search", en: "/search/", es: "/es/search/" },
  { what: "subscribe", en: "/subscribe/", es: "/es/subscribe/" },
];

const switcher = (page: Page) => page.locator(".language-switcher");

test.describe("the site in English and Spanish", () => {
  for (const { what, en, es } of PAIRS) {
    test(`the ${what} page in each language: its lang, no accessibility violations, and the switcher both ways`, async ({
      page,
    }) => {
      await page.goto(en);
      await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
      expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze()).violations).toEqual(
        [],
      );
      await switcher(page).getByRole("link", { name: "Español" }).click();
      await expect(page).toHaveURL(es);
      await expect(page.locator("html")).toHaveAttribute("lang", "es-US");
      expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze()).violations).toEqual(
        [],
      );
      await switcher(page).getByRole("link", { name: "English" }).click();
      await expect(page).toHaveURL(en);
    });
  }

  test("a Spanish page speaks Spanish: navigation, dates, the disclaimer and the emergency line", async ({ page }) => {
    await page.goto("/es/posts/ya-llegaron-las-vacunas-contra-la-gripe/");
    await expect(page.getByRole("navigation", { name: "Principal" })).toBeVisible();
    await expect(page.locator("time").first()).toHaveText("5 de octubre de 2026");
    await expect(page.getByText("En una emergencia, llame al 911", { exact: false }).first()).toBeVisible();
    const english = await page
      .locator("main")
      .getByText(/\b(the|and|read|posted)\b/)
      .count();
    expect(english).toBe(0);
  });

  test("searching in Spanish finds Spanish pages, and the box widens the search to every language", async ({
    page,
  }) => {
    await page.goto("/es/search/?q=gripe");
    const results = page.locator("#search-results > li");
    await expect(results.first()).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(/resultados? para “gripe”\./);
    const links = async () =>
      results.getByRole("link").evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).pathname));
    expect((await links()).every((path) => path.startsWith("/es/"))).toBe(true);
    // A word of an English tip that has no Spanish translation. (Pagefind forgives typos and matches word
    // beginnings, so a Spanish search may still find Spanish pages for it: but no English one.)
    await page.locator("#search-query").fill("grandparents");
    await page.locator("#search-query").press("Enter");
    await expect(page.getByRole("status")).toHaveText(/para “grandparents”\./);
    expect((await links()).every((path) => path.startsWith("/es/"))).toBe(true);
    await page.getByRole("checkbox", { name: "Buscar en todos los idiomas" }).check();
    await expect.poll(links).toContain("/tips/car-seat-check/");
  });
});
