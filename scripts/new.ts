/**
 * Starts a new post, episode or tip in the right folder, as a draft with valid front matter.
 *
 *   npm run new -- post "Flu shots are here"
 *   npm run new -- episode "Sleep, in plain words" --author tom-becker
 *   npm run new -- tip "Check your smoke alarms"
 *   npm run new -- post "Ya llegaron las vacunas" --lang es --translation-of flu-shots-are-here
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildNow } from "../src/content/buildContext.ts";
import { addressProblems } from "../src/content/postAddress.ts";
import { scaffold, type Kind } from "../src/editorial/scaffold.ts";
import { loadContentOrExit } from "./siteData.ts";

const OPTIONS = ["--author", "--lang", "--translation-of"];
const [kind, title] = process.argv
  .slice(2)
  .filter((arg, i, all) => !arg.startsWith("--") && !OPTIONS.includes(all[i - 1]!));
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? "") : undefined;
};
const authorIndex = process.argv.indexOf("--author");
if (!["post", "episode", "tip"].includes(kind ?? "") || !title?.trim()) {
  console.error(
    'Say what to start and its title: npm run new -- post "Title" (or episode, or tip), optionally --author <staff id>, and for a translation --lang <code> --translation-of <original file name>',
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
  translation: translationAsked(),
});

/** What --lang and --translation-of ask for, checked: a language of the site, and an original of the same kind. */
function translationAsked() {
  const [lang, of] = [option("--lang"), option("--translation-of")];
  if (lang === undefined && of === undefined) return undefined;
  const { languages } = site;
  const others = languages.all.filter((language) => language !== languages.main);
  const fail = (message: string) => {
    console.error(message);
    process.exit(2);
  };
  const language = others.find((other) => other.code === lang);
  if (!language)
    return fail(
      others.length
        ? `--lang must be one of the site's other languages: ${others.map((l) => l.code).join(", ")} (${languages.main.code} is the main one, whose posts go in posts/ without --lang)`
        : `The site is written in one language so far: add _data/languages/<code>.json (copy ${languages.main.code}.json and translate it) before starting a translation`,
    );
  if (!of) return fail(`Say which post this translates: --translation-of <the original's file name, without .md>`);
  const wantTip = kind === "tip";
  const original = content.posts.find(
    (post) => post.lang === languages.main.code && post.slug === of && (post.kind === "tip") === wantTip,
  );
  if (!original) {
    const otherKind = content.posts.some((post) => post.lang === languages.main.code && post.slug === of);
    return fail(
      `--translation-of is "${of}", but there is no ${languages.main.name} ${wantTip ? "tip in posts/tips/" : "post in posts/"} with that file name${otherKind ? `: it is a ${wantTip ? "post" : "tip"}, so start its translation with npm run new -- ${wantTip ? "post" : "tip"} …` : ""}`,
    );
  }
  const done = content.posts.find((post) => post.lang === language.code && post.translationOf === of);
  if (done) return fail(`${done.file} translates "${of}" into ${language.name} already: edit that file`);
  return {
    lang: language.code,
    of: { slug: of, tags: original.tags, category: original.tip?.category.id },
  };
}
// The build refuses a file whose name is not an address a post can have; better to say so before writing it.
const others = new Set(site.languages.all.slice(1).map((language) => language.code));
const [badName] = addressProblems(root, [result.file], content.reserved, others).filter(
  // The tips folder's data file is made with this tip.
  (problem) => !problem.message.includes("tips.11tydata.json"),
);
if (badName) {
  console.error(
    `"${title.trim()}" cannot be the title of a new file: ${badName.file} ${badName.message}. Start it with another title (you can change the title in the file afterwards).`,
  );
  process.exit(1);
}
const extraFiles = result.extraFiles.filter((file) => !(file.ifMissing && existsSync(path.join(root, file.file))));
for (const file of [result, ...extraFiles]) {
  if (existsSync(path.join(root, file.file))) {
    console.error(`${file.file} already exists: nothing was written. Choose another title, or edit that file.`);
    process.exit(1);
  }
}
for (const file of [result, ...extraFiles]) {
  mkdirSync(path.dirname(path.join(root, file.file)), { recursive: true });
  writeFileSync(path.join(root, file.file), file.text);
}
console.log(result.file);
for (const extra of extraFiles) console.log(extra.file);
if (kind === "episode")
  console.log(`Add the audio as posts/media/podcast/${path.basename(result.file, ".md")}.mp3 before publishing.`);
