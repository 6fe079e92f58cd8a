/** What other features use of the blog: its topics. */
export type { TagGroup } from "./collections.ts";
