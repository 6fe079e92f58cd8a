import { z } from "zod";
import { dataText as text } from "../lib/dataText.ts";
import { appleCategoryProblem } from "./appleCategories.ts";

const showFields = z.object({
  title: text("the show's name"),
  description: text("a paragraph about the show"),
  author: text("who makes the show, usually the clinic's name"),
  owner: z.object({
    name: text("the owner's name"),
    email: z.email({ error: "must be an email address podcast directories can reach" }),
  }),
  language: text('a language tag like "en-US"'),
  copyright: text('a copyright line like "© 2026 Riverbend Community Health Center"'),
  image: text("the path of the cover art, like /media/podcast/cover.jpg"),
  category: text('an Apple Podcasts category, like "Health & Fitness"').superRefine((category, ctx) => {
    const problem = appleCategoryProblem(category);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  subcategory: z.string().optional(),
  explicit: z.boolean({ error: "must be true or false" }),
  type: z.enum(["episodic", "serial"], { error: 'must be "episodic" (newest first) or "serial" (in order)' }),
  locked: z.boolean({ error: "must be true or false: true stops other hosts importing the show" }),
  funding: z.object({ url: z.url(), text: text("a short call to support the show") }).optional(),
  hosts: z
    .array(z.object({ name: text("the host's name"), role: z.string().default("host") }))
    .min(1, { error: "must list at least one host" }),
  /** Moving the show to another address or host: the new feed's address, for apps to follow. */
  newFeedUrl: z
    .url({ protocol: /^https$/, error: 'must be the new feed\'s full address, starting with "https://"' })
    .optional(),
  /** Hide the whole show from podcast directories (it stays on the site). */
  block: z.boolean({ error: "must be true or false: true hides the show from podcast directories" }).default(false),
  /** The show has ended: no more episodes will come. */
  complete: z.boolean({ error: "must be true or false: true tells apps the show has ended" }).default(false),
  /** Ownership checks a directory asks for, like Apple's "applepodcastsverify" code. */
  txt: z
    .array(
      z.object({
        purpose: text('what the code is for, like "applepodcastsverify"').optional(),
        value: text("the text the directory gave you"),
      }),
      { error: 'must be a list like [{ "purpose": "applepodcastsverify", "value": "…" }]' },
    )
    .default([]),
  /** Count downloads with OP3 (https://op3.dev), which keeps no listener's address: off unless set. */
  op3: z.boolean({ error: "must be true or false: true counts downloads through op3.dev" }).default(false),
  subscribe: z
    .object({
      apple: z.url().optional(),
      spotify: z.url().optional(),
      overcast: z.url().optional(),
      pocketCasts: z.url().optional(),
    })
    .default({}),
});

/**
 * A show in another language (`languages.es` in podcast.json): its own name, description and app links, and
 * whatever else differs; the rest is the main show's. It has its own feed (/es/podcast.xml), so its own guid.
 */
const otherLanguageShow = showFields
  .omit({ language: true })
  .partial()
  .extend({ title: text("the show's name in this language"), description: text("a paragraph about the show") });

/** `_data/podcast.json`: the show as podcast apps list it, and a show in each other language that has one. */
export const showSchema = showFields
  .extend({ languages: z.record(z.string(), otherLanguageShow).default({}) })
  .superRefine((show, ctx) => {
    if (show.subcategory !== undefined) {
      const subProblem = appleCategoryProblem(show.category, show.subcategory);
      if (subProblem) ctx.addIssue({ code: "custom", path: ["subcategory"], message: subProblem });
    }
  });

export type Show = z.infer<typeof showSchema>;
