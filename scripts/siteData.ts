import { loadSiteData, type SiteData } from "../src/clinicData/loadSiteData.ts";
import { loadContent, type LoadedContent } from "../src/content/loadContent.ts";
import type { ContentStep } from "../src/content/steps.ts";
import { CONTENT_STEPS } from "../src/contentSteps.ts";
import { ContentCache } from "../src/lib/cache.ts";
import { formatProblem, type Problem } from "../src/lib/problems.ts";

function exitWith(problems: readonly Problem[]): never {
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(2);
}

/** The command-line tools' start: the checked clinic data, or every problem with it and exit 2. */
export function siteDataOrExit(root: string): SiteData {
  const site = loadSiteData(root);
  return site.data ?? exitWith(site.problems);
}

/**
 * The content as a build loads it (the same steps, and the cache the last build saved, which a tool only
 * reads), or every problem with the clinic's data and exit 2. Problems with posts are the caller's to show.
 */
export async function loadContentOrExit(
  root: string,
  steps: readonly ContentStep[] = CONTENT_STEPS,
): Promise<Required<LoadedContent>> {
  const loaded = await loadContent(root, { steps, cache: ContentCache.forSite(root) });
  return loaded.content ? { ...loaded, content: loaded.content } : exitWith(loaded.problems);
}
