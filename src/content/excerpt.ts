import markdownIt from "markdown-it";

const parser = markdownIt({ html: true });

/**
 * The body's first paragraph as plain text (no Markdown, no HTML): what a share text quotes when the front
 * matter has no description. Paragraphs inside lists and quotes are skipped; they rarely stand alone.
 */
export function firstParagraph(markdown: string): string | undefined {
  const tokens = parser.parse(markdown, {});
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== "paragraph_open" || token.level !== 0) continue;
    const inline = tokens[i + 1];
    const text = (inline?.children ?? [])
      .map((child) => (child.type === "text" || child.type === "code_inline" ? child.content : child.type === "softbreak" ? " " : ""))
      .join("")
      .replace(/\s+/g, " ")
      .trim();
    if (text) return text;
  }
  return undefined;
}
