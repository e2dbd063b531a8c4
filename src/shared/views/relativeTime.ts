// How far a time is from now, in the unit that reads best: what a rendered view shows beside a date and what
// its Show as Text document writes, so the two say the same.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 45 min", "3 h ago", "12 days ago", "2 years ago"; "just now" within a minute. */
export function relativeTime(time: number, now: number): string {
  const diff = time - now;
  const size = Math.abs(diff);
  if (size < MINUTE) return 'just now';
  const amount =
    size < 120 * MINUTE
      ? `${Math.round(size / MINUTE)} min`
      : size < 48 * HOUR
        ? `${Math.round(size / HOUR)} h`
        : size < 60 * DAY
          ? `${Math.round(size / DAY)} days`
          : size < 730 * DAY
            ? `${Math.round(size / (30 * DAY))} months`
            : `${Math.round(size / (365 * DAY))} years`;
  return diff > 0 ? `in ${amount}` : `${amount} ago`;
}
