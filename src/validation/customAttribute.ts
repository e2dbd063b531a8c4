import { MAX_CUSTOM_ATTRIBUTE_LENGTH, MAX_CUSTOM_ATTRIBUTE_NAME } from '../shared/api/customAttributes';

// Cognito's rules for a new custom attribute (API reference, SchemaAttributeType and AddCustomAttributes):
// the name, without `custom:`, is 1–20 characters of letters, marks, symbols, numbers and punctuation
// (`[\p{L}\p{M}\p{S}\p{N}\p{P}]+`: no spaces), and not one the pool has (custom attributes are never
// removed, so a name once used stays taken). A String attribute's lengths are whole numbers from 0 to 2048,
// the minimum no more than the maximum. A Number attribute's bounds are whole numbers (Cognito's Number
// values are integers), either one optional. Lengths count characters (code points).

const NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
const WHOLE = /^-?\d+$/;

/** @param existing the pool's custom attributes as users carry them ("custom:team") */
export function checkCustomAttributeName(value: string, existing: readonly string[]): string | undefined {
  const name = value.startsWith('custom:') ? value.slice('custom:'.length) : value;
  const length = [...name].length;
  if (length === 0) return 'Enter a name, e.g. tenantId (Cognito makes it custom:tenantId).';
  if (length > MAX_CUSTOM_ATTRIBUTE_NAME) return `A custom attribute's name has at most ${MAX_CUSTOM_ATTRIBUTE_NAME} characters after "custom:" (now ${length}).`;
  if (!NAME.test(name)) return 'A name can contain letters, numbers, symbols and punctuation, but no spaces.';
  if (existing.includes(`custom:${name}`)) return `The pool already has custom:${name}; a custom attribute's name can never be used again.`;
  return undefined;
}

/** The name as AddCustomAttributes takes it: a "custom:" typed in front is dropped, since Cognito adds it. */
export function bareCustomAttributeName(value: string): string {
  return value.startsWith('custom:') ? value.slice('custom:'.length) : value;
}

export function checkMinLength(value: string): string | undefined {
  return lengthProblem(value.trim(), 0, MAX_CUSTOM_ATTRIBUTE_LENGTH);
}

export function checkMaxLength(value: string, minLength: number): string | undefined {
  return lengthProblem(value.trim(), Math.max(1, minLength), MAX_CUSTOM_ATTRIBUTE_LENGTH);
}

/** Empty means no lower bound. */
export function checkMinValue(value: string): string | undefined {
  const text = value.trim();
  return text === '' || isWhole(text) ? undefined : 'Enter a whole number (e.g. 0 or -10), or leave it empty for no minimum.';
}

/** Empty means no upper bound. */
export function checkMaxValue(value: string, minValue: number | undefined): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (!isWhole(text)) return 'Enter a whole number, or leave it empty for no maximum.';
  if (minValue !== undefined && Number(text) < minValue) return `Enter at least the minimum, ${minValue}.`;
  return undefined;
}

/** "" → undefined, "12" → 12: a bound as typed. */
export function boundOf(value: string): number | undefined {
  return value.trim() === '' ? undefined : Number(value.trim());
}

function lengthProblem(text: string, min: number, max: number): string | undefined {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) return `Enter a whole number from ${min} to ${max}.`;
  return undefined;
}

function isWhole(text: string): boolean {
  return WHOLE.test(text) && Number.isSafeInteger(Number(text));
}
