import type { PostPage } from "../content/publishedView.ts";

/** How many answered questions /ask/ lists: the newest, so the page stays short. */
export const ANSWERED_ON_ASK_PAGE = 10;

/** The newest published posts in a language that answer a reader's question (front matter `question:`). */
export function answeredQuestions(posts: readonly PostPage[], lang: string, count = ANSWERED_ON_ASK_PAGE): PostPage[] {
  // The posts come newest first (PublishedView), and hold only what this build publishes.
  return posts.filter((post) => post.lang === lang && post.question).slice(0, count);
}
