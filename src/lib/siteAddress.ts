import { memo } from "./cache.ts";

/**
 * A site path ("/posts/flu/") as the full address readers, feeds and social networks need. Worked out once
 * per address: a build asks for each post's address in its page, lists and feeds.
 */
export const siteAddress = memo((siteUrl: string, path: string): string => new URL(path, siteUrl + "/").href);
