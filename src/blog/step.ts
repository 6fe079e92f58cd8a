import { z } from "zod";
import type { ContentStep } from "../content/steps.ts";

/**
 * The kinds of blog post an editor can choose with `kind:`. A plain blog post is the default; "news" is the
 * clinic's own news and its views on health policy, labelled "Policy and news" and listed on the home page.
 * Tips (posts/tips/) and episodes (`podcast:`) are kinds of their own and take no `kind:`.
 */
export const POST_KINDS = ["blog", "news"] as const;
export type PostKind = (typeof POST_KINDS)[number];

declare module "../content/post.ts" {
  interface PostExtensions {
    /** Set for a policy-and-news post (`kind: news`). */
    news?: true;
  }
}

const kindField = z
  .string({ error: `must be one of: ${POST_KINDS.join(", ")}` })
  .refine((kind): kind is PostKind => (POST_KINDS as readonly string[]).includes(kind), {
    error: (issue) =>
      `is "${String(issue.input)}", which is not a kind of post: use one of ${POST_KINDS.join(", ")} (or leave it out for a blog post)`,
  })
  .optional();

/** The blog's part of loading: a post's `kind:`, and that only plain blog posts have one. */
export const blogStep: ContentStep = {
  name: "blog",
  fields: { kinds: ["post", "tip"], shape: () => ({ kind: kindField }) },
  complete: (post, data) => {
    if (data.kind === undefined) return {};
    if (post.kind === "tip")
      return {
        problems: [{ field: "kind", message: "is set on a tip, which is always a tip: remove the kind: line" }],
      };
    if (data.podcast !== undefined && data.kind === "news")
      return {
        problems: [
          { field: "kind", message: "is news on an episode, which is always an episode: remove the kind: line" },
        ],
      };
    return data.kind === "news" ? { post: { news: true } } : {};
  },
};
