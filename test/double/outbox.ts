// Every code the double "sends" (it sends nothing): one-time codes of choice-based sign-in (EMAIL_OTP,
// SMS_OTP) and of MFA (SMS_MFA, EMAIL_OTP as a second factor), kept in memory so a test can read the code a
// person would have received, as `double.sentCodes(poolId, username)` / `double.lastCode(poolId, username)`.
// A code lives as long as the challenge it answers (the app client's AuthSessionValidity, 3 minutes by
// default: API reference, CreateUserPoolClient AuthSessionValidity, "the session token for each API request
// in an authentication flow lasts"), and is good once: the challenge ends when it is answered.
import { randomInt } from 'node:crypto';

export type CodePurpose = 'SMS_MFA' | 'EMAIL_MFA' | 'EMAIL_OTP_SIGN_IN' | 'SMS_OTP_SIGN_IN';

export interface SentCode {
  poolId: string;
  /** The username as stored. */
  username: string;
  medium: 'SMS' | 'EMAIL';
  /** The full phone number or e-mail address (the challenge shows it masked). */
  destination: string;
  code: string;
  purpose: CodePurpose;
  /** Epoch ms, on the double's clock. */
  sentAt: number;
}

export class Outbox {
  private readonly sent: SentCode[] = [];

  constructor(private readonly now: () => number) {}

  /** Makes a code of `digits` digits, records it as sent, and returns it. */
  send(message: Omit<SentCode, 'code' | 'sentAt'>, digits: number): SentCode {
    const code = String(randomInt(0, 10 ** digits)).padStart(digits, '0');
    const record = { ...message, code, sentAt: this.now() };
    this.sent.push(record);
    return record;
  }

  /** The codes sent to a user of a pool (username as stored, any case), oldest first; every code when no username. */
  codes(poolId: string, username?: string): SentCode[] {
    return this.sent.filter((c) => c.poolId === poolId && (username === undefined || c.username.toLowerCase() === username.toLowerCase())).map((c) => ({ ...c }));
  }
}

/**
 * A phone number as Cognito shows it in CODE_DELIVERY_DESTINATION: every digit but the last four masked,
 * e.g. `+********1234` (as seen in AWS's SMS_MFA challenges, e.g. amazon-cognito-identity-js examples).
 */
export function maskPhone(phone: string): string {
  return `+${'*'.repeat(Math.max(phone.length - 5, 0))}${phone.slice(-4)}`;
}

/** An e-mail address as Cognito shows it: first letter of each side, e.g. `a***@e***` (as seen in AWS's answers). */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at < 1 ? '***' : `${email[0]}***@${email[at + 1] ?? ''}***`;
}
