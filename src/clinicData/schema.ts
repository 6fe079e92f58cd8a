import { IANAZone } from "luxon";
import { z } from "zod";
import { dataText as text } from "../lib/dataText.ts";
import { required } from "../lib/zodProblems.ts";
const hexColour = z
  .string({ error: required('a colour like "#0b6e4f"') })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a six-digit hex colour like "#0b6e4f"' });
const siteUrl = z
  .url({ protocol: /^https?$/, error: 'must be the full address of the site, like "https://blog.example.org"' })
  .transform((url) => url.replace(/\/+$/, ""));

/** `_data/clinic.json`: everything a fork changes to make the site its own. */
export const clinicSchema = z.object({
  name: text("the clinic's full name"),
  shortName: text("a short name for tight spaces"),
  tagline: text("a one-line tagline"),
  welcome: text("a welcome paragraph for the home page"),
  url: siteUrl,
  timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), {
    error:
      'must be an IANA time zone like "America/Chicago" (see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)',
  }),
  language: text('the main language tag, like "en-US"'),
  address: z.object({
    street: text("the street address"),
    city: text("the city"),
    region: text("the state or region"),
    postalCode: text("the postal code"),
    country: text("the country code"),
  }),
  phone: text('the phone number for links, like "+1-555-010-0123"'),
  phoneDisplay: text('the phone number as people read it, like "(555) 010-0123"'),
  email: z.email({ error: "must be an email address" }),
  hours: z.array(z.object({ days: text("the days"), open: text("the opening time"), close: z.string() })).min(1),
  emergency: z.object({
    number: text('the emergency number, like "911"'),
    crisisLine: z.string().optional(),
    afterHoursLine: z.string().optional(),
  }),
  disclaimer: text("the medical disclaimer shown on every post"),
  logo: text("the path of the logo, like /assets/logo.svg"),
  icon: text("the path of a square version of the logo, like /assets/icon.svg").optional(),
  logoAlt: text("the logo's text alternative"),
  colors: z.object({
    brand: hexColour,
    brandDark: hexColour,
    accent: hexColour,
    text: hexColour,
    muted: hexColour,
    background: hexColour,
    surface: hexColour,
  }),
  // Only https: a javascript: link here would run in every page's footer, and http sends readers off unencrypted.
  social: z.array(
    z.object({
      network: text("the network's name"),
      url: z.url({
        protocol: /^https$/,
        error: 'must be a full https:// address, like "https://www.facebook.com/yourclinic"',
      }),
    }),
  ),
});
export type Clinic = z.infer<typeof clinicSchema>;

/**
 * How /ask/ takes readers' questions (src/questions/askForm.ts): "auto" shows a form when the build runs on
 * Netlify, which receives it, and an email link anywhere else; "netlify" and "email" choose one outright.
 */
export const ASK_FORM_SETTINGS = ["auto", "netlify", "email"] as const;
export type AskFormSetting = (typeof ASK_FORM_SETTINGS)[number];

/** `_data/settings.json`: knobs for how the blog behaves. */
export const settingsSchema = z.object({
  latestPostsOnHome: z.number().int().min(1).max(50),
  wordsPerMinute: z.number().int().min(100).max(400),
  /** How many posts, newest first, the staff's /share/ page shows; snippets.json and schedule.csv have all. */
  postsOnSharePage: z.number().int().min(1).max(1000).default(60),
  /** How often medical content is re-checked by a clinician before the build warns (months). */
  reviewIntervalMonths: z.number().int().min(1).max(60).default(12),
  /** Who `npm run new` puts down as author when none is given (a staff id). */
  defaultAuthor: z.string().optional(),
  /** An RSS-to-email service the clinic chose, named on /subscribe/ as a plain link (nothing loads from it). */
  emailSignup: z
    .object({
      url: z.url({ protocol: /^https$/, error: 'must be the sign-up page\'s full address, starting with "https://"' }),
      service: text('the service\'s name, like "Buttondown"'),
    })
    .optional(),
  askForm: z
    .enum(ASK_FORM_SETTINGS, {
      error: (issue) =>
        `is ${JSON.stringify(issue.input)}: use "auto" (a form on Netlify, an email link elsewhere), "netlify" (always the form: only on a host that receives Netlify forms) or "email" (always the email link)`,
    })
    .default("auto"),
  /**
   * The web editor at /admin/ (src/admin/): the GitHub repository it commits to, and the address of the
   * login service GitHub Pages sites need (Netlify has its own). Without a repository here, the build takes
   * the one GitHub Actions or Netlify names; with none, there is no /admin/.
   */
  editor: z
    .object({
      repo: z
        .string({ error: required('the GitHub repository as owner/name, like "riverbend-health/blog"') })
        .regex(/^[\w.-]+\/[\w.-]+$/, {
          error: 'must be the GitHub repository as owner/name, like "riverbend-health/blog"',
        })
        .optional(),
      branch: z
        .string()
        .regex(/^[\w./-]+$/, { error: 'must be a branch name, like "main"' })
        .default("main"),
      authProxy: z
        .url({
          protocol: /^https$/,
          error:
            'must be the full https:// address of the login service, like "https://clinic-login.example.workers.dev"',
        })
        .optional(),
      reviewFirst: z
        .boolean({ error: "must be true or false: true sends every change for review first" })
        .default(true),
    })
    .optional(),
  /** The home page's line under each of its sections. */
  home: z
    .object({
      tips: text("a line about the tips library").default("Short checklists and tips you can print and keep."),
      podcast: text("a line about the podcast").default("Listen to our care team talk about staying well."),
      topics: text("a line about the topics").default("Browse our posts by topic."),
    })
    .prefault({}),
});
export type Settings = z.infer<typeof settingsSchema>;

/** One `_data/authors/<id>.json` file: a member of staff who writes for the blog. */
const authorWordsIn = z
  .object({ role: text("their job in this language"), bio: text("the sentences about them in this language") })
  .partial();
export const authorSchema = z.object({
  name: text("the person's name"),
  role: text('their job, like "Registered dietitian"'),
  credentials: z.string().default(""),
  clinician: z.boolean({ error: "must be true or false: true for licensed clinical staff" }),
  photo: text("the path of their photo, like /assets/staff/name.svg"),
  bio: text("two or three sentences about them"),
  /** Their Mastodon (fediverse) handle: Mastodon credits them when their posts are shared there. */
  mastodon: z
    .string()
    .trim()
    .regex(/^@[A-Za-z0-9_.-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, {
      error: 'must be a handle like "@ana@mastodon.social"',
    })
    .optional(),
  /** Their role and bio in the site's other languages, by code: "languages": { "es": { "role": "…" } }. */
  languages: z.record(z.string(), authorWordsIn).default({}),
});
export type Author = z.infer<typeof authorSchema> & { id: string };

/** `_data/tipCategories.json`: the tip library's shelves, in the order the library shows them. */
export const tipCategoriesSchema = z
  .array(
    z.object({
      id: z
        .string()
        .regex(/^[a-z0-9-]+$/, { error: 'must be lowercase letters, digits and dashes, like "mental-health"' }),
      name: text("the category's name"),
      description: text("one sentence about the category"),
    }),
  )
  .min(1, { error: "must list at least one category" });
export type TipCategory = z.infer<typeof tipCategoriesSchema>[number];

/**
 * `_data/topics.json` (optional): the name readers see for each topic, by the address part its tag makes
 * ("mental-health": "Mental health"). Topics it leaves out are named from the tag itself.
 */
export const topicNamesSchema = z.record(z.string(), text("the topic's name")).superRefine((names, context) => {
  // Checked here rather than as the record's key schema, whose message zod replaces with "Invalid key".
  for (const key of Object.keys(names).filter((key) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key))) {
    context.addIssue({
      code: "custom",
      path: [key],
      message: 'must be the topic\'s address part, lowercase letters, digits and dashes, like "mental-health"',
    });
  }
});

/**
 * `_data/policy.json`: the editorial policy page's words, the parts only the clinic can say. The page adds
 * what the kit itself makes true (no advertising or tracking, how often reviews come round, how to reach us).
 */
export const policySchema = z.object({
  writing: text("how your content is written, and by whom"),
  review: text("how a clinician checks it before it is published"),
  corrections: text("what you do when something is wrong"),
  funding: text("who pays for the clinic's outreach, this site included"),
});
export type Policy = z.infer<typeof policySchema>;

/** `_data/social.json`: how the clinic's share texts are worded where a network needs words of its own. */
export const socialSettingsSchema = z.object({
  linkInBio: text(
    'what Instagram captions say instead of a link, e.g. "Read the whole post: tap the link in our bio."',
  ),
  /** The clinic's Mastodon server's own numbers (most servers: 500, and 23 for every link). */
  mastodon: z
    .object({
      characterLimit: z.number({ error: "must be a number, like 500" }).int().min(100).max(100_000).default(500),
      linkLength: z.number({ error: "must be a number, like 23" }).int().min(1).max(100).default(23),
    })
    .prefault({}),
  /** A network the clinic does not use, set to false: no texts are written for it. */
  channels: z
    .record(z.string(), z.boolean({ error: "must be true or false: false turns this network off" }))
    .default({}),
});
export type SocialSettings = z.infer<typeof socialSettingsSchema>;
