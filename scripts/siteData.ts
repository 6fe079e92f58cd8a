import { formatProblem } from "../src/lib/problems.ts";
import { loadSiteData, type SiteData } from "../src/clinicData/loadSiteData.ts";

/** The command-line tools' start: the checked clinic data, or every problem with it and exit 2. */
export function siteDataOrExit(root: string): SiteData {
  const site = loadSiteData(root);
  if (!site.data) {
    for (const problem of site.problems) console.error(formatProblem(problem));
    process.exit(2);
  }
  return site.data;
}
