/**
 * Whether the sites the clinic links to still answer. A link that answers 4xx or 5xx is broken: the page is
 * gone or the site is failing. A link that cannot be reached at all (no DNS, refused, timed out) says more
 * about the network the check runs on than about the link, so it is only a warning: the machine may be
 * offline, and a weekly check should not fail for that.
 */

export type LinkResult =
  | { url: string; outcome: "ok"; status: number; movedTo?: string }
  | { url: string; outcome: "broken"; status: number; statusText: string }
  | { url: string; outcome: "unreachable"; reason: string };

export interface CheckOptions {
  /** How long one request may take before the link counts as unreachable. */
  timeoutMs: number;
  /** How many requests are open at once: enough to be quick, few enough not to look like an attack. */
  concurrency: number;
}

export const DEFAULT_CHECK: CheckOptions = { timeoutMs: 15_000, concurrency: 6 };

// Some sites turn away requests that do not say who sends them.
const HEADERS = { "user-agent": "Mozilla/5.0 (compatible; clinic-blog-link-check)", accept: "text/html,*/*" };

async function request(url: string, method: "HEAD" | "GET", timeoutMs: number): Promise<Response> {
  const response = await fetch(url, {
    method,
    redirect: "follow",
    headers: HEADERS,
    signal: AbortSignal.timeout(timeoutMs),
  });
  // Only the status matters: the page itself is not downloaded.
  await response.body?.cancel().catch(() => undefined);
  return response;
}

/** What went wrong reaching a site, in a few words: "ENOTFOUND", "ECONNREFUSED", "timed out after 15 s". */
function reasonOf(error: unknown, timeoutMs: number): string {
  const named = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (named.name === "TimeoutError" || named.name === "AbortError") return `timed out after ${timeoutMs / 1000} s`;
  return named.cause?.code ?? named.cause?.message ?? named.message ?? String(error);
}

/**
 * Checks one address: HEAD first, as it asks for no page; then GET, as many servers answer HEAD wrongly
 * (405, 403, or 404 for a page that is there) or not at all. Redirects are followed.
 */
export async function checkLink(url: string, { timeoutMs }: Pick<CheckOptions, "timeoutMs">): Promise<LinkResult> {
  try {
    const head = await request(url, "HEAD", timeoutMs);
    if (head.status < 400) return okResult(url, head);
  } catch (error) {
    // A timeout on HEAD is a timeout: asking again would double the wait for a site that is down.
    if (reasonOf(error, timeoutMs).startsWith("timed out"))
      return { url, outcome: "unreachable", reason: reasonOf(error, timeoutMs) };
  }
  try {
    const get = await request(url, "GET", timeoutMs);
    if (get.status < 400) return okResult(url, get);
    // 429 is a site asking to be asked less often, not a missing page.
    if (get.status === 429) return { url, outcome: "unreachable", reason: "429 Too Many Requests" };
    return { url, outcome: "broken", status: get.status, statusText: get.statusText };
  } catch (error) {
    return { url, outcome: "unreachable", reason: reasonOf(error, timeoutMs) };
  }
}

const okResult = (url: string, response: Response): LinkResult => ({
  url,
  outcome: "ok",
  status: response.status,
  ...(response.redirected && response.url !== url && { movedTo: response.url }),
});

/** Checks each address once, a few at a time; the results come back in the order of `urls`. */
export async function checkLinks(
  urls: readonly string[],
  options: CheckOptions = DEFAULT_CHECK,
): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      results[i] = await checkLink(urls[i]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, urls.length) }, worker));
  return results;
}
