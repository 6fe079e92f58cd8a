import assert from "node:assert/strict";
import { describe, it } from "node:test";
import markdownIt from "markdown-it";
import { firstParagraph } from "../../src/content/excerpt.ts";

// What the first paragraph is, read the slow way: the whole body parsed at once.
function readWhole(markdown: string): string | undefined {
  const tokens = markdownIt({ html: true }).parse(markdown, {});
  const i = tokens.findIndex(
    (t, i) =>
      t.type === "paragraph_open" &&
      t.level === 0 &&
      tokens[i + 1]!.children!.some((c) => c.type === "text" && c.content.trim()),
  );
  return i < 0
    ? undefined
    : tokens[i + 1]!.children!.map((c) =>
        c.type === "text" || c.type === "code_inline" ? c.content : c.type === "softbreak" ? " " : "",
      )
        .join("")
        .replace(/\s+/g, " ")
        .trim();
}

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `- item ${i} of a long list that keeps going`).join("\n");

describe("the first paragraph of a post", () => {
  it("is plain text: no Markdown, no HTML, line breaks as spaces", () => {
    assert.equal(
      firstParagraph("## Hello\n\nDrink **water** and [walk](/walk/)\nevery day.\n\nMore."),
      "Drink water and walk every day.",
    );
  });

  it("skips headings, lists and quotes before it", () => {
    assert.equal(firstParagraph("# Title\n\n- a list\n\n> a quote\n\nThe paragraph."), "The paragraph.");
    assert.equal(firstParagraph("- only\n- a list\n"), undefined);
  });

  it("is the same in a long post as when the whole post is read, whatever comes before it", () => {
    const bodies = [
      `${filler(60)}\n\nFound after a long list.\n\nAnd another.`,
      "```\ncode\n\n\n" + filler(60) + "\n```\n\nAfter a long code block.",
      `<!--\n${filler(60)}\n\nStill a comment.\n-->\n\nAfter a long comment.`,
      `${filler(60)}\n\nSee [the guide][cdc].\n\n[cdc]: https://www.cdc.gov/`,
      `Short opening paragraph.\n\n${filler(80)}`,
    ];
    for (const body of bodies) {
      assert.equal(firstParagraph(body), readWhole(body), body.slice(0, 40));
      assert.ok(firstParagraph(body));
    }
    assert.equal(firstParagraph(bodies[3]!), "See the guide.");
  });
});
