import { z } from "zod";
import type { ContentStep } from "../content/steps.ts";

declare module "../content/post.ts" {
  interface PostExtensions {
    /** The reader's question a post answers (front matter `question:`), shown above it and listed on /ask/. */
    question?: string;
  }
}

/**
 * Characters. A question as a reader would ask it, in a sentence or two: shown as a quotation at the top of
 * the post and in the list on /ask/, where a paragraph would crowd out the answer.
 */
export const QUESTION_CHARS = 300;

const EXAMPLE = 'question: "How can I tell a cold from the flu?"';

export const questionField = z
  .string({ error: `must be the reader's question as text, in quotes, like ${EXAMPLE}` })
  .trim()
  .min(1, { error: `is empty: write the question the post answers, like ${EXAMPLE}, or remove the line` })
  .max(QUESTION_CHARS, {
    error: (issue) =>
      `is ${String(issue.input).length} characters, over the limit of ${QUESTION_CHARS} for a question: keep it to the question itself, in a sentence or two`,
  })
  .optional();

/** "You asked, we answered": the question a blog post answers. Its text is checked like every other (guardrails). */
export const questionsStep: ContentStep = {
  name: "questions",
  fields: { kinds: ["post"], shape: () => ({ question: questionField }) },
  complete: (_post, data) => ({ post: { question: data.question as string | undefined } }),
};
