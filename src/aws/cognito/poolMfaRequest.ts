import type { GetUserPoolMfaConfigResponse, SetUserPoolMfaConfigRequest, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import type { MfaFactor, MfaMode, PoolMfaChange, PoolMfaConfig } from '../../shared/types';

// GetUserPoolMfaConfig's answer as the extension's PoolMfaConfig, and a PoolMfaChange as a whole
// SetUserPoolMfaConfig request. SetUserPoolMfaConfig, like UpdateUserPool, sets what it is sent: a factor
// left out is turned off, so each factor kept on is sent back with its messages as they are now, and the
// passkey settings (WebAuthnConfiguration, "independent of the MFA configuration options", API reference)
// are sent back unchanged.

/** The mode and the factors turned on: an authenticator app when Enabled, SMS and e-mail when configured. */
export function toPoolMfaConfig(out: GetUserPoolMfaConfigResponse): PoolMfaConfig {
  const factors: MfaFactor[] = [];
  if (out.SoftwareTokenMfaConfiguration?.Enabled === true) factors.push('totp');
  if (out.SmsMfaConfiguration) factors.push('sms');
  if (out.EmailMfaConfiguration) factors.push('email');
  return { mode: (out.MfaConfiguration ?? 'OFF') as MfaMode, factors };
}

/**
 * What SetUserPoolMfaConfig is sent for `change`, from the MFA configuration and the pool (DescribeUserPool)
 * as they are now. With MFA off no factor is sent: AWS refuses "can't turn off MFA and configure an MFA
 * together". SMS newly turned on takes the pool's SMS sending role and message (SmsMfaConfigType: "the SMS
 * message sending configuration for Amazon SNS"), so the pool's SmsAuthenticationMessage is not reset.
 */
export function mfaConfigRequest(current: GetUserPoolMfaConfigResponse, pool: UserPoolType, change: PoolMfaChange): Omit<SetUserPoolMfaConfigRequest, 'UserPoolId'> {
  const on = (factor: MfaFactor) => change.mode !== 'OFF' && change.factors.includes(factor);
  const sms = current.SmsMfaConfiguration;
  return {
    MfaConfiguration: change.mode,
    SoftwareTokenMfaConfiguration: { Enabled: on('totp') },
    ...(on('sms')
      ? { SmsMfaConfiguration: { SmsAuthenticationMessage: sms?.SmsAuthenticationMessage ?? pool.SmsAuthenticationMessage, SmsConfiguration: sms?.SmsConfiguration ?? pool.SmsConfiguration } }
      : {}),
    ...(on('email') ? { EmailMfaConfiguration: { ...current.EmailMfaConfiguration } } : {}),
    ...(current.WebAuthnConfiguration ? { WebAuthnConfiguration: current.WebAuthnConfiguration } : {}),
  };
}
