/**
 * Every string a post's front matter holds, as parsed: whatever the YAML spelling (a quoted key, an alias, a
 * flow mapping, folded text), a value is read once it is data. Templates, feeds, podcast.xml, chapters.json,
 * the search index and the share card print fields the checker cannot list ahead of time (a fork adds its own),
 * so it reads them all, except the few that are not prose.
 */

export type FieldPath = readonly (string | number)[];

// Fields that are not prose: dates, file paths and addresses, ids, numbers, and records of who signed off.
// A path names list items with "*"; naming a field leaves out everything inside it.
const NOT_PROSE = new Set([
  "date",
  "updated",
  "reviewed",
  "reviewer",
  "author",
  "draft",
  "image",
  "layout",
  "kind",
  "permalink",
  "eleventyExcludeFromCollections",
  "category",
  "related",
  "sources.*.url",
  "corrections.*.date",
  "event",
  "video.youtube",
  "video.thumbnail",
  "podcast.guid",
  "podcast.audio",
  "podcast.length",
  "podcast.duration",
  "podcast.season",
  "podcast.episode",
  "podcast.episodeType",
  "podcast.explicit",
  "podcast.transcript",
  "podcast.image",
  "podcast.chapters.*.time",
  "podcast.chapters.*.url",
  // The reviewer is a staff id and the dates are dates; the consent form's number is a record kept, not shown.
  "medicalReview",
  "translationOf",
  "patientConsent",
]);

const isProse = (path: FieldPath) => !NOT_PROSE.has(path.map((key) => (typeof key === "number" ? "*" : key)).join("."));

type Text = { path: FieldPath; text: string };

/**
 * Each string (and, with `numbers`, number) in the data, with its path, in order, leaving out what `skip`
 * names and everything inside it. A list or mapping reached again through an alias is read once: its strings
 * were read where it was anchored, and YAML aliases nested in aliases would otherwise make a small file hold
 * millions of strings. Walked without recursion, so data nested thousands deep cannot exhaust the stack.
 */
function* textsIn(data: unknown, skip: (path: FieldPath) => boolean, numbers: boolean): Generator<Text> {
  const seen = new Set<object>();
  const waiting: { value: unknown; path: FieldPath }[] = [{ value: data, path: [] }];
  while (waiting.length) {
    const { value, path } = waiting.pop()!;
    if (path.length > 0 && skip(path)) continue;
    if (typeof value === "string") {
      if (value.trim() !== "") yield { path, text: value };
    } else if (numbers && typeof value === "number" && Number.isFinite(value)) {
      yield { path, text: String(value) };
    } else if (value && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
      // Last first onto the stack, so they come off in order.
      for (const [key, item] of entries.reverse()) waiting.push({ value: item, path: [...path, key] });
    }
  }
}

/** Each string and number of a post's front matter outside the fields that are not prose, with its path, in order. */
export const publishedTexts = (data: unknown): Generator<Text> => textsIn(data, (path) => !isProse(path), true);

// In `_data/` files: values that are addresses, paths, codes or settings, not prose, and the contact numbers
// and addresses the clinic gives on purpose (clinic.json's, the podcast owner's). By path from the file's top,
// "*" for any one key or list item: a key's name alone would also pass over prose, as the language files
// hold words under "subscribe", "email" and "type".
const DATA_NOT_PROSE = [
  // clinic.json
  "url",
  "logo",
  "icon",
  "colors",
  "timeZone",
  "language",
  "phone",
  "phoneDisplay",
  "email",
  "emergency.number",
  "emergency.crisisLine",
  "emergency.afterHoursLine",
  "social.*.url",
  // podcast.json, and its shows in other languages
  ...["", "languages.*."].flatMap((show) =>
    ["image", "category", "subcategory", "type", "owner.email", "funding.url", "newFeedUrl", "subscribe", "txt"].map(
      (field) => show + field,
    ),
  ),
  // staff files, tipCategories.json, settings.json, a language file
  "photo",
  "mastodon",
  "*.id",
  "emailSignup.url",
  // resources.json: a link's address, the number a local service gives on purpose, the languages it is in
  "*.links.*.url",
  "*.links.*.phone",
  "*.links.*.inLanguage",
  "*.links.*.languages.*.url",
  // settings.json's web editor: a repository, a branch and a login address, never shown to readers
  "editor",
  "locale",
  "//",
].map((pattern) => pattern.split("."));

/** Whether `path` is `pattern` or inside it. */
const isUnder = (path: FieldPath, pattern: readonly string[]) =>
  path.length >= pattern.length && pattern.every((part, i) => part === "*" || part === String(path[i]));

/** Each string of a `_data/` JSON file that readers see, with its path: every value but those DATA_NOT_PROSE names. */
export const dataTexts = (data: unknown): Generator<Text> =>
  textsIn(data, (path) => DATA_NOT_PROSE.some((pattern) => isUnder(path, pattern)), false);
