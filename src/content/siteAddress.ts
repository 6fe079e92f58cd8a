/** A site path ("/posts/flu/") as the full address readers, feeds and social networks need. */
export function siteAddress(siteUrl: string, path: string): string {
  // Worked out once per address: a build asks for each post's address in its page, lists and feeds.
  const key = `${siteUrl} ${path}`;
  let address = addresses.get(key);
  if (address === undefined) addresses.set(key, (address = new URL(path, siteUrl + "/").href));
  return address;
}

const addresses = new Map<string, string>();
