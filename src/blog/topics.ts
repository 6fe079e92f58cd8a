import type { SiteData } from "../clinicData/loadSiteData.ts";
import { tagSlug } from "../lib/tags.ts";

/** The name readers see for a tag, wherever it shows: links, headings, feeds, search filters and hashtags. */
export type TopicNamer = (tag: string) => string;

const namers = new WeakMap<object, TopicNamer>();

/**
 * A topic and a tip category with the same address part are one topic (tips carry their category as
 * their topic), so a topic is named by `_data/topics.json`, else by its tip category, else from the tag.
 */
export function topicNamer(site: Pick<SiteData, "topics" | "tipCategories">): TopicNamer {
  let namer = namers.get(site);
  if (!namer) {
    const names = new Map(site.tipCategories.map((category) => [category.id, category.name]));
    for (const [slug, name] of Object.entries(site.topics)) names.set(slug, name);
    namer = (tag) => names.get(tagSlug(tag)) ?? nameFromTag(tag);
    namers.set(site, namer);
  }
  return namer;
}

/**
 * "mental-health" → "Mental health"; a tag an editor already wrote as a name ("Food & Drink", "COVID-19")
 * stays as written.
 */
export function nameFromTag(tag: string): string {
  if (/[\p{Lu}\s]/u.test(tag)) return tag.trim();
  const words = tag.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
