import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import type { ContentCache } from "../lib/cache.ts";

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@fontsource/inter/files/${file}`));
// Inter, an open font (SIL OFL), from the @fontsource package: the same letters on every build machine.
const fonts = () => [
  { name: "Inter", weight: 400 as const, style: "normal" as const, data: font("inter-latin-400-normal.woff") },
  { name: "Inter", weight: 700 as const, style: "normal" as const, data: font("inter-latin-700-normal.woff") },
  { name: "Inter", weight: 700 as const, style: "normal" as const, data: font("inter-latin-ext-700-normal.woff") },
];

// The drawing libraries and fonts load on the first card drawn: most builds find every card in the cache,
// and loading them took half a second of every build. satori lays the card out as SVG; sharp (libvips,
// already here for eleventy-img) turns it into a PNG. resvg did that before, but held about 3 MB per card
// until a garbage collection that never came: 10 GB drawing 4,000 cards.
let drawing:
  | Promise<{ satori: typeof import("satori").default; sharp: typeof import("sharp"); fonts: ReturnType<typeof fonts> }>
  | undefined;
const loadDrawing = () =>
  (drawing ??= Promise.all([import("satori"), import("sharp")]).then(([satori, sharp]) => ({
    satori: satori.default,
    sharp: sharp.default,
    fonts: fonts(),
  })));

export const SHARE_IMAGE = { width: 1200, height: 630 };

export interface ShareImage {
  title: string;
  /** "Health tip", "Podcast episode"… shown above the title. */
  label: string;
  siteName: string;
  siteUrl: string;
  brand: string;
  brandDark: string;
  /** The clinic's square mark (its favicon), as SVG text. */
  markSvg: string;
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

/** A 1200×630 PNG card: the title large (wrapped, and cut with an ellipsis after four lines), the clinic below. */
export async function renderShareImage(card: ShareImage): Promise<Buffer> {
  const long = [...card.title].length > 70;
  const inner = SHARE_IMAGE.width - 144;
  const tree = el(
    "div",
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      display: "flex",
      flexDirection: "column",
      background: "#ffffff",
      fontFamily: "Inter",
    },
    [
      el("div", { height: 24, width: SHARE_IMAGE.width, background: card.brand }),
      el(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          flexGrow: 1,
          width: inner,
          margin: "48px 72px 0",
          overflow: "hidden",
        },
        [
          el(
            "div",
            { fontSize: 30, fontWeight: 700, color: card.brand, textTransform: "uppercase", letterSpacing: 2 },
            card.label,
          ),
          el(
            "div",
            {
              marginTop: 20,
              width: inner,
              fontSize: long ? 56 : 72,
              fontWeight: 700,
              lineHeight: 1.15,
              color: card.brandDark,
              lineClamp: 4,
              display: "block",
            },
            card.title,
          ),
        ],
      ),
      el(
        "div",
        {
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          width: inner,
          height: 112,
          margin: "0 72px 32px",
          borderTop: "2px solid #d5e0da",
        },
        [
          el("div", { display: "flex", alignItems: "center" }, [
            el("img", { height: 56, width: 56 }, undefined, {
              src: `data:image/svg+xml;base64,${Buffer.from(card.markSvg).toString("base64")}`,
              height: 56,
              width: 56,
            }),
            el("div", { marginLeft: 16, fontSize: 30, fontWeight: 700, color: card.brandDark }, card.siteName),
          ]),
          el("div", { fontSize: 28, color: "#4d5a61" }, card.siteUrl.replace(/^https?:\/\//, "")),
        ],
      ),
    ],
  );
  const { satori, sharp, fonts } = await loadDrawing();
  const svg = await satori(tree as never, { ...SHARE_IMAGE, fonts });
  return sharp(Buffer.from(svg)).png().toBuffer();
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
export function cachedShareImage(card: ShareImage, cache: ContentCache) {
  return cache.keepFile({
    folder: "share-images",
    key: `${JSON.stringify(card)}v2`,
    extension: ".png",
    make: () => renderShareImage(card),
    isWhole: isCard,
  });
}
