import slugify from "@sindresorhus/slugify";
import { Memo } from "./memo.ts";

// A site has a few dozen tags, named on every page and in every feed entry: slug each once.
const slugs = new Memo<string>();

/** A tag's address part: "Mental Health" and "mental health" share /tags/mental-health/. */
export function tagSlug(tag: string): string {
  return slugs.get(tag, () => slugify(tag));
}

export function tagUrl(tag: string): string {
  return `/tags/${tagSlug(tag)}/`;
}
