/**
 * The site's Content-Security-Policy and the headers that go with it. Everything is served from the site
 * itself, so the policy can be strict: no inline script, nothing from other origins, except audio an
 * episode deliberately hosts elsewhere. Pagefind's search runs as WebAssembly, hence 'wasm-unsafe-eval'.
 */
export const YOUTUBE_PLAYER_ORIGIN = "https://www.youtube-nocookie.com";

export function contentSecurityPolicy(
  remoteMediaOrigins: readonly string[] = [],
  forMeta = false,
  videos = false,
): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["media-src 'self'", ...remoteMediaOrigins].join(" "),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    // A video's player may load only from YouTube's privacy-enhanced domain, and only after a click.
    videos ? `frame-src ${YOUTUBE_PLAYER_ORIGIN}` : "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Browsers ignore frame-ancestors in a <meta> policy (and say so in the console), so only the header has it.
    ...(forMeta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join("; ");
}

// Files editors publish as they are (and eleventy-img's copies): if a reader opens one, it runs no script
// whatever it holds. Hosts apply every rule that matches, so this policy adds to the site-wide one.
const SANDBOXED = ["/media/*", "/posts/images/*", "/img/*"];

/** A folder of the site with a policy of its own (the web editor's), which the site-wide one must not bind. */
export interface OwnPolicy {
  /** The top-level folder's name, like "admin". */
  folder: string;
  policy: string;
}

/**
 * `_headers` as Netlify and Cloudflare Pages read it: the same policy as the pages' <meta>, plus the rest.
 * Hosts apply every rule that matches an address, and a browser enforces every policy it is sent, so a `/*`
 * rule would bind a folder with a policy of its own too. The site-wide policy is therefore written for each
 * address at the top of the output (`topLevel`: "/", "/posts/*", "/feed.xml"…), leaving out those folders;
 * the other headers, the same for every address, stay in one `/*` rule.
 */
export function headersFile({
  remoteMediaOrigins,
  videos,
  topLevel,
  ownPolicies = [],
}: {
  remoteMediaOrigins: readonly string[];
  videos: boolean;
  topLevel: readonly string[];
  ownPolicies?: readonly OwnPolicy[];
}): string {
  const own = new Set(ownPolicies.map((folder) => `/${folder.folder}/*`));
  const siteWide = `  Content-Security-Policy: ${contentSecurityPolicy(remoteMediaOrigins, false, videos)}`;
  return [
    // The headers every address shares, the editor's and an unknown address's (a 404) too: only the policy differs.
    "/*",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "  X-Content-Type-Options: nosniff",
    "  X-Frame-Options: DENY",
    "  Permissions-Policy: browsing-topics=(), camera=(), geolocation=(), microphone=(), payment=(), usb=()",
    ...topLevel.filter((address) => !own.has(address)).flatMap((address) => [address, siteWide]),
    ...ownPolicies.flatMap((folder) => [`/${folder.folder}/*`, `  Content-Security-Policy: ${folder.policy}`]),
    ...SANDBOXED.flatMap((prefix) => [prefix, "  Content-Security-Policy: sandbox"]),
    // Podcast apps (and web players) fetch transcripts, audio and chapters from their own pages.
    "/media/*",
    "  Access-Control-Allow-Origin: *",
    "/posts/*/chapters.json",
    "  Access-Control-Allow-Origin: *",
    "  Content-Type: application/json+chapters",
    "",
  ].join("\n");
}

/**
 * The rules' addresses for the top of the output, from every address the site writes: "/" for the home page,
 * "/posts/*" for a folder, "/feed.xml" for a file.
 */
export function topLevelAddresses(addresses: Iterable<string>): string[] {
  // The home page is asked for as "/" and, now and then, by its file's name.
  const top = new Set<string>(["/", "/index.html"]);
  for (const address of addresses) {
    const [first, ...rest] = address.split("/").filter(Boolean);
    if (first) top.add(rest.length > 0 || address.endsWith("/") ? `/${first}/*` : `/${first}`);
  }
  return [...top].sort();
}
