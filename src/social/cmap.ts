/**
 * The characters a font has a glyph for, from its `cmap` table (OpenType spec, "cmap — Character to Glyph
 * Index Mapping Table"): the Unicode full-repertoire subtable (format 12) if there is one, else the BMP one
 * (format 4). A stylesheet's unicode-range says what a font file is meant for, not what it holds.
 */
export function charactersOf(cmap: Buffer): Set<number> {
  const records = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  }));
  const unicode = (platform: number, encodings: number[]) =>
    records.find((record) => record.platform === platform && encodings.includes(record.encoding));
  const full = unicode(3, [10]) ?? unicode(0, [4, 6]);
  if (full && cmap.readUInt16BE(full.offset) === 12) return format12(cmap.subarray(full.offset));
  const bmp = unicode(3, [1]) ?? unicode(0, [3, 2, 1, 0]);
  if (bmp && cmap.readUInt16BE(bmp.offset) === 4) return format4(cmap.subarray(bmp.offset));
  return new Set();
}

function format12(table: Buffer): Set<number> {
  const codes = new Set<number>();
  for (let i = 0, groups = table.readUInt32BE(12); i < groups; i++) {
    const [from, to] = [table.readUInt32BE(16 + i * 12), table.readUInt32BE(20 + i * 12)];
    for (let code = from; code <= to; code++) codes.add(code);
  }
  return codes;
}

function format4(table: Buffer): Set<number> {
  const codes = new Set<number>();
  const segments = table.readUInt16BE(6) / 2;
  const [ends, starts] = [14, 16 + segments * 2];
  const [deltas, rangeOffsets] = [starts + segments * 2, starts + segments * 4];
  for (let s = 0; s < segments; s++) {
    const [end, start] = [table.readUInt16BE(ends + s * 2), table.readUInt16BE(starts + s * 2)];
    const [delta, rangeOffset] = [table.readUInt16BE(deltas + s * 2), table.readUInt16BE(rangeOffsets + s * 2)];
    for (let code = start; code <= end && code !== 0xffff; code++) {
      // A glyph index read from the glyph array is 0 (the missing glyph) for codes the font lacks.
      const at = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
      const glyph =
        rangeOffset === 0
          ? (code + delta) & 0xffff
          : table.readUInt16BE(at) && (table.readUInt16BE(at) + delta) & 0xffff;
      if (glyph !== 0) codes.add(code);
    }
  }
  return codes;
}
