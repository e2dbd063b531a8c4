import type { AttributeSchema } from '../cognito/types';
import { checkEmail, checkPhoneNumber } from './contact';

// An attribute value against its schema: type (String, Number, DateTime, Boolean), the pool's length or
// range constraints, and the formats of the standard attributes Cognito checks (e-mail, E.164 phone,
// birthdate as YYYY-MM-DD). Cognito stores every value as a string of at most 2048 characters.

const MAX_VALUE_LENGTH = 2048;

export function checkAttributeValue(value: string, attribute: AttributeSchema): string | undefined {
  if (attribute.name === 'email') return checkEmail(value);
  if (attribute.name === 'phone_number') return checkPhoneNumber(value);
  if (value.length > MAX_VALUE_LENGTH) return `A value can be at most ${MAX_VALUE_LENGTH} characters.`;
  if (attribute.name === 'birthdate' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Enter the date as YYYY-MM-DD, e.g. 1990-04-23.';
  switch (attribute.type) {
    case 'Number': {
      if (!/^-?\d+(\.\d+)?$/.test(value.trim())) return 'Enter a number.';
      const n = Number(value);
      if (attribute.minValue !== undefined && n < attribute.minValue) return `Enter at least ${attribute.minValue}.`;
      if (attribute.maxValue !== undefined && n > attribute.maxValue) return `Enter at most ${attribute.maxValue}.`;
      return undefined;
    }
    case 'Boolean':
      return value === 'true' || value === 'false' ? undefined : 'Enter true or false.';
    case 'DateTime':
      return /^\d+$/.test(value) || !Number.isNaN(Date.parse(value)) ? undefined : 'Enter a date and time, e.g. 2026-11-28T12:00:00Z.';
    default: {
      const length = [...value].length;
      if (attribute.minLength !== undefined && length < attribute.minLength) return `Enter at least ${attribute.minLength} characters.`;
      if (attribute.maxLength !== undefined && length > attribute.maxLength) return `Enter at most ${attribute.maxLength} characters.`;
      return undefined;
    }
  }
}
