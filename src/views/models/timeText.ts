// Times as the "Show as Text" document writes them: local, and relative to when the text was made
// (relativeTime is the rendered page's too).

/** "14/03/2025, 09:26:53" in this computer's locale and time zone. */
export function localTime(ms: number): string {
  return new Date(ms).toLocaleString();
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
