import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LEFT_BEHIND_FILES } from "../lib/folders.ts";
import type { Problem } from "../lib/problems.ts";
import { AUDIO_TYPES, TRANSCRIPT_TYPES } from "../lib/mediaTypes.ts";
import { PUBLIC_FOLDERS } from "../lib/publicFiles.ts";
import { svgProblems } from "./svgSafety.ts";

/**
 * The kinds of file the site publishes, as they are, from editors' folders (posts/images/, posts/media/).
 * A file there is served from the site's own address, so an HTML or SVG file would run its script with the
 * site's rights when a reader opens it (and a script there passes the Content-Security-Policy). Only what
 * posts and episodes use is published; an SVG only when it is a plain picture (src/content/svgSafety.ts).
 */
export const PUBLISHED_MEDIA: Record<string, string> = {
  ...Object.fromEntries(Object.keys(AUDIO_TYPES).map((extension) => [extension, "audio"])),
  ...Object.fromEntries(Object.keys(TRANSCRIPT_TYPES).map((extension) => [extension, "transcripts"])),
  // What eleventy-img reads (src/images/plugin.ts), and browsers show.
  ...Object.fromEntries([".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".svg"].map((ext) => [ext, "pictures"])),
};

/** The editors' folders the site publishes as they are. */
export function editorMediaFolders(): string[] {
  return Object.values(PUBLIC_FOLDERS).filter((folder) => folder.startsWith("posts/"));
}

/** A problem for each file in posts/images/ or posts/media/ the site would not publish safely. */
export function publishedMediaProblems(root: string): Problem[] {
  const problems: Problem[] = [];
  for (const folder of editorMediaFolders()) {
    let entries;
    try {
      entries = readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true });
    } catch {
      continue; // a site without pictures or episodes has no such folder
    }
    for (const entry of entries) {
      // A link is refused on its own (src/content/links.ts), and never followed here.
      if (entry.isDirectory() || entry.isSymbolicLink() || LEFT_BEHIND_FILES.has(entry.name)) continue;
      const file = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
      const extension = path.extname(entry.name).toLowerCase();
      if (!(extension in PUBLISHED_MEDIA)) {
        const message = `is not a kind of file the site publishes from ${folder}: use ${allowedTypes()}, or remove it`;
        problems.push({ file, message });
      } else if (extension === ".svg") {
        const reasons = svgProblems(readFileSync(path.join(root, file), "utf8"));
        if (reasons.length > 0) {
          const why = reasons.join("; ");
          const message = `is an SVG that could run script or load things from other sites when opened (${why}): save it again as a plain SVG, or as a PNG or JPEG`;
          problems.push({ file, message });
        }
      }
    }
  }
  return problems;
}

/** "audio (.mp3, .m4a), transcripts (.vtt, .srt), pictures (.jpg, …)". */
function allowedTypes(): string {
  const kinds = new Map<string, string[]>();
  for (const [ext, kind] of Object.entries(PUBLISHED_MEDIA)) kinds.set(kind, [...(kinds.get(kind) ?? []), ext]);
  return [...kinds].map(([kind, extensions]) => `${kind} (${extensions.join(", ")})`).join(", ");
}
