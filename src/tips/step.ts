import type { TipCategory } from "../clinicData/schema.ts";
import type { Post } from "../content/post.ts";
import type { ContentStep } from "../content/steps.ts";
import type { Problem } from "../lib/problems.ts";
import { tipFields, type TipFrontMatter } from "./schema.ts";

export interface Tip {
  category: TipCategory;
  audience: string;
  summary: string;
  /** Slugs of related posts and tips, checked to exist. */
  related: string[];
}

declare module "../content/post.ts" {
  interface PostExtensions {
    /** Set when the post is a tip. */
    tip?: Tip;
  }
}

/** The tips library's part of loading: a tip's own fields, and its `related:` list checked against every post. */
export const tipsStep: ContentStep = {
  name: "tips",
  fields: {
    kinds: ["tip"],
    shape: (context, site) => tipFields({ ...context, categoryIds: site.tipCategories.map((category) => category.id) }),
  },
  complete: (_post, data, site) => {
    const { category, audience, summary, related, reviewer, reviewed } = data as TipFrontMatter;
    const tip = { category: site.tipCategories.find((c) => c.id === category)!, audience, summary, related };
    // Missing only on a draft no clinician has checked yet.
    const review = reviewer && reviewed ? { reviewer: site.authors.get(reviewer)!, date: reviewed } : undefined;
    return { post: { tip, review } };
  },
  resolve: async (posts) => ({
    problems: relatedProblems(posts.map((loaded) => loaded.post)),
    warnings: [],
    additions: new Map(),
  }),
};

/** A tip's `related:` must name posts or tips in its language that exist (their file names), once each. */
function relatedProblems(posts: readonly Post[]): Problem[] {
  const slugs = new Map<string, number>();
  // Within a language: a Spanish tip's related posts are Spanish ones, whose file names may match English ones.
  const named = (lang: string, slug: string) => `${lang}:${slug}`;
  for (const post of posts) slugs.set(named(post.lang, post.slug), (slugs.get(named(post.lang, post.slug)) ?? 0) + 1);
  const problems: Problem[] = [];
  for (const post of posts) {
    for (const slug of post.tip?.related ?? []) {
      const count = slugs.get(named(post.lang, slug)) ?? 0;
      if (count === 0)
        problems.push({
          file: post.file,
          field: "related",
          message: `names "${slug}", but no post or tip has that file name: use the name of a file in posts/ without ".md"`,
        });
      if (count > 1)
        problems.push({
          file: post.file,
          field: "related",
          message: `names "${slug}", which is the file name of more than one post or tip: rename one of them`,
        });
    }
  }
  return problems;
}
