// CreateUserPool's and UpdateUserPool's EmailConfiguration and SmsConfiguration, checked as the service
// model constrains them (botocore's cognito-idp service-2.json) and as the API reference describes them:
// - EmailConfigurationType: EmailSendingAccount COGNITO_DEFAULT or DEVELOPER; SourceArn an ArnType (20–2048,
//   the ARN pattern); ReplyToEmailAddress an EmailAddressType (`[\p{L}\p{M}\p{S}\p{N}\p{P}]+@[…]+`);
//   ConfigurationSet an SESConfigurationSet (1–64, `^[a-zA-Z0-9_-]+$`); From a StringType (up to 131072).
//   "DEVELOPER … If you use this option, provide the ARN of an Amazon SES verified email address for the
//   SourceArn parameter" (EmailSendingAccount): refused without one. From is "the sender's email address or
//   the sender's name with their email address" (`Test User <testuser@example.com>`): refused when it holds
//   no address. AWS's wording of these two refusals is not documented; the double's own is used.
// - SmsConfigurationType: SnsCallerArn required, an ArnType; ExternalId a StringType (up to 131072); SnsRegion
//   a RegionCodeType (5–32 characters).
// Not modelled: whether the SES identity is verified and allows Cognito to send (Cognito answers
// InvalidEmailRoleAccessPolicyException), and whether the SNS role trusts cognito-idp.amazonaws.com with the
// external id and may publish (InvalidSmsRoleTrustRelationshipException, InvalidSmsRoleAccessPolicyException):
// the double has no IAM or SES.
import { enumMember, optionalString, structMember } from './members';
import { ServiceError, type Input } from './server';

const ARN = { min: 20, max: 2048, pattern: 'arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?' };
const EMAIL_ADDRESS = '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+@[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+';
const STRING_TYPE_MAX = 131072;
/** An address alone, or a name and `<address>`. */
const FROM = /^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/u;

export const DEVELOPER_NEEDS_SOURCE_ARN = 'SourceArn is required when EmailSendingAccount is DEVELOPER: give the ARN of a verified Amazon SES identity.';
export const FROM_NOT_AN_ADDRESS = 'From must be an email address, or a name followed by an email address in angle brackets.';

export function checkEmailConfiguration(input: Input): void {
  const email = structMember(input, 'EmailConfiguration');
  if (!email) return;
  const path = (member: string) => `emailConfiguration.${member}`;
  const account = enumMember(email, 'EmailSendingAccount', path('emailSendingAccount'), ['COGNITO_DEFAULT', 'DEVELOPER'] as const);
  const sourceArn = optionalString(email, 'SourceArn', { member: path('sourceArn'), ...ARN });
  optionalString(email, 'ReplyToEmailAddress', { member: path('replyToEmailAddress'), pattern: EMAIL_ADDRESS });
  optionalString(email, 'ConfigurationSet', { member: path('configurationSet'), min: 1, max: 64, pattern: '^[a-zA-Z0-9_-]+$' });
  const from = optionalString(email, 'From', { member: path('from'), max: STRING_TYPE_MAX });
  if (account === 'DEVELOPER' && sourceArn === undefined) throw new ServiceError('InvalidParameterException', DEVELOPER_NEEDS_SOURCE_ARN);
  if (from !== undefined && !FROM.test(from.trim())) throw new ServiceError('InvalidParameterException', FROM_NOT_AN_ADDRESS);
}

export function checkSmsConfiguration(input: Input): void {
  const sms = structMember(input, 'SmsConfiguration');
  if (!sms) return;
  const path = (member: string) => `smsConfiguration.${member}`;
  optionalString(sms, 'SnsCallerArn', { member: path('snsCallerArn'), required: true, ...ARN });
  optionalString(sms, 'ExternalId', { member: path('externalId'), max: STRING_TYPE_MAX });
  optionalString(sms, 'SnsRegion', { member: path('snsRegion'), min: 5, max: 32 });
}
