// A pool's MFA (GetUserPoolMfaConfig, SetUserPoolMfaConfig) and a user's MFA preference
// (AdminSetUserMFAPreference), in the extension's own terms. The pool's MFA is its own call, not a part
// of DescribeUserPool's answer: Describe tells the mode (MfaConfiguration) but not which factors are on.

/** OFF, OPTIONAL (asked only of users who turned a factor on) or ON (required of everyone). */
export type MfaMode = 'OFF' | 'OPTIONAL' | 'ON';

/** The second factors: an authenticator app (TOTP), a code by SMS, a code by e-mail. */
export type MfaFactor = 'totp' | 'sms' | 'email';

export const MFA_FACTORS: readonly MfaFactor[] = ['totp', 'sms', 'email'];

/** As a person reads them. */
export const MFA_FACTOR_NAMES: Record<MfaFactor, string> = { totp: 'authenticator app', sms: 'SMS', email: 'e-mail' };

/** A pool's MFA as GetUserPoolMfaConfig tells it. */
export interface PoolMfaConfig {
  mode: MfaMode;
  /** The factors the pool has turned on, in MFA_FACTORS' order. */
  factors: MfaFactor[];
}

/** What Edit MFA sets: SetUserPoolMfaConfig keeps the SMS and e-mail messages as they are. */
export type PoolMfaChange = PoolMfaConfig;

/** A user's MFA as AdminSetUserMFAPreference sets it: the factors on, and the one tried first (one of them). */
export interface UserMfaPreference {
  enabled: MfaFactor[];
  preferred?: MfaFactor;
}

/** UserMFASettingList's names (SOFTWARE_TOKEN_MFA, SMS_MFA, EMAIL_OTP) as factors; others are left out. */
export function factorOfSetting(setting: string): MfaFactor | undefined {
  return ({ SOFTWARE_TOKEN_MFA: 'totp', SMS_MFA: 'sms', EMAIL_OTP: 'email' } as Record<string, MfaFactor>)[setting];
}

/** "authenticator app, e-mail" or "none". */
export function factorsText(factors: readonly MfaFactor[]): string {
  return factors.length === 0 ? 'none' : MFA_FACTORS.filter((f) => factors.includes(f)).map((f) => MFA_FACTOR_NAMES[f]).join(', ');
}
