import { existsSync } from "node:fs";

/** Flags that keep Chromium from phoning home: the test machine has no outside network, and a reader's page should not need one. */
export const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const NO_BROWSER_MESSAGE =
  "No Chromium found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary.";

/**
 * The browser the tests drive, in this order: PLAYWRIGHT_CHROMIUM_EXECUTABLE, Playwright's own installed
 * Chromium, the system's /usr/bin/chromium. Throws one plain sentence when there is none.
 */
export function findChromium(
  env: NodeJS.ProcessEnv,
  playwrightChromium: () => string,
  systemPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"],
): string {
  const fromEnv = env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE is "${fromEnv}", but there is no such file. ${NO_BROWSER_MESSAGE}`);
  }
  try {
    const own = playwrightChromium();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has not downloaded a browser: fall through to the system's.
  }
  const system = systemPaths.find((candidate) => existsSync(candidate));
  if (system) return system;
  throw new Error(NO_BROWSER_MESSAGE);
}

/** For command-line tools and the Playwright config: the browser, or the one plain sentence and exit 1. */
export function chromiumOrExit(playwrightChromium: () => string): string {
  try {
    return findChromium(process.env, playwrightChromium);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
