// Authenticator (TOTP) codes as a person types them. Making the codes and the otpauth:// URI needs the otpauth
// library, which loads with dist/signin.js (totpCodes.ts), not with the commands' bundle.

/** An authenticator code as typed: 6 digits (spaces around it are dropped). */
export function checkTotpCode(value: string): string | undefined {
  return /^\s*\d{6}\s*$/.test(value) ? undefined : 'Enter the 6-digit code the authenticator app shows.';
}
