/** What other features use of the blog: its topics and their names. */
export type { TagGroup } from "./collections.ts";
export { topicNamer } from "./topics.ts";
