import { z } from "zod";
import { dataText as text } from "../lib/dataText.ts";
import { LANGUAGE_CODE } from "../lib/language.ts";
import { phoneNumbersIn } from "../lib/phoneNumbers.ts";
import type { Problem } from "../lib/problems.ts";

export const RESOURCES_FILE = "_data/resources.json";

// A reason is one line under the link: longer, and the page becomes a wall of text nobody scans.
const MOST_REASON_CHARACTERS = 200;

const languageCode = z.string().regex(LANGUAGE_CODE, {
  error: (issue) =>
    `is "${String(issue.input)}", which is not a language code: use the two-letter code, like "en" or "es"`,
});

/** The clinic's words of a category or link in another language, by the language's code. */
const wordsIn = <T extends z.ZodRawShape>(shape: T) =>
  z.record(languageCode, z.object(shape).partial(), {
    error: 'must be the words in other languages by code, like "languages": { "es": { … } }',
  });

const reason = (what: string) =>
  text(what).refine((value) => value.length <= MOST_REASON_CHARACTERS, {
    error: (issue) =>
      `is ${String(issue.input).length} characters: keep the reason to one line (at most ${MOST_REASON_CHARACTERS})`,
  });

// Only https: a javascript: address would run on the page, and http sends readers off unencrypted.
const httpsUrl = z.url({
  protocol: /^https$/,
  error: 'must be the full https:// address of the page, like "https://medlineplus.gov/"',
});

const link = z.object({
  title: text("the site's or service's name"),
  url: httpsUrl,
  reason: reason("one line on why the clinic recommends it"),
  /** For a local service: the number readers call, written as people read it. */
  phone: text('the phone number, like "(555) 010-0456"')
    .refine((phone) => phoneNumbersIn(phone).length === 1, {
      error: (issue) =>
        `is "${String(issue.input)}", which is not one phone number: write it like "(555) 010-0456" or "+1-555-010-0456"`,
    })
    .optional(),
  /** The languages the site or service itself is in (not the clinic's words about it). */
  inLanguage: z.array(languageCode).min(1, { error: 'is empty: list the languages, like ["en", "es"]' }).optional(),
  /** Its name, reason and (for a site with a page in that language) address in other languages. */
  languages: wordsIn({
    title: text("its name in this language"),
    reason: reason("the reason in this language"),
    url: httpsUrl,
  }).default({}),
});

const category = z.object({
  id: z
    .string({ error: 'is missing: a short id, like "health-information"' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and dashes, like "local-help"' }),
  name: text("the category's name"),
  description: text("one sentence about the category"),
  languages: wordsIn({
    name: text("the name in this language"),
    description: text("the sentence in this language"),
  }).default({}),
  links: z
    .array(link, { error: "must be a list of links" })
    .min(1, { error: "is empty: add a link or remove the category" }),
});

/**
 * `_data/resources.json`: the sites, tools and local services the clinic recommends (/resources/), by
 * category, in the order the page shows them.
 */
export const resourcesSchema = z
  .array(category, { error: "must be a list of categories, each with id, name, description and links" })
  .superRefine((categories, context) => {
    categories.forEach((category, i) => {
      if (categories.findIndex((other) => other.id === category.id) !== i)
        context.addIssue({
          code: "custom",
          path: [i, "id"],
          message: `is "${category.id}", the id of an earlier category too: give each category its own`,
        });
    });
  });
export type ResourceCategory = z.infer<typeof resourcesSchema>[number];

/** A category as readers of one language see it: the clinic's words in that language where it has them. */
export interface ResourceShelf {
  id: string;
  name: string;
  description: string;
  links: { title: string; url: string; reason: string; phone?: string; inLanguage: string[] }[];
}

/**
 * The categories in the language `code`, each word falling back to the main language's. Warns once per
 * language of the words not translated yet (`main`: the main language, whose words are the file's own).
 */
export function resourcesIn(
  categories: readonly ResourceCategory[],
  code: string,
  main: boolean,
  warnings: Problem[],
): ResourceShelf[] {
  const untranslated: string[] = [];
  const shelves = categories.map((category, i) => {
    const own = main ? {} : (category.languages[code] ?? {});
    if (!main && (!own.name || !own.description)) untranslated.push(`${i}.languages.${code}`);
    return {
      id: category.id,
      name: own.name ?? category.name,
      description: own.description ?? category.description,
      links: category.links.map((link, j) => {
        const words = main ? {} : (link.languages[code] ?? {});
        if (!main && !words.reason) untranslated.push(`${i}.links.${j}.languages.${code}.reason`);
        return {
          title: words.title ?? link.title,
          url: words.url ?? link.url,
          reason: words.reason ?? link.reason,
          phone: link.phone,
          inLanguage: link.inLanguage ?? [],
        };
      }),
    };
  });
  if (untranslated.length)
    warnings.push({
      file: RESOURCES_FILE,
      message: `has no "${code}" words for ${untranslated.slice(0, 10).join(", ")}${untranslated.length > 10 ? ` and ${untranslated.length - 10} more` : ""}: the /${code}/resources/ page shows the main language's there until you add them`,
    });
  return shelves;
}
