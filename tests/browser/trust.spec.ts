import { expect, test } from "@playwright/test";

// Who wrote a page, who checked it and when, from what sources, and what was corrected: as readers see it.
for (const width of [390, 1280]) {
  test.describe(`trust details at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("a reviewed post names its clinician, when it was reviewed and when it is due again, and its sources", async ({
      page,
    }) => {
      await page.goto("/posts/eating-well-with-diabetes/");
      const header = page.locator(".post__header");
      await expect(header.getByText("Medically reviewed by Ana Reyes, MD")).toBeVisible();
      await expect(header.getByRole("link", { name: "Ana Reyes, MD" })).toHaveAttribute("href", "/authors/ana-reyes/");
      await expect(header.locator(".post__review-dates")).toHaveText(
        "Last reviewed March 12, 2026 · Next review due March 12, 2027",
      );
      const sources = page.getByRole("region", { name: "Sources" });
      await expect(sources.getByRole("link", { name: "Diabetes Meal Planning (CDC)" })).toHaveAttribute(
        "href",
        "https://www.cdc.gov/diabetes/healthy-eating/",
      );
    });

    test("a corrected post shows the dated note, and the policy page lists it", async ({ page }) => {
      await page.goto("/posts/preventing-falls-at-home/");
      const corrections = page.getByRole("region", { name: "Corrections" });
      await expect(corrections).toContainText("October 27, 2025: An earlier version linked to an old page");
      await page.getByRole("contentinfo").getByRole("link", { name: "How we write and check" }).click();
      await expect(page).toHaveURL(/\/editorial-policy\/$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("How we write and check our content");
      await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([
        "Who writes",
        "How clinicians check it",
        "Corrections",
        "Report a mistake",
        "Money, advertising and tracking",
      ]);
      await expect(
        page.getByRole("link", { name: "Preventing falls at home: simple steps for older adults" }),
      ).toBeVisible();
      await expect(page.getByText("every 12 months")).toBeVisible();
      await expect(page.getByText("This site shows no advertising.")).toBeVisible();
    });

    test("a writer's page shows who they are, what they wrote and what they reviewed", async ({ page }) => {
      await page.goto("/posts/eating-well-with-diabetes/");
      await page.locator(".post__review").getByRole("link", { name: "Ana Reyes, MD" }).click();
      await expect(page).toHaveURL(/\/authors\/ana-reyes\/$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana Reyes, MD");
      await expect(page.getByText("Family physician and medical director")).toBeVisible();
      await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText([
        "Posts and episodes",
        "Health tips",
        "Pages Ana Reyes reviewed",
      ]);
      await expect(
        page.getByRole("link", { name: "Eating well with diabetes: building a balanced plate" }),
      ).toBeVisible();
    });

    test("a tip names its author and its reviewer, with the review dates", async ({ page }) => {
      await page.goto("/tips/hand-washing-basics/");
      const header = page.locator(".post__header");
      await expect(header.getByText("By James Okafor", { exact: true })).toBeVisible();
      await expect(header.getByText("Medically reviewed by James Okafor, RDN, LDN")).toBeVisible();
      await expect(header.locator(".post__review-dates")).toHaveText(
        "Last reviewed October 15, 2026 · Next review due October 15, 2027",
      );
    });
  });
}

test("the structured data block breaks no rule of the page's security policy and matches the page", async ({
  page,
}) => {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { cspReports: string[] }).cspReports ??= [];
      (window as unknown as { cspReports: string[] }).cspReports.push(event.violatedDirective);
    });
  });
  for (const url of ["/posts/eating-well-with-diabetes/", "/tips/hand-washing-basics/", "/podcast/"]) {
    await page.goto(url);
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => (window as unknown as { cspReports?: string[] }).cspReports ?? [])).toEqual([]);
    const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
    const names = graph["@graph"].map((node: { name?: string; headline?: string }) => node.headline ?? node.name);
    expect(names).toContain(await page.getByRole("heading", { level: 1 }).textContent());
  }
  expect(reports).toEqual([]);
});
