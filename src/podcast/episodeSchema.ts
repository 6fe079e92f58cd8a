import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AUDIO_TYPES, TRANSCRIPT_TYPES } from "../lib/mediaTypes.ts";
import { required } from "../lib/zodProblems.ts";
import { parseTimestamp } from "./time.ts";

export interface EpisodeSchemaContext {
  /** Says what is wrong with a published file path (missing file, wrong folder), or undefined. */
  checkFile: (publicPath: string) => string | undefined;
}

const timestamp = (example: string) =>
  z.union([z.string(), z.number()], { error: `must be a time like "${example}"` }).transform((value, ctx) => {
    const seconds = parseTimestamp(value);
    if (seconds === undefined) {
      ctx.addIssue({
        code: "custom",
        message: `is "${value}", which is not a time: use minutes:seconds like "${example}", or hours:minutes:seconds`,
      });
      return z.NEVER;
    }
    return seconds;
  });

const isRemote = (path: string) => /^https?:\/\//i.test(path);

// A host named by its number or a local name is never a podcast host: it is the machine building the site, its
// network, or its cloud's metadata service. The page and every podcast app would ask it for the file, and the
// site's security policy would let every page load from it.
const LOCAL_HOST = /^(?:localhost|[\d.]+|\[[\da-f:.]+\])$|\.(?:localhost|local|internal|lan|home)$|^[^.]+$/i;

/** Why a file hosted elsewhere can't be an episode's audio, or undefined. */
function remoteFileProblem(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `is "${address}", which is not a web address: use the https:// address of the file`;
  }
  if (url.protocol !== "https:")
    return `is "${address}": use the https:// address of the file (podcast apps and the site's security policy need https)`;
  if (LOCAL_HOST.test(url.hostname))
    return `is "${address}", which names a machine by its number or a local name: use the address your podcast host gives the file`;
  return undefined;
}

function localFile(
  what: string,
  extensions: readonly string[],
  checkFile: EpisodeSchemaContext["checkFile"],
  remoteAllowed: boolean,
) {
  return z.string({ error: required(what) }).superRefine((path, ctx) => {
    if (isRemote(path)) {
      const problem = remoteAllowed
        ? remoteFileProblem(path)
        : `is a web address: the file must be in the repository, like ${what}`;
      if (problem) ctx.addIssue({ code: "custom", message: problem });
      return;
    }
    const extension = path.slice(path.lastIndexOf(".")).toLowerCase();
    if (!extensions.includes(extension)) {
      ctx.addIssue({ code: "custom", message: `is "${path}", which is not a ${extensions.join(" or ")} file` });
      return;
    }
    const problem = checkFile(path);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** The `podcast:` block that turns a post into an episode; the post's body is the show notes. */
export function episodeSchema({ checkFile }: EpisodeSchemaContext) {
  const fields = {
    guid: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? `is missing: every episode needs a permanent id, so podcast apps never show it twice. Add this line under podcast: guid: "${randomUUID()}"`
            : "must be text in quotes",
      })
      .trim()
      .min(8, { error: 'is too short to be unique: use a random id like "3b8f7c3e-5a1d-4c59-9a57-2d1f0c4e8b21"' }),
    audio: localFile("/media/podcast/episode-001.mp3", Object.keys(AUDIO_TYPES), checkFile, true),
    length: z.number({ error: "must be the file size in bytes, a whole number" }).int().positive().optional(),
    duration: timestamp("12:34").optional(),
    season: z.number({ error: "must be a whole number, like 1" }).int().min(1).optional(),
    episode: z.number({ error: "must be a whole number, like 3" }).int().min(1).optional(),
    episodeType: z
      .enum(["full", "trailer", "bonus"], { error: 'must be "full", "trailer" or "bonus"' })
      .default("full"),
    explicit: z.boolean({ error: "must be true or false" }).default(false),
    block: z.boolean({ error: "must be true or false: true keeps this episode out of podcast apps" }).default(false),
    transcript: localFile(
      "/media/podcast/episode-001.vtt (a WebVTT or SRT file: every episode needs one, so people who cannot hear it can read it)",
      Object.keys(TRANSCRIPT_TYPES),
      checkFile,
      false,
    ),
    chapters: z
      .array(
        z.object({
          time: timestamp("1:05"),
          title: z
            .string({ error: required("the chapter's title") })
            .trim()
            .min(1),
          url: z.url({ error: "must be a full web address starting with https://" }).optional(),
        }),
        { error: 'must be a list of chapters, each with time: "1:05" and title: "…"' },
      )
      .default([])
      .superRefine((chapters, ctx) => {
        chapters.forEach((chapter, i) => {
          const previous = chapters[i - 1];
          if (previous && chapter.time <= previous.time) {
            ctx.addIssue({
              code: "custom",
              path: [i, "time"],
              message: "must come after the previous chapter's time: list chapters in order",
            });
          }
        });
      }),
    guests: z
      .array(
        z.object({
          name: z
            .string({ error: required("the guest's name") })
            .trim()
            .min(1),
          role: z.string().trim().optional(),
        }),
        {
          error: 'must be a list of guests, each with name: "…" and role: "…"',
        },
      )
      .default([]),
    image: localFile("/media/podcast/episode-001.jpg", [".jpg", ".jpeg", ".png"], checkFile, false).optional(),
  };
  // Strict: Eleventy merges a post's podcast: over the show's settings in _data/podcast.json, so an unknown
  // key here ("subscribe", "title") would replace the show's own links and name on the episode's page.
  return z
    .strictObject(fields, {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `names ${issue.keys.map((k) => `"${k}"`).join(", ")}, which is not a field of an episode: remove it (fields: ${Object.keys(fields).join(", ")})`
          : undefined,
    })
    .superRefine((episode, ctx) => {
      if (!isRemote(episode.audio)) return;
      if (episode.length === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["length"],
          message: "is missing: for audio hosted elsewhere, give its size in bytes (podcast apps need it)",
        });
      }
      if (episode.duration === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["duration"],
          message: 'is missing: for audio hosted elsewhere, give its length, like "24:05"',
        });
      }
    });
}

export type EpisodeFrontMatter = z.infer<ReturnType<typeof episodeSchema>>;

export function isRemoteAudio(audio: string): boolean {
  return isRemote(audio);
}
