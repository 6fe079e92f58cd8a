import { writeFileSync } from "node:fs";

// Loaded with --import by the benchmark: records the process's peak memory when it exits.
const out = process.env.CLINIC_BENCH_RSS_FILE;
if (out) process.on("exit", () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
