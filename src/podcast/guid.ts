import { v5 as uuidv5 } from "uuid";

// The "podcast" namespace UUID from https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/tags/guid.md
const PODCAST_NAMESPACE = "ead4c236-bf58-58c6-a2c6-a6b28d128cb6";

/** podcast:guid: a UUIDv5 of the feed URL with the protocol scheme and trailing slashes stripped off. */
export function podcastGuid(feedUrl: string): string {
  return uuidv5(feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/\/+$/, ""), PODCAST_NAMESPACE);
}
