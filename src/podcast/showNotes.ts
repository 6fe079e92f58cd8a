import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "../lib/xmlSafe.ts";

/** Apple Podcasts' limit on an episode's description, in bytes. */
export const DESCRIPTION_BYTES = 4000;

/**
 * The full show notes as podcast apps take them (`content:encoded`): paragraphs, lists and links, with each
 * heading a bold paragraph, and the page's own heading anchors, ids and classes gone.
 */
export function cleanShowNotes(html: string): string {
  // The renderer's own headings (markdown-it, already sanitized for the page): never nested in each other.
  // Their anchor links point at the page itself: in an app only the heading's words mean anything.
  const headingsAsParagraphs = html.replace(
    /<h([1-6])\b[^>]*>([^]*?)<\/h\1>/g,
    (_, _level: string, inner: string) => `<p><strong>${inner.replace(/<[^>]*>/g, "")}</strong></p>`,
  );
  return sanitizeHtml(headingsAsParagraphs, {
    allowedTags: ["p", "ol", "ul", "li", "a", "strong", "em", "br"],
    allowedAttributes: { a: ["href"] },
    allowedSchemes: ["https", "http", "mailto", "tel"],
    transformTags: { b: "strong", i: "em" },
  }).trim();
}

/**
 * The episode's summary for `description` and `itunes:summary`: the hand-written description (at most 500
 * characters, so always within the limit), or else the show notes' first paragraphs as plain text, whole
 * sentences where they fit, within Apple's 4,000 bytes as the feed writes it (HTML-escaped: "&" is 5).
 * Notes with no paragraph (a heading and a list) give their whole text instead; a last resort is the title.
 */
export function episodeSummary(description: string | undefined, html: string, title = ""): string {
  if (description) return description;
  const paragraphs = paragraphsOf(html);
  const parts: string[] = [];
  for (const paragraph of paragraphs.length ? paragraphs : [plainText(html)].filter(Boolean)) {
    const room = DESCRIPTION_BYTES - bytes(parts.join("\n\n")) - (parts.length > 0 ? 2 : 0);
    if (bytes(paragraph) <= room) {
      parts.push(paragraph);
      continue;
    }
    const fitting = sentencesWithin(paragraph, room) || (parts.length ? "" : wordsWithin(paragraph, room));
    if (fitting) parts.push(fitting);
    break;
  }
  return parts.join("\n\n") || title;
}

/** Bytes as the feed carries the text: HTML-escaped, in UTF-8. */
const bytes = (text: string) => Buffer.byteLength(escapeHtml(text), "utf8");

/** As many of the paragraph's first sentences as fit in `room` bytes ("" if not even the first does). */
function sentencesWithin(paragraph: string, room: number): string {
  let text = "";
  for (const sentence of paragraph.match(/[^.!?]+(?:[.!?]+["')\]]*|$)\s*/g) ?? []) {
    const longer = text + sentence;
    if (bytes(longer.trim()) > room) break;
    text = longer;
  }
  return text.trim();
}

/** A first sentence longer than the limit: its words that fit, and an ellipsis. */
function wordsWithin(paragraph: string, room: number): string {
  let text = "";
  for (const word of paragraph.split(" ")) {
    const longer = text ? `${text} ${word}` : word;
    if (bytes(`${longer}…`) > room) break;
    text = longer;
  }
  return text ? `${text}…` : "";
}

/** The text of each paragraph, as a reader sees it. */
function paragraphsOf(html: string): string[] {
  return [...html.matchAll(/<p>([^]*?)<\/p>/g)].map((match) => plainText(match[1]!)).filter(Boolean);
}

/** HTML as a reader sees its words: tags gone (a block's end a space), entities read, spaces folded. */
function plainText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|li|h[1-6])>/g, "$& "), { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
