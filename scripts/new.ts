/**
 * Starts a new post, episode or tip in the right folder, as a draft with valid front matter.
 *
 *   npm run new -- post "Flu shots are here"
 *   npm run new -- episode "Sleep, in plain words" --author tom-becker
 *   npm run new -- tip "Check your smoke alarms"
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildNow } from "../src/content/buildContext.ts";
import { addressProblems } from "../src/content/postAddress.ts";
import { scaffold, type Kind } from "../src/editorial/scaffold.ts";
import { loadContentOrExit } from "./siteData.ts";

const [kind, title] = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith("--") && all[i - 1] !== "--author");
const authorIndex = process.argv.indexOf("--author");
if (!["post", "episode", "tip"].includes(kind ?? "") || !title?.trim()) {
  console.error(
    'Say what to start and its title: npm run new -- post "Title" (or episode, or tip), optionally --author <staff id>',
  );
  process.exit(2);
}
const root = process.cwd();
const { content } = await loadContentOrExit(root);
const { site } = content;
const staff = [...site.authors.keys()].sort().join(", ");
const author =
  authorIndex >= 0
    ? (process.argv[authorIndex + 1] ?? "")
    : (site.settings.defaultAuthor ?? [...site.authors.keys()].sort()[0]!);
if (!site.authors.has(author)) {
  // Name where the unknown id came from: the command line, or the settings when none was given.
  console.error(
    authorIndex >= 0
      ? `--author is "${author}", who is not in the staff directory: use one of ${staff}`
      : `_data/settings.json: "defaultAuthor" is "${author}", who is not in the staff directory (_data/authors/): set it to one of ${staff}, or pass --author <staff id>`,
  );
  process.exit(2);
}
const result = scaffold({
  kind: kind as Kind,
  title: title.trim(),
  date: buildNow().setZone(site.clinic.timeZone).toISODate()!,
  author,
  tipCategories: site.tipCategories.map((c) => c.id),
});
// The build refuses a file whose name is not an address a post can have; better to say so before writing it.
const [badName] = addressProblems(root, [result.file], content.reserved, new Set());
if (badName) {
  console.error(
    `"${title.trim()}" cannot be the title of a new file: ${badName.file} ${badName.message}. Start it with another title (you can change the title in the file afterwards).`,
  );
  process.exit(1);
}
for (const file of [result, ...result.extraFiles]) {
  if (existsSync(path.join(root, file.file))) {
    console.error(`${file.file} already exists: nothing was written. Choose another title, or edit that file.`);
    process.exit(1);
  }
}
for (const file of [result, ...result.extraFiles]) {
  mkdirSync(path.dirname(path.join(root, file.file)), { recursive: true });
  writeFileSync(path.join(root, file.file), file.text);
}
console.log(result.file);
for (const extra of result.extraFiles) console.log(extra.file);
if (kind === "episode")
  console.log(`Add the audio as posts/media/podcast/${path.basename(result.file, ".md")}.mp3 before publishing.`);
