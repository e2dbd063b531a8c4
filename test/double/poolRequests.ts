// Reading CreateUserPool and UpdateUserPool requests, members checked as the service model constrains
// them. What a request leaves out takes AWS's default: on UpdateUserPool too ("If you don't provide a value
// for an attribute, Amazon Cognito sets it to its default value"; UserPoolTier "Defaults to ESSENTIALS"),
// except PoolName and DcrConfiguration ("If you omit this parameter, Amazon Cognito keeps the existing
// configuration"), which stay as they were, and what only CreateUserPool can set (sign-in attributes, case
// sensitivity, schema). Every member of UpdateUserPoolRequest is kept and reported back by Describe, those
// the double does not act on as given (poolSettings.ts), so a request that drops one shows.
// In a PasswordPolicy, a boolean left out is false, MinimumLength 8 and TemporaryPasswordValidityDays 7
// (0 too, as the reference says). The deprecated AdminCreateUserConfig.UnusedAccountValidityDays, given
// alone, sets the same duration (AdminCreateUserConfigType: an older pool's value "is effective until you
// set a value for TemporaryPasswordValidityDays"); given beside it, the request is refused
// (poolRequestRules.ts).
import { booleanMember, enumListMember, enumMember, integerMember, listMember, optionalString, structMember } from './members';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from './passwordPolicy';
import { DEFAULT_ADMIN_CREATE_USER_CONFIG, KEPT_AS_GIVEN, type PoolSettings, type UserPoolTier } from './poolSettings';
import { checkTemporaryPasswordDays, checkVerificationMessages } from './poolRequestRules';
import { checkEmailConfiguration, checkSmsConfiguration } from './poolMessagingRules';
import { checkPoolSettingRules } from './poolSettingRules';
import { checkLambdaConfig } from './lambdaConfigRules';
import { validationError } from './requests';
import { STANDARD_ATTRIBUTE_NAMES, type CustomAttributeSeed } from './schema';
import { ServiceError, type Input } from './server';

export const POOL_NAME_RULE = { min: 1, max: 128, pattern: '[\\w\\s+=,.@-]+' };
const TIERS: readonly UserPoolTier[] = ['LITE', 'ESSENTIALS', 'PLUS'];
const TEXT_MEMBERS = new Set(['SmsVerificationMessage', 'EmailVerificationMessage', 'EmailVerificationSubject', 'SmsAuthenticationMessage']);

const camel = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

export interface PoolRequest {
  /** PoolName; undefined when UpdateUserPool leaves it out. */
  name?: string;
  passwordPolicy: PasswordPolicy;
  /** Every setting, the left-out ones at their defaults (UserPoolTier and DcrConfiguration: undefined when not given). */
  settings: Omit<PoolSettings, 'tier' | 'aliasAttributes' | 'usernameConfiguration'> & { tier?: UserPoolTier };
}

/** The members CreateUserPool and UpdateUserPool share. */
export function readPoolRequest(input: Input, nameRequired: boolean): PoolRequest {
  const name = optionalString(input, 'PoolName', { member: 'poolName', required: nameRequired, ...POOL_NAME_RULE });
  const policies = structMember(input, 'Policies');
  const givenPolicy = policies && structMember(policies, 'PasswordPolicy');
  const passwordPolicy = readPasswordPolicy(givenPolicy);
  const given: PoolSettings['given'] = {};
  for (const key of KEPT_AS_GIVEN) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    if (TEXT_MEMBERS.has(key) ? typeof value !== 'string' : typeof value !== 'object' || Array.isArray(value)) {
      throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
    }
    given[key] = structuredClone(value);
  }
  const adminCreateUser = structMember(input, 'AdminCreateUserConfig');
  const { UnusedAccountValidityDays: _unusedDays, ...adminCreateUserKept } = structuredClone(adminCreateUser ?? {});
  if (adminCreateUser) {
    booleanMember(adminCreateUser, 'AllowAdminCreateUserOnly');
    const unusedDays = integerMember(adminCreateUser, 'UnusedAccountValidityDays', 'adminCreateUserConfig.unusedAccountValidityDays', 0, 365);
    checkTemporaryPasswordDays(givenPolicy, adminCreateUser);
    if (unusedDays) passwordPolicy.temporaryPasswordValidityDays = unusedDays;
  }
  checkVerificationMessages(input);
  checkEmailConfiguration(input);
  checkSmsConfiguration(input);
  checkPoolSettingRules(input, enumMember(input, 'UserPoolTier', 'userPoolTier', TIERS) ?? 'ESSENTIALS');
  // UpdateUserPool without UserPoolTier puts the pool on ESSENTIALS (see above), so that is the plan checked.
  checkLambdaConfig(structMember(input, 'LambdaConfig'), enumMember(input, 'UserPoolTier', 'userPoolTier', TIERS) ?? 'ESSENTIALS');
  return {
    name,
    passwordPolicy,
    settings: {
      deletionProtection: enumMember(input, 'DeletionProtection', 'deletionProtection', ['ACTIVE', 'INACTIVE'] as const) ?? 'INACTIVE',
      mfaConfiguration: enumMember(input, 'MfaConfiguration', 'mfaConfiguration', ['OFF', 'ON', 'OPTIONAL'] as const) ?? 'OFF',
      autoVerifiedAttributes: unique(enumListMember(input, 'AutoVerifiedAttributes', 'autoVerifiedAttributes', ['phone_number', 'email'] as const) ?? []),
      lambdaConfig: structuredClone(structMember(input, 'LambdaConfig') ?? {}),
      adminCreateUserConfig: { ...DEFAULT_ADMIN_CREATE_USER_CONFIG, ...adminCreateUserKept },
      emailConfiguration: structuredClone(structMember(input, 'EmailConfiguration') ?? {}),
      signInPolicy: policies?.SignInPolicy === undefined ? undefined : structuredClone(policies.SignInPolicy),
      tier: enumMember(input, 'UserPoolTier', 'userPoolTier', TIERS),
      dcrConfiguration: structMember(input, 'DcrConfiguration') && structuredClone(input.DcrConfiguration as Input),
      given,
    },
  };
}

function readPasswordPolicy(policy: Input | undefined): PasswordPolicy {
  if (!policy) return { ...DEFAULT_PASSWORD_POLICY };
  const path = (member: string) => `policies.passwordPolicy.${camel(member)}`;
  const temporaryDays = integerMember(policy, 'TemporaryPasswordValidityDays', path('TemporaryPasswordValidityDays'), 0, 365);
  const historySize = integerMember(policy, 'PasswordHistorySize', path('PasswordHistorySize'), 0, 24);
  return {
    minimumLength: integerMember(policy, 'MinimumLength', path('MinimumLength'), 6, 99) ?? DEFAULT_PASSWORD_POLICY.minimumLength,
    requireUppercase: booleanMember(policy, 'RequireUppercase') ?? false,
    requireLowercase: booleanMember(policy, 'RequireLowercase') ?? false,
    requireNumbers: booleanMember(policy, 'RequireNumbers') ?? false,
    requireSymbols: booleanMember(policy, 'RequireSymbols') ?? false,
    temporaryPasswordValidityDays: temporaryDays || DEFAULT_PASSWORD_POLICY.temporaryPasswordValidityDays,
    ...(historySize !== undefined ? { passwordHistorySize: historySize } : {}),
  };
}

/** What only CreateUserPool sets: sign-in attributes, case sensitivity and the schema. */
export interface CreationOnly {
  usernameAttributes: Array<'email' | 'phone_number'>;
  aliasAttributes: string[];
  usernameConfiguration?: { CaseSensitive: boolean };
  requiredAttributes: string[];
  customAttributes: CustomAttributeSeed[];
}

export function readCreationOnly(input: Input): CreationOnly {
  const usernameAttributes = unique(enumListMember(input, 'UsernameAttributes', 'usernameAttributes', ['phone_number', 'email'] as const) ?? []);
  const aliasAttributes = unique(enumListMember(input, 'AliasAttributes', 'aliasAttributes', ['phone_number', 'email', 'preferred_username'] as const) ?? []);
  const usernameConfiguration = structMember(input, 'UsernameConfiguration');
  let caseSensitive: boolean | undefined;
  if (usernameConfiguration) {
    caseSensitive = booleanMember(usernameConfiguration, 'CaseSensitive');
    if (caseSensitive === undefined) throw validationError('usernameConfiguration.caseSensitive', undefined, 'Member must not be null');
  }
  const { requiredAttributes, customAttributes } = readSchema(input);
  // Seen in AWS's answer; the reference only says the two are alternatives.
  if (usernameAttributes.length > 0 && aliasAttributes.length > 0) {
    throw new ServiceError('InvalidParameterException', 'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.');
  }
  return {
    usernameAttributes,
    aliasAttributes,
    usernameConfiguration: caseSensitive === undefined ? undefined : { CaseSensitive: caseSensitive },
    requiredAttributes,
    customAttributes,
  };
}

/**
 * CreateUserPool's Schema: a standard attribute's entry can make it required; any other name is a custom
 * attribute (`custom:<name>`), which may not be required ("Required custom attributes are not supported
 * currently.", as AWS answers). Developer-only attributes are taken as custom ones.
 */
function readSchema(input: Input): { requiredAttributes: string[]; customAttributes: CustomAttributeSeed[] } {
  const entries =
    listMember(input, 'Schema', 'schema', false, (item) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new ServiceError('SerializationException', 'Unexpected value for Schema');
      return { value: item as Input };
    }) ?? [];
  if (entries.length > 50) throw validationError('schema', `[${entries.map((e) => String(e.Name)).join(', ')}]`, 'Member must have length less than or equal to 50');
  if (input.Schema !== undefined && input.Schema !== null && entries.length < 1) throw validationError('schema', '[]', 'Member must have length greater than or equal to 1');
  const requiredAttributes: string[] = [];
  const customAttributes: CustomAttributeSeed[] = [];
  entries.forEach((entry, i) => {
    const member = (name: string) => `schema.${i + 1}.member.${name}`;
    const name = optionalString(entry, 'Name', { member: member('name'), min: 1, max: 20, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' });
    const type = enumMember(entry, 'AttributeDataType', member('attributeDataType'), ['String', 'Number', 'DateTime', 'Boolean'] as const);
    const required = booleanMember(entry, 'Required') ?? false;
    const mutable = booleanMember(entry, 'Mutable');
    if (name === undefined) throw new ServiceError('InvalidParameterException', 'Attribute name must not be null'); // wording not documented
    if (STANDARD_ATTRIBUTE_NAMES.includes(name)) {
      if (required) requiredAttributes.push(name);
      return;
    }
    if (required) throw new ServiceError('InvalidParameterException', 'Required custom attributes are not supported currently.');
    const strings = structMember(entry, 'StringAttributeConstraints');
    const numbers = structMember(entry, 'NumberAttributeConstraints');
    const number = (value: unknown) => (typeof value === 'string' && value !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined);
    customAttributes.push({
      name,
      type: type ?? 'String',
      mutable: mutable ?? true,
      minLength: number(strings?.MinLength),
      maxLength: number(strings?.MaxLength),
      minValue: number(numbers?.MinValue),
      maxValue: number(numbers?.MaxValue),
    });
  });
  return { requiredAttributes: unique(requiredAttributes), customAttributes };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
