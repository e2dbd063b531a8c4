// E-mail and phone number checks. Cognito stores phone numbers in E.164 (+ then country code and
// number, at most 15 digits, e.g. +14155550123).
//
// E-mail: AWS documents only the characters (EmailAddressType: [\p{L}\p{M}\p{S}\p{N}\p{P}]+@…, so no
// spaces, control or format characters such as U+202E) and 2048 characters for an attribute value; the
// format Cognito checks for the email attribute ("Invalid email address format") is not documented.
// Stricter by design: exactly one @, a domain with a dot and a final label of two or more characters, and
// at most 256 characters (a mailbox is at most 254 octets). Lengths count characters (code points).
// Phone: UNCLEAR: E.164 sets no minimum length; the extension wants at least two digits.

const EMAIL_CHARACTERS = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
const EMAIL_SHAPE = /^[^@]+@[^@]+\.[^@.]{2,}$/u;
const E164_PATTERN = /^\+[1-9]\d{1,14}$/;
const MAX_EMAIL_LENGTH = 256;

export function checkEmail(value: string): string | undefined {
  if (value.length === 0) return 'Enter an e-mail address.';
  if ([...value].length > MAX_EMAIL_LENGTH) return `An e-mail address can have at most ${MAX_EMAIL_LENGTH} characters.`;
  if (!EMAIL_CHARACTERS.test(value) || !EMAIL_SHAPE.test(value)) return 'Enter an e-mail address like name@example.com.';
  return undefined;
}

export function checkPhoneNumber(value: string): string | undefined {
  if (value.length === 0) return 'Enter a phone number.';
  if (!E164_PATTERN.test(value)) return 'Enter the phone number in E.164 form: + and country code, digits only, e.g. +14155550123.';
  return undefined;
}

/** Wraps a check so that an empty value (the field was left out) is accepted. */
export function optional(check: (value: string) => string | undefined): (value: string) => string | undefined {
  return (value) => (value.length === 0 ? undefined : check(value));
}
