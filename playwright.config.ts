import { chromium, defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumOrExit } from "./scripts/chromium.ts";

const executablePath = chromiumOrExit(() => chromium.executablePath());

// Another port lets two checkouts run their browser tests side by side.
const port = Number(process.env.CLINIC_TEST_PORT ?? 4173);

export default defineConfig({
  testDir: "tests/browser",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    // The sample site, built as production on a pinned day so "scheduled" means the same thing every day.
    command: `tsx scripts/build.ts _test-site && tsx scripts/staticServer.ts _test-site ${port}`,
    // The web editor keeps what it commits in the browser's memory (tests/browser/admin.spec.ts).
    env: { CLINIC_NOW: "2026-11-26T12:00:00-06:00", CLINIC_EDITOR_BACKEND: "test-repo" },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
