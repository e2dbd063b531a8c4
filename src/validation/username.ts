import type { SignInOption } from '../shared/types';
import { checkEmail, checkPhoneNumber } from './contact';

// Cognito usernames: 1–128 characters (code points) of letters, marks, symbols, numbers and
// punctuation (no spaces, control or format characters). A pool that signs in with e-mail or phone wants
// one of those as the username instead. UNCLEAR: with e-mail as an alias, Cognito refuses a username "in
// e-mail format" without documenting that format; checkEmail's rule stands in for it.

const USERNAME_PATTERN = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
const MAX_USERNAME_LENGTH = 128;

export function checkUsername(value: string, signIn: SignInOption = 'username'): string | undefined {
  switch (signIn) {
    case 'email':
      return checkPlainUsername(value) ?? checkEmail(value);
    case 'phone':
      return checkPhoneNumber(value);
    case 'emailOrPhone':
      // Stricter by design: AWS would take "+tag@example.com" as an e-mail address, but Create User
      // decides by the leading + that the username is the phone number, so a phone number is wanted then.
      return value.startsWith('+') ? checkPhoneNumber(value) : (checkPlainUsername(value) ?? checkEmail(value));
    case 'username':
      return checkPlainUsername(value);
    case 'usernameOrEmail':
      // The e-mail is an alias there, so Cognito refuses a username that looks like one.
      return checkPlainUsername(value) ?? (checkEmail(value) === undefined ? 'In this pool the e-mail address is an alias; choose a username that is not an e-mail address.' : undefined);
  }
}

function checkPlainUsername(value: string): string | undefined {
  if (value.length === 0) return 'Enter a username.';
  if ([...value].length > MAX_USERNAME_LENGTH) return `A username can have at most ${MAX_USERNAME_LENGTH} characters.`;
  if (!USERNAME_PATTERN.test(value)) return 'A username cannot contain spaces or control characters.';
  return undefined;
}
