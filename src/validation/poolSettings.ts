// Cognito's ranges for a pool's password policy (PasswordPolicyType in the API reference) and AWS's rules for
// a user pool's tags (TagResource / UserPoolTags), as sentences for input boxes. Each takes the text typed.

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** MinimumLength: 6–99. */
export function checkMinimumLength(value: string): string | undefined {
  const n = whole(value);
  return n !== undefined && n >= 6 && n <= 99 ? undefined : 'Enter a whole number of characters from 6 to 99.';
}

/**
 * TemporaryPasswordValidityDays: 0–365, but "If you submit a value of 0, Amazon Cognito treats it as a null
 * value and sets TemporaryPasswordValidityDays to its default value" (7). 0 is refused here, so what is saved
 * is what was typed.
 */
export function checkTemporaryPasswordDays(value: string): string | undefined {
  const n = whole(value);
  if (n === 0) return 'Cognito turns 0 into its default, 7 days: type 7 for that, or a number of days from 1 to 365.';
  return n !== undefined && n >= 1 && n <= 365 ? undefined : 'Enter a whole number of days from 1 to 365.';
}

/** PasswordHistorySize: 0–24; 0 keeps no history. */
export function checkPasswordHistorySize(value: string): string | undefined {
  const n = whole(value);
  return n !== undefined && n <= 24 ? undefined : 'Enter how many previous passwords a user may not reuse, from 0 (any) to 24.';
}

// Tag keys and values: letters, separators (spaces), numbers and _ . : / = + - @ (the key and value pattern
// ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$); keys 1–128 characters, values 0–256; keys starting with aws: are
// AWS's own (AWS's tagging rules); a user pool has at most 50 tags (TagResource: "A user pool can have as
// many as 50 tags").
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
export const MAX_TAGS = 50;

export function checkTagKey(value: string, existing: readonly string[] = []): string | undefined {
  const length = [...value].length;
  if (length === 0) return 'Enter a tag key.';
  if (length > 128) return `A tag key has at most 128 characters (now ${length}).`;
  if (!TAG_TEXT.test(value)) return 'A tag key can contain letters, numbers, spaces and _ . : / = + - @ only.';
  if (/^aws:/i.test(value)) return 'Tag keys starting with aws: are reserved for AWS.';
  if (existing.includes(value)) return `The pool already has the tag ${value}: pick it to change its value.`;
  return undefined;
}

export function checkTagValue(value: string): string | undefined {
  const length = [...value].length;
  if (length > 256) return `A tag value has at most 256 characters (now ${length}).`;
  if (!TAG_TEXT.test(value)) return 'A tag value can contain letters, numbers, spaces and _ . : / = + - @ only.';
  return undefined;
}
