import type { ContentStep } from "../content/steps.ts";
import type { Post } from "../content/post.ts";
import type { Languages } from "../clinicData/languages.ts";
import { existsSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import { formatIsoDate } from "../lib/dates.ts";
import { POSTS_DIR, TIPS_DIR } from "../lib/folders.ts";
import { languageFolderOf } from "../lib/language.ts";
import type { Problem } from "../lib/problems.ts";

const lastChange = (post: Post) => post.updated ?? post.date;

/**
 * Translations: a post in another language's folder names the main-language post or tip it translates with
 * `translationOf:`, and the build checks that the original is there, is of the same kind, and has one
 * translation per language. A translation older than its original's last change is a warning: readers of the
 * translation may be missing what was changed.
 */
export const translationsStep: ContentStep = {
  name: "translations",
  resolve: async (loaded, { root, site, now }) => ({
    ...translationProblems(
      loaded.map(({ post }) => post),
      site.languages,
      {
        timeZone: site.clinic.timeZone,
        now,
        // An original whose file is there but failed its own checks is reported for those, not as missing.
        fileExists: (file) => existsSync(path.join(root, file)),
      },
    ),
    additions: new Map(),
  }),
};

export function translationProblems(
  posts: readonly Post[],
  languages: Languages,
  { timeZone, now, fileExists }: { timeZone: string; now: DateTime; fileExists: (file: string) => boolean },
) {
  const main = languages.main;
  const originals = new Map(
    posts.filter((post) => post.lang === main.code).map((post) => [key(post.kind, post.slug), post]),
  );
  const taken = new Map<string, Post>();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const field = "translationOf";
  // A post in a folder of a language the site does not have is refused for that (postAddress.ts).
  for (const post of posts.filter(
    (post) => post.translationOf && !(post.lang === main.code && languageFolderOf(post.file)),
  )) {
    const slug = post.translationOf!;
    if (post.lang === main.code) {
      problems.push({
        file: post.file,
        field,
        message: `is only for a translation: this file is in the main language (${main.name}), so it is an original. Move a translation into ${
          languages.all
            .filter((l) => l !== main)
            .map((l) => `posts/${l.code}/`)
            .join(" or ") || "a language's folder, like posts/es/"
        }`,
      });
      continue;
    }
    const original = originals.get(key(post.kind, slug));
    const originalFile = `${post.kind === "tip" ? TIPS_DIR : POSTS_DIR}/${slug}.md`;
    if (!original && fileExists(originalFile)) continue;
    if (!original) {
      const otherKind = originals.get(key(post.kind === "tip" ? "post" : "tip", slug));
      problems.push({
        file: post.file,
        field,
        message: otherKind
          ? `is "${slug}", which is a ${otherKind.kind === "tip" ? "tip" : "blog post"}: a translation is of the same kind as its original (tips in posts/${post.lang}/tips/)`
          : `is "${slug}", but there is no ${main.name} ${post.kind === "tip" ? "tip" : "post"} with that file name in ${post.kind === "tip" ? "posts/tips/" : "posts/"}: use the original's file name without ".md"`,
      });
      continue;
    }
    const other = taken.get(`${post.lang}:${key(post.kind, slug)}`);
    if (other) {
      problems.push({
        file: post.file,
        field,
        message: `is "${slug}", which ${other.file} translates already: a post has one translation per language, so keep one of them`,
      });
      continue;
    }
    taken.set(`${post.lang}:${key(post.kind, slug)}`, post);
    // Labelled alike in every language: "Policy and news" on one and not the other would puzzle a reader.
    if (Boolean(original.news) !== Boolean(post.news))
      warnings.push({
        file: post.file,
        field: "kind",
        message: original.news
          ? `is not news, but ${original.file}, which this translates, is (kind: news): add kind: news here too`
          : `is news, but ${original.file}, which this translates, is not: take kind: news out, or add it there too`,
      });
    // Against what readers have seen: a scheduled original's future date is no change yet.
    if (lastChange(original) > lastChange(post) && lastChange(original) <= now)
      warnings.push({
        file: post.file,
        field,
        message: `translates ${original.file}, and the ${main.name} ${original.kind === "tip" ? "tip" : "post"} was updated on ${formatIsoDate(lastChange(original), timeZone)}, after this translation (${formatIsoDate(lastChange(post), timeZone)}): bring it up to date, then set its updated: date`,
      });
  }
  return { problems, warnings };
}

const key = (kind: Post["kind"], slug: string) => `${kind}:${slug}`;
