import { z } from "zod";
import {
  clinicDate,
  postFields,
  requiredClinicDate,
  clinicianChoice,
  reviewerField,
  sourcesField,
  updatedNotBeforeDate,
  type PostSchemaContext,
} from "../content/postSchema.ts";
import { acceptedDates } from "../lib/dates.ts";
import { required } from "../lib/zodProblems.ts";

export type TipSchemaContext = PostSchemaContext & { categoryIds: readonly string[] };

/** The fields of a tip in posts/tips/, besides every post's: a short, practical page for the tips library. */
export function tipFields(context: TipSchemaContext) {
  const { timeZone, now, categoryIds, draft, clinicianIds } = context;
  return {
    category: z.enum(categoryIds as [string, ...string[]], {
      error: `must be one of the tip categories in _data/tipCategories.json: ${categoryIds.join(", ")}`,
    }),
    audience: z
      .string({ error: required('who the tip is for, e.g. audience: "Parents of young children"') })
      .trim()
      .min(1),
    summary: z
      .string({ error: required("a one-line summary in quotes") })
      .trim()
      .min(1)
      .max(200, {
        error: (issue) => `is ${String(issue.input).length} characters: keep it to one line of at most 200`,
      }),
    sources: sourcesField().min(1, {
      error: "needs at least one trusted source (CDC, NIH, WHO and the like), with title: and url:",
    }),
    related: z
      .array(z.string().trim().min(1), {
        error: "must be a list of post or tip file names, e.g. related: [preventing-falls-at-home]",
      })
      .default([]),
    // A draft tip may wait for its review (npm start shows it as not yet reviewed); a published one may not.
    reviewer: draft
      ? reviewerField(clinicianIds).optional()
      : z
          .unknown()
          .refine((id) => id !== undefined && id !== null && id !== "", {
            error: `is missing: add reviewer: the staff id of the clinician who checked this tip (${clinicianChoice(clinicianIds)})`,
          })
          .pipe(reviewerField(clinicianIds)),
    reviewed: draft
      ? clinicDate(timeZone, acceptedDates(now, timeZone)).optional()
      : requiredClinicDate(
          timeZone,
          acceptedDates(now, timeZone),
          "is missing: add the date a clinician last checked this tip, as reviewed: YYYY-MM-DD (a draft may leave it out until then)",
        ),
  };
}

/** A tip's whole front matter: every post's fields, then the tip's own. */
export function tipSchema(context: TipSchemaContext) {
  return z.object({ ...postFields(context), ...tipFields(context) }).superRefine(updatedNotBeforeDate);
}

export type TipFrontMatter = z.infer<ReturnType<typeof tipSchema>>;
