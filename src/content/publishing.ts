import type { DateTime } from "luxon";

export type BuildMode = "production" | "preview";

export type PublishState = "published" | "draft" | "scheduled";

export function publishState(post: { draft: boolean; date: DateTime }, now: DateTime): PublishState {
  if (post.draft) return "draft";
  // Both instants are absolute, so a post dated midnight at the clinic goes live at the clinic's midnight.
  if (post.date.toMillis() > now.toMillis()) return "scheduled";
  return "published";
}

/** Production shows only what is published; the editor's preview (`npm start`) also shows drafts and scheduled posts. */
export function isVisible(state: PublishState, mode: BuildMode): boolean {
  return state === "published" || mode === "preview";
}
