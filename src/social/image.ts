import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { memo, type ContentCache } from "../lib/cache.ts";
import { InkedPng } from "../lib/inkedPng.ts";
import { titleDrawer } from "./cardTitle.ts";
import { cardFontOptions, titleFontFiles } from "./fonts.ts";

// The drawing libraries and fonts load on the first card drawn: most builds find every card in the cache,
// and loading them took half a second of every build. satori lays out a card's fixed parts once (as SVG,
// which sharp, libvips, turns into pixels); Pango, through sharp, draws each title into them.
const loadDrawing = memo(() =>
  Promise.all([import("satori"), import("sharp")]).then(([satori, sharp]) => ({
    satori: satori.default,
    sharp: sharp.default,
    title: titleDrawer(sharp.default, titleFontFiles(), TITLE_WIDTH, TITLE_LINES),
  })),
);

export const SHARE_IMAGE = { width: 1200, height: 630 };
const MARGIN = 72;
const TITLE_WIDTH = SHARE_IMAGE.width - 2 * MARGIN;
const TITLE_LINES = 4;
// Rows: the brand bar (24), a margin (48), the label (36), a gap (20); the footer's 112 and the bottom margin
// (32) end the title's band.
const TITLE_TOP = 24 + 48 + 36 + 20;
const FOOTER_TOP = SHARE_IMAGE.height - 32 - 112;

export interface ShareImage {
  title: string;
  /** "Health tip", "Podcast episode"… shown above the title. */
  label: string;
  siteName: string;
  siteUrl: string;
  brand: string;
  brandDark: string;
  /** The clinic's icon (or logo), as a data: address. */
  markUrl: string;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): Node => ({
  type,
  props: { style, children, ...extra },
});

/** What every card of one kind shares: the brand bar, the label, the clinic's mark, name and address. */
function layout(card: Omit<ShareImage, "title">, fontFamily: string): Node {
  return el("div", { ...SHARE_IMAGE, display: "flex", flexDirection: "column", background: "#ffffff", fontFamily }, [
    el("div", { height: 24, width: SHARE_IMAGE.width, background: card.brand }),
    el("div", { display: "flex", width: TITLE_WIDTH, height: FOOTER_TOP - 24, padding: "48px 0 0", margin: "0 72px" }, [
      el(
        "div",
        {
          fontSize: 30,
          lineHeight: "36px",
          fontWeight: 700,
          color: card.brand,
          textTransform: "uppercase",
          letterSpacing: 2,
        },
        card.label,
      ),
    ]),
    el(
      "div",
      {
        display: "flex",
        alignItems: "center",
        justifyContent: "space-between",
        width: TITLE_WIDTH,
        height: 112,
        margin: "0 72px 32px",
        borderTop: "2px solid #d5e0da",
      },
      [
        el("div", { display: "flex", alignItems: "center" }, [
          el("img", { height: 56, width: 56, objectFit: "contain" }, undefined, {
            src: card.markUrl,
            height: 56,
            width: 56,
          }),
          el("div", { marginLeft: 16, fontSize: 30, fontWeight: 700, color: card.brandDark }, card.siteName),
        ]),
        el("div", { fontSize: 28, color: "#4d5a61" }, card.siteUrl.replace(/^https?:\/\//, "")),
      ],
    ),
  ]);
}

// One per kind of card and clinic look, drawn once per process.
const cardTemplate = memo((look: string) =>
  loadDrawing().then(async ({ satori, sharp }) => {
    const { family, ...fonts } = cardFontOptions();
    const svg = await satori(layout(JSON.parse(look), family) as never, { ...SHARE_IMAGE, ...fonts });
    const data = await sharp(Buffer.from(svg)).flatten({ background: "#ffffff" }).removeAlpha().raw().toBuffer();
    return new InkedPng({ data, ...SHARE_IMAGE }, { top: TITLE_TOP, bottom: FOOTER_TOP });
  }),
);

/** A 1200×630 PNG card: the title large (wrapped, and cut with an ellipsis after four lines), the clinic below. */
export async function renderShareImage({ title, ...look }: ShareImage): Promise<Buffer> {
  const [template, { title: drawTitle }] = await Promise.all([cardTemplate(JSON.stringify(look)), loadDrawing()]);
  const mask = await drawTitle(title, [...title].length > 70 ? 56 : 72);
  return template.paint(mask, { left: MARGIN, top: TITLE_TOP }, look.brandDark);
}

// A whole 1200×630 PNG starts with the signature and an IHDR chunk holding its size, and ends with IEND.
const PNG_START = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
const PNG_END = Buffer.from("0000000049454e44ae426082", "hex");

/**
 * Whether a cached file is still a whole card: its first and last bytes, so thousands of cards cost a few
 * reads each. Anything that rewrote the cache (a sync tool, a disk error, an editor) made it something else.
 */
function isCard(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const { size } = fstatSync(fd);
    const [start, end] = [Buffer.alloc(24), Buffer.alloc(PNG_END.length)];
    if (size < start.length + end.length) return false;
    readSync(fd, start, 0, start.length, 0);
    readSync(fd, end, 0, end.length, size - end.length);
    const sized = start.readUInt32BE(16) === SHARE_IMAGE.width && start.readUInt32BE(20) === SHARE_IMAGE.height;
    return start.subarray(0, PNG_START.length).equals(PNG_START) && sized && end.equals(PNG_END);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Renders a card unless the same card was rendered before: cards are kept by their content, so an unchanged
 * post costs nothing on the next build (see ContentCache.keepFile).
 */
export function cachedShareImage(card: ShareImage, cache: ContentCache, draw: (card: ShareImage) => Promise<Buffer>) {
  return cache.keepFile({
    folder: "share-images",
    key: `${JSON.stringify(card)}v4`,
    extension: ".png",
    make: () => draw(card),
    isWhole: isCard,
  });
}
