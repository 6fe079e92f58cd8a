import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { PROJECT_ROOT } from "../support/fixtureSite.ts";

// The shape of the code (README, "Folders and the direction of their imports"): imports point one way.
const SRC = path.join(PROJECT_ROOT, "src");
const LAYERS = ["lib", "clinicData", "content"];

/** Every import between files of src/, as folders under src/ ("" for a file at the top) and file names. */
function imports(): { from: string; to: string }[] {
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((file) => file.endsWith(".ts"));
  return files.flatMap((file) => {
    const text = readFileSync(path.join(SRC, file), "utf8");
    return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) => ({
      from: file.split(path.sep).join("/"),
      to: path
        .relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), match[1]!))
        .split(path.sep)
        .join("/"),
    }));
  });
}
const folderOf = (file: string) => (file.includes("/") ? file.split("/")[0]! : "");

describe("the code's folders", () => {
  const all = imports();

  it("import downwards only: src/lib/ nothing, src/clinicData/ only lib, src/content/ no feature", () => {
    const wrong = all.filter(({ from, to }) => {
      const [a, b] = [folderOf(from), folderOf(to)];
      if (!LAYERS.includes(a)) return false;
      return a !== b && (!LAYERS.includes(b) || LAYERS.indexOf(b) > LAYERS.indexOf(a));
    });
    assert.deepEqual(wrong, []);
  });

  it("use another feature only through its index.ts", () => {
    const wrong = all.filter(({ from, to }) => {
      const [a, b] = [folderOf(from), folderOf(to)];
      const feature = (folder: string) => folder !== "" && !LAYERS.includes(folder);
      return feature(a) && feature(b) && a !== b && !to.endsWith("/index.ts");
    });
    assert.deepEqual(wrong, []);
  });

  it("keep src/browser/ for code that runs in the browser, importing nothing of the build's", () => {
    assert.deepEqual(
      all.filter(({ from }) => folderOf(from) === "browser"),
      [],
    );
  });

  it("keep test helpers to tests/: nothing the kit runs imports from there", () => {
    const scripts = (readdirSync(path.join(PROJECT_ROOT, "scripts"), { recursive: true }) as string[]).filter((f) =>
      f.endsWith(".ts"),
    );
    const wrong = scripts.filter((file) =>
      /from\s+["'][./]*tests\/support\//.test(readFileSync(path.join(PROJECT_ROOT, "scripts", file), "utf8")),
    );
    assert.deepEqual(wrong, []);
  });
});
