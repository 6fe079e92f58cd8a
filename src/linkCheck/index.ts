/** The link check (npm run check-links): no part of the build, which never reaches other sites. */
export { collectLinks, type LinkPlace } from "./collectLinks.ts";
export { checkLinks, DEFAULT_CHECK, type LinkResult } from "./checkLinks.ts";
export { linkReport } from "./report.ts";
