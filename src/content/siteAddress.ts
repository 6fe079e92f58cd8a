/** A site path ("/posts/flu/") as the full address readers, feeds and social networks need. */
export function siteAddress(siteUrl: string, path: string): string {
  return new URL(path, siteUrl + "/").href;
}
