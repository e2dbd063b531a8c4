import type { PasswordPolicy } from '../shared/types';

// A password against a pool's policy, rule by rule, in the order Cognito checks them. The messages
// never repeat the password itself.
//
// The developer guide lists the characters a password can have: Basic Latin letters, digits, the
// symbols below and the space (counted as a symbol; not leading or trailing); at most 256 characters.
// UNCLEAR: the API's PasswordType pattern [\S]+ would refuse every space and allow any other character;
// the extension follows the guide, the narrower list.

/** The characters Cognito counts as symbols in a password policy. */
const SYMBOLS = new Set([...'^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-']);
const ALLOWED = /^[A-Za-z0-9 ^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]*$/;
const MAX_PASSWORD_LENGTH = 256;

export function checkPassword(value: string, policy: PasswordPolicy): string | undefined {
  const chars = [...value];
  if (chars.length < policy.minimumLength) return `Use at least ${policy.minimumLength} characters (now ${chars.length}).`;
  if (chars.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (!ALLOWED.test(value)) return 'Use only Basic Latin letters, digits, spaces and the symbols ^ $ * . [ ] { } ( ) ? " ! @ # % & / \\ , > < \' : ; | _ ~ ` = + -.';
  if (value.trim() !== value) return 'The password cannot start or end with a space.';
  if (policy.requireUppercase && !/[A-Z]/.test(value)) return 'Add an upper-case letter (the pool requires one).';
  if (policy.requireLowercase && !/[a-z]/.test(value)) return 'Add a lower-case letter (the pool requires one).';
  if (policy.requireNumbers && !/[0-9]/.test(value)) return 'Add a number (the pool requires one).';
  if (policy.requireSymbols && !chars.some((c) => SYMBOLS.has(c) || c === ' ')) {
    return 'Add a symbol such as ! @ # $ % ^ & * (the pool requires one).';
  }
  return undefined;
}

/** Cognito accepts minimum lengths from 6 to 99 (PasswordPolicyType); the flow trims the text. */
export function checkMinimumLength(value: string): string | undefined {
  if (!/^\d+$/.test(value.trim())) return 'Enter a whole number from 6 to 99.';
  const n = Number(value.trim());
  if (n < 6 || n > 99) return 'The minimum length must be from 6 to 99.';
  return undefined;
}

/** "8+ characters, upper case, lower case, number, symbol" */
export function describePasswordPolicy(policy: PasswordPolicy): string {
  const rules = [
    policy.requireUppercase && 'upper case',
    policy.requireLowercase && 'lower case',
    policy.requireNumbers && 'number',
    policy.requireSymbols && 'symbol',
  ].filter(Boolean);
  return [`${policy.minimumLength}+ characters`, ...rules].join(', ');
}
