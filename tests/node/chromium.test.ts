import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findChromium, NO_BROWSER_MESSAGE } from "../../scripts/chromium.ts";

const here = process.execPath; // a file that surely exists, standing in for a browser binary
const none = () => {
  throw new Error("not installed");
};

describe("finding a browser for the browser tests", () => {
  it("uses PLAYWRIGHT_CHROMIUM_EXECUTABLE first", () => {
    assert.equal(
      findChromium({ PLAYWRIGHT_CHROMIUM_EXECUTABLE: here }, () => "/elsewhere", ["/usr/bin/chromium"]),
      here,
    );
  });

  it("says so plainly when PLAYWRIGHT_CHROMIUM_EXECUTABLE points nowhere", () => {
    assert.throws(
      () => findChromium({ PLAYWRIGHT_CHROMIUM_EXECUTABLE: "/no/such/chrome" }, none, []),
      /PLAYWRIGHT_CHROMIUM_EXECUTABLE is "\/no\/such\/chrome", but there is no such file/,
    );
  });

  it("then Playwright's own Chromium, then the system's", () => {
    assert.equal(
      findChromium({}, () => here, ["/no/such/chromium"]),
      here,
    );
    assert.equal(findChromium({}, none, ["/no/such/chromium", here]), here);
    assert.equal(
      findChromium({}, () => "/not/downloaded", [here]),
      here,
    );
  });

  it("fails with one line that says how to install one", () => {
    assert.throws(
      () => findChromium({}, none, ["/no/such/chromium"]),
      (error: Error) => error.message === NO_BROWSER_MESSAGE && !error.message.includes("\n"),
    );
    assert.match(NO_BROWSER_MESSAGE, /apt-get install chromium/);
  });
});
