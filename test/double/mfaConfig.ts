// A pool's MFA configuration: SetUserPoolMfaConfig and GetUserPoolMfaConfig (API reference). MfaConfiguration
// (OFF | ON | OPTIONAL) is the same setting CreateUserPool / UpdateUserPool / DescribeUserPool carry, so both
// read and write `pool.settings.mfaConfiguration`; the factors (SoftwareTokenMfaConfiguration, SmsMfaConfiguration,
// EmailMfaConfiguration, WebAuthnConfiguration) are `pool.mfaFactors`. A factor left out of
// SetUserPoolMfaConfig is turned off (the request describes the whole configuration, as the console sends
// it); MfaConfiguration left out keeps the pool's. Refusals, each with its source:
// - ON or OPTIONAL with no factor on: InvalidParameterException. The reference: "If you set the
//   MfaConfiguration value to 'ON', only users who have set up an MFA factor can sign in", so there must be one;
//   the wording mirrors the one AWS answers for the opposite case (below), AWS's own is not documented.
// - OFF with a factor configured: InvalidParameterException "Invalid MFA configuration given, can't turn off
//   MFA and configure an MFA together." (AWS's answer as quoted in lgallard/terraform-aws-cognito-user-pool#74).
// - e-mail MFA: "To use email MFA, your user pool must be on the Essentials or Plus feature plan" and "must be
//   configured to send email with Amazon SES" (developer guide, "SMS and email message MFA"; EmailMfaConfigType:
//   "you must set up your user pool ... with Amazon SES (EmailSendingAccount DEVELOPER)"): on Lite
//   FeatureUnavailableInTierException, without DEVELOPER InvalidParameterException (wordings the double's own).
// - SMS MFA needs an SmsConfiguration, in the request or already on the pool ("You can set SmsConfiguration in
//   CreateUserPool and UpdateUserPool, or in SetUserPoolMfaConfig", SmsMfaConfigType); SmsAuthenticationMessage
//   6–140 characters holding `{####}`; EmailMfaConfigType Message 6–20000 holding `{####}`, Subject 1–140.
import type { PoolMfaFactors, SeededPool } from './data';
import { booleanMember, enumMember, optionalString, structMember } from './members';
import { checkSmsConfiguration } from './poolMessagingRules';
import { poolOf } from './requests';
import { ServiceError, type Input, type Operation } from './server';

export const OFF_WITH_FACTOR = "Invalid MFA configuration given, can't turn off MFA and configure an MFA together.";
export const ON_WITHOUT_FACTOR = "Invalid MFA configuration given, can't turn on MFA without any MFA factor enabled.";
export const EMAIL_MFA_NOT_ON_LITE = 'Email MFA is not available in the LITE feature plan: it needs the Essentials or Plus plan.';
export const EMAIL_MFA_NEEDS_SES = 'Email MFA needs the user pool to send email with Amazon SES: set EmailConfiguration EmailSendingAccount to DEVELOPER.';
export const SMS_MFA_NEEDS_SMS_CONFIGURATION = 'SMS MFA needs an SmsConfiguration: give one in SmsMfaConfiguration or on the user pool.';

const CODE_PLACEHOLDER = '.*\\{####\\}.*';

export function mfaConfigOperations(pools: readonly SeededPool[]): Record<string, Operation> {
  return {
    SetUserPoolMfaConfig(input) {
      const mfa = enumMember(input, 'MfaConfiguration', 'mfaConfiguration', ['OFF', 'ON', 'OPTIONAL'] as const);
      const software = structMember(input, 'SoftwareTokenMfaConfiguration');
      const sms = structMember(input, 'SmsMfaConfiguration');
      const email = structMember(input, 'EmailMfaConfiguration');
      const webAuthn = structMember(input, 'WebAuthnConfiguration');
      if (sms) {
        optionalString(sms, 'SmsAuthenticationMessage', { member: 'smsMfaConfiguration.smsAuthenticationMessage', min: 6, max: 140, pattern: CODE_PLACEHOLDER });
        checkSmsConfiguration(sms);
      }
      if (email) {
        optionalString(email, 'Message', { member: 'emailMfaConfiguration.message', min: 6, max: 20000, pattern: CODE_PLACEHOLDER });
        optionalString(email, 'Subject', { member: 'emailMfaConfiguration.subject', min: 1, max: 140 });
      }
      if (webAuthn) {
        optionalString(webAuthn, 'RelyingPartyId', { member: 'webAuthnConfiguration.relyingPartyId', min: 1, max: 63 });
        enumMember(webAuthn, 'UserVerification', 'webAuthnConfiguration.userVerification', ['required', 'preferred'] as const);
      }
      const pool = poolOf(pools, input);
      const factors: PoolMfaFactors = {
        softwareToken: (software && booleanMember(software, 'Enabled')) ?? false,
        sms: sms && (structuredClone(sms) as PoolMfaFactors['sms']),
        email: email && (structuredClone(email) as PoolMfaFactors['email']),
        webAuthn: webAuthn ? (structuredClone(webAuthn) as PoolMfaFactors['webAuthn']) : pool.mfaFactors.webAuthn,
      };
      const anyFactor = factors.softwareToken || factors.sms !== undefined || factors.email !== undefined;
      const configuration = mfa ?? pool.settings.mfaConfiguration;
      if (configuration === 'OFF' && anyFactor) throw new ServiceError('InvalidParameterException', OFF_WITH_FACTOR);
      if (configuration !== 'OFF' && !anyFactor) throw new ServiceError('InvalidParameterException', ON_WITHOUT_FACTOR);
      if (factors.email) {
        if (pool.settings.tier === 'LITE') throw new ServiceError('FeatureUnavailableInTierException', EMAIL_MFA_NOT_ON_LITE);
        if (pool.settings.emailConfiguration.EmailSendingAccount !== 'DEVELOPER') throw new ServiceError('InvalidParameterException', EMAIL_MFA_NEEDS_SES);
      }
      if (factors.sms && factors.sms.SmsConfiguration === undefined && pool.settings.given.SmsConfiguration === undefined) {
        throw new ServiceError('InvalidParameterException', SMS_MFA_NEEDS_SMS_CONFIGURATION);
      }
      pool.mfaFactors = factors;
      pool.settings.mfaConfiguration = configuration;
      // One setting, two operations: DescribeUserPool reports what SetUserPoolMfaConfig set.
      if (factors.sms?.SmsConfiguration !== undefined) pool.settings.given.SmsConfiguration = structuredClone(factors.sms.SmsConfiguration);
      if (factors.sms?.SmsAuthenticationMessage !== undefined) pool.settings.given.SmsAuthenticationMessage = factors.sms.SmsAuthenticationMessage;
      pool.modified = new Date(pool.now());
      return describeMfaConfig(pool);
    },

    GetUserPoolMfaConfig(input) {
      return describeMfaConfig(poolOf(pools, input));
    },
  };
}

/** GetUserPoolMfaConfig's answer (and SetUserPoolMfaConfig's): factors that are off are left out. */
export function describeMfaConfig(pool: SeededPool): Input {
  const { softwareToken, sms, email, webAuthn } = pool.mfaFactors;
  return {
    SmsMfaConfiguration: sms && {
      SmsAuthenticationMessage: sms.SmsAuthenticationMessage,
      SmsConfiguration: structuredClone(sms.SmsConfiguration ?? pool.settings.given.SmsConfiguration),
    },
    SoftwareTokenMfaConfiguration: { Enabled: softwareToken },
    EmailMfaConfiguration: email && { ...email },
    MfaConfiguration: pool.settings.mfaConfiguration,
    WebAuthnConfiguration: webAuthn && { ...webAuthn },
  };
}
