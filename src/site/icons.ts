import { readFileSync } from "node:fs";

/** The icons made from the clinic's square mark, by address (listed in reservedAddresses.ts). */
export const ICON_ADDRESSES = { ico: "/favicon.ico", touch: "/apple-touch-icon.png" } as const;

// What browsers ask /favicon.ico for: a tab, a bookmark, a high-density tab.
const ICO_SIZES = [16, 32, 48];
// iOS's home-screen size; it shows a transparent icon on black, so this one is flattened onto the page colour.
const TOUCH_SIZE = 180;

/**
 * The browser-tab and home-screen icons, drawn from the clinic's mark (an SVG, PNG or JPEG; not square is
 * fitted in, centred). An SVG mark is also linked as it is, for browsers that draw SVG icons.
 */
export async function drawIcons(file: string, background: string): Promise<{ address: string; data: Buffer }[]> {
  const { default: sharp } = await import("sharp");
  // Read here rather than by sharp from the path, so an SVG cannot name other files for it to draw.
  const source = readFileSync(file);
  const square = (size: number) =>
    sharp(source, { density: 300 }).resize(size, size, { fit: "contain", background: "#0000" });
  const icoImages = await Promise.all(ICO_SIZES.map((size) => square(size).png().toBuffer()));
  const inset = Math.round(TOUCH_SIZE * 0.1);
  // Two passes: sharp flattens before it extends, which would leave the new border transparent.
  const framed = await square(TOUCH_SIZE - 2 * inset)
    .extend({ top: inset, bottom: inset, left: inset, right: inset, background: "#0000" })
    .png()
    .toBuffer();
  const touch = await sharp(framed).flatten({ background }).png().toBuffer();
  return [
    { address: ICON_ADDRESSES.ico, data: icoFile(ICO_SIZES.map((size, i) => ({ size, png: icoImages[i]! }))) },
    { address: ICON_ADDRESSES.touch, data: touch },
  ];
}

/**
 * An ICO file holding PNG images (read by every browser since 2008). Written here: the container is a
 * six-byte header and a sixteen-byte entry per image, less than a library to pull in for it.
 */
export function icoFile(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2); // an icon, not a cursor
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry); // 256 is written as 0
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}
