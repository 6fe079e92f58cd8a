import { z } from "zod";
import type { ContentStep } from "../content/steps.ts";
import { CHANNEL_IDS, type ChannelId } from "./channels.ts";
import { overrideProblems } from "./compose.ts";
import { shareSource } from "./source.ts";

declare module "../content/post.ts" {
  interface PostExtensions {
    /** Share texts an editor wrote for particular networks (front matter `social:`). */
    social?: Partial<Record<ChannelId, string>>;
  }
}

const socialField = z
  .strictObject(
    Object.fromEntries(
      CHANNEL_IDS.map((id) => [
        id,
        z.string({ error: "must be the text to post, in quotes" }).trim().min(1).optional(),
      ]),
    ),
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `names ${issue.keys.map((k) => `"${k}"`).join(", ")}, which is not a network the share kit writes for: use ${CHANNEL_IDS.join(", ")}`
          : `must list texts by network, e.g. social: { x: "…" } (networks: ${CHANNEL_IDS.join(", ")})`,
    },
  )
  .optional();

/** The share kit's part of loading: the `social:` texts an editor writes, each checked against its network's limit. */
export const socialStep: ContentStep = {
  name: "share texts",
  fields: { kinds: ["post", "tip"], shape: () => ({ social: socialField }) },
  complete: (post, data, site) => {
    const social = data.social as Partial<Record<ChannelId, string>> | undefined;
    const source = shareSource({ ...post, social, state: "published" }, site);
    return {
      post: { social },
      problems: overrideProblems(source, site.social).map((problem) => ({
        field: `social.${problem.channel}`,
        message: problem.message,
      })),
    };
  },
};
