// Parts of a user pool that ListUsers can list side by side: the users whose `sub` starts with a prefix.
// Why `sub`: every user has one and Cognito makes it (a UUID, lowercase hex digits 8-4-4-4-12), so its first
// characters are hex digits spread evenly whatever the usernames are (UUIDs, e-mails, phone numbers, any
// Unicode). ListUsers' Filter (API reference, ListUsers, "Filter") searches `sub`, takes `^=` as "starts
// with", one attribute per request, the value in double quotes: hex digits need no escaping.
// Why parts cover every user exactly once: the plan starts as every hex string of one length, and split()
// replaces a prefix by its sixteen children. Both keep the prefixes a partition of the hex strings of their
// length: no prefix starts another, and every sub starts with one of them. Prefixes stop before the UUID's
// first dash (index 8), so a child is always one more hex digit.

export const HEX_DIGITS = '0123456789abcdef';
/** The prefix of the whole pool: listed without a filter, as one stream. */
export const WHOLE_POOL = '';
/** The first dash of a UUID is at index 8; prefixes stay within the hex digits before it. */
export const LONGEST_PREFIX = 8;

/** Below this estimate a pool lists as one stream: a handful of pages would cost at least 16 calls in parts. */
export const ONE_STREAM_BELOW = 1_000;
/** Parts are planned no larger than this (about 170 pages), so a resumed export re-lists little. */
export const PART_USERS = 10_000;
/** A part that lists this many times its expected size is split (its rows so far are dropped). */
export const SPLIT_FACTOR = 4;
/** …but never below this many users: small parts vary a lot and splitting them costs more calls than it saves. */
export const SPLIT_FLOOR = 600;

export interface PartPlan {
  /** The prefixes to list, in order. */
  prefixes: string[];
  /** Users expected in a part of the plan's first length (from the pool's estimate). */
  usersPerPart: number;
}

/** The ListUsers filter of a part; the whole pool has none. */
export function subFilter(prefix: string): string | undefined {
  if (prefix === WHOLE_POOL) return undefined;
  if (!isPrefix(prefix)) throw new Error(`Not a sub prefix: ${prefix}`);
  return `sub ^= "${prefix}"`;
}

export function isPrefix(prefix: string): boolean {
  return prefix.length <= LONGEST_PREFIX && [...prefix].every((c) => HEX_DIGITS.includes(c));
}

/** The sixteen parts that replace a part found too large, in order. */
export function childrenOf(prefix: string): string[] {
  if (prefix.length >= LONGEST_PREFIX) throw new Error(`A part of ${LONGEST_PREFIX} hex digits cannot be split.`);
  return [...HEX_DIGITS].map((digit) => prefix + digit);
}

/** Every hex string of this length, in order. */
export function prefixesOfLength(length: number): string[] {
  let prefixes = [WHOLE_POOL];
  for (let i = 0; i < length; i++) prefixes = prefixes.flatMap(childrenOf);
  return prefixes;
}

/** The parts for a pool of about this many users (DescribeUserPool's EstimatedNumberOfUsers). */
export function planParts(estimatedUsers: number | undefined): PartPlan {
  const users = estimatedUsers ?? 0;
  if (users < ONE_STREAM_BELOW) return { prefixes: [WHOLE_POOL], usersPerPart: users };
  let length = 1;
  while (length < LONGEST_PREFIX && users / 16 ** length > PART_USERS) length++;
  return { prefixes: prefixesOfLength(length), usersPerPart: users / 16 ** length };
}

/** True when a part that has listed `listed` users so far and goes on is better listed as its children. */
export function tooLarge(plan: PartPlan, prefix: string, listed: number): boolean {
  if (prefix === WHOLE_POOL || prefix.length >= LONGEST_PREFIX) return false;
  const planned = plan.prefixes[0]?.length ?? 0;
  const expected = plan.usersPerPart / 16 ** Math.max(0, prefix.length - planned);
  return listed > Math.max(SPLIT_FACTOR * expected, SPLIT_FLOOR);
}
