import { Secret, TOTP } from 'otpauth';

// An authenticator app's view of a user's TOTP secret (RFC 6238 as Cognito uses it: SHA-1, 6 digits, 30
// seconds): the otpauth:// URI an app scans to add it, and the code it shows now, for a test user whose
// secret the person chose to remember. The secret only passes through; nothing here keeps or logs it.
// Bundled into dist/signin.js (src/aws/signIn/index.ts) with otpauth; flows reach it through
// FlowDeps.authenticatorKit.

/** Cognito's authenticator codes: RFC 6238's defaults (SoftwareTokenMfaSettings, developer guide "TOTP MFA"). */
const PERIOD_SECONDS = 30;
const DIGITS = 6;

function totpOf(secretBase32: string, issuer = '', account = 'Cognito'): TOTP {
  return new TOTP({ issuer, label: account, secret: Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: DIGITS, period: PERIOD_SECONDS, issuerInLabel: issuer !== '' });
}

/**
 * The Key URI Format's `otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=ISSUER…`: issuer and account are each
 * percent-encoded as a URI component (a space is %20, never +; an @ is %40; Unicode as UTF-8), the colon between
 * them literal, and the issuer repeated as a parameter, as the format recommends for apps that read only one.
 */
export function authenticatorUri(issuer: string, account: string, secretBase32: string): string {
  return totpOf(secretBase32, issuer, account).toString();
}

/** The code an authenticator app shows at `now`, and how many more seconds it is valid. */
export function totpCode(secretBase32: string, now: Date): { code: string; secondsLeft: number } {
  const timestamp = now.getTime();
  const code = totpOf(secretBase32).generate({ timestamp });
  const secondsLeft = PERIOD_SECONDS - (Math.floor(timestamp / 1000) % PERIOD_SECONDS);
  return { code, secondsLeft };
}
