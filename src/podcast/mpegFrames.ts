/**
 * How much audio an MP3 file really holds, found by walking its MPEG frames one by one. An MP3's running
 * time is otherwise read from its first frames (the Xing/VBRI header's frame count, or the bit rate), which
 * a file cut short in an upload or a copy keeps: it would be listed at its full length.
 *
 * Frame layout from the MPEG-1/2 audio standard (ISO/IEC 11172-3, 13818-3), as summarised in
 * http://www.mp3-tech.org/programmer/frame_header.html.
 */

// Bit rates in kbit/s by bitrate index (0 is "free format", which podcast tools never write).
const BITRATES = {
  v1l1: [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  v1l2: [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  v1l3: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2l1: [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  v2l23: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
// Sample rates by version bits: 0 is MPEG 2.5, 2 is MPEG 2, 3 is MPEG 1 (1 is reserved).
const SAMPLE_RATES: Record<number, number[]> = {
  0: [11025, 12000, 8000],
  2: [22050, 24000, 16000],
  3: [44100, 48000, 32000],
};

interface Frame {
  bytes: number;
  samples: number;
  sampleRate: number;
}

/** The frame whose header starts at `at`, or undefined when there is no valid header there. */
function frameAt(data: Uint8Array, at: number): Frame | undefined {
  if (at + 4 > data.length || data[at] !== 0xff || (data[at + 1]! & 0xe0) !== 0xe0) return undefined;
  const version = (data[at + 1]! >> 3) & 3;
  const layer = 4 - ((data[at + 1]! >> 1) & 3); // 1, 2 or 3 (4 means reserved)
  const bitrateIndex = data[at + 2]! >> 4;
  const sampleRate = SAMPLE_RATES[version]?.[(data[at + 2]! >> 2) & 3];
  if (layer === 4 || !sampleRate || bitrateIndex === 0 || bitrateIndex === 15) return undefined;
  const padding = (data[at + 2]! >> 1) & 1;
  const v1 = version === 3;
  const table = v1
    ? [BITRATES.v1l1, BITRATES.v1l2, BITRATES.v1l3][layer - 1]!
    : layer === 1
      ? BITRATES.v2l1
      : BITRATES.v2l23;
  const bitrate = table[bitrateIndex]! * 1000;
  if (layer === 1) return { bytes: (Math.floor((12 * bitrate) / sampleRate) + padding) * 4, samples: 384, sampleRate };
  const samples = layer === 3 && !v1 ? 576 : 1152;
  return { bytes: Math.floor(((samples / 8) * bitrate) / sampleRate) + padding, samples, sampleRate };
}

/** Where the audio starts: after an ID3v2 tag (cover art, titles), whose size is in its 10-byte header. */
function audioStart(data: Uint8Array): number {
  if (data.length < 10 || data[0] !== 0x49 || data[1] !== 0x44 || data[2] !== 0x33) return 0; // "ID3"
  const size = ((data[6]! & 0x7f) << 21) | ((data[7]! & 0x7f) << 14) | ((data[8]! & 0x7f) << 7) | (data[9]! & 0x7f);
  const footer = data[5]! & 0x10 ? 10 : 0;
  return 10 + size + footer;
}

/** Seconds of audio in the complete frames of an MP3 file; a frame cut off at the end is not counted. */
export function mpegAudioSeconds(data: Uint8Array): number {
  let seconds = 0;
  let at = audioStart(data);
  while (at < data.length) {
    const frame = frameAt(data, at);
    if (!frame) {
      at += 1; // junk between frames, or a tag at the end: look for the next frame header
      continue;
    }
    if (at + frame.bytes > data.length) break;
    seconds += frame.samples / frame.sampleRate;
    at += frame.bytes;
  }
  return seconds;
}
