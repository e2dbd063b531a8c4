import { firstFactorsText } from '../../../shared/signInNames';
import type { FeaturePlan, FirstAuthFactor, MfaFactor, PoolMfaConfig, UserPoolDetails } from '../../../shared/types';
import { settingsOf } from './poolEdit';

// What the sign-in edits (feature plan, first factors, MFA) need to know about a pool: which of its settings
// need which feature plan, and which factors its plan and its e-mail and SMS sending allow. From the developer
// guide's "User pool feature plans": Essentials adds password history, e-mail MFA, passwordless sign-in
// (e-mail and SMS one-time passwords, passkeys) and access-token customization (pre token generation V2_0 and
// V3_0) to Lite ("SignInPolicyType ... To activate this setting, your user pool must be in the Essentials tier or
// higher", API reference; EmailMfaConfigType says the same); Plus adds threat protection (UserPoolAddOns) to
// Essentials. E-mail MFA and e-mail codes need e-mail sent through Amazon SES (EmailMfaConfigType; "set email to
// the Amazon SES email-sending configuration", CDK MfaSecondFactor), SMS ones an SNS role (SmsMfaConfigType's
// SmsConfiguration).

export const PLAN_ORDER: readonly FeaturePlan[] = ['LITE', 'ESSENTIALS', 'PLUS'];

export const planOf = (pool: UserPoolDetails): FeaturePlan => settingsOf(pool).plan ?? 'ESSENTIALS';
const onPaidPlan = (pool: UserPoolDetails) => planOf(pool) !== 'LITE';

/** E-mail goes out through Amazon SES (EmailSendingAccount DEVELOPER). */
export function sendsEmailThroughSes(pool: UserPoolDetails): boolean {
  return pool.messaging ? pool.messaging.email.kind === 'ses' : settingsOf(pool).emailSending.startsWith('Amazon SES');
}

/** The settings in use that need Essentials (or more), as a person reads them. `mfa` unknown: e-mail MFA is not counted. */
export function essentialsFeaturesInUse(pool: UserPoolDetails, mfa: PoolMfaConfig | undefined): string[] {
  const s = settingsOf(pool);
  const passwordless = (s.firstFactors ?? []).filter((f) => f !== 'PASSWORD');
  const preToken = s.triggers.some((t) => t.name === 'PreTokenGeneration') && (s.preTokenVersion === 'V2_0' || s.preTokenVersion === 'V3_0');
  return [
    (s.passwordHistorySize ?? 0) > 0 ? 'password history' : undefined,
    mfa?.mode !== 'OFF' && mfa?.factors.includes('email') ? 'e-mail MFA' : undefined,
    passwordless.length > 0 ? `passwordless sign-in (${firstFactorsText(passwordless)})` : undefined,
    preToken ? `pre token generation ${s.preTokenVersion}` : undefined,
  ].filter((x): x is string => x !== undefined);
}

/** The settings in use that need Plus: threat protection on (AUDIT or ENFORCED). */
export function plusFeaturesInUse(pool: UserPoolDetails): string[] {
  const mode = settingsOf(pool).threatProtection;
  return mode && mode !== 'OFF' ? [`threat protection (${mode})`] : [];
}

/** The settings in use that `plan` does not have: AWS refuses the change of plan until they are off. */
export function lostOn(plan: FeaturePlan, pool: UserPoolDetails, mfa: PoolMfaConfig | undefined): string[] {
  if (plan === 'PLUS') return [];
  return plan === 'ESSENTIALS' ? plusFeaturesInUse(pool) : [...essentialsFeaturesInUse(pool, mfa), ...plusFeaturesInUse(pool)];
}

/** "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Why a first factor cannot be allowed on this pool, or undefined when it can. */
export function firstFactorRefusal(factor: FirstAuthFactor, pool: UserPoolDetails): string | undefined {
  if (factor === 'PASSWORD') return undefined;
  if (!onPaidPlan(pool)) return 'needs the Essentials or Plus plan';
  if (factor === 'EMAIL_OTP' && !sendsEmailThroughSes(pool)) return 'needs e-mail sent through Amazon SES (Edit E-mail Sending…)';
  if (factor === 'SMS_OTP' && !pool.smsConfigured) return 'needs an SMS role (Edit SMS Sending…)';
  return undefined;
}

/** Why an MFA factor cannot be turned on for this pool, or undefined when it can. */
export function mfaFactorRefusal(factor: MfaFactor, pool: UserPoolDetails): string | undefined {
  if (factor === 'sms' && !pool.smsConfigured) return 'needs an SMS role (Edit SMS Sending…)';
  if (factor === 'email' && !onPaidPlan(pool)) return 'needs the Essentials or Plus plan';
  if (factor === 'email' && !sendsEmailThroughSes(pool)) return 'needs e-mail sent through Amazon SES (Edit E-mail Sending…)';
  return undefined;
}
