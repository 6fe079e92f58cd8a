import type { MarkdownIt } from "markdown-it";
import { phoneNumbersIn } from "../lib/phoneNumbers.ts";

/**
 * A phone number in a post's text becomes a tel: link, so a reader on a phone calls it with one tap, as on
 * the rest of the site. Text already in a link, and code, is left as it is.
 */
export function phoneLinks(md: MarkdownIt): void {
  md.core.ruler.push("phone-links", (state) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      let inLink = 0;
      const children: typeof block.children = [];
      for (const token of block.children) {
        if (token.type === "link_open") inLink++;
        if (token.type === "link_close") inLink--;
        const found = token.type === "text" && inLink === 0 ? phoneNumbersIn(token.content) : [];
        if (found.length === 0) {
          children.push(token);
          continue;
        }
        let at = 0;
        const text = (content: string) => {
          const piece = new state.Token("text", "", 0);
          piece.content = content;
          return piece;
        };
        for (const { number, index, length } of found) {
          if (index > at) children.push(text(token.content.slice(at, index)));
          const open = new state.Token("link_open", "a", 1);
          open.attrSet("href", `tel:${number}`);
          children.push(open, text(token.content.slice(index, index + length)), new state.Token("link_close", "a", -1));
          at = index + length;
        }
        if (at < token.content.length) children.push(text(token.content.slice(at)));
      }
      block.children = children;
    }
  });
}
