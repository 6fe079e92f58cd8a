/** One benchmark run at one size. Times are seconds (medians of the runs), memory in bytes. */
export interface SizeResult {
  posts: number;
  bare: number;
  build: number;
  buildCold: number;
  search: number;
  checker: number;
  rebuild: number;
  rebuildRewritten: number;
  peakBuildBytes: number;
  /** Pagefind's step, its binary included; undefined where GNU time is missing. */
  peakSearchBytes?: number;
  outputFiles: number;
  outputBytes: number;
  feeds: number;
  snippets: number;
  /** What Eleventy's own benchmark found slowest in the build, e.g. "Render: 3.4 s". */
  dominated: string[];
}

export interface Check {
  name: string;
  value: string;
  limit: string;
  met: boolean;
}

const GIB = 2 ** 30;

/** The budget of issue 8, judged at the largest size measured (growth between the smallest and largest). */
export function checkBudget(results: readonly SizeResult[]): Check[] {
  const small = results[0]!;
  const large = results.at(-1)!;
  const growth = large.build / small.build;
  const sizeGrowth = large.posts / small.posts;
  const memory = large.peakBuildBytes + (large.peakSearchBytes ?? 0);
  const checks: Check[] = [
    {
      name: `full build / bare Eleventy at ${large.posts} posts`,
      value: `${(large.build / large.bare).toFixed(2)}×`,
      limit: "2.0×",
      met: large.build / large.bare <= 2,
    },
    {
      name: "one-post rebuild / full build",
      value: `${(large.rebuild / large.build).toFixed(2)}×`,
      limit: "0.3×",
      met: large.rebuild / large.build <= 0.3,
    },
    {
      name: "files the rebuild rewrote",
      value: `${((large.rebuildRewritten / large.outputFiles) * 100).toFixed(1)}%`,
      limit: "2%",
      met: large.rebuildRewritten / large.outputFiles <= 0.02,
    },
    {
      name: `peak memory, build${large.peakSearchBytes === undefined ? " (search not measured: no GNU time)" : " plus search"}`,
      value: `${(memory / GIB).toFixed(2)} GB`,
      limit: "1 GB",
      met: memory <= GIB,
    },
    {
      name: "output files per post",
      value: `${(large.outputFiles / large.posts).toFixed(2)}×`,
      limit: "3×",
      met: large.outputFiles / large.posts <= 3,
    },
  ];
  if (results.length > 1) {
    // The budget's 4.5 is for 4× the posts; other sizes are held to the same allowance over linear.
    const limit = sizeGrowth * (4.5 / 4);
    checks.splice(1, 0, {
      name: `t(${large.posts}) / t(${small.posts})`,
      value: growth.toFixed(2),
      limit: limit.toFixed(2),
      met: growth <= limit,
    });
  }
  return checks;
}
