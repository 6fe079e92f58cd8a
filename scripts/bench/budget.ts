/** One benchmark run at one size. Times are seconds (medians of the runs), memory in bytes. */
export interface SizeResult {
  posts: number;
  bare: number;
  /** `npm run build` with .cache/ kept, without and with the search index. */
  warm: number;
  warmSearch: number;
  /** `npm run build` with no .cache/ (a fresh checkout), without and with the search index. */
  fresh: number;
  freshSearch: number;
  /** Pagefind alone, over the built site. */
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

/** The budget: the whole `npm run build` against bare Eleventy, its growth with posts, rebuilds and memory. */
export function checkBudget(results: readonly SizeResult[]): Check[] {
  const small = results[0]!;
  const large = results.at(-1)!;
  const ratio = (n: number) => `${n.toFixed(2)}×`;
  const memory = large.peakBuildBytes + (large.peakSearchBytes ?? 0);
  const checks: Check[] = results.map((r) => ({
    name: `npm run build, warm / bare Eleventy at ${r.posts} posts`,
    value: ratio(r.warmSearch / r.bare),
    limit: "2.0×",
    met: r.warmSearch / r.bare <= 2,
  }));
  checks.push({
    name: `npm run build, fresh / bare Eleventy at ${large.posts} posts`,
    value: ratio(large.freshSearch / large.bare),
    limit: "5.0×",
    met: large.freshSearch / large.bare <= 5,
  });
  if (results.length > 1) {
    // 3.0 for 4× the posts; other sizes are held to the same allowance over linear.
    const limit = (large.posts / small.posts) * 0.75;
    for (const [name, key] of [
      ["warm", "warmSearch"],
      ["fresh", "freshSearch"],
    ] as const) {
      const growth = large[key] / small[key];
      checks.push({
        name: `t(${large.posts}) / t(${small.posts}), ${name}`,
        value: growth.toFixed(2),
        limit: limit.toFixed(2),
        met: growth <= limit,
      });
    }
  }
  checks.push(
    {
      name: "one-post rebuild / warm build (both without search)",
      value: ratio(large.rebuild / large.warm),
      limit: "0.3×",
      met: large.rebuild / large.warm <= 0.3,
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
  );
  return checks;
}
