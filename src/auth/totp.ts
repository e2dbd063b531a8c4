import { checkCode } from '../validation/oneTimeCode';

// Authenticator (TOTP) codes as a person types them. Making the codes and the otpauth:// URI needs the otpauth
// library, which loads with dist/signin.js (totpCodes.ts), not with the commands' bundle.

/** An authenticator code as typed: 6 digits (spaces around it are dropped), the sign-in's rule, said for the app. */
export function checkTotpCode(value: string): string | undefined {
  return checkCode(value, [6]) && 'Enter the 6-digit code the authenticator app shows.';
}
