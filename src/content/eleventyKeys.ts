import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Front matter keys Eleventy acts on itself. Each one changes how a page is made: where it is written
 * (`permalink`), which template wraps it (`layout`), whether its text is run as a template
 * (`templateEngineOverride`, `eleventyComputed`), which data it reads (`pagination`, `eleventyImport`).
 * Editors' Markdown is data, so a post that sets any of them is refused, never passed through.
 *
 * The keys are Eleventy 3's `keys` in src/defaultConfig.js, the special data keys listed at
 * https://www.11ty.dev/docs/data-configuration/ and https://www.11ty.dev/docs/data-eleventy-supplied/, and
 * the data every template is given (`page`, `collections`, `eleventy`, `pkg`, `content`), which a post's value
 * would replace. Any other key starting with "eleventy" is Eleventy's too, whatever a later version adds.
 */
const ELEVENTY_KEYS = new Set([
  "permalink",
  "permalinkBypassOutputDir",
  "dynamicPermalink",
  "layout",
  "templateEngineOverride",
  "pagination",
  "page",
  "collections",
  "content",
  "pkg",
]);

/** What to do instead, for the keys an editor is likely to reach for on purpose. */
const INSTEAD: Record<string, string> = {
  permalink:
    "its address comes from its file name (posts/flu-shots.md is published at /posts/flu-shots/): remove this line, and rename the file to change the address",
  layout: "every post uses the kit's design: remove this line",
  eleventyExcludeFromCollections: "to keep a post off the site, add draft: true; otherwise remove this line",
};

// Eleventy's data merge reads "override:permalink" as "permalink" (replacing rather than merging), so a key
// is judged by the name Eleventy gives it.
const OVERRIDE = /^override:/;

export function isEleventyKey(key: string): boolean {
  const name = key.replace(OVERRIDE, "");
  return ELEVENTY_KEYS.has(name) || name.startsWith("eleventy");
}

/**
 * The names of the site's data in _data/ ("clinic", "settings", "authors"…). Eleventy merges a post's front
 * matter over them, so `clinic: { phone: "…" }` in a post would change the clinic's phone number (and the
 * emergency line, the disclaimer) on that page.
 */
export function globalDataNames(root: string): Set<string> {
  const entries = readdirSync(path.join(root, "_data"), { withFileTypes: true });
  return new Set(entries.map((entry) => (entry.isDirectory() ? entry.name : entry.name.replace(/\.[^.]+$/, ""))));
}

/**
 * The front matter keys a post may not set, each with its message: Eleventy's own, and the names of the
 * site's data that are not the post's own fields (`podcast:` and `social:` are both).
 */
export function refusedKeys(
  data: Record<string, unknown>,
  { fields, globalData }: { fields: readonly string[]; globalData: ReadonlySet<string> },
): { key: string; message: string }[] {
  return Object.keys(data).flatMap((key) => {
    if (isEleventyKey(key)) return [{ key, message: eleventyKeyMessage(key.replace(OVERRIDE, "")) }];
    if (OVERRIDE.test(key))
      return [
        {
          key,
          message: `uses Eleventy's "override:" prefix, which would replace data rather than set a field of the post: remove this line`,
        },
      ];
    if (globalData.has(key) && !fields.includes(key)) {
      return [
        {
          key,
          message: `is the name of the site's settings in _data/, which a post cannot change (they would change on this page only): remove this line`,
        },
      ];
    }
    return [];
  });
}

function eleventyKeyMessage(key: string): string {
  const instead = INSTEAD[key];
  if (instead) return `cannot be set in a post: ${instead}`;
  return "is a setting of Eleventy, the program that builds the site, and would change how the page is made rather than what it says: remove this line";
}
