import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { Server } from "node:http";
import { startStaticServer } from "../../scripts/staticServer.ts";
import { buildSampleSite } from "../support/fixtureSite.ts";

const axeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
};

/** Every request the page made to another origin while `act` ran. */
async function otherOrigins(page: Page, act: () => Promise<unknown>): Promise<string[]> {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await act();
  await page.waitForLoadState("networkidle");
  const origin = new URL(page.url()).origin;
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"));
}

test.describe("Ask us, where no form handler is (the test server, like GitHub Pages)", () => {
  for (const [width, label] of [
    [320, "phone"],
    [1280, "desktop"],
  ] as const) {
    for (const url of ["/ask/", "/es/ask/", "/posts/eating-more-vegetables-on-a-budget/"]) {
      test(`${url} at ${label} width has no accessibility violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(url);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  test("offers an email link with the subject and body filled in, and the social accounts, but no form", async ({
    page,
  }) => {
    expect(await otherOrigins(page, () => page.goto("/ask/"))).toEqual([]);
    await expect(page.locator("form.ask-form")).toHaveCount(0);
    const href = await page.getByRole("link", { name: "hello@riverbend-health.example" }).first().getAttribute("href");
    const mailto = new URL(href!);
    expect(mailto.protocol).toBe("mailto:");
    expect(mailto.pathname).toBe("hello@riverbend-health.example");
    expect(mailto.searchParams.get("subject")).toBe("A question for the blog");
    expect(mailto.searchParams.get("body")).toMatch(/^My question or topic idea:\r\n\r\n\r\n\(Please do not include/);
    // Spaces are %20: a "+" would show as a plus in many mail programs.
    expect(href).not.toContain("+");
    await expect(page.getByRole("link", { name: "Facebook" }).first()).toHaveAttribute("href", /facebook\.com/);
  });

  test("says plainly to leave out health details, and where to turn for your own care or an emergency", async ({
    page,
  }) => {
    for (const [url, words, emergency] of [
      ["/ask/", /Do not include personal health details: no names, no dates of birth/, "In an emergency, call"],
      ["/es/ask/", /No incluya datos personales de salud: ni nombres, ni fechas de nacimiento/, "En una emergencia"],
    ] as const) {
      await page.goto(url);
      const note = page.locator(".emergency-box");
      await expect(note).toContainText(words);
      await expect(note).toContainText(emergency);
      await expect(note.locator('a[href="tel:911"]')).toBeVisible();
      await expect(note.locator('a[href="tel:988"]')).toBeVisible();
      await expect(note.locator('a[href="tel:+1-555-010-0123"]')).toBeVisible();
    }
  });

  test("lists the questions our posts answered, in the page's language, each leading to its answer", async ({
    page,
  }) => {
    await page.goto("/ask/");
    const answered = page.locator(".answered-list li");
    await expect(answered).toHaveCount(2);
    await expect(answered.first()).toContainText("How can I tell you which health topics I want to read about?");
    await page.getByRole("link", { name: "Ten ways to eat more vegetables on a budget" }).click();
    await expect(page).toHaveURL(/\/posts\/eating-more-vegetables-on-a-budget\/$/);
    // The post shows the question it answers near its top, and leads to /ask/.
    const asked = page.locator("figure.post__asked");
    await expect(asked.locator("figcaption")).toHaveText("You asked");
    await expect(asked.locator("blockquote")).toContainText("Vegetables are so expensive.");
    await asked.getByRole("link", { name: "Ask us a question" }).click();
    await expect(page).toHaveURL(/\/ask\/$/);

    await page.goto("/es/ask/");
    await expect(page.locator(".answered-list li")).toHaveCount(1);
    await expect(page.locator(".answered-list li")).toContainText("Las verduras están muy caras.");
    await expect(page.locator(".answered-list a")).toHaveAttribute(
      "href",
      "/es/posts/diez-maneras-de-comer-mas-verduras-sin-gastar-mucho/",
    );
  });

  test("is linked from every page's footer, in the page's language", async ({ page }) => {
    await page.goto("/es/");
    await page.locator("footer").getByRole("link", { name: "Háganos una pregunta" }).click();
    await expect(page).toHaveURL(/\/es\/ask\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pregúntenos o sugiera un tema");
  });
});

test.describe("Ask us on Netlify (the sample site built with NETLIFY=true)", () => {
  const port = Number(process.env.CLINIC_TEST_PORT ?? 4173) + 100;
  const base = `http://127.0.0.1:${port}`;
  let server: Server;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = startStaticServer(buildSampleSite({ NETLIFY: "true", CLINIC_SEARCH: "off" }), port);
  });
  test.afterAll(() => void server?.close());

  for (const url of ["/ask/", "/es/ask/"]) {
    test(`${url} with its form has no accessibility violations`, async ({ page }) => {
      await page.goto(base + url);
      await expect(page.locator("form.ask-form")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test("the form is labelled, explained and limited, and keeps its robot trap from readers", async ({ page }) => {
    await page.goto(`${base}/ask/`);
    const form = page.locator("form.ask-form");
    await expect(form).toHaveAttribute("method", "post");
    await expect(form).toHaveAttribute("action", "/ask/thanks/");
    await expect(form).toHaveAttribute("data-netlify", "true");
    await expect(form.locator('input[type="hidden"][name="form-name"]')).toHaveValue("ask");

    const question = page.getByLabel("Your question or topic");
    await expect(question).toHaveJSProperty("required", true);
    await expect(question).toHaveAttribute("maxlength", "1000");
    await expect(question).toHaveAccessibleDescription(
      /Up to 1000 characters\. .*Do not include personal health details/,
    );
    await expect(page.getByLabel("Your first name (optional)")).toHaveAttribute("autocomplete", "given-name");
    const email = page.getByLabel("Your email address (optional)");
    await expect(email).toHaveAttribute("type", "email");
    await expect(email).toHaveAttribute("autocomplete", "email");
    await expect(email).toHaveAccessibleDescription("Only if you would like a reply. We use it for nothing else.");
    await expect(page.getByLabel("The language you read in")).toHaveValue("English");

    // The honeypot: Netlify drops a submission that fills it; no reader sees, hears or tabs to it.
    const trap = form.locator('input[name="website"]');
    await expect(form).toHaveAttribute("netlify-honeypot", "website");
    await expect(trap).toBeHidden();
    await expect(page.getByRole("textbox", { name: /Leave this field empty/ })).toHaveCount(0);
    await question.focus();
    for (const next of ["Your first name (optional)", "Your email address (optional)", "The language you read in"]) {
      await page.keyboard.press("Tab");
      await expect(page.getByLabel(next)).toBeFocused();
    }
  });

  test("sends a question without JavaScript and lands on the thank-you page, asking nothing of other sites", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [url, send, thanks] of [
      ["/ask/", "Send my question", "Thank you for your question"],
      ["/es/ask/", "Enviar mi pregunta", "Gracias por su pregunta"],
    ] as const) {
      const elsewhere = await otherOrigins(page, async () => {
        await page.goto(base + url);
        // The browser itself refuses an empty question: nothing is sent.
        await page.getByRole("button", { name: send }).click();
        await expect(page).toHaveURL(base + url);
        await page.locator("#ask-question").fill("How do I keep my kids active in winter?");
        await page.getByRole("button", { name: send }).click();
        await expect(page).toHaveURL(`${base}${url}thanks/`);
      });
      expect(elsewhere).toEqual([]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(thanks);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    }
    await context.close();
  });
});
