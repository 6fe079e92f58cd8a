import type { MarkdownIt } from "markdown-it";
import { findNumbers } from "libphonenumber-js/max";

// As the checker looks for phone numbers (src/guardrails/rules/phi.ts): a number written for the US, or
// any number written with its country code.
const PHONE_SEARCH = { defaultCountry: "US", v2: true, leniency: "POSSIBLE" } as { defaultCountry: "US"; v2: true };
// Text with no three digits in a row has no phone number: most text is skipped without parsing.
const MAYBE_PHONE = /\d{3}/;

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
        const found =
          token.type === "text" && inLink === 0 && MAYBE_PHONE.test(token.content)
            ? findNumbers(token.content, PHONE_SEARCH)
            : [];
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
        for (const { number, startsAt, endsAt } of found) {
          if (startsAt > at) children.push(text(token.content.slice(at, startsAt)));
          const open = new state.Token("link_open", "a", 1);
          open.attrSet("href", `tel:${number.number}`);
          children.push(open, text(token.content.slice(startsAt, endsAt)), new state.Token("link_close", "a", -1));
          at = endsAt;
        }
        if (at < token.content.length) children.push(text(token.content.slice(at)));
      }
      block.children = children;
    }
  });
}
