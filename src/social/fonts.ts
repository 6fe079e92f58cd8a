import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";

const require = createRequire(import.meta.url);
// Inter, an open font (SIL OFL), from the @fontsource package: the same letters on every build machine.
const interFile = (name: string) => readFileSync(require.resolve(`@fontsource/inter/files/inter-${name}.woff`));

/** The fonts satori lays a card's fixed parts out with. */
export const cardFonts = () => [
  { name: "Inter", weight: 400 as const, style: "normal" as const, data: interFile("latin-400-normal") },
  { name: "Inter", weight: 700 as const, style: "normal" as const, data: interFile("latin-700-normal") },
  { name: "Inter", weight: 700 as const, style: "normal" as const, data: interFile("latin-ext-700-normal") },
];

/**
 * A WOFF 1.0 font as the TrueType/OpenType file it wraps (W3C WOFF File Format 1.0, sections 3–5): each
 * table is stored zlib-compressed or as is, and comes back with the same tag, checksum and 4-byte padding.
 * Pango (through fontconfig and FreeType as sharp ships them) reads no WOFF.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 font");
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const [offset, stored, length] = [4, 8, 12].map((at) => woff.readUInt32BE(entry + at)) as [number, number, number];
    const bytes = woff.subarray(offset, offset + stored);
    return { entry, data: stored < length ? inflateSync(bytes) : bytes };
  });
  const selector = Math.floor(Math.log2(count));
  const head = Buffer.alloc(12 + 16 * count);
  woff.copy(head, 0, 4, 8); // the wrapped font's own version (flavor)
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(2 ** selector * 16, 6);
  head.writeUInt16BE(selector, 8);
  head.writeUInt16BE(count * 16 - 2 ** selector * 16, 10);
  const parts = [head];
  let offset = head.length;
  tables.forEach(({ entry, data }, i) => {
    const record = 12 + i * 16;
    woff.copy(head, record, entry, entry + 4); // tag
    head.writeUInt32BE(woff.readUInt32BE(entry + 16), record + 4); // checksum
    head.writeUInt32BE(offset, record + 8);
    head.writeUInt32BE(data.length, record + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** Inter Bold (Latin and Latin Extended) as TrueType files, for Pango to draw titles with; gone when the process ends. */
export function titleFontFiles(): string[] {
  const folder = mkdtempSync(path.join(os.tmpdir(), "clinic-card-fonts-"));
  process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  return ["latin-700-normal", "latin-ext-700-normal"].map((name) => {
    const file = path.join(folder, `inter-${name}.ttf`);
    writeFileSync(file, woffToSfnt(interFile(name)));
    return file;
  });
}
