import slugify from "@sindresorhus/slugify";

/** A tag's address part: "Mental Health" and "mental health" share /tags/mental-health/. */
export function tagSlug(tag: string): string {
  return slugify(tag);
}

export function tagUrl(tag: string): string {
  return `/tags/${tagSlug(tag)}/`;
}
