import type { DateTime } from "luxon";
import type { PostPage } from "../content/publishedView.ts";
import type { TipCategory } from "../clinicData/schema.ts";

export interface Shelf {
  category: TipCategory;
  url: string;
  tips: PostPage[];
}

export function shelfUrl(category: TipCategory): string {
  return `/tips/${category.id}/`;
}

/** Tips by category, in the order the clinic lists its categories; each shelf alphabetical, empty shelves left out. */
export function shelves(tips: readonly PostPage[], categories: readonly TipCategory[], prefix = ""): Shelf[] {
  return categories
    .map((category) => ({
      category,
      url: `${prefix}${shelfUrl(category)}`,
      tips: tips.filter((tip) => tip.tip?.category.id === category.id).sort((a, b) => a.title.localeCompare(b.title)),
    }))
    .filter((shelf) => shelf.tips.length > 0);
}

/**
 * The tip of the week: the same tip all week (ISO weeks, in the clinic's time zone), the next one the week
 * after, cycling through the library in file-name order so a new tip does not reshuffle the rest.
 */
export function tipOfTheWeek(tips: readonly PostPage[], now: DateTime, timeZone: string): PostPage | undefined {
  if (tips.length === 0) return undefined;
  const local = now.setZone(timeZone);
  // Weeks since a fixed Monday, so the rotation runs on across the turn of a year.
  const week = Math.floor(
    local.startOf("week").diff(local.set({ year: 2024, month: 1, day: 1 }).startOf("week"), "weeks").weeks + 0.5,
  );
  const ordered = [...tips].sort((a, b) => a.slug.localeCompare(b.slug));
  return ordered[((week % ordered.length) + ordered.length) % ordered.length];
}
