import { z } from "zod";
import { episodeSchema } from "../podcast/episodeSchema.ts";
import { parseClinicDate } from "./dates.ts";
import { tagSlug } from "./tags.ts";
import { required } from "./zodProblems.ts";

export interface PostSchemaContext {
  timeZone: string;
  authorIds: ReadonlySet<string>;
  /** Says what is wrong with a published file path (e.g. the image is not in the repository), or undefined. */
  checkFile: (publicPath: string) => string | undefined;
}

/** Keys Eleventy itself understands; an editor may use them without a typo warning. */
const ELEVENTY_KEYS = ["permalink", "layout", "eleventyExcludeFromCollections", "eleventyComputed"];

function clinicDate(timeZone: string) {
  return z.unknown().transform((raw, ctx) => {
    const parsed = parseClinicDate(raw, timeZone);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    return parsed.value;
  });
}

/** The front matter of a blog post, checked once at the edge so templates and feeds can trust it. */
export function postSchema({ timeZone, authorIds, checkFile }: PostSchemaContext) {
  const known = [...authorIds].sort().join(", ");
  return z
    .object({
      title: z
        .string({ error: required('a title in quotes, e.g. title: "Flu shots are here"') })
        .trim()
        .min(1, { error: "is empty: give the post a title" }),
      date: z
        .unknown()
        .refine((raw) => raw !== undefined && raw !== null && raw !== "", {
          error: "is missing: add the publication date as date: YYYY-MM-DD",
        })
        .pipe(clinicDate(timeZone)),
      updated: clinicDate(timeZone).optional(),
      description: z.string({ error: "must be text: one or two sentences in quotes" }).trim().optional(),
      tags: z
        .array(
          z
            .string({ error: "must be a word or short phrase" })
            .trim()
            .min(1, { error: "is an empty tag: remove it", abort: true })
            .refine((tag) => tagSlug(tag) !== "", { error: "has no letters or numbers, so it cannot have a topic page: use a word" }),
          {
            error: "must be a list, e.g. tags: [nutrition, kids]",
          },
        )
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
          const problem = checkFile(image);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        })
        .optional(),
      imageAlt: z.string({ error: "must be text describing the image" }).trim().optional(),
      podcast: episodeSchema({ checkFile }).optional(),
    })
    .superRefine((post, ctx) => {
      if (post.updated && post.updated < post.date) {
        ctx.addIssue({ code: "custom", path: ["updated"], message: "is before the post's date: it should be the day the post was last changed" });
      }
    });
}

/**
 * Checks that span fields, made on the raw front matter so they are reported together with every other
 * problem (zod skips object-level checks once any field has failed).
 */
export function crossFieldProblems(data: Record<string, unknown>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const alt = typeof data.imageAlt === "string" ? data.imageAlt.trim() : "";
  if (data.image !== undefined && !alt) {
    problems.push({
      field: "imageAlt",
      message: 'is missing: a post with an image needs imageAlt, a short description of the picture for people who cannot see it (e.g. imageAlt: "A nurse giving a flu shot")',
    });
  }
  return problems;
}

export type PostFrontMatter = z.infer<ReturnType<typeof postSchema>>;

/** Front matter keys the schema does not know: most often a typo ("titel", "tag") that would be silently ignored. */
export function unknownKeys(schema: ReturnType<typeof postSchema>, data: Record<string, unknown>): string[] {
  const known = new Set([...Object.keys(schema.shape), ...ELEVENTY_KEYS]);
  return Object.keys(data).filter((key) => !known.has(key));
}
