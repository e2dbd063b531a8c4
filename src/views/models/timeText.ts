// Times as the "Show as Text" document writes them: local, and relative to when the text was made.

/** "14/03/2025, 09:26:53" in this computer's locale and time zone. */
export function localTime(ms: number): string {
  return new Date(ms).toLocaleString();
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 45 min", "3 h ago", "12 days ago", "2 years ago"; "now" within a minute. */
export function relativeTime(ms: number, now: Date): string {
  const diff = ms - now.getTime();
  const size = Math.abs(diff);
  if (size < MINUTE) return 'now';
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

/** A token's expiry, as the Tokens text has always said it: minutes (and hours past two), or how long ago. */
export function expiryText(expiresAt: number | undefined, now: Date): string {
  if (expiresAt === undefined) return 'no exp claim';
  const minutes = Math.round((expiresAt - now.getTime()) / 60_000);
  const when = localTime(expiresAt);
  if (minutes > 0) return `${when} (expires in ${minutes} min${minutes >= 120 ? `, ${Math.round(minutes / 60)} h` : ''})`;
  if (minutes === 0) return `${when} (expires now)`;
  return `${when} (**expired** ${-minutes} min ago; Refresh Tokens gets new ones)`;
}
