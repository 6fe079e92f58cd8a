import { readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { parseFile } from "music-metadata";
import path from "node:path";
import { cachePart, type ContentCache } from "../lib/cache.ts";
import { publicFile } from "../lib/publicFiles.ts";
import { mpegAudioSeconds } from "./mpegFrames.ts";

export interface AudioFacts {
  /** Bytes, as the enclosure's length must be. */
  length: number;
  /** Seconds, rounded to the nearest whole second (what itunes:duration carries). */
  duration: number;
}

/**
 * Reads the real size and running time of an audio file in the repository. Podcast apps use the length to
 * download and the duration to show progress, so a typed number that drifts from the file would mislead them.
 */
export async function readAudioFacts(
  root: string,
  cache: ContentCache,
  publicPath: string,
): Promise<AudioFacts | string> {
  const found = publicFile(root, publicPath);
  if ("problem" in found) return found.problem;
  const { file } = found;
  let stat: { size: number; mtimeMs: number };
  try {
    stat = statSync(file);
  } catch {
    return `is "${publicPath}", but that file cannot be read`;
  }
  // Reading a long episode's running time means reading the file: done again only when the file changed.
  return cache.record(path.relative(root, file), `${stat.size} ${stat.mtimeMs}`).keepAsync(AUDIO_FACTS, {
    context: publicPath,
    make: () => parseAudio(file, publicPath, stat.size),
  });
}

const AUDIO_FACTS = cachePart<AudioFacts | string>("audio facts", { code: ["podcast"] });

async function parseAudio(file: string, publicPath: string, length: number): Promise<AudioFacts | string> {
  try {
    const metadata = await parseFile(file, { duration: true, skipCovers: true });
    const seconds = metadata.format.duration;
    if (!seconds || !Number.isFinite(seconds))
      return `is "${publicPath}", but its running time cannot be read: export it again as an MP3`;
    if (metadata.format.container === "MPEG") {
      const problem = runningTimeProblem(publicPath, seconds, mpegAudioSeconds(await readFile(file)));
      if (problem) return problem;
    }
    return { length, duration: Math.round(seconds) };
  } catch (error) {
    return `is "${publicPath}", which cannot be read as audio (${(error as Error).message}): export it again as an MP3`;
  }
}

// A whole file's frames and its header agree to within a frame or two (the header frame itself, encoder
// padding, a tag at the end); a file cut short, or joined from two, is off by far more.
const RUNNING_TIME_TOLERANCE = { share: 0.03, seconds: 1 };

/** Says what is wrong when the running time the header claims is not the audio the file holds. */
function runningTimeProblem(publicPath: string, claimed: number, held: number): string | undefined {
  if (Math.abs(claimed - held) <= Math.max(RUNNING_TIME_TOLERANCE.seconds, claimed * RUNNING_TIME_TOLERANCE.share))
    return undefined;
  const what = held < claimed ? "looks cut short" : "holds more audio than its header says";
  return `is "${publicPath}", which ${what}: its header says ${Math.round(claimed)} s, but the file holds ${Math.round(held)} s of audio. Export it again from your audio editor and replace the file`;
}
