/** What other features use of the podcast: how a chapter's time is written. */
export { formatTimestamp } from "./time.ts";
export type { Episode } from "./episode.ts";
