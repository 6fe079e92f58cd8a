/** What other features use of the structured data: the kinds of page the site's own pages are. */
export type { SitePageType } from "./pageGraph.ts";
