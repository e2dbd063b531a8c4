import type { LambdaTrigger, PreTokenVersion } from '../lambdaTriggers';
import type { EmailSending, SmsSending } from './poolMessaging';

// One change to a pool's settings, in the extension's own terms: every member is optional and stands on its
// own, so a flow fills only what it edits and PoolsApi.update sends the pool's whole current configuration
// with those members changed (src/aws/cognito/poolChangeRequest.ts maps each onto UpdateUserPool). A new
// kind of edit (e-mail, SMS, triggers) adds its own member here and its own mapping there.

/** Attributes Cognito can verify by sending a code (AutoVerifiedAttributes). */
export type VerifiedAttribute = 'email' | 'phone_number';

/** Where a forgotten-password code goes (RecoveryOptionType.Name); admin_only stops self-service recovery. */
export type RecoveryOption = 'verified_email' | 'verified_phone_number' | 'admin_only';

/** The feature plan (UserPoolTier): it decides which settings a pool may use. */
export type FeaturePlan = 'LITE' | 'ESSENTIALS' | 'PLUS';

/** What a user may sign in with first (Policies.SignInPolicy.AllowedFirstAuthFactors); PASSWORD is always allowed. */
export type FirstAuthFactor = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

/** A pool's whole password policy, as Edit Password Policy sets it. */
export interface PasswordPolicyChange {
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  temporaryPasswordDays: number;
  /** Previous passwords a user may not reuse; undefined leaves it out (the Lite plan has no password history). */
  passwordHistorySize?: number;
}

export interface PoolChange {
  passwordPolicy?: PasswordPolicyChange;
  /** Anyone may sign up (AdminCreateUserConfig.AllowAdminCreateUserOnly false). */
  selfSignUp?: boolean;
  autoVerifiedAttributes?: VerifiedAttribute[];
  /** Keep the original value until the new one is verified (UserAttributeUpdateSettings). */
  keepOriginalUntilVerified?: VerifiedAttribute[];
  /** In priority order, the first tried first. */
  accountRecovery?: RecoveryOption[];
  deletionProtection?: boolean;
  /** The pool's whole set of tags (UpdateUserPool's UserPoolTags replaces them). */
  tags?: Record<string, string>;
  /** How the pool sends e-mail (EmailConfiguration, replaced as a whole). */
  email?: EmailSending;
  /** The role Cognito assumes for SMS (SmsConfiguration, replaced as a whole; passing it needs iam:PassRole). */
  sms?: SmsSending;
  /** One Lambda trigger attached or replaced (an ARN) or detached (none); the others stay as they are. */
  lambdaTrigger?: LambdaTriggerChange;
  /** The feature plan (UserPoolTier). */
  plan?: FeaturePlan;
  /** The whole list of allowed first factors (Policies.SignInPolicy), PASSWORD among them. */
  firstFactors?: FirstAuthFactor[];
}

export interface LambdaTriggerChange {
  trigger: LambdaTrigger;
  functionArn: string | undefined;
  /** Pre token generation's event version; absent keeps the one in force (V1_0 for a new function). */
  version: PreTokenVersion | undefined;
}
