import { randomInt } from 'node:crypto';
import type { PasswordPolicy } from '../shared/types';

// A password that satisfies a pool's policy, from a cryptographic random source: at least one
// character of each required class, the rest from all classes, shuffled. Never logged.

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
// Symbols Cognito accepts that are also safe to paste into a shell or a JSON string.
const SYMBOLS = '!#%*+-=?@^_~';

/** At least 16 characters, or the policy's minimum when that is longer. */
export function generatePassword(policy: PasswordPolicy, length = Math.max(16, policy.minimumLength)): string {
  const required = [
    policy.requireUppercase && UPPER,
    policy.requireLowercase && LOWER,
    policy.requireNumbers && DIGITS,
    policy.requireSymbols && SYMBOLS,
  ].filter((set): set is string => Boolean(set));
  const all = UPPER + LOWER + DIGITS + SYMBOLS;
  const chars = required.map(pick);
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

function pick(set: string): string {
  return set[randomInt(set.length)];
}
