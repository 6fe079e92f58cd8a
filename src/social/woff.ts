import { inflateSync } from "node:zlib";

// WOFF 1.0 (W3C WOFF File Format 1.0, sections 3–5): a header, then one 20-byte entry per table (tag, offset,
// stored length, length, checksum); each table is stored zlib-compressed, or as is when that is no smaller.
const tablesOf = (woff: Buffer) => {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 font");
  return Array.from({ length: woff.readUInt16BE(12) }, (_, i) => {
    const entry = 44 + i * 20;
    const [offset, stored, length] = [4, 8, 12].map((at) => woff.readUInt32BE(entry + at)) as [number, number, number];
    const data = () => {
      const bytes = woff.subarray(offset, offset + stored);
      return stored < length ? inflateSync(bytes) : bytes;
    };
    return { tag: woff.toString("latin1", entry, entry + 4), checksum: woff.readUInt32BE(entry + 16), data };
  });
};

/** One table of a WOFF 1.0 font, unpacked ("cmap", "head"…). */
export const woffTable = (woff: Buffer, tag: string): Buffer | undefined =>
  tablesOf(woff)
    .find((table) => table.tag === tag)
    ?.data();

/**
 * A WOFF 1.0 font as the TrueType/OpenType file it wraps: the same tables, tags and checksums, with 4-byte
 * padding. Pango (through fontconfig and FreeType as sharp ships them) reads no WOFF.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  const tables = tablesOf(woff).map((table) => ({ ...table, bytes: table.data() }));
  const count = tables.length;
  const selector = Math.floor(Math.log2(count));
  const head = Buffer.alloc(12 + 16 * count);
  woff.copy(head, 0, 4, 8); // the wrapped font's own version (flavor)
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(2 ** selector * 16, 6);
  head.writeUInt16BE(selector, 8);
  head.writeUInt16BE(count * 16 - 2 ** selector * 16, 10);
  const parts = [head];
  let offset = head.length;
  tables.forEach(({ tag, checksum, bytes }, i) => {
    const record = 12 + i * 16;
    head.write(tag, record, "latin1");
    head.writeUInt32BE(checksum, record + 4);
    head.writeUInt32BE(offset, record + 8);
    head.writeUInt32BE(bytes.length, record + 12);
    const padded = Buffer.alloc((bytes.length + 3) & ~3);
    bytes.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}
