import type { CustomAttributeRequest } from './customAttributes';
import type { Page } from './page';
import type { PoolMessaging } from './poolMessaging';
import type { FeaturePlan, FirstAuthFactor, PoolChange, RecoveryOption, VerifiedAttribute } from './poolChange';
import type { PoolMfaChange, PoolMfaConfig } from './poolMfa';
import type { ManagedLogin } from './domains';

export * from './poolChange';

// User pools: what the extension knows about one, and what it asks of Cognito about them (PoolsApi,
// implemented by src/aws/cognito/poolCalls.ts).

export interface UserPool {
  id: string;
  name: string;
  /** Created, though Cognito's answer was lost on the way: found by a follow-up read. */
  recovered?: true;
  creationDate?: Date;
  /** Known after DescribeUserPool or CreateUserPool; ListUserPools does not return it. */
  arn?: string;
}

export interface PasswordPolicy {
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

/** How people sign in to a pool; it decides what a username must look like. */
export type SignInOption = 'username' | 'email' | 'phone' | 'emailOrPhone' | 'usernameOrEmail';

/** One attribute of a pool's schema (standard or custom), as Edit Attribute validates it. */
export interface AttributeSchema {
  /** As users carry it: "email", "custom:team". */
  name: string;
  type: 'String' | 'Number' | 'DateTime' | 'Boolean';
  mutable: boolean;
  required: boolean;
  custom: boolean;
  minLength?: number;
  maxLength?: number;
  minValue?: number;
  maxValue?: number;
}

export interface UserPoolDetails extends UserPool {
  signIn: SignInOption;
  /** The schema: standard and custom attributes. Empty when the endpoint does not tell. */
  attributes: AttributeSchema[];
  passwordPolicy: PasswordPolicy;
  autoVerifiedAttributes: string[];
  /** The pool has an SNS role for SMS (pools created here do not), so SMS invitations can be sent. */
  smsConfigured: boolean;
  /** What Show Pool Details shows; absent fields were not told by the endpoint. */
  settings?: PoolSettings;
  /** E-mail and SMS sending, as Edit E-mail Sending and Edit SMS Sending pre-fill them. */
  messaging?: PoolMessaging;
  /** The MFA factors (GetUserPoolMfaConfig): filled by Show Pool Details only, never by describe. */
  mfaConfig?: PoolMfaConfig;
  /** Why GetUserPoolMfaConfig told nothing (one sentence), when it failed for Show Pool Details. */
  mfaConfigUnavailable?: string;
  /** The prefix domain's managed login, when the pool has one (read for Show Pool Details). */
  managedLogin?: ManagedLogin;
}

export interface PoolSettings {
  usernameAttributes: string[];
  aliasAttributes: string[];
  /** OFF, ON or OPTIONAL. */
  mfa: string;
  deletionProtection: boolean;
  /** "Cognito's default e-mail" or "Amazon SES (…)". */
  emailSending: string;
  emailFrom?: string;
  smsRoleArn?: string;
  /** Lambda triggers by their Cognito name (PreSignUp, …), those Edit Lambda Triggers offers. */
  triggers: { name: string; arn: string }[];
  /** The pre token generation trigger's event version (V1_0, V2_0, V3_0), when it has one. */
  preTokenVersion?: string;
  /** Custom sender triggers attached (CustomSMSSender, CustomEmailSender): kept, never edited here. */
  customSenders?: string[];
  estimatedUsers?: number;
  domain?: string;
  customDomain?: string;
  lastModified?: Date;
  /** Days a temporary password stays valid. */
  temporaryPasswordDays?: number;
  /** Previous passwords a user may not reuse; 0 when the pool keeps no history. */
  passwordHistorySize?: number;
  /** The feature plan (UserPoolTier); Cognito's default, Essentials, when the endpoint does not tell. Pre token
   *  generation V2_0 and V3_0, password history, e-mail MFA and passwordless sign-in need Essentials or Plus. */
  plan?: FeaturePlan;
  /** Policies.SignInPolicy.AllowedFirstAuthFactors; PASSWORD alone when the pool has no sign-in policy. */
  firstFactors?: FirstAuthFactor[];
  /** Threat protection (UserPoolAddOns.AdvancedSecurityMode: OFF, AUDIT, ENFORCED), a feature of the Plus plan. */
  threatProtection?: string;
  /** Anyone may sign up, not only administrators create users. */
  selfSignUp?: boolean;
  /** Attributes whose original value is kept until a change is verified. */
  keepOriginalUntilVerified?: VerifiedAttribute[];
  /** Account recovery in priority order; empty when the pool has no setting (Cognito's legacy order). */
  accountRecovery?: RecoveryOption[];
  tags?: Record<string, string>;
}

export interface CreateUserPoolRequest {
  name: string;
  signIn: SignInOption;
  passwordPolicy: PasswordPolicy;
  autoVerifyEmail: boolean;
}

export const COGNITO_DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minimumLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

/** The account's user pools, one at a time. */
export interface PoolsApi {
  /** ListUserPools, one page. */
  list(nextToken?: string): Promise<Page<UserPool>>;
  /** DescribeUserPool. */
  describe(userPoolId: string): Promise<UserPoolDetails>;
  /** CreateUserPool; a lost answer is looked for before anything is sent again. */
  create(request: CreateUserPoolRequest): Promise<UserPool>;
  /** DeleteUserPool. */
  delete(userPoolId: string): Promise<void>;
  /** UpdateUserPool with the pool's whole current configuration and only deletion protection changed. */
  setDeletionProtection(userPoolId: string, active: boolean): Promise<void>;
  /** AddCustomAttributes: new attributes in the pool's schema, which can never be removed or changed. */
  addCustomAttributes(userPoolId: string, attributes: CustomAttributeRequest[]): Promise<void>;
  /** UpdateUserPool with the pool's whole current configuration and only the members of `change` changed. */
  update(userPoolId: string, change: PoolChange): Promise<void>;
  /** GetUserPoolMfaConfig: the mode and the factors turned on. */
  getMfaConfig(userPoolId: string): Promise<PoolMfaConfig>;
  /** SetUserPoolMfaConfig with the mode and factors of `change`, the SMS and e-mail messages and passkey settings as they are. */
  setMfaConfig(userPoolId: string, change: PoolMfaChange): Promise<void>;
}
