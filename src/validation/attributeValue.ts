import type { AttributeSchema } from '../shared/types';
import { checkEmail, checkPhoneNumber } from './contact';

// An attribute value against its schema: type (String, Number, DateTime, Boolean), the pool's length or
// range constraints, and the formats of the standard attributes Cognito checks (e-mail, E.164 phone,
// birthdate as YYYY-MM-DD). Cognito stores every value as a string of at most 2048 characters (code
// points). The value is checked exactly as it is sent: nothing is trimmed.
// UNCLEAR: AWS does not document the text forms of Number, Boolean and DateTime values. The extension
// takes a plain decimal number (-12, 3.5), exactly true or false, and an ISO 8601 date or date-time
// (2026-11-28, 2026-11-28T12:00:00Z, with an optional fraction and ±hh:mm zone) or epoch digits.

const MAX_VALUE_LENGTH = 2048;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

export function checkAttributeValue(value: string, attribute: AttributeSchema): string | undefined {
  if (attribute.name === 'email') return checkEmail(value);
  if (attribute.name === 'phone_number') return checkPhoneNumber(value);
  if ([...value].length > MAX_VALUE_LENGTH) return `A value can be at most ${MAX_VALUE_LENGTH} characters.`;
  if (attribute.name === 'birthdate' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Enter the date as YYYY-MM-DD, e.g. 1990-04-23.';
  switch (attribute.type) {
    case 'Number': {
      if (!/^-?\d+(\.\d+)?$/.test(value)) return 'Enter a number.';
      const n = Number(value);
      if (attribute.minValue !== undefined && n < attribute.minValue) return `Enter at least ${attribute.minValue}.`;
      if (attribute.maxValue !== undefined && n > attribute.maxValue) return `Enter at most ${attribute.maxValue}.`;
      return undefined;
    }
    case 'Boolean':
      return value === 'true' || value === 'false' ? undefined : 'Enter true or false.';
    case 'DateTime':
      return /^\d+$/.test(value) || isDateTime(value) ? undefined : 'Enter a date and time, e.g. 2026-11-28T12:00:00Z.';
    default: {
      const length = [...value].length;
      if (attribute.minLength !== undefined && length < attribute.minLength) return `Enter at least ${attribute.minLength} characters.`;
      if (attribute.maxLength !== undefined && length > attribute.maxLength) return `Enter at most ${attribute.maxLength} characters.`;
      return undefined;
    }
  }
}

/** An ISO 8601 date or date-time that names a real day and time (no 2026-02-30, no 24:00). */
function isDateTime(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day] = [1, 2, 3].map((i) => Number(match[i]));
  const [hour, minute, second, zoneHour, zoneMinute] = [4, 5, 6, 7, 8].map((i) => Number(match[i] ?? 0));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 59 && zoneHour <= 23 && zoneMinute <= 59;
}
