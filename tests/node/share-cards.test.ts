import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { inflateSync } from "node:zlib";
import sharp from "sharp";
import { InkedPng } from "../../src/lib/inkedPng.ts";
import { renderShareImage, SHARE_IMAGE, type ShareImage } from "../../src/social/image.ts";
import { PROJECT_ROOT } from "../support/fixtureSite.ts";

/** The picture a PNG holds, decoded by libvips, and its zlib stream inflated by Node (which checks Adler-32). */
async function decode(png: Buffer) {
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString("latin1", at + 4, at + 8) === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  inflateSync(Buffer.concat(chunks)); // throws on a wrong checksum
  return sharp(png).raw().toBuffer({ resolveWithObject: true });
}

describe("a PNG painted over a template", () => {
  const [width, height] = [40, 30];
  // A template with a pattern above and below the band, so a wrong join of the pieces would show.
  const data = Buffer.alloc(width * height * 3, 255);
  for (let i = 0; i < data.length; i += 7) data[i] = i % 251;
  const template = new InkedPng({ data, width, height }, { top: 10, bottom: 20 });
  const mask = { width: 5, height: 4, data: Buffer.from([...Array(20).keys()].map((i) => (i * 13) % 256)) };

  it("decodes to the template with the ink blended in, and a valid checksum", async () => {
    const png = template.paint(mask, { left: 3, top: 12 }, "#204060");
    const { data: pixels, info } = await decode(png);
    assert.deepEqual([info.width, info.height, info.channels], [width, height, 3]);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        for (let c = 0; c < 3; c++) {
          const i = (y * width + x) * 3 + c;
          const inMask = x >= 3 && x < 8 && y >= 12 && y < 16;
          const a = inMask ? mask.data[(y - 12) * 5 + (x - 3)]! : 0;
          const expected = data[i]! + (([0x20, 0x40, 0x60][c]! - data[i]!) * a) / 255;
          assert.ok(Math.abs(pixels[i]! - expected) <= 1, `pixel ${x},${y} channel ${c}`);
        }
  });

  it("leaves nothing of one picture's ink in the next", async () => {
    template.paint(mask, { left: 3, top: 12 }, "#204060");
    const { data: pixels } = await decode(
      template.paint({ width: 1, height: 1, data: Buffer.from([0]) }, { left: 0, top: 10 }, "#000000"),
    );
    assert.deepEqual(pixels, data);
  });

  it("cuts ink that falls outside the band or the picture", async () => {
    const png = template.paint(mask, { left: 38, top: 18 }, "#000000");
    const { data: pixels } = await decode(png);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 3;
        if (y >= 20) assert.equal(pixels[i + 1], data[i + 1], `row ${y} is below the band`);
      }
  });
});

describe("share cards", () => {
  const look: Omit<ShareImage, "title"> = {
    label: "Health tip",
    siteName: "Riverbend Community Health Center",
    siteUrl: "https://blog.riverbend-health.example",
    brand: "#0b6e4f",
    brandDark: "#0a4a36",
    markUrl: `data:image/svg+xml;base64,${readFileSync(path.join(PROJECT_ROOT, "_includes/assets/icon.svg")).toString("base64")}`,
  };
  const card = async (title: string) => (await decode(await renderShareImage({ ...look, title }))).data;
  // Rows holding ink of the title colour, in the band between the label and the footer.
  const titleRows = (pixels: Buffer) => {
    let [first, last] = [-1, -1];
    for (let y = 128; y < 486; y++)
      for (let x = 0; x < SHARE_IMAGE.width; x++) {
        const i = (y * SHARE_IMAGE.width + x) * 3;
        if (pixels[i] === 0x0a && pixels[i + 1] === 0x4a && pixels[i + 2] === 0x36)
          [first, last] = [first < 0 ? y : first, y];
      }
    return { first, last, height: last - first };
  };

  it("show each post's own title, on the same frame", async () => {
    const [a, b] = [await card("Walk every day"), await card("Drink water when it is hot")];
    assert.notDeepEqual(a.subarray(128 * 3600, 486 * 3600), b.subarray(128 * 3600, 486 * 3600));
    assert.deepEqual(a.subarray(0, 128 * 3600), b.subarray(0, 128 * 3600), "the label and brand bar are the same");
    assert.deepEqual(a.subarray(486 * 3600), b.subarray(486 * 3600), "the footer is the same");
    assert.ok(titleRows(a).first > 0, "the title is drawn in the clinic's dark colour");
  });

  it("cut a title longer than four lines, and a single endless word, inside the frame", async () => {
    // Chinese and Arabic lines stand taller than Latin ones.
    const long = ["Stay well this winter ".repeat(12).trim(), "x".repeat(190), "流感疫苗来了".repeat(20)];
    for (const title of [...long, "لقاح الإنفلونزا متوفر الآن ".repeat(8).trim(), "Flu 流感 🩺 ".repeat(12)]) {
      const { first, last } = titleRows(await card(title));
      assert.ok(first >= 128 && last < 486, title);
    }
  });

  it("draw markup characters as text", async () => {
    const ink = (pixels: Buffer) => pixels.subarray(128 * 3600, 486 * 3600).filter((v) => v < 128).length;
    const [plain, marked] = [await card("Tom"), await card(`<b>Tom</b> & <span foreground="red">x</span>`)];
    assert.ok(ink(marked) > 3 * ink(plain), "the tags are drawn as letters, not applied");
  });
});

describe("share cards in any script", () => {
  // Latin with Spanish and Vietnamese accents, Cyrillic, Arabic, Chinese and emoji.
  const WRITTEN = ["ñ", "ệ", "Ж", "ب", "你", "湾", "😀", "🩺"];
  // U+E000 is a private-use character: no font has it, so it is drawn as each library's missing-glyph mark.
  const NOWHERE = "\uE000";

  it("draw every title letter from a font, not as Pango's missing-glyph box", async () => {
    const { titleDrawer } = await import("../../src/social/cardTitle.ts");
    const { titleFontFiles } = await import("../../src/social/fonts.ts");
    const draw = titleDrawer(sharp, titleFontFiles(), 1056, 4);
    // Pango draws a missing glyph as a rectangle with the character's number in it: unbroken ink along all four
    // sides of the ink's bounds.
    const isBox = ({ data, width, height }: { data: Buffer; width: number; height: number }) => {
      const inked = (x: number, y: number) => data[y * width + x]! > 127;
      const columns = [...Array(width).keys()].filter((x) => [...Array(height).keys()].some((y) => inked(x, y)));
      const rows = [...Array(height).keys()].filter((y) => columns.some((x) => inked(x, y)));
      const solidColumn = (x: number) => rows.filter((y) => inked(x, y)).length >= 0.9 * rows.length;
      const solidRow = (y: number) => columns.filter((x) => inked(x, y)).length >= 0.9 * columns.length;
      return (
        columns.length > 0 &&
        [columns[0]!, columns.at(-1)!].every(solidColumn) &&
        [rows[0]!, rows.at(-1)!].every(solidRow)
      );
    };
    assert.ok(isBox(await draw(NOWHERE, 72)), "the test knows Pango's box when it sees one");
    for (const letter of WRITTEN) {
      const mask = await draw(letter, 72);
      assert.ok(
        mask.data.some((v) => v > 127),
        `${letter} leaves ink`,
      );
      assert.ok(!isBox(mask), `${letter} is drawn from a font`);
    }
  });

  it("draw the clinic's name from a font in any of those scripts, not as satori's missing-glyph mark", async () => {
    const satori = (await import("satori")).default;
    const { cardFontOptions } = await import("../../src/social/fonts.ts");
    const { family, ...fonts } = cardFontOptions();
    const drawn = (text: string) =>
      satori({ type: "div", props: { style: { fontFamily: family, fontSize: 30 }, children: text } } as never, {
        width: 100,
        height: 50,
        ...fonts,
      });
    const missing = await drawn(NOWHERE);
    for (const letter of WRITTEN) {
      const svg = await drawn(letter);
      assert.match(svg, /<path/, `${letter} is drawn`);
      assert.notEqual(svg, missing, `${letter} is drawn from a font`);
    }
  });
});
