/**
 * Apple Podcasts categories and their subcategories, as Apple lists them for `itunes:category`
 * (https://podcasters.apple.com/support/1691-apple-podcasts-categories). A category outside this list
 * makes Apple reject the feed, so the build checks the show settings against it.
 */
export const APPLE_CATEGORIES: Record<string, readonly string[]> = {
  Arts: ["Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"],
  Business: ["Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit"],
  Comedy: ["Comedy Interviews", "Improv", "Stand-Up"],
  Education: ["Courses", "How To", "Language Learning", "Self-Improvement"],
  Fiction: ["Comedy Fiction", "Drama", "Science Fiction"],
  Government: [],
  History: [],
  "Health & Fitness": ["Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition", "Sexuality"],
  "Kids & Family": ["Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"],
  Leisure: [
    "Animation & Manga",
    "Automotive",
    "Aviation",
    "Crafts",
    "Games",
    "Hobbies",
    "Home & Garden",
    "Video Games",
  ],
  Music: ["Music Commentary", "Music History", "Music Interviews"],
  News: [
    "Business News",
    "Daily News",
    "Entertainment News",
    "News Commentary",
    "Politics",
    "Sports News",
    "Tech News",
  ],
  "Religion & Spirituality": ["Buddhism", "Christianity", "Hinduism", "Islam", "Judaism", "Religion", "Spirituality"],
  Science: [
    "Astronomy",
    "Chemistry",
    "Earth Sciences",
    "Life Sciences",
    "Mathematics",
    "Natural Sciences",
    "Nature",
    "Physics",
    "Social Sciences",
  ],
  "Society & Culture": ["Documentary", "Personal Journals", "Philosophy", "Places & Travel", "Relationships"],
  Sports: [
    "Baseball",
    "Basketball",
    "Cricket",
    "Fantasy Sports",
    "Football",
    "Golf",
    "Hockey",
    "Rugby",
    "Running",
    "Soccer",
    "Swimming",
    "Tennis",
    "Volleyball",
    "Wilderness",
    "Wrestling",
  ],
  Technology: [],
  "True Crime": [],
  "TV & Film": ["After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"],
};

/** Why a category/subcategory pair is not one Apple accepts, or undefined when it is. */
export function appleCategoryProblem(category: string, subcategory?: string): string | undefined {
  const subcategories = APPLE_CATEGORIES[category];
  if (!subcategories) {
    return `is "${category}", which is not an Apple Podcasts category: use one of ${Object.keys(APPLE_CATEGORIES).join(", ")}`;
  }
  if (subcategory !== undefined && !subcategories.includes(subcategory)) {
    const allowed = subcategories.length
      ? `use one of ${subcategories.join(", ")}`
      : "this category has no subcategories: remove it";
    return `is "${subcategory}", which is not a subcategory of "${category}": ${allowed}`;
  }
  return undefined;
}
