// LambdaConfig of CreateUserPool and UpdateUserPool, checked as the API reference (LambdaConfigType,
// PreTokenGenerationVersionConfigType, CustomSMSLambdaVersionConfigType, CustomEmailLambdaVersionConfigType)
// constrains it. The double keeps LambdaConfig as given and never calls a trigger; these rules only refuse
// what AWS refuses:
// - every trigger's ARN (PreSignUp … UserMigration, PreTokenGeneration, KMSKeyID, and each LambdaArn):
//   "Length Constraints: Minimum length of 20. Maximum length of 2048. Pattern: arn:[\w+=/,.@-]+:…" (the
//   pattern below), InvalidParameterException "1 validation error detected: …" as for any member;
// - PreTokenGenerationConfig: LambdaArn and LambdaVersion "Required: Yes", LambdaVersion "Valid Values: V1_0 |
//   V2_0 | V3_0"; the custom senders' LambdaVersion "Valid Values: V1_0";
// - "This parameter and the PreTokenGeneration property of LambdaConfig have the same value"
//   (PreTokenGenerationVersionConfigType.LambdaArn): a request giving both with different ARNs is refused.
//   AWS's wording for that refusal is not documented; the double's own sentence is used;
// - pre token generation V2_0 and V3_0 are "available for user pools on the Essentials and Plus feature plans"
//   (developer guide, "Pre token generation Lambda trigger"): on the Lite plan they are refused with
//   FeatureUnavailableInTierException ("This exception is thrown when a feature you attempted to configure
//   isn't available in your current feature plan", UpdateUserPool's errors); the wording is the double's.
import { stringMember, optionalString, enumMember } from './members';
import type { UserPoolTier } from './poolSettings';
import { ServiceError, type Input } from './server';

const ARN_RULE = { min: 20, max: 2048, pattern: 'arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?' };
const TRIGGER_ARNS = [
  'PreSignUp',
  'CustomMessage',
  'PostConfirmation',
  'PreAuthentication',
  'PostAuthentication',
  'DefineAuthChallenge',
  'CreateAuthChallenge',
  'VerifyAuthChallengeResponse',
  'PreTokenGeneration',
  'UserMigration',
  'KMSKeyID',
] as const;

export const PRE_TOKEN_ARNS_DIFFER = 'PreTokenGeneration and PreTokenGenerationConfig.LambdaArn must be the same function.';
export const VERSION_NEEDS_PLAN = 'Pre token generation trigger versions V2_0 and V3_0 need the Essentials or Plus feature plan.';

const camel = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

/** Refuses a LambdaConfig AWS refuses, for a pool on `tier` (the request's, else the plan it will have). */
export function checkLambdaConfig(config: Input | undefined, tier: UserPoolTier): void {
  if (!config) return;
  for (const key of TRIGGER_ARNS) optionalString(config, key, { member: `lambdaConfig.${camel(key)}`, ...ARN_RULE });
  const preToken = versioned(config, 'PreTokenGenerationConfig', ['V1_0', 'V2_0', 'V3_0']);
  versioned(config, 'CustomSMSSender', ['V1_0']);
  versioned(config, 'CustomEmailSender', ['V1_0']);
  if (!preToken) return;
  if (typeof config.PreTokenGeneration === 'string' && config.PreTokenGeneration !== preToken.arn) throw new ServiceError('InvalidParameterException', PRE_TOKEN_ARNS_DIFFER);
  if (tier === 'LITE' && preToken.version !== 'V1_0') throw new ServiceError('FeatureUnavailableInTierException', VERSION_NEEDS_PLAN);
}

function versioned(config: Input, key: string, versions: readonly string[]): { arn: string; version: string } | undefined {
  const value = config[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ServiceError('SerializationException', `Unexpected value for ${key}`);
  const member = `lambdaConfig.${camel(key)}`;
  const arn = stringMember(value as Input, 'LambdaArn', { member: `${member}.lambdaArn`, ...ARN_RULE });
  const version = enumMember(value as Input, 'LambdaVersion', `${member}.lambdaVersion`, versions);
  if (version === undefined) throw new ServiceError('InvalidParameterException', `1 validation error detected: Value null at '${member}.lambdaVersion' failed to satisfy constraint: Member must not be null`);
  return { arn, version };
}
