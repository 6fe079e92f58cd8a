import taskLists from "@hackmd/markdown-it-task-lists";
import markdownIt, { type MarkdownIt } from "markdown-it";
import anchor from "markdown-it-anchor";
import slugify from "@sindresorhus/slugify";
import { cachePart, digestOf, type ContentCache } from "../lib/cache.ts";
import { ThreadPool } from "../lib/threadPool.ts";
import { phoneLinks } from "./phoneLinks.ts";
import { LAYOUT_IDS, sanitizePostHtml } from "./postHtml.ts";

const CHECKBOX = /^<input class="task-list-item-checkbox"( checked="")?\s*type="checkbox">$/;

/**
 * The Markdown editors write: headings get stable anchors (the whole heading is the link, which screen
 * readers announce once), and "- [ ] item" lists become real checkboxes readers can tick on screen with no
 * JavaScript. Raw HTML is allowed, but what comes out passes the allow-list in src/content/postHtml.ts, the
 * same gate for Markdown's HTML and an editor's, and pages and feeds both use this output.
 */
export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: true, typographer: true })
    .use(anchor, {
      slugify: headingSlug,
      permalink: anchor.permalink.headerLink({ safariReaderFix: true }),
      level: [2, 3, 4],
    })
    .use(taskLists, { enabled: true, label: false })
    .use(phoneLinks);
  md.core.ruler.push("task-list-names", (state) => {
    // Each box is named by its item's text through aria-labelledby rather than a <label>: Pagefind leaves
    // the text of labels out of the search index, and a checklist's items are most of a tip's words.
    // (This also mends the plugin's `class="…"type=` output, which lacks a space.)
    let count = 0;
    for (const block of state.tokens) {
      const first = block.children?.[0];
      const match = first?.type === "html_inline" ? CHECKBOX.exec(first.content) : null;
      if (!block.children || !first || !match) continue;
      const id = `task-${++count}`;
      first.content = `<input class="task-list-item-checkbox" type="checkbox"${match[1] ?? ""} aria-labelledby="${id}"> <span id="${id}">`;
      const close = new state.Token("html_inline", "", 0);
      close.content = "</span>";
      block.children.push(close);
    }
  });
  const render = md.render.bind(md);
  md.render = (text, env) => sanitizePostHtml(render(text, env));
  return md;
}

/** A heading's anchor: "## Main" must not take the id of the page's <main> (see LAYOUT_IDS). */
function headingSlug(text: string): string {
  const slug = slugify(text);
  return LAYOUT_IDS.has(slug) || /^task-\d+$/.test(slug) ? `${slug}-section` : slug;
}

const HTML = cachePart<string>("html", { code: [] });

/**
 * The same Markdown, each post's HTML kept in its file's record between builds: rendering thousands of
 * unchanged posts again was a fifth of every build. The HTML depends on the text alone (and the code).
 */
export function keepRendered(md: MarkdownIt, cache: ContentCache): MarkdownIt {
  const render = md.render.bind(md);
  md.render = (text, env?: { page?: { inputPath?: string } }) => {
    const record = cache.recordOf(env?.page?.inputPath?.replace(/^\.\//, "") ?? "");
    if (!record) return render(text, env);
    return record.keep(HTML, { context: digestOf(text), make: () => render(text, env) });
  };
  return md;
}

/**
 * Renders posts whose HTML is not kept yet in a thread of its own, as soon as the checks have read them, and
 * keeps the HTML in their records: by the time Eleventy asks for a post's HTML it is usually there. A post
 * it asks for first is rendered on the spot, the same way (the thread runs createMarkdown too).
 */
export function renderAhead(cache: ContentCache): (file: string, body: string) => void {
  let pool: ThreadPool<string, string> | undefined;
  return (file, body) => {
    const record = cache.recordOf(file);
    const context = digestOf(body);
    if (!record || record.has(HTML, context)) return;
    pool ??= new ThreadPool(new URL("./markdownThread.ts", import.meta.url));
    pool.run(body).then(
      (html) => record.keep(HTML, { context, make: () => html }),
      () => undefined, // rendered on the spot instead, where an error is reported with its page
    );
  };
}
