import { Memo } from "./memo.ts";

/** A site path ("/posts/flu/") as the full address readers, feeds and social networks need. */
export function siteAddress(siteUrl: string, path: string): string {
  // Worked out once per address: a build asks for each post's address in its page, lists and feeds.
  return addresses.get(`${siteUrl} ${path}`, () => new URL(path, siteUrl + "/").href);
}

const addresses = new Memo<string>();
