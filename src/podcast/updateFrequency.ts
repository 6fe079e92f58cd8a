/**
 * How often new episodes come, as `podcast:updateFrequency` says it (an iCalendar rule and words), from the
 * plan's `podcastPerMonth`. Apps use it to tell listeners when to expect the next one.
 */
export function updateFrequency(perMonth: number): { rrule: string; label: string } | undefined {
  if (!(perMonth > 0)) return undefined;
  if (perMonth === 1) return { rrule: "FREQ=MONTHLY", label: "Monthly" };
  if (perMonth === 2) return { rrule: "FREQ=WEEKLY;INTERVAL=2", label: "Every two weeks" };
  if (perMonth === 4) return { rrule: "FREQ=WEEKLY", label: "Weekly" };
  if (perMonth < 1) {
    const months = Math.round(1 / perMonth);
    return { rrule: `FREQ=MONTHLY;INTERVAL=${months}`, label: `Every ${months} months` };
  }
  const days = Math.max(1, Math.round(30 / perMonth));
  return { rrule: `FREQ=DAILY;INTERVAL=${days}`, label: days === 1 ? "Daily" : `Every ${days} days` };
}
