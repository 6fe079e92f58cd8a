import { readFileSync, statSync } from "node:fs";
import { parseText, tokenizeVTTCue, type VTTCue, type VTTNode } from "media-captions";
import path from "node:path";
import { cachePart, type ContentCache } from "../lib/cache.ts";
import { sizeProblemOf } from "../content/limits.ts";
import { publicFile } from "../lib/publicFiles.ts";

/** One speaker's turn, as the transcript reads on the episode page. */
export interface TranscriptTurn {
  start: number;
  speaker?: string;
  text: string;
}

/**
 * Reads a WebVTT or SRT transcript into speaker turns for the page. Returns a message for the editor when the
 * file is not a valid transcript (strict parsing: a caption file a player would reject is an error here too).
 */
export async function readTranscript(
  root: string,
  cache: ContentCache,
  publicPath: string,
): Promise<TranscriptTurn[] | string> {
  const found = publicFile(root, publicPath);
  if ("problem" in found) return found.problem;
  const { file } = found;
  let text: string;
  try {
    const tooLarge = sizeProblemOf(file, statSync(file).size);
    if (tooLarge) return tooLarge;
    text = readFileSync(file, "utf8");
  } catch {
    return `is "${publicPath}", but that file cannot be read`;
  }
  // Named and read as the guardrails read it (without a byte-order mark), so both use one record.
  return cache.record(path.relative(root, file), text.replace(/^\uFEFF/, "")).keepAsync(TRANSCRIPT_TURNS, {
    context: publicPath,
    make: () => parseTranscript(text, publicPath),
  });
}

// Kept while the file's text is the same: an hour-long episode's captions take a while to parse.
const TRANSCRIPT_TURNS = cachePart<TranscriptTurn[] | string>("transcript turns", { code: ["podcast"] });

async function parseTranscript(text: string, publicPath: string): Promise<TranscriptTurn[] | string> {
  const type = publicPath.toLowerCase().endsWith(".srt") ? "srt" : "vtt";
  try {
    const { cues, errors } = await parseText(text.replace(/^\uFEFF/, ""), { type, strict: true });
    if (errors.length > 0) return `is not a valid ${type.toUpperCase()} file: ${errors[0]?.message}`;
    if (cues.length === 0) return `is "${publicPath}", which has no captions in it`;
    return mergeTurns(cues.map((cue) => toTurn(cue as VTTCue, type)));
  } catch (error) {
    const line = (error as { line?: number }).line;
    return `is not a valid ${type.toUpperCase()} file${line ? ` (line ${line})` : ""}: ${(error as Error).message}`;
  }
}

function toTurn(cue: VTTCue, type: "vtt" | "srt"): TranscriptTurn {
  if (type === "srt") {
    // SRT has no voice tags; transcripts mark a new speaker with "Name: " at the start of the caption.
    const match = /^([^:\n]{1,60}):\s+([\s\S]*)$/.exec(cue.text);
    return { start: cue.startTime, speaker: match?.[1], text: clean(match?.[2] ?? cue.text) };
  }
  const nodes = tokenizeVTTCue(cue);
  const voice = nodes.find(
    (node): node is VTTNode & { voice: string } => "voice" in node && typeof node.voice === "string",
  );
  return { start: cue.startTime, speaker: voice?.voice, text: clean(nodes.map(plainText).join("")) };
}

function plainText(node: VTTNode): string {
  if (node.type === "text") return node.data;
  if ("children" in node) return node.children.map(plainText).join("");
  return "";
}

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** Captions are cut for the screen; on a page, one speaker's consecutive captions read as one paragraph. */
function mergeTurns(turns: TranscriptTurn[]): TranscriptTurn[] {
  const merged: TranscriptTurn[] = [];
  for (const turn of turns) {
    const last = merged.at(-1);
    if (last && (turn.speaker === undefined || turn.speaker === last.speaker)) last.text = `${last.text} ${turn.text}`;
    else merged.push({ ...turn });
  }
  return merged;
}
