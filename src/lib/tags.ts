import slugify from "@sindresorhus/slugify";
import { memo } from "./cache.ts";

/**
 * A tag's address part: "Mental Health" and "mental health" share /tags/mental-health/. A site has a few
 * dozen tags, named on every page and in every feed entry: each is slugged once.
 */
export const tagSlug = memo((tag: string): string => slugify(tag));

export function tagUrl(tag: string): string {
  return `/tags/${tagSlug(tag)}/`;
}
