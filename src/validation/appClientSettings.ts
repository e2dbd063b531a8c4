import type { TokenValidity, ValidityUnit } from '../shared/types';

// Cognito's ranges for an app client's settings (API reference, CreateUserPoolClient /
// UpdateUserPoolClient), each checked as typed. Token lifetimes are a number and a unit ("45 minutes"), and
// the range is said in the unit typed: access and ID tokens 5 minutes to 1 day, refresh tokens 60 minutes
// to 10 years (3,650 days); AuthSessionValidity 3–15 minutes; RetryGracePeriodSeconds 0–60.
// Each check returns undefined when the value is valid, else one sentence for the input box.

export type TokenKind = 'access' | 'id' | 'refresh';

const SECONDS: Record<ValidityUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };
/** [shortest, longest] in seconds (the reference gives the ranges in seconds). */
const RANGE: Record<TokenKind, [number, number]> = { access: [300, 86_400], id: [300, 86_400], refresh: [3600, 315_360_000] };
const NAMES: Record<TokenKind, string> = { access: 'Access tokens', id: 'ID tokens', refresh: 'Refresh tokens' };
const SPOKEN: Record<TokenKind, string> = { access: '5 minutes to 1 day', id: '5 minutes to 1 day', refresh: '60 minutes to 10 years' };
const UNIT_WORDS: [RegExp, ValidityUnit][] = [
  [/^(s|secs?|seconds?)$/, 'seconds'],
  [/^(m|mins?|minutes?)$/, 'minutes'],
  [/^(h|hrs?|hours?)$/, 'hours'],
  [/^(d|days?)$/, 'days'],
];

export const inSeconds = (validity: TokenValidity) => validity.value * SECONDS[validity.unit];

/** "45 minutes", "1 day". */
export function lifetimeText({ value, unit }: TokenValidity): string {
  return `${value} ${value === 1 ? unit.slice(0, -1) : unit}`;
}

/** "45 minutes", "45 min", "2h", "1 day" → the lifetime; anything else → undefined. */
export function parseLifetime(text: string): TokenValidity | undefined {
  const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = UNIT_WORDS.find(([pattern]) => pattern.test(match[2].toLowerCase()))?.[1];
  return unit ? { value: Number(match[1]), unit } : undefined;
}

/** The whole numbers `unit` allows for this token, or undefined when none (days are too long for a 5-minute token, never). */
function rangeIn(kind: TokenKind, unit: ValidityUnit): [number, number] {
  const [shortest, longest] = RANGE[kind];
  return [Math.max(1, Math.ceil(shortest / SECONDS[unit])), Math.floor(longest / SECONDS[unit])];
}

export function checkLifetime(kind: TokenKind, text: string): string | undefined {
  if (/^\s*\d+\s*$/.test(text)) return 'Add a unit: minutes, hours or days (for example "45 minutes").';
  const lifetime = parseLifetime(text);
  if (!lifetime) return 'Type a whole number and a unit: minutes, hours or days (for example "45 minutes").';
  const [min, max] = rangeIn(kind, lifetime.unit);
  if (lifetime.value < min || lifetime.value > max) {
    return `${NAMES[kind]} last ${SPOKEN[kind]}: in ${lifetime.unit}, ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`;
  }
  return undefined;
}

/**
 * The refresh token must last at least as long as the access and ID tokens: AWS's own wording for
 * IdTokenValidity and AccessTokenValidity in the console and the provider documentation that follows it
 * ("Cannot be greater than refresh token expiration", quoted in lgallard/terraform-aws-cognito-user-pool#68).
 */
export function checkRefreshOutlives(refresh: TokenValidity, access: TokenValidity, id: TokenValidity): string | undefined {
  const longest = inSeconds(access) >= inSeconds(id) ? { what: 'access token', lifetime: access } : { what: 'ID token', lifetime: id };
  if (inSeconds(refresh) >= inSeconds(longest.lifetime)) return undefined;
  return `The refresh token must last at least as long as the ${longest.what} (${lifetimeText(longest.lifetime)}).`;
}

function wholeNumberIn(text: string, min: number, max: number, what: string): string | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max) return `${what}: a whole number from ${min} to ${max}.`;
  return undefined;
}

/** AuthSessionValidity: minutes, 3–15. */
export function checkAuthSessionMinutes(text: string): string | undefined {
  return wholeNumberIn(text, 3, 15, 'Minutes a sign-in session lasts between its steps');
}

/** RefreshTokenRotation.RetryGracePeriodSeconds: 0–60. */
export function checkGracePeriodSeconds(text: string): string | undefined {
  return wholeNumberIn(text, 0, 60, 'Seconds the previous refresh token keeps working');
}
