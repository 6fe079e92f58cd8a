import type { TranscriptTurn } from "./transcript.ts";

/** An episode after its front matter passed the schema and its files were read: what pages and the feed use. */
export interface Episode {
  guid: string;
  audio: { url: string; length: number; duration: number; type: string };
  season?: number;
  episode?: number;
  episodeType: "full" | "trailer" | "bonus";
  explicit: boolean;
  /** Kept out of podcast apps (itunes:block); still on the site. */
  block: boolean;
  /** A smaller file of the same audio for listeners with little data, when one sits beside it. */
  lowData?: { url: string; length: number; type: string; bitrate: number };
  transcript: { url: string; type: string; turns: TranscriptTurn[] };
  chapters: { start: number; title: string; url?: string }[];
  guests: { name: string; role?: string }[];
  image?: string;
}
