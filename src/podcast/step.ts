import type { ContentStep } from "../content/steps.ts";
import type { Episode } from "./episode.ts";
import { episodeSchema } from "./episodeSchema.ts";
import { resolveEpisodes } from "./resolveEpisodes.ts";

declare module "../content/post.ts" {
  interface PostExtensions {
    /** Set when the post is a podcast episode (its body is then the show notes). */
    podcast?: Episode;
  }
}

/** The podcast's part of loading: a post's `podcast:` block, completed from its audio and transcript files. */
export const podcastStep: ContentStep = {
  name: "podcast",
  fields: { kinds: ["post"], shape: (context) => ({ podcast: episodeSchema(context).optional() }) },
  resolve: resolveEpisodes,
};
