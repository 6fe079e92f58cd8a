import slugify from "@sindresorhus/slugify";

// A site has a few dozen tags, named on every page and in every feed entry: slug each once.
const slugs = new Map<string, string>();

/** A tag's address part: "Mental Health" and "mental health" share /tags/mental-health/. */
export function tagSlug(tag: string): string {
  let slug = slugs.get(tag);
  if (slug === undefined) slugs.set(tag, (slug = slugify(tag)));
  return slug;
}

export function tagUrl(tag: string): string {
  return `/tags/${tagSlug(tag)}/`;
}
