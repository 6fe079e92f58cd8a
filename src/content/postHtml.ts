import sanitizeHtml, { type IOptions } from "sanitize-html";

/**
 * What a post's HTML may hold, once rendered: the HTML Markdown itself makes, plus the few elements an
 * editor may write by hand. Everything else is dropped (its text kept, except inside script and style),
 * HTML comments included. The Content-Security-Policy already blocks inline script, but not
 * `<script src="/media/x.js">` (same origin) nor `<meta http-equiv="refresh">`, which leads readers away:
 * an allow-list keeps out those and whatever the next trick is.
 */
const MARKDOWN_TAGS = [
  ...["h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code"],
  ...["a", "strong", "em", "s", "del", "ins", "b", "i", "ul", "ol", "li", "img", "span"],
  ...["table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption"],
  // The task-list plugin's checkboxes (see src/content/markdown.ts); every other <input> is refused below.
  "input",
];
// Named in issue 15 as what posts need beyond Markdown.
const EXTRA_TAGS = ["details", "summary", "abbr", "kbd", "figure", "figcaption", "mark", "sub", "sup"];

/**
 * The ids the layouts and partials write around a post (_includes/; a test keeps this list in step). A post
 * that took one (a `<span id="main">` before the page's own <main id="main">) would take the skip link's
 * target or an aria-labelledby from the page. Ids made from a name (`year-2026`, an author's id) are on
 * pages that show no post.
 */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  ...[
    "main",
    "site-search-query",
    "share-heading",
    "share-link",
    "mastodon-server",
    "transcript-heading",
    "listen-heading",
    "episode-audio",
  ],
  ...[
    "footer-emergency",
    "footer-contact",
    "footer-more",
    "sources-heading",
    "corrections-heading",
    "related-heading",
    "latest-heading",
    "clinic-news-heading",
  ],
  ...["tip-of-the-week", "browse-heading", "search-form", "search-query", "search-filters", "search-status"],
  ...[
    "search-results",
    "search-needs-script",
    "search-filter-groups",
    "search-filters-chosen",
    "search-every-language",
  ],
  ...["topic-posts", "topic-tips", "feeds-blog", "feeds-tips", "feeds-topics", "feeds-email", "feeds-podcast"],
  ...["ask-private", "ask-private-text", "ask-form-heading", "ask-email-heading", "ask-social", "ask-answered"],
  ...["ask-question", "ask-question-help", "ask-name", "ask-name-help", "ask-email", "ask-email-help"],
  ...["ask-language", "ask-language-help"],
]);
// The only ids a post keeps are the kit's: the task list's `task-N` on spans (src/content/markdown.ts), and a
// heading anchor's slug (markdown-it-anchor's, or one written the same way) that no layout uses.
const TASK_ID = /^task-\d+$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const headingId = (id: string) => SLUG.test(id) && !TASK_ID.test(id) && !LAYOUT_IDS.has(id);
const keepId = (allowed: (id: string) => boolean) => (tagName: string, attribs: sanitizeHtml.Attributes) => ({
  tagName,
  attribs: Object.fromEntries(Object.entries(attribs).filter(([name, value]) => name !== "id" || allowed(value))),
});

const POST_HTML: IOptions = {
  allowedTags: [...MARKDOWN_TAGS, ...EXTRA_TAGS],
  allowedAttributes: {
    a: ["href", "title", "class"],
    img: ["src", "alt", "width", "height", "title"],
    // markdown-it-anchor's ids and tabindex (a heading is focused when its link is followed).
    ...Object.fromEntries(["h1", "h2", "h3", "h4", "h5", "h6"].map((tag) => [tag, ["id", "tabindex"]])),
    input: ["class", "type", "checked", "disabled", "aria-labelledby"],
    span: ["id"],
    ul: ["class"],
    ol: ["class", "start"],
    li: ["class"],
    code: ["class"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    abbr: ["title"],
    details: ["open"],
  },
  // Only the classes the kit's Markdown makes, so a post cannot dress up as the site's own notices.
  allowedClasses: {
    a: ["header-anchor"],
    ul: ["contains-task-list"],
    ol: ["contains-task-list"],
    li: ["task-list-item", "enabled"],
    input: ["task-list-item-checkbox"],
    code: ["language-*"],
  },
  // Web pages, e-mail and phone numbers; addresses without a scheme (/tips/, #hours) are kept too.
  allowedSchemes: ["http", "https", "mailto", "tel"],
  // Pictures only from the site itself: eleventy-img fetches every picture a page shows while building, so
  // a picture from elsewhere would have the build machine fetch any address (its cloud's metadata service,
  // a server that never answers), and the site's policy would block it on the page anyway.
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: {
    span: keepId((id) => TASK_ID.test(id)),
    ...Object.fromEntries(["h1", "h2", "h3", "h4", "h5", "h6"].map((tag) => [tag, keepId(headingId)])),
  },
  // A text box or button in a post could pass for the clinic asking for details: only checkboxes stay.
  // A picture whose address was dropped is dropped with it.
  exclusiveFilter: (frame) =>
    (frame.tag === "input" && frame.attribs.type !== "checkbox") || (frame.tag === "img" && !frame.attribs.src),
};

/** The HTML of a post, keeping only what POST_HTML allows. */
export function sanitizePostHtml(html: string): string {
  return sanitizeHtml(html, POST_HTML);
}
