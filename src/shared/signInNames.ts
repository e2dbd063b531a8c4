import type { FeaturePlan, FirstAuthFactor } from './api/poolChange';
import type { MfaMode } from './api/poolMfa';

// The sign-in settings as a person reads them, the same in the edits' questions and summaries and in Pool
// Details: the feature plans, the first factors (in a fixed order) and MFA's modes.

export const PLAN_NAMES: Record<FeaturePlan, string> = { LITE: 'Lite', ESSENTIALS: 'Essentials', PLUS: 'Plus' };

export const FIRST_FACTOR_NAMES: Record<FirstAuthFactor, string> = { PASSWORD: 'password', EMAIL_OTP: 'e-mail code', SMS_OTP: 'SMS code', WEB_AUTHN: 'passkey' };
export const FIRST_FACTOR_ORDER: readonly FirstAuthFactor[] = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];

/** "password, e-mail code", in a fixed order. */
export function firstFactorsText(factors: readonly FirstAuthFactor[]): string {
  return FIRST_FACTOR_ORDER.filter((f) => factors.includes(f)).map((f) => FIRST_FACTOR_NAMES[f]).join(', ');
}

/** ON reads "required", as the console and Edit MFA say it. */
export const MFA_MODE_NAMES: Record<MfaMode, string> = { OFF: 'off', OPTIONAL: 'optional', ON: 'required' };
