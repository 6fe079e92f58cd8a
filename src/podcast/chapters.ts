import type { Episode } from "./episode.ts";

/**
 * The episode's chapters in the Podcasting 2.0 JSON chapters format
 * (https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/examples/chapters/jsonChapters.md),
 * which podcast:chapters points to with type "application/json+chapters".
 */
export function chaptersJson(episode: Episode, title: string): string {
  return JSON.stringify(
    {
      version: "1.2.0",
      title,
      chapters: episode.chapters.map((chapter) => ({
        startTime: chapter.start,
        title: chapter.title,
        ...(chapter.url ? { url: chapter.url } : {}),
      })),
    },
    null,
    2,
  );
}

/** Where the chapters file of the episode at `pageUrl` is published: beside the episode page. */
export function chaptersUrl(pageUrl: string): string {
  return `${pageUrl}chapters.json`;
}
