import zlib from "node:zlib";

/** A picture as 8-bit RGB rows, top to bottom. */
export interface RgbPicture {
  data: Buffer;
  width: number;
  height: number;
}

/** Coverage, one byte per pixel (0: none, 255: all ink), as a text renderer draws glyphs. */
export interface InkMask {
  data: Buffer;
  width: number;
  height: number;
}

const SIGNATURE = Buffer.from("89504e470d0a1a0a", "hex");
const ADLER_BASE = 65521;
// A zlib stream's first two bytes: deflate, 32 KB window, no preset dictionary (RFC 1950; a multiple of 31).
const ZLIB_HEADER = Buffer.from([0x78, 0x01]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function adler32(data: Buffer): { s1: number; s2: number } {
  let [s1, s2] = [1, 0];
  for (let i = 0; i < data.length;) {
    // 3,800 bytes keep s2 below 2^53 before the modulo (zlib's own NMAX is 5,552 for 32-bit sums).
    for (const end = Math.min(i + 3800, data.length); i < end; i++) s2 += s1 += data[i]!;
    [s1, s2] = [s1 % ADLER_BASE, s2 % ADLER_BASE];
  }
  return { s1, s2 };
}

const mod = (n: number) => ((n % ADLER_BASE) + ADLER_BASE) % ADLER_BASE;

/**
 * Paints `mask` into `band` (rows of filter byte and RGB) and gives what that added to the Adler-32 sums: byte
 * i of the band is byte (length - weight + i) of the stream, so it counts once in s1 and (weight - i) times in
 * s2. Unrolled, with integer rounding ((x * 257 + 32896) >> 16 for x / 255), in a function of its own that
 * V8 optimizes well: it runs for every pixel of every title.
 */
function blend(
  band: Buffer,
  mask: InkMask,
  o: { firstRow: number; rows: number; columns: number; start: number; stride: number; ink: number[]; weight: number },
): [number, number] {
  const { firstRow, rows, columns, start, stride, weight } = o;
  const [r, g, b] = o.ink as [number, number, number];
  const coverage = mask.data;
  const width = mask.width;
  let d1 = 0;
  let d2 = 0;
  for (let y = firstRow; y < rows; y++) {
    const row = start + y * stride;
    const from = y * width;
    for (let x = 0; x < columns; x++) {
      const a = coverage[from + x]!;
      if (a === 0) continue;
      const i = row + x * 3;
      const b0 = band[i]!;
      const b1 = band[i + 1]!;
      const b2 = band[i + 2]!;
      const c0 = ((r - b0) * a * 257 + 32896) >> 16;
      const c1 = ((g - b1) * a * 257 + 32896) >> 16;
      const c2 = ((b - b2) * a * 257 + 32896) >> 16;
      band[i] = b0 + c0;
      band[i + 1] = b1 + c1;
      band[i + 2] = b2 + c2;
      d1 += c0 + c1 + c2;
      d2 += c0 * (weight - i) + c1 * (weight - i - 1) + c2 * (weight - i - 2);
    }
  }
  return [d1, d2];
}

/**
 * PNGs of one template with ink painted into a band of rows: a share card is its layout, the same on every
 * card, with a title drawn in. The rows above the band are compressed once, and so are the rows from each
 * row the ink may end at down to the bottom; each card compresses only its band's rows down to the last one
 * its ink reaches. The stream's checksum is the template's corrected by the bytes the ink changed (Adler-32
 * is a weighted sum), so a card costs little more than its text. Raw deflate pieces ended by a full flush join
 * into one valid stream (RFC 1951); the rows use PNG's filter 0, which keeps them independent.
 */
export class InkedPng {
  readonly #head: Buffer;
  readonly #above: Buffer;
  readonly #rows: Buffer;
  readonly #from = new Map<number, Buffer>();
  readonly #band: Buffer;
  readonly #scratch: Buffer;
  readonly #bandStart: number;
  readonly #total: number;
  readonly #adler: { s1: number; s2: number };
  readonly #stride: number;

  constructor(
    readonly template: RgbPicture,
    readonly band: { top: number; bottom: number },
  ) {
    const { width, height } = template;
    this.#stride = width * 3 + 1;
    const rows = Buffer.alloc(this.#stride * height);
    for (let y = 0; y < height; y++) template.data.copy(rows, y * this.#stride + 1, y * width * 3, (y + 1) * width * 3);
    const [start, end] = [band.top * this.#stride, band.bottom * this.#stride];
    this.#band = rows.subarray(start, end);
    this.#scratch = Buffer.from(this.#band);
    this.#bandStart = start;
    this.#total = rows.length;
    this.#adler = adler32(rows);
    const flush = { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH };
    this.#above = zlib.deflateRawSync(rows.subarray(0, start), flush);
    this.#rows = rows;
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr[8] = 8; // bits per channel
    ihdr[9] = 2; // RGB
    this.#head = Buffer.concat([SIGNATURE, chunk("IHDR", ihdr)]);
  }

  /** The template with `mask` painted in `ink` (#rrggbb) at `left`, `top`; what falls outside the band is cut. */
  paint(mask: InkMask, at: { left: number; top: number }, ink: string): Buffer {
    // Painted in place and put back after: a fresh copy of the band per card was most of the garbage.
    const band = this.#scratch;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(ink.slice(i, i + 2), 16)) as [number, number, number];
    const rows = Math.min(mask.height, this.band.bottom - at.top);
    const firstRow = Math.max(0, this.band.top - at.top);
    const [d1, d2] = blend(band, mask, {
      firstRow,
      rows,
      columns: Math.min(mask.width, this.template.width - at.left),
      start: (at.top - this.band.top) * this.#stride + 1 + at.left * 3,
      stride: this.#stride,
      ink: [r, g, b],
      weight: this.#total - this.#bandStart,
    });
    const s1 = mod(this.#adler.s1 + d1);
    const s2 = mod(this.#adler.s2 + d2);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(((s2 << 16) | s1) >>> 0);
    // The band's rows down to the ink's last, then the template's own from there (kept per row).
    const inkEnd = Math.max(0, (at.top + rows - this.band.top) * this.#stride);
    const inked = zlib.deflateRawSync(band.subarray(0, inkEnd), { level: 2, finishFlush: zlib.constants.Z_FULL_FLUSH });
    const inkStart = (at.top + firstRow - this.band.top) * this.#stride;
    if (inkEnd > inkStart) this.#band.copy(band, inkStart, inkStart, inkEnd);
    const idat = Buffer.concat([ZLIB_HEADER, this.#above, inked, this.#rest(this.#bandStart + inkEnd), checksum]);
    return Buffer.concat([this.#head, chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
  }

  /** The template's rows from byte `offset` on, compressed and ending the stream; a title has few heights. */
  #rest(offset: number): Buffer {
    let rest = this.#from.get(offset);
    if (!rest) this.#from.set(offset, (rest = zlib.deflateRawSync(this.#rows.subarray(offset), { level: 9 })));
    return rest;
  }
}
