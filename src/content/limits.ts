/**
 * How large content may be. Every value is well above what a clinic writes, and low enough that one file
 * pushed by mistake (or on purpose) cannot stall the build or bloat every page and feed: before these, a
 * 200 KB title took minutes in the share texts, 10,000 tags stalled the build, a 50 MB post made every feed
 * 53 MB and a 21 MB transcript a 25 MB page. A file is measured before it is read, so an oversized one
 * costs nothing.
 */
export const CONTENT_LIMITS = {
  /** Characters. Headlines, search results and share cards show about 60–110; 200 leaves room for a long one. */
  titleChars: 200,
  /** Characters. Search engines show about 160 and feed readers a few lines; 500 is three long sentences. */
  descriptionChars: 500,
  /** Tags on one post: each is a topic page, and share texts use at most the first few as hashtags. */
  tags: 20,
  /** Characters in one tag: a topic's name, shown as a link and a hashtag. */
  tagChars: 50,
  /** Bytes of one post file, front matter and text: 200 KB is about 30,000 words, a short book. */
  postFileBytes: 200 * 1024,
  /** Bytes of one transcript or caption file: a two-hour episode's WebVTT is about 150 KB. */
  captionFileBytes: 2 * 1024 * 1024,
} as const;

/** "50.0 MB", "200 KB": sizes as an editor's file browser shows them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** The message for a file over its size limit, or undefined when it is within it. */
export function fileSizeProblem(bytes: number, limit: number, what: string, fix: string): string | undefined {
  if (bytes <= limit) return undefined;
  return `is ${formatBytes(bytes)}, over the limit of ${formatBytes(limit)} for ${what}: ${fix}`;
}

/** The size limit of a content file by its kind: posts, and the caption files beside them. */
export function sizeProblemOf(file: string, bytes: number): string | undefined {
  if (/\.(vtt|srt)$/i.test(file))
    return fileSizeProblem(
      bytes,
      CONTENT_LIMITS.captionFileBytes,
      "a transcript",
      "check it is the right file, and that it holds only the captions",
    );
  return fileSizeProblem(
    bytes,
    CONTENT_LIMITS.postFileBytes,
    "one post",
    "split it into several posts, and link them together",
  );
}
