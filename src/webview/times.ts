// Times as people read them: the local date and time, and a token's countdown to the second (how far away a
// time is comes from src/shared/views/relativeTime.ts, shared with the Show as Text document). Pure (the
// clock is an argument), so unit tests pin every boundary; the page calls them again each second.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "7 Dec 2026, 06:12:03" in the page's locale; `locale` and `timeZone` are for tests. */
export function localTime(time: number, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone }).format(time);
}

/** A distance in its `count` largest units, to the second: "59 min 12 s", "1 h 5 min", "2 days 3 h", "0 s". */
export function duration(ms: number, count = 2): string {
  const total = Math.floor(Math.abs(ms) / SECOND);
  const days = Math.floor(total / (DAY / SECOND));
  const hours = Math.floor((total % (DAY / SECOND)) / (HOUR / SECOND));
  const minutes = Math.floor((total % (HOUR / SECOND)) / (MINUTE / SECOND));
  const seconds = total % (MINUTE / SECOND);
  const units: [number, string][] = [
    [days, days === 1 ? 'day' : 'days'],
    [hours, 'h'],
    [minutes, 'min'],
    [seconds, 's'],
  ];
  const first = units.findIndex(([n]) => n > 0);
  if (first < 0) return '0 s';
  return units
    .slice(first, first + count)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
}

/** A token's countdown, ticking each second below a day: "expires in 23 h 59 min 12 s", then "expired 3 s ago"
 *  (at its end it has expired). */
export function countdownText(expiresAt: number, now: number): string {
  return expiresAt > now ? `expires in ${duration(expiresAt - now, 3)}` : `expired ${duration(now - expiresAt, 3)} ago`;
}
