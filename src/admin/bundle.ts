import { cpSync, existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Decap CMS's browser bundle as npm installed it: the main file and the parts it loads when needed. */
export function editorBundleFolder(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");
}

/**
 * The bundle's files the page loads: `decap-cms.js` and its `<n>.decap-cms.js` parts, which it asks for
 * from beside itself. Not the source maps, nor the same bundle under its other name (`cms.js`).
 */
export const isEditorBundleFile = (name: string) => /^(?:\d+\.)?decap-cms\.js$/.test(name);

/** Copies the bundle into `outputFolder`, skipping the files already there (a rebuild under npm start). */
export function copyEditorBundle(outputFolder: string): void {
  const from = editorBundleFolder();
  for (const name of readdirSync(from).filter(isEditorBundleFile)) {
    const target = path.join(outputFolder, name);
    if (existsSync(target) && statSync(target).size === statSync(path.join(from, name)).size) continue;
    cpSync(path.join(from, name), target);
  }
}
