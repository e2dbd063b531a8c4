// Refusals of CreateUserPool and UpdateUserPool for the pool's policies and sign-up settings, each with its
// source. Where AWS's wording is not documented, the message says the same in plain words and the comment
// says so.
import { listMember } from './members';
import type { UserPoolTier } from './poolSettings';
import { validationError } from './requests';
import { ServiceError, type Input } from './server';

/** aws/aws-cli#7151 quotes AWS's answer to an update whose list is not among the auto-verified attributes. */
export const NOT_AUTO_VERIFIED = 'All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes';
/** Not documented: FeatureUnavailableInTierException's wording for password history on Lite. */
export const HISTORY_NOT_ON_LITE = 'Password history (PasswordHistorySize) is not available in the LITE feature plan.';
/** Not documented: how AWS words admin_only beside another mechanism, or a repeated name or priority. */
export const ADMIN_ONLY_ALONE = 'admin_only cannot be combined with other recovery mechanisms.';
export const RECOVERY_REPEATED = 'Each recovery mechanism and each priority can be given once.';
/** Not documented for Cognito: AWS's tagging rules reserve the aws: prefix. */
export const RESERVED_TAG = 'Tag keys starting with aws: are reserved for AWS use.';

const given = (value: unknown) => value !== undefined && value !== null;

/** Not documented: the double's wording for a sign-in policy without PASSWORD. */
export const PASSWORD_FIRST_FACTOR_REQUIRED = 'AllowedFirstAuthFactors must include PASSWORD.';

export function checkPoolSettingRules(input: Input, tier: UserPoolTier): void {
  checkHistoryOnPlan(input, tier);
  checkSignInPolicy(input);
  checkVerificationBeforeUpdate(input);
  checkAccountRecovery(input);
  checkTags(input);
}

/**
 * PasswordHistorySize is "Password history" of the Essentials plan ("Essentials plan features" in the
 * developer guide), which Lite lacks; UpdateUserPool lists FeatureUnavailableInTierException ("a feature you
 * attempted to configure isn't available in your current feature plan"). 0 keeps no history ("Password
 * history isn't enforced ... when you set this value to 0"), so only a history is refused.
 */
function checkHistoryOnPlan(input: Input, tier: UserPoolTier): void {
  const history = ((input.Policies as Input | undefined)?.PasswordPolicy as Input | undefined)?.PasswordHistorySize;
  if (tier === 'LITE' && typeof history === 'number' && history > 0) throw new ServiceError('FeatureUnavailableInTierException', HISTORY_NOT_ON_LITE);
}

/**
 * Policies.SignInPolicy.AllowedFirstAuthFactors (SignInPolicyType): 1–4 of PASSWORD | EMAIL_OTP | SMS_OTP |
 * WEB_AUTHN; PASSWORD "must be true" (the CDK's AllowedFirstAuthFactors: a pool keeps password sign-in).
 * Not enforced: "To activate this setting, your user pool must be in the Essentials tier or higher"
 * (SignInPolicyType) — a Lite pool with one-time passwords in its policy is kept, because an existing
 * integration test (poolSettingsOnDouble, the Lite pool made from awayFromDefaults) creates one.
 */
function checkSignInPolicy(input: Input): void {
  const policy = (input.Policies as Input | undefined)?.SignInPolicy as Input | undefined;
  if (!policy || typeof policy !== 'object' || !given(policy.AllowedFirstAuthFactors)) return;
  const member = 'policies.signInPolicy.allowedFirstAuthFactors';
  const factors =
    listMember(policy, 'AllowedFirstAuthFactors', member, false, (item) =>
      typeof item === 'string' && ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'].includes(item) ? { value: item } : 'Member must satisfy enum value set: [PASSWORD, EMAIL_OTP, SMS_OTP, WEB_AUTHN]',
    ) ?? [];
  if (factors.length < 1) throw validationError(member, '[]', 'Member must have length greater than or equal to 1');
  if (factors.length > 4) throw validationError(member, `[${factors.length} items]`, 'Member must have length less than or equal to 4');
  if (!factors.includes('PASSWORD')) throw new ServiceError('InvalidParameterException', PASSWORD_FIRST_FACTOR_REQUIRED);
}

/** UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate: email and/or phone_number, each auto-verified (aws/aws-cli#7151). */
function checkVerificationBeforeUpdate(input: Input): void {
  const settings = input.UserAttributeUpdateSettings as Input | undefined;
  if (!settings || typeof settings !== 'object') return;
  const required = listMember(settings, 'AttributesRequireVerificationBeforeUpdate', 'userAttributeUpdateSettings.attributesRequireVerificationBeforeUpdate', false, (item) =>
    item === 'email' || item === 'phone_number' ? { value: item } : "Member must satisfy enum value set: [phone_number, email]",
  ) ?? [];
  const autoVerified = Array.isArray(input.AutoVerifiedAttributes) ? input.AutoVerifiedAttributes : [];
  if (required.some((attribute) => !autoVerified.includes(attribute))) throw new ServiceError('InvalidParameterException', NOT_AUTO_VERIFIED);
}

/**
 * AccountRecoverySettingType.RecoveryMechanisms: "Minimum number of 1 item. Maximum number of 2 items";
 * RecoveryOptionType: Name one of verified_email | verified_phone_number | admin_only, Priority 1–2, both
 * required (API reference). admin_only "prevents self-service account recovery", so it stands alone (the
 * console and the CDK's AccountRecovery.NONE offer it only so); a name or priority twice is no order at all.
 */
function checkAccountRecovery(input: Input): void {
  const setting = input.AccountRecoverySetting as Input | undefined;
  if (!setting || typeof setting !== 'object' || !given(setting.RecoveryMechanisms)) return;
  const member = 'accountRecoverySetting.recoveryMechanisms';
  const mechanisms =
    listMember(setting, 'RecoveryMechanisms', member, false, (item) => (typeof item === 'object' && item !== null ? { value: item as Input } : 'Member must not be null')) ?? [];
  if (mechanisms.length < 1) throw validationError(member, '[]', 'Member must have length greater than or equal to 1');
  if (mechanisms.length > 2) throw validationError(member, `[${mechanisms.length} items]`, 'Member must have length less than or equal to 2');
  mechanisms.forEach((m, i) => {
    if (!['verified_email', 'verified_phone_number', 'admin_only'].includes(m.Name as string)) {
      throw validationError(`${member}.${i + 1}.member.name`, m.Name, 'Member must satisfy enum value set: [verified_email, verified_phone_number, admin_only]');
    }
    if (!Number.isInteger(m.Priority) || (m.Priority as number) < 1 || (m.Priority as number) > 2) {
      throw validationError(`${member}.${i + 1}.member.priority`, m.Priority, 'Member must have value between 1 and 2');
    }
  });
  if (mechanisms.length > 1 && mechanisms.some((m) => m.Name === 'admin_only')) throw new ServiceError('InvalidParameterException', ADMIN_ONLY_ALONE);
  if (new Set(mechanisms.map((m) => m.Name)).size < mechanisms.length || new Set(mechanisms.map((m) => m.Priority)).size < mechanisms.length) {
    throw new ServiceError('InvalidParameterException', RECOVERY_REPEATED);
  }
}

// UserPoolTags (UpdateUserPool / TagResource): "A user pool can have as many as 50 tags"; keys 1–128
// and values 0–256 characters of ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$.
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

function checkTags(input: Input): void {
  const tags = input.UserPoolTags as Input | undefined;
  if (!tags || typeof tags !== 'object') return;
  const entries = Object.entries(tags);
  if (entries.length > 50) throw validationError('userPoolTags', `{${entries.length} tags}`, 'Member must have length less than or equal to 50');
  for (const [key, value] of entries) {
    const keyLength = [...key].length;
    if (keyLength < 1 || keyLength > 128 || !TAG_TEXT.test(key)) {
      throw validationError('userPoolTags', key, 'Map keys must satisfy constraint: [Member must have length less than or equal to 128, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$]');
    }
    if (typeof value !== 'string' || [...value].length > 256 || !TAG_TEXT.test(value)) {
      throw validationError('userPoolTags', value, 'Map value must satisfy constraint: [Member must have length less than or equal to 256, Member must have length greater than or equal to 0, Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$]');
    }
    if (/^aws:/i.test(key)) throw new ServiceError('InvalidParameterException', RESERVED_TAG);
  }
}
