import { DateTime } from "luxon";
import type { BuildMode } from "./publishing.ts";

/**
 * `npm start` (Eleventy's serve/watch modes) is the editor's preview and shows drafts; so is any build with
 * CLINIC_PREVIEW=true (a preview deploy for reviewers). Every other run is production.
 * CLINIC_NOW pins "now" (an ISO date-time) so tests and benchmarks see the same schedule every day.
 */
export function buildModeFrom(runMode: string | undefined, env: NodeJS.ProcessEnv = process.env): BuildMode {
  if (env.CLINIC_PREVIEW === "true" || env.CLINIC_PREVIEW === "1") return "preview";
  return runMode === "serve" || runMode === "watch" ? "preview" : "production";
}

export function buildNow(env: NodeJS.ProcessEnv = process.env): DateTime {
  const pinned = env.CLINIC_NOW;
  if (!pinned) return DateTime.now();
  const now = DateTime.fromISO(pinned, { setZone: true });
  if (!now.isValid)
    throw new Error(`CLINIC_NOW is "${pinned}", which is not an ISO date-time like 2026-11-26T12:00:00-06:00`);
  return now;
}
