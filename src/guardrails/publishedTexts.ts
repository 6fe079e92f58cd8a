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

/**
 * Each string (and number) in the data outside the fields that are not prose, with its path, in order. A list
 * or mapping reached again through an alias is read once: its strings were read where it was anchored, and
 * YAML aliases nested in aliases would otherwise make a small file hold millions of strings.
 */
export function* publishedTexts(data: unknown): Generator<{ path: FieldPath; text: string }> {
  const seen = new Set<object>();
  function* walk(value: unknown, path: FieldPath): Generator<{ path: FieldPath; text: string }> {
    if (path.length > 0 && !isProse(path)) return;
    if (typeof value === "string") {
      if (value.trim() !== "") yield { path, text: value };
    } else if (typeof value === "number" && Number.isFinite(value)) {
      yield { path, text: String(value) };
    } else if (value && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
      for (const [key, item] of entries) yield* walk(item, [...path, key]);
    }
  }
  yield* walk(data, []);
}

// In `_data/` files: values that are addresses, paths, codes or settings, not prose, by their key's name, and
// the contact numbers and addresses the clinic gives on purpose (clinic.json's, the podcast owner's).
const DATA_NOT_PROSE = new Set([
  "phone",
  "phoneDisplay",
  "number",
  "crisisLine",
  "afterHoursLine",
  "email",
  "url",
  "logo",
  "icon",
  "image",
  "photo",
  "colors",
  "timeZone",
  "language",
  "locale",
  "mastodon",
  "newFeedUrl",
  "subscribe",
  "txt",
  "category",
  "subcategory",
  "type",
  "id",
  "//",
]);

/** Each string of a `_data/` JSON file that readers see, with its path: every value but those DATA_NOT_PROSE names. */
export function* dataTexts(data: unknown): Generator<{ path: FieldPath; text: string }> {
  function* walk(value: unknown, path: FieldPath): Generator<{ path: FieldPath; text: string }> {
    const key = path.at(-1);
    if (typeof key === "string" && DATA_NOT_PROSE.has(key)) return;
    if (typeof value === "string") {
      if (value.trim() !== "") yield { path, text: value };
    } else if (value && typeof value === "object") {
      const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
      for (const [inner, item] of entries) yield* walk(item, [...path, inner]);
    }
  }
  yield* walk(data, []);
}
