/**
 * The `feed` package writes XML through xml-js, which escapes unevenly: text has "&amp;" un-escaped before
 * escaping (so a literal "&amp;" would come out as "&"), attributes only get their quotes escaped, and
 * CDATA splits only the first "]]>". (Atom category labels are the one place `feed` escapes "&" itself
 * but not "<", so src/feeds/blogFeed.ts leaves out a label that holds "<".) These helpers prepare a value for the place `feed` will put it, so every
 * title, name and tag reaches the reader exactly as written. tests/node/feeds.test.ts holds them to that.
 */

/** For values `feed` writes as element text. */
export function forText(value: string): string {
  return value.replace(/&/g, "&amp;");
}

/** For values `feed` writes as attributes without escaping them itself. */
export function forAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** For values `feed` writes as CDATA: xml-js splits the first "]]>" itself, so split the rest here. */
export function forCdata(value: string): string {
  let seen = 0;
  return value.replace(/]]>/g, (match) => (seen++ === 0 ? match : "]]]]><![CDATA[>"));
}

/** Text shown as HTML by the reader (Atom's type="html" titles): escape it as HTML first. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
