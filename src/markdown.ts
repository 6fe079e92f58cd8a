import taskLists from "@hackmd/markdown-it-task-lists";
import markdownIt, { type MarkdownIt } from "markdown-it";
import anchor from "markdown-it-anchor";
import slugify from "@sindresorhus/slugify";

/**
 * The Markdown editors write: headings get stable anchors (the whole heading is the link, which screen
 * readers announce once), and "- [ ] item" lists become real checkboxes inside labels, so readers can
 * tick them on screen with no JavaScript.
 */
export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: true, typographer: true })
    .use(anchor, { slugify: (s: string) => slugify(s), permalink: anchor.permalink.headerLink({ safariReaderFix: true }), level: [2, 3, 4] })
    .use(taskLists, { enabled: true, label: true });
  md.core.ruler.push("task-list-attribute-space", (state) => {
    // The task-list plugin writes `class="…"type="checkbox"` (no space) when boxes are enabled: invalid HTML.
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type === "html_inline" && token.content.startsWith("<input class=\"task-list-item-checkbox\"")) {
          token.content = token.content.replace(/"type="checkbox"/, '" type="checkbox"');
        }
      }
    }
  });
  return md;
}
