import type { LinkPlace } from "./collectLinks.ts";
import type { LinkResult } from "./checkLinks.ts";

export interface LinkReport {
  lines: string[];
  broken: number;
  unreachable: number;
}

const where = (place: LinkPlace) => `${place.file}${place.line ? `:${place.line}` : ""} (${place.field})`;

/**
 * One line per place that holds a broken or unreachable link (a link written in three posts is named three
 * times, each where it is to be fixed), then the totals. Links that work are not listed.
 */
export function linkReport(places: readonly LinkPlace[], results: readonly LinkResult[]): LinkReport {
  const byUrl = new Map(results.map((result) => [result.url, result]));
  const broken = results.filter((result) => result.outcome === "broken").length;
  const unreachable = results.filter((result) => result.outcome === "unreachable").length;
  // No site answered at all: one line says so, rather than a warning for every link.
  if (results.length > 1 && unreachable === results.length) {
    const reasons = [...new Set(results.map((result) => (result.outcome === "unreachable" ? result.reason : "")))];
    return {
      lines: [
        `warning: none of the ${results.length} links could be reached (${reasons.slice(0, 3).join(", ")}): this machine seems to be offline; run the check again when it is online.`,
      ],
      broken,
      unreachable,
    };
  }
  const lines: string[] = [];
  for (const place of places) {
    const result = byUrl.get(place.url);
    if (result?.outcome === "broken")
      lines.push(
        `broken: ${where(place)}: ${place.url} answers ${result.status}${result.statusText ? ` ${result.statusText}` : ""}: find the page's new address, or remove the link`,
      );
    if (result?.outcome === "unreachable")
      lines.push(
        `warning: ${where(place)}: ${place.url} could not be reached (${result.reason}): try it in a browser; the site, or this machine's network, may be down`,
      );
  }
  lines.push(
    `${results.length} ${results.length === 1 ? "link" : "links"} checked: ${broken} broken, ${unreachable} could not be reached.`,
  );
  return { lines, broken, unreachable };
}
