import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { lineOfPath, readFrontMatter } from "../content/frontMatter.ts";
import { RESOURCES_FILE } from "../clinicData/resources.ts";
import { POSTS_DIR } from "../lib/folders.ts";

/** One place a link to another site is written: the file, its line, and the field (or "text" for a post's body). */
export interface LinkPlace {
  url: string;
  file: string;
  line?: number;
  field: string;
}

/**
 * Every link to another site the clinic publishes and should keep working: the addresses in
 * `_data/resources.json`, each post's `sources:`, and the web links in posts' text. Read from the files as
 * they are (drafts too, so a link is fixed before it goes out); the build checks what they must hold.
 */
export function collectLinks(root: string): LinkPlace[] {
  return [...resourceLinks(root), ...postFiles(root).flatMap((file) => postLinks(root, file))];
}

/** Every `url` in resources.json (a link's own, and its address in another language), with its line. */
function resourceLinks(root: string): LinkPlace[] {
  const file = path.join(root, RESOURCES_FILE);
  if (!existsSync(file)) return [];
  const text = readFileSync(file, "utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return []; // The build says what is wrong with it.
  }
  const places: LinkPlace[] = [];
  // JSON.parse keeps the file's order, so each address is found after the one before it.
  let from = 0;
  // Walked without recursion, in the file's order, so a file nested thousands deep cannot exhaust the stack.
  const waiting: { value: unknown; at: (string | number)[] }[] = [{ value: data, at: [] }];
  while (waiting.length) {
    const { value, at } = waiting.pop()!;
    if (at.at(-1) === "url" && typeof value === "string") {
      const index = text.indexOf(JSON.stringify(value), from);
      if (index >= 0) from = index + 1;
      places.push({
        url: value,
        file: RESOURCES_FILE,
        line: index >= 0 ? lineAt(text, index) : undefined,
        field: at.join("."),
      });
    } else if (value && typeof value === "object") {
      const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
      // Last first onto the stack, so they come off in order.
      for (const [key, inner] of entries.reverse()) waiting.push({ value: inner, at: [...at, key] });
    }
  }
  return places.filter((place) => isWebAddress(place.url));
}

function postFiles(root: string): string[] {
  const folder = path.join(root, POSTS_DIR);
  if (!existsSync(folder)) return [];
  return (readdirSync(folder, { recursive: true }) as string[])
    .filter((name) => name.endsWith(".md"))
    .map((name) => `${POSTS_DIR}/${name.split(path.sep).join("/")}`)
    .sort();
}

// A Markdown link or image "](https://…)", an autolink "<https://…>", or a reference "[name]: https://…".
const BODY_LINK = /\]\(\s*<?(https?:\/\/[^\s)>]+)|<(https?:\/\/[^\s>]+)>|^\s{0,3}\[[^\]]+\]:\s*<?(https?:\/\/[^\s>]+)/g;

/** A post's `sources:` addresses and the web links in its text, outside code blocks. */
function postLinks(root: string, file: string): LinkPlace[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const frontMatter = readFrontMatter(text);
  if (!frontMatter.ok) return [];
  const sources = Array.isArray(frontMatter.data.sources) ? (frontMatter.data.sources as unknown[]) : [];
  const places: LinkPlace[] = sources.flatMap((source, i) => {
    const url = (source as { url?: unknown } | null)?.url;
    return typeof url === "string" && isWebAddress(url)
      ? [{ url, file, line: lineOfPath(text, ["sources", i, "url"]), field: `sources.${i}.url` }]
      : [];
  });
  let inCode = false;
  frontMatter.body.split(/\r?\n/).forEach((line, i) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) inCode = !inCode;
    if (inCode) return;
    for (const match of line.matchAll(BODY_LINK)) {
      const url = match[1] ?? match[2] ?? match[3]!;
      places.push({ url, file, line: frontMatter.bodyLine + i, field: "text" });
    }
  });
  return places;
}

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);
const lineAt = (text: string, index: number) => text.slice(0, index).split("\n").length;
