import type { DateTime } from "luxon";
import { z } from "zod";
import type { ZodType } from "zod";
import { acceptedDates, outOfRange, parseClinicDate, type DateRange } from "../lib/dates.ts";
import { isEleventyKey } from "./eleventyKeys.ts";
import { CONTENT_LIMITS } from "./limits.ts";
import { CONTROL_CHARACTER, showControlCharacters } from "../lib/problems.ts";
import { tagSlug } from "../lib/tags.ts";
import { required } from "../lib/zodProblems.ts";

export interface PostSchemaContext {
  timeZone: string;
  /** The build's clock: every date must fall in the range it sets (see DATE_LIMITS). */
  now: DateTime;
  authorIds: ReadonlySet<string>;
  /** Staff marked as clinicians: the only people who can sign off a medical review. */
  clinicianIds: ReadonlySet<string>;
  /** Says what is wrong with a published file path (e.g. the image is not in the repository), or undefined. */
  checkFile: (publicPath: string) => string | undefined;
  /** Set for drafts: what is only needed to publish (a file not made yet, a tip's review) may wait. */
  draft?: boolean;
}

/** The message for text over its limit (CONTENT_LIMITS): how long it is, the limit, and what to do. */
function tooLong(what: string, fix: string) {
  return (issue: { input?: unknown; maximum?: unknown }) =>
    `is ${String(issue.input).length} characters, over the limit of ${String(issue.maximum)} for ${what}: ${fix}`;
}

/**
 * Marks a schema as a date in the clinic's form (YYYY-MM-DD, or with a local time), so a tool that reads the
 * schema (the web editor in src/admin/) offers a date picker that writes it that way.
 */
export const CLINIC_DATE_META = { format: "clinic-date" } as const;

export function clinicDate(timeZone: string, range: DateRange) {
  return z
    .unknown()
    .transform((raw, ctx) => {
      const parsed = parseClinicDate(raw, timeZone);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.message });
        return z.NEVER;
      }
      const problem = outOfRange(parsed.value, range);
      if (problem) {
        ctx.addIssue({ code: "custom", message: problem });
        return z.NEVER;
      }
      return parsed.value;
    })
    .meta(CLINIC_DATE_META);
}

/** A date that must be there: `missing` says what to add when it is not. */
export function requiredClinicDate(timeZone: string, range: DateRange, missing: string) {
  return z
    .unknown()
    .refine((raw) => raw !== undefined && raw !== null && raw !== "", { error: missing })
    .pipe(clinicDate(timeZone, range))
    .meta(CLINIC_DATE_META);
}

/** A clinician in the staff directory, by id: the only people who can sign off a review. */
export function reviewerField(clinicianIds: ReadonlySet<string>) {
  const ids = [...clinicianIds].sort().join(", ");
  return z
    .string({ error: required(`the staff id of the clinician who reviewed it (${clinicianChoice(clinicianIds)})`) })
    .refine((id) => clinicianIds.has(id), {
      error: (issue) =>
        `is "${String(issue.input)}", who is not a clinician in the staff directory: ${ids ? `use one of ${ids}` : clinicianChoice(clinicianIds)}`,
    });
}

/** Whom a review may name; after `npm run samples -- remove` there may be no clinician yet, so say how to add one. */
export function clinicianChoice(clinicianIds: ReadonlySet<string>): string {
  return clinicianIds.size
    ? `one of: ${[...clinicianIds].sort().join(", ")}`
    : 'there is no clinician in the staff directory yet: add the file of the one who checks it to _data/authors/ with "clinician": true';
}

/** When an event a post announces starts and ends, in the clinic's time zone; the end comes after the start. */
function eventField(timeZone: string, range: DateRange) {
  const when = (which: string, example: string) =>
    requiredClinicDate(timeZone, range, `is missing: add when the event ${which}, e.g. "${example}"`);
  return (
    z
      .object(
        { start: when("starts", "2026-10-10 09:00"), end: when("ends", "2026-10-10 13:00") },
        {
          error:
            'must say when the event starts and ends: event: { start: "2026-10-10 09:00", end: "2026-10-10 13:00" }',
        },
      )
      // Checked only once both are dates: a missing one has its own message.
      .refine(({ start, end }) => !start?.isValid || !end?.isValid || end > start, {
        path: ["end"],
        error: 'is not after the start: give the day and time the event ends, e.g. end: "2026-10-10 13:00"',
      })
  );
}

/** The trusted pages a post or tip is based on, each with its title and full address. */
export function sourcesField() {
  return z.array(
    z.object({
      title: z
        .string({ error: required("the source's name") })
        .trim()
        .min(1),
      url: z.url({
        protocol: /^https?$/,
        error: "must be the full web address of the source, starting with https://",
      }),
    }),
    { error: "must be a list of sources, each with title: and url:" },
  );
}

/** The fields every kind of post has (blog posts, episodes, tips). */
export function postFields({ timeZone, now, authorIds, clinicianIds, checkFile }: PostSchemaContext) {
  const dates = acceptedDates(now, timeZone);
  const known = [...authorIds].sort().join(", ");
  return {
    title: z
      .string({ error: required('a title in quotes, e.g. title: "Flu shots are here"') })
      .trim()
      .min(1, { error: "is empty: give the post a title" })
      .max(CONTENT_LIMITS.titleChars, {
        error: tooLong("a title", "keep the headline short and put the rest in the description"),
      }),
    date: requiredClinicDate(timeZone, dates, "is missing: add the publication date as date: YYYY-MM-DD"),
    updated: clinicDate(timeZone, dates).optional(),
    description: z
      .string({ error: "must be text: one or two sentences in quotes" })
      .trim()
      .max(CONTENT_LIMITS.descriptionChars, {
        error: tooLong("a description", "keep it to one or two sentences; the post's text can say the rest"),
      })
      .optional(),
    tags: z
      .array(
        z
          .string({ error: "must be a word or short phrase" })
          .trim()
          .min(1, { error: "is an empty tag: remove it", abort: true })
          .max(CONTENT_LIMITS.tagChars, {
            error: tooLong("a tag", "use a word or short phrase, like heart-health"),
            abort: true,
          })
          .refine((tag) => tagSlug(tag) !== "", {
            error: "has no letters or numbers, so it cannot have a topic page: use a word",
          }),
        {
          error: "must be a list, e.g. tags: [nutrition, kids]",
        },
      )
      .max(CONTENT_LIMITS.tags, {
        error: (issue) =>
          `has ${(issue.input as unknown[]).length} tags, over the limit of ${CONTENT_LIMITS.tags}: keep the few topics the post is really about`,
      })
      .default([]),
    author: z
      .string({ error: required(`the id of a staff author (one of: ${known})`) })
      .refine((id) => authorIds.has(id), {
        error: (issue) =>
          `is "${String(issue.input)}", who is not in the staff directory: use one of ${known}, or add _data/authors/${String(issue.input)}.json`,
      }),
    draft: z.boolean({ error: "must be true or false" }).default(false),
    image: z
      .string({ error: "must be the path of an image, like /posts/images/photo.jpg" })
      .superRefine((image, ctx) => {
        if (!/\.(jpe?g|png|webp|avif|gif|svg)$/i.test(image)) {
          ctx.addIssue({
            code: "custom",
            message: `is "${image}", which is not a JPEG, PNG, WebP, AVIF, GIF or SVG picture`,
          });
          return;
        }
        const problem = checkFile(image);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional(),
    imageAlt: z.string({ error: "must be text describing the image" }).trim().optional(),
    video: z
      .object(
        {
          youtube: z
            .string({ error: required('the YouTube video id, the 11 characters after "v=" in its address') })
            .regex(/^[\w-]{11}$/, {
              error: "must be the 11-character id from the video's address (youtube.com/watch?v=THIS_PART)",
            }),
          title: z
            .string({ error: required("what the video is about, for people using screen readers") })
            .trim()
            .min(1),
          thumbnail: z
            .string()
            .superRefine((image, ctx) => {
              const problem = checkFile(image);
              if (problem) ctx.addIssue({ code: "custom", message: problem });
            })
            .optional(),
        },
        { error: 'must be like video: { youtube: "M7lc1UVf-VE", title: "How to use an inhaler" }' },
      )
      .optional(),
    medicalReview: z
      .object(
        {
          reviewer: reviewerField(clinicianIds),
          date: requiredClinicDate(timeZone, dates, "is missing: add the day of the review as date: YYYY-MM-DD"),
        },
        { error: "must name the reviewer and the date: medicalReview: { reviewer: ana-reyes, date: 2026-03-01 }" },
      )
      .optional(),
    translationOf: z
      .string({ error: 'must be the file name of the post it translates, without ".md", like flu-shots-are-here' })
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
        error: 'must be the file name of the post it translates, without ".md", like flu-shots-are-here',
      })
      .optional(),
    event: eventField(timeZone, dates).optional(),
    // Optional for a post; a tip must give at least one (src/tips/schema.ts).
    sources: sourcesField().default([]),
    corrections: z
      .array(
        z.object(
          {
            date: requiredClinicDate(
              timeZone,
              dates,
              "is missing: add the day of the correction as date: YYYY-MM-DD",
            ).refine((date) => date <= now.setZone(timeZone).endOf("day"), {
              error: "is after today: date a correction the day you made it",
            }),
            note: z
              .string({ error: required('what was corrected, e.g. note: "We first gave the wrong clinic hours."') })
              .trim()
              .min(1),
          },
          { error: 'must be a date: and a note:, like { date: 2026-10-07, note: "We first gave the wrong hours." }' },
        ),
        { error: 'must be a list of corrections, each with date: and note: "What was wrong, and what is right"' },
      )
      .default([]),
    patientConsent: z
      .object(
        {
          form: z
            .string({
              error: required(
                'the signed authorization form\'s name or number, e.g. form: "HIPAA authorization 2026-014"',
              ),
            })
            .trim()
            .min(1),
          date: requiredClinicDate(timeZone, dates, "is missing: add the day the form was signed as date: YYYY-MM-DD"),
        },
        { error: 'must record the signed authorization: patientConsent: { form: "…", date: YYYY-MM-DD }' },
      )
      .optional(),
  };
}

export function updatedNotBeforeDate(
  post: { date: DateTime; updated?: DateTime; corrections?: { date: DateTime }[] },
  ctx: z.RefinementCtx,
) {
  if (post.updated && post.updated < post.date) {
    ctx.addIssue({
      code: "custom",
      path: ["updated"],
      message: "is before the post's date: it should be the day the post was last changed",
    });
  }
  (post.corrections ?? []).forEach((correction, i) => {
    if (correction.date.startOf("day") < post.date.startOf("day"))
      ctx.addIssue({
        code: "custom",
        path: ["corrections", i, "date"],
        message: "is before the post's date: a correction comes after the post was published",
      });
  });
}

/** Fields features add to a kind of post (see ContentStep.fields). */
export type ExtraFields = Record<string, ZodType>;

/**
 * The front matter of a blog post, checked once at the edge so templates and feeds can trust it. `extra`:
 * the fields features own (an episode's `podcast:`, the share texts' `social:`).
 */
export function postSchema(context: PostSchemaContext, extra: ExtraFields = {}) {
  return z.object({ ...postFields(context), ...extra }).superRefine(updatedNotBeforeDate);
}

/**
 * Checks that span fields, or all of them, made on the raw front matter so they are reported together with
 * every other problem (zod skips object-level checks once any field has failed).
 */
export function crossFieldProblems(data: Record<string, unknown>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = controlCharacterProblems(data);
  const alt = typeof data.imageAlt === "string" ? data.imageAlt.trim() : "";
  if (data.image !== undefined && !alt) {
    problems.push({
      field: "imageAlt",
      message:
        'is missing: a post with an image needs imageAlt, a short description of the picture for people who cannot see it (e.g. imageAlt: "A nurse giving a flu shot")',
    });
  }
  return problems;
}

/**
 * Text with a control character in it (an escape sequence pasted from a terminal, or planted): one check over
 * every string in the front matter, so no field, nested ones included, can carry one into the share kit, the
 * plan's calendar or an editor's terminal.
 */
function controlCharacterProblems(data: Record<string, unknown>): { field: string; message: string }[] {
  const found = (value: unknown, at: string): { at: string; character: string }[] => {
    if (typeof value === "string") {
      const character = value.match(new RegExp(CONTROL_CHARACTER.source))?.[0];
      return character === undefined ? [] : [{ at, character }];
    }
    if (Array.isArray(value)) return value.flatMap((item, i) => found(item, `${at}.${i}`));
    if (value && typeof value === "object")
      return Object.entries(value).flatMap(([key, item]) => found(item, `${at}.${key}`));
    return [];
  };
  return Object.entries(data).flatMap(([field, value]) => {
    const [first] = found(value, field);
    if (!first) return [];
    const where = first.at === field ? "" : ` in ${first.at}`;
    return [
      {
        field,
        message: `has a control character (${showControlCharacters(first.character)})${where}, which a terminal would act on: delete it (it often comes with pasted text)`,
      },
    ];
  });
}

export type PostFrontMatter = z.infer<ReturnType<typeof postSchema>>;

/**
 * Front matter keys the schema does not know: most often a typo ("titel", "tag") that would be silently
 * ignored. Eleventy's own keys are not among them: those are refused (see eleventyKeys.ts).
 */
export function unknownKeys(schema: { shape: object }, data: Record<string, unknown>): string[] {
  const known = new Set(Object.keys(schema.shape));
  return Object.keys(data).filter((key) => !known.has(key) && !isEleventyKey(key));
}
