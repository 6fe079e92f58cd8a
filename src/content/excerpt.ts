import markdownIt from "markdown-it";

const parser = markdownIt({ html: true });

// The opening read first: the first paragraph is nearly always within it, and parsing a whole long post
// to find it cost as much as rendering the post.
const OPENING = 500;
// A link reference defined anywhere ("[cdc]: https://…") changes how text before it reads, so a body
// with one is always read whole.
const REFERENCE = /^ {0,3}\[[^\]]+\]:/m;

/**
 * The body's first paragraph as plain text (no Markdown, no HTML): what a share text quotes when the front
 * matter has no description. Paragraphs inside lists and quotes are skipped; they rarely stand alone.
 */
export function firstParagraph(markdown: string): string | undefined {
  // Cut at a blank line, which ends any paragraph: one found before the cut reads as it does in the whole body.
  const cut = markdown.indexOf("\n\n", OPENING);
  if (cut > 0 && !REFERENCE.test(markdown)) {
    const found = firstIn(markdown.slice(0, cut));
    if (found) return found;
  }
  return firstIn(markdown);
}

function firstIn(markdown: string): string | undefined {
  const tokens = parser.parse(markdown, {});
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== "paragraph_open" || token.level !== 0) continue;
    const inline = tokens[i + 1];
    const text = (inline?.children ?? [])
      .map((child) =>
        child.type === "text" || child.type === "code_inline" ? child.content : child.type === "softbreak" ? " " : "",
      )
      .join("")
      .replace(/\s+/g, " ")
      .trim();
    if (text) return text;
  }
  return undefined;
}
