import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataText as text } from "../lib/dataText.ts";
import { LANGUAGE_CODE, TAKEN_CODES } from "../lib/language.ts";
import type { Problem } from "../lib/problems.ts";
import type { Clinic, Settings, SocialSettings, TipCategory } from "./schema.ts";
import type { Show } from "./showSchema.ts";
import { resourcesIn, type ResourceCategory, type ResourceShelf } from "./resources.ts";

/** The words of the site's layouts in one language, by key ("nav.home"), nested as the file nests them. */
export interface Strings {
  [key: string]: string | Strings;
}

const stringsSchema: z.ZodType<Strings> = z.lazy(() =>
  z.record(z.string(), z.union([text("the text, or remove the key"), stringsSchema])),
);

// The layouts' strings are grouped a few levels deep ("search.results.one"); checking a file nested
// thousands deep would exhaust the stack before it could say what is wrong.
const MOST_LEVELS = 8;

/** How deep objects nest in a parsed JSON value, counted without recursion. */
function levelsOf(value: unknown): number {
  let deepest = 0;
  const waiting: [unknown, number][] = [[value, 0]];
  while (waiting.length) {
    const [item, level] = waiting.pop()!;
    if (!item || typeof item !== "object") continue;
    deepest = Math.max(deepest, level + 1);
    if (deepest > MOST_LEVELS) return deepest;
    for (const inner of Object.values(item)) waiting.push([inner, level + 1]);
  }
  return deepest;
}

const hoursSchema = z.array(z.object({ days: text("the days"), open: text("the opening time"), close: z.string() }));

/**
 * `_data/languages/<code>.json`: one file per language the site is written in. The main language's file (the
 * language of `clinic.json`) holds every string of the layouts; another language's file holds its strings
 * and the clinic's own words in that language (the tagline, welcome, disclaimer…), each falling back to the
 * main language's until it is translated.
 */
export const languageFileSchema = z.object({
  name: text('the language\'s name in itself, like "Español"'),
  locale: text('the language and region for feeds and dates, like "es-US"').refine(isLanguageTag, {
    error: (issue) =>
      `is "${String(issue.input)}", which is not a language tag: use the language's code and the country, like "es-US"`,
  }),
  strings: z
    .unknown()
    .refine((strings) => levelsOf(strings) <= MOST_LEVELS, {
      error: `nests groups of strings more than ${MOST_LEVELS} deep: keep to the groups of the main language's file`,
    })
    .pipe(stringsSchema),
  clinic: z
    .object({
      tagline: text("the clinic's tagline in this language"),
      welcome: text("the home page's welcome in this language"),
      disclaimer: text("the medical disclaimer in this language"),
      logoAlt: text("the logo's text alternative in this language"),
      hours: hoursSchema,
    })
    .partial()
    .optional(),
  home: z
    .object({ tips: text("a line about the tips library"), podcast: text("a line"), topics: text("a line") })
    .partial()
    .optional(),
  topics: z.record(z.string(), text("the topic's name in this language")).optional(),
  tipCategories: z
    .record(z.string(), z.object({ name: text("the category's name"), description: text("one sentence") }))
    .optional(),
  linkInBio: text("what Instagram captions say instead of a link, in this language").optional(),
});
type LanguageFile = z.infer<typeof languageFileSchema>;

/** A BCP 47 tag a browser and a feed reader understand: "es-US", "vi", "zh-Hant-TW". */
function isLanguageTag(tag: string): boolean {
  try {
    return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Which way the language is written: "rtl" for Arabic, Hebrew, Persian, Urdu…, else "ltr". */
function directionOf(locale: string): "ltr" | "rtl" {
  const info = new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction?: string } };
  return info.textInfo?.direction === "rtl" ? "rtl" : "ltr";
}

/** A language the site is written in, with every word it needs: its own where translated, else the main one's. */
export interface Language {
  /** The ISO 639 code: the folder under posts/ and the address prefix of a language other than the main one. */
  code: string;
  name: string;
  /** The BCP 47 tag for `<html lang>`, feeds and dates: "en-US", "es-US". */
  locale: string;
  /** "" for the main language, "/es" for Spanish. */
  prefix: string;
  /** Which way it is written, for `<html dir>`. */
  dir: "ltr" | "rtl";
  strings: Strings;
  clinic: Pick<Clinic, "tagline" | "welcome" | "disclaimer" | "logoAlt" | "hours">;
  home: Settings["home"];
  topics: Record<string, string>;
  tipCategories: TipCategory[];
  /** The recommended links of /resources/, in this language's words where the clinic gave them. */
  resources: ResourceShelf[];
  linkInBio: string;
  /** The podcast in this language, if the clinic has one (`_data/podcast.json`, and its `languages`). */
  show?: Show;
}

export interface Languages {
  main: Language;
  /** Every language, the main one first. */
  all: Language[];
  byCode: ReadonlyMap<string, Language>;
}

export const LANGUAGES_DIR = "_data/languages";

/** The main language's code: the first part of clinic.json's `language` ("en-US" → "en"). */
export const mainCode = (clinic: Pick<Clinic, "language">) => clinic.language.toLowerCase().split("-")[0]!;

/** Each string's key and text, flattened ("nav.home"). */
export function flatStrings(strings: Strings, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === "string") flat.set(prefix + key, value);
    else for (const [inner, text] of flatStrings(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

/** `over` laid on `under`, key by key: a language's strings with the main language's where it has none. */
function fillFrom(under: Strings, over: Strings): Strings {
  const filled: Strings = {};
  for (const [key, value] of Object.entries(under)) {
    const own = over[key];
    filled[key] =
      typeof value === "string"
        ? typeof own === "string"
          ? own
          : value
        : fillFrom(value, typeof own === "object" ? own : {});
  }
  return filled;
}

/**
 * The languages in `_data/languages/`, checked, with the main one's words filling what another lacks. Warns
 * of each string a language has not translated yet, and of keys the main language has no string for (a typo).
 */
export function resolveLanguages(
  root: string,
  site: {
    clinic: Clinic;
    settings: Settings;
    social: SocialSettings;
    topics: Record<string, string>;
    tipCategories: TipCategory[];
    resources: ResourceCategory[];
    show?: Show;
  },
  read: (file: string) => LanguageFile | undefined,
  problems: Problem[],
  warnings: Problem[],
): Languages | undefined {
  const folder = path.join(root, LANGUAGES_DIR);
  const main = mainCode(site.clinic);
  const mainFile = `${LANGUAGES_DIR}/${main}.json`;
  if (!existsSync(path.join(root, mainFile))) {
    problems.push({
      file: mainFile,
      message: `is missing: clinic.json's language is "${site.clinic.language}", so the layouts' words come from this file. Copy the starter kit's ${LANGUAGES_DIR}/en.json and translate it`,
    });
    return undefined;
  }
  const codes = readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length));
  const isCode = (code: string) => LANGUAGE_CODE.test(code) && !TAKEN_CODES.has(code);
  for (const code of codes.filter((code) => !isCode(code)))
    problems.push({
      file: `${LANGUAGES_DIR}/${code}.json`,
      message: TAKEN_CODES.has(code)
        ? `is named "${code}", which is a folder the site uses already (/${code}/): a language file is named by the language's two-letter code, like "es.json"`
        : 'is not named for a language: name it by the language\'s two-letter code, like "es.json" or "vi.json"',
    });
  const files = new Map(
    [main, ...codes.filter((code) => code !== main && isCode(code)).sort()].map((code) => [
      code,
      read(`${LANGUAGES_DIR}/${code}.json`),
    ]),
  );
  const mainWords = files.get(main);
  if (!mainWords) return undefined;
  const mainStrings = flatStrings(mainWords.strings);
  // The files that parsed are checked together, so a second problem is reported with the first.
  const parsed = [...files].filter(([, file]) => file !== undefined);
  const all = parsed.map(([code, file]): Language => {
    const isMain = code === main;
    if (!isMain) warnings.push(...stringWarnings(`${LANGUAGES_DIR}/${code}.json`, file!.strings, mainStrings));
    const { clinic, settings } = site;
    return {
      code,
      name: file!.name,
      locale: isMain ? clinic.language : file!.locale,
      prefix: isMain ? "" : `/${code}`,
      dir: directionOf(isMain ? clinic.language : file!.locale),
      strings: isMain ? file!.strings : fillFrom(mainWords.strings, file!.strings),
      clinic: isMain ? clinic : { ...pickClinicWords(clinic), ...file!.clinic },
      home: isMain ? settings.home : { ...settings.home, ...file!.home },
      topics: isMain ? site.topics : { ...site.topics, ...file!.topics },
      tipCategories: site.tipCategories.map((category) => ({ ...category, ...file!.tipCategories?.[category.id] })),
      resources: resourcesIn(site.resources, code, isMain, warnings),
      linkInBio: isMain ? site.social.linkInBio : (file!.linkInBio ?? site.social.linkInBio),
      show: isMain ? site.show : showIn(site.show, code, file!.locale),
    };
  });
  for (const code of Object.keys(site.show?.languages ?? {}).filter((code) => code === main || !files.has(code)))
    problems.push({
      file: "_data/podcast.json",
      field: `languages.${code}`,
      message:
        code === main
          ? `is the main language, whose show is the rest of this file: remove this block`
          : `is not one of the site's languages: add ${LANGUAGES_DIR}/${code}.json, or remove this block`,
    });
  // Two languages with one tag would give a page two translations of the same language.
  for (const language of all) {
    const first = all.find((other) => other.locale.toLowerCase() === language.locale.toLowerCase());
    if (first !== language)
      problems.push({
        file: `${LANGUAGES_DIR}/${language.code}.json`,
        field: "locale",
        message: `is "${language.locale}", the language tag of ${first!.code === main ? "the main language (clinic.json's)" : `${LANGUAGES_DIR}/${first!.code}.json`} too: give each language its own, like "${language.code}-US"`,
      });
  }
  if (parsed.length < files.size) return undefined;
  return { main: all[0]!, all, byCode: new Map(all.map((language) => [language.code, language])) };
}

/** The show in another language: its own words over the main show's, in the language's locale. */
function showIn(main: Show | undefined, code: string, locale: string): Show | undefined {
  const own = main?.languages[code];
  return main && own ? { ...main, ...own, language: locale, languages: {} } : undefined;
}

const pickClinicWords = ({ tagline, welcome, disclaimer, logoAlt, hours }: Clinic) => ({
  tagline,
  welcome,
  disclaimer,
  logoAlt,
  hours,
});

function stringWarnings(file: string, own: Strings, mainStrings: ReadonlyMap<string, string>): Problem[] {
  const flat = flatStrings(own);
  const missing = [...mainStrings.keys()].filter((key) => !flat.has(key));
  const unknown = [...flat.keys()].filter((key) => !mainStrings.has(key));
  // A list of keys, cut after the first twenty: a file of thousands of keys gets a warning of one line.
  const listed = (keys: string[]) =>
    keys
      .slice(0, 20)
      .map((key) => `"${key}"`)
      .join(", ") + (keys.length > 20 ? ` and ${keys.length - 20} more` : "");
  return [
    ...(missing.length
      ? [
          {
            file,
            field: "strings",
            message: `has no translation of ${listed(missing)}: pages show the main language's words there until you add them`,
          },
        ]
      : []),
    ...(unknown.length
      ? [
          {
            file,
            field: "strings",
            message: `has ${listed(unknown)}, which the layouts never use: check the keys' spelling against the main language's file`,
          },
        ]
      : []),
  ];
}
