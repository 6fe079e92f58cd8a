import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

// The sample clinic's recommended links, as the clinic wrote them.
type Link = { title: string; url: string; reason: string; phone?: string; languages: Record<string, Partial<Link>> };
type Category = { id: string; name: string; languages: Record<string, { name?: string }>; links: Link[] };
const RESOURCES: Category[] = JSON.parse(readFileSync("_data/resources.json", "utf8"));

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("recommended resources", () => {
  for (const [width, label] of [
    [320, "phone"],
    [1280, "desktop"],
  ] as const) {
    for (const url of ["/resources/", "/es/resources/"])
      test(`${url} at ${label} width has no accessibility violations and asks nothing of other sites`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 });
        const requests: string[] = [];
        page.on("request", (request) => requests.push(request.url()));
        await page.goto(url);
        await page.waitForLoadState("networkidle");
        const origin = new URL(page.url()).origin;
        expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"))).toEqual([]);
        await expectNoViolations(page);
      });
  }

  test("shows each category with its links, their reasons, a local service's number and the sites' languages", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Recommended resources" }).click();
    await expect(page).toHaveURL(/\/resources\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommended resources");
    for (const category of RESOURCES) {
      const section = page.getByRole("region", { name: category.name });
      await expect(section).toBeVisible();
      for (const link of category.links) {
        await expect(section.getByRole("link", { name: link.title, exact: true })).toHaveAttribute("href", link.url);
        await expect(section.getByText(link.reason)).toBeVisible();
      }
    }
    const foodBank = RESOURCES.flatMap((c) => c.links).find((link) => link.phone)!;
    await expect(page.getByRole("link", { name: foodBank.phone })).toHaveAttribute("href", /^tel:\d+$/);
    await expect(page.getByText("In English and Spanish").first()).toBeVisible();
  });

  test("speaks Spanish on /es/resources/: the clinic's words, and a site's Spanish address", async ({ page }) => {
    await page.goto("/es/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Recursos recomendados" }).click();
    await expect(page).toHaveURL(/\/es\/resources\/$/);
    const support = RESOURCES.find((c) => c.id === "support")!;
    const section = page.getByRole("region", { name: support.languages.es!.name! });
    const lifeline = support.links[0]!;
    await expect(section.getByRole("link", { name: lifeline.languages.es!.title! })).toHaveAttribute(
      "href",
      lifeline.languages.es!.url!,
    );
    await expect(section.getByText(lifeline.languages.es!.reason!)).toBeVisible();
    await expect(page.getByText("En inglés y español").first()).toBeVisible();
  });
});

test.describe("policy and news posts", () => {
  test("are labelled on their page, in English and Spanish", async ({ page }) => {
    await page.goto("/posts/flu-shots-are-here/");
    await expect(page.locator(".post__header").getByText("Policy and news", { exact: true })).toBeVisible();
    await page.goto("/es/posts/ya-llegaron-las-vacunas-contra-la-gripe/");
    await expect(page.locator(".post__header").getByText("Políticas y noticias", { exact: true })).toBeVisible();
    // A plain blog post has no such label.
    await page.goto("/posts/summer-heat-safety/");
    await expect(page.getByText("Policy and news")).toHaveCount(0);
  });

  test("are listed under Clinic news on the home page, newest first, and marked in the latest posts", async ({
    page,
  }) => {
    await page.goto("/");
    const news = page.getByRole("region", { name: "Clinic news" });
    await expect(news.getByRole("link")).toHaveText(["Flu shots are here: walk in any time we're open"]);
    const latest = page.getByRole("region", { name: "Latest posts" }).getByRole("listitem");
    await expect(latest.filter({ hasText: "Flu shots are here" })).toContainText("Policy and news");
    await expect(latest.filter({ hasText: "Policy and news" })).toHaveCount(1);
    await news.getByRole("link").click();
    await expect(page).toHaveURL(/\/posts\/flu-shots-are-here\/$/);
    await page.goto("/es/");
    await expect(page.getByRole("region", { name: "Noticias de la clínica" }).getByRole("link")).toHaveCount(1);
  });
});
