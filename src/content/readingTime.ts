/** Minutes to read a Markdown body at the given pace, never less than one. */
export function readingMinutes(markdown: string, wordsPerMinute: number): number {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, " ") // code blocks are skimmed, not read
    .replace(/<[^>]+>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1"); // count a link's words, not its URL
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
