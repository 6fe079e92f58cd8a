/** Seconds from "75", 75, "1:15" or "1:01:15": how editors write chapter times and durations. */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match =
    /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(value.trim()) ?? /^()()(\d+(?:\.\d+)?)$/.exec(value.trim());
  if (!match) return undefined;
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => Number(part || 0)) as [
    number,
    number,
    number,
  ];
  // "75:30" is fine (75 minutes); with an hours part, minutes stay under 60 as on a clock.
  if (match[2] && (seconds >= 60 || (match[1] && minutes > 59))) return undefined;
  return hours * 3600 + minutes * 60 + seconds;
}

/** "1:05" or "1:02:05": how a time reads next to a chapter title. */
export function formatTimestamp(totalSeconds: number): string {
  const whole = Math.floor(totalSeconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = String(whole % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}
