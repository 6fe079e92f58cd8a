/**
 * Reads what Eleventy's own benchmark (`DEBUG=Eleventy:Benchmark*`) printed during a build: the time spent
 * writing feeds and share texts, and the slowest steps. Lines look like
 * "Eleventy:Benchmark Benchmark   4686ms  27%  1391× (Aggregate) Render".
 */
export function eleventyBenchmark(log: string): { feeds: number; snippets: number; dominated: string[] } {
  const entries = [...log.matchAll(/Benchmark\s+(\d+)ms\s+\d+%\s+\d+×\s+\((\w+)\)\s+(.+)/g)].map(
    ([, ms, kind, name]) => ({
      seconds: Number(ms) / 1000,
      kind: kind!,
      name: name!.trim(),
    }),
  );
  const sum = (pattern: RegExp) =>
    entries.filter((e) => e.kind === "Aggregate" && pattern.test(e.name)).reduce((total, e) => total + e.seconds, 0);
  const dominated = entries
    .filter((e) => e.seconds >= 0.1)
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, 6)
    .map((e) => `${e.name.replace(/^> /, "")}: ${e.seconds.toFixed(1)} s`);
  return {
    feeds: sum(/^> Render Content > \.\/(feeds|podcast|tips)\/.*feed/),
    snippets: sum(/^> Write share texts/),
    dominated,
  };
}
