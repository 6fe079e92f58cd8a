import { existsSync } from "node:fs";
import path from "node:path";
import type { LoadedPost, Resolved, StepContext } from "../content/steps.ts";
import { PUBLIC_FOLDERS } from "../lib/publicFiles.ts";
import type { ContentCache } from "../lib/cache.ts";
import type { Problem } from "../lib/problems.ts";
import type { Episode } from "./episode.ts";
import { coverArtProblem } from "../clinicData/coverArt.ts";
import { AUDIO_TYPES, TRANSCRIPT_TYPES } from "../lib/mediaTypes.ts";
import { isRemoteAudio, type EpisodeFrontMatter } from "./episodeSchema.ts";
import { readAudioFacts } from "./media.ts";
import { readTranscript } from "./transcript.ts";

const extensionOf = (path: string) =>
  new URL(path, "https://x.invalid").pathname.replace(/^.*(\.[^./]+)$/, "$1").toLowerCase();

/**
 * Completes every episode from its files: the real byte length and running time of local audio, the
 * transcript read into speaker turns, the episode art checked. Every problem is named by post and field.
 */
export async function resolveEpisodes(
  posts: readonly LoadedPost[],
  { root, cache, site }: StepContext,
): Promise<Resolved> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const additions = new Map<string, { podcast: Episode }>();
  const guids = new Map<string, string>();

  await Promise.all(
    posts.map(async ({ post, data }) => {
      const front = data.podcast as EpisodeFrontMatter | undefined;
      if (!front) return;
      // A draft's missing or unready files are reminders, not errors: it is not being published yet.
      const problem = (field: string, message: string) =>
        (post.state === "draft" ? warnings : problems).push({
          file: post.file,
          field: `podcast.${field}`,
          message: post.state === "draft" ? `${message} (this is a draft: add it before publishing)` : message,
        });

      // An episode is in the feed of its language's show: a language needs one before it has episodes.
      const language = site.languages.byCode.get(post.lang)!;
      if (!language.show)
        problems.push({
          file: post.file,
          field: "podcast",
          message: `makes this an episode in ${language.name}, but the site has no show in ${language.name}: add "languages": { "${language.code}": { "title": "…", "description": "…" } } to _data/podcast.json, or make this a plain post`,
        });

      const earlier = guids.get(front.guid);
      if (earlier) problem("guid", `is "${front.guid}", which ${earlier} already uses: every episode needs its own`);
      guids.set(front.guid, post.file);

      if (!isRemoteAudio(front.audio)) {
        for (const field of ["length", "duration"] as const) {
          if (front[field] !== undefined) {
            warnings.push({
              file: post.file,
              field: `podcast.${field}`,
              message: "is ignored: for audio in the repository the build reads the real value from the file",
            });
          }
        }
      }
      const audio = await audioOf(root, cache, front);
      if (typeof audio === "string") problem("audio", audio);
      const turns = await readTranscript(root, cache, front.transcript);
      if (typeof turns === "string") problem("transcript", turns);
      const imageProblem = front.image ? coverArtProblem(root, front.image) : undefined;
      if (imageProblem) problem("image", imageProblem);
      if (typeof audio === "string" || typeof turns === "string" || imageProblem) return;

      const lowData = await lowDataOf(root, cache, audio);
      if (typeof lowData === "string") problem("audio", lowData);
      const episode: Episode = {
        guid: front.guid,
        audio,
        block: front.block,
        ...(typeof lowData === "object" && { lowData }),
        season: front.season,
        episode: front.episode,
        episodeType: front.episodeType,
        explicit: front.explicit,
        transcript: {
          url: front.transcript,
          type: TRANSCRIPT_TYPES[extensionOf(front.transcript)] ?? "text/vtt",
          turns,
        },
        chapters: front.chapters.map((chapter) => ({ start: chapter.time, title: chapter.title, url: chapter.url })),
        guests: front.guests,
        image: front.image,
      };
      const lastChapter = episode.chapters.at(-1);
      if (lastChapter && lastChapter.start >= audio.duration) {
        problem("chapters", `has a chapter at ${lastChapter.start} s, but the audio is only ${audio.duration} s long`);
        return;
      }
      additions.set(post.file, { podcast: episode });
    }),
  );
  return { problems, warnings, additions };
}

/**
 * The smaller file of the same episode, when the clinic made one: beside the audio, with ".low" before its
 * extension (episode-001.low.mp3 beside episode-001.mp3). Off unless the file is there.
 */
async function lowDataOf(
  root: string,
  cache: ContentCache,
  audio: Episode["audio"],
): Promise<Episode["lowData"] | string | undefined> {
  if (isRemoteAudio(audio.url)) return undefined;
  for (const extension of Object.keys(AUDIO_TYPES)) {
    const url = audio.url.replace(/\.[^./]+$/, `.low${extension}`);
    if (!existsSync(path.join(root, PUBLIC_FOLDERS["/media/"]!, url.slice("/media/".length)))) continue;
    const facts = await readAudioFacts(root, cache, url);
    if (typeof facts === "string") return `has a smaller copy, ${url}, that ${facts}`;
    if (Math.abs(facts.duration - audio.duration) > 2)
      return `has a smaller copy, ${url}, that runs ${facts.duration} s, not ${audio.duration} s like the episode: make it again from the same audio`;
    if (facts.length >= audio.length)
      return `has a "smaller" copy, ${url}, that is no smaller than the episode: make it at a lower bitrate (see the README)`;
    const bitrate = Math.round((facts.length * 8) / Math.max(1, facts.duration));
    return { url, length: facts.length, type: AUDIO_TYPES[extension]!, bitrate };
  }
  return undefined;
}

async function audioOf(
  root: string,
  cache: ContentCache,
  front: EpisodeFrontMatter,
): Promise<Episode["audio"] | string> {
  const type = AUDIO_TYPES[extensionOf(front.audio)] ?? "audio/mpeg";
  if (isRemoteAudio(front.audio)) {
    // The schema made sure a remote file came with both numbers: there is no file here to read them from.
    return { url: front.audio, length: front.length ?? 0, duration: Math.round(front.duration ?? 0), type };
  }
  const facts = await readAudioFacts(root, cache, front.audio);
  return typeof facts === "string" ? facts : { url: front.audio, type, ...facts };
}
