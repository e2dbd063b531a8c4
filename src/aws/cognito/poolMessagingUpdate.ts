import type { EmailConfigurationType, SmsConfigurationType, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoError } from '../../shared/errors';
import type { EmailSending, PoolMessaging, SmsSending } from '../../shared/types';

// E-mail and SMS sending as UpdateUserPool's EmailConfiguration and SmsConfiguration, and back from
// DescribeUserPool. Each edit replaces its whole member (what it leaves out of the member is reset, as
// UpdateUserPool resets everything a request leaves out); the rest of the pool goes with it unchanged
// (poolUpdate.ts's updatableSettings).

/** EmailConfiguration for `sending`. COGNITO_DEFAULT takes a SourceArn only as a custom FROM address. */
export function emailConfiguration(sending: EmailSending): EmailConfigurationType {
  if (sending.kind === 'cognito') return { EmailSendingAccount: 'COGNITO_DEFAULT', SourceArn: sending.sourceArn, ReplyToEmailAddress: sending.replyTo };
  return { EmailSendingAccount: 'DEVELOPER', SourceArn: sending.sourceArn, From: sending.from, ReplyToEmailAddress: sending.replyTo, ConfigurationSet: sending.configurationSet };
}

export function smsConfiguration(sending: SmsSending): SmsConfigurationType {
  return { SnsCallerArn: sending.roleArn, ExternalId: sending.externalId, SnsRegion: sending.snsRegion };
}

/** What Describe tells of the pool's sending. A pool that never set EmailConfiguration uses Cognito's own. */
export function toPoolMessaging(pool: UserPoolType): PoolMessaging {
  const email = pool.EmailConfiguration ?? {};
  const sms = pool.SmsConfiguration;
  const text = (value: string | undefined) => value || undefined;
  return {
    email:
      email.EmailSendingAccount === 'DEVELOPER'
        ? { kind: 'ses', sourceArn: email.SourceArn ?? '', from: text(email.From), replyTo: text(email.ReplyToEmailAddress), configurationSet: text(email.ConfigurationSet) }
        : { kind: 'cognito', replyTo: text(email.ReplyToEmailAddress), sourceArn: text(email.SourceArn) },
    sms: sms?.SnsCallerArn ? { roleArn: sms.SnsCallerArn, externalId: text(sms.ExternalId), snsRegion: text(sms.SnsRegion) } : undefined,
  };
}

/**
 * UpdateUserPool tries the new sending before it saves it: an SNS role it cannot assume or that may not
 * publish, or an SES identity it may not send with, is refused (API reference, UpdateUserPool's errors). The
 * shared sentences speak of invitations; an edit of the sending is told what to fix in the role or identity.
 */
export function sendingRefused(error: unknown, roleArn?: string): unknown {
  if (!(error instanceof CognitoError)) return error;
  const role = roleArn ?? 'the SMS role';
  const sentences: Record<string, string> = {
    InvalidSmsRoleTrustRelationshipException: `Cognito could not assume ${role}: its trust policy must allow cognito-idp.amazonaws.com to call sts:AssumeRole, with the external id as sts:ExternalId if you gave one. Nothing was changed.`,
    InvalidSmsRoleAccessPolicyException: `${role} may not publish through Amazon SNS: give it sns:Publish. Nothing was changed.`,
    InvalidEmailRoleAccessPolicyException:
      'Cognito may not send with this Amazon SES identity: verify it in SES, and for Cognito’s default e-mail let email.cognito-idp.amazonaws.com call ses:SendEmail and ses:SendRawEmail in its sending authorization policy. Nothing was changed.',
  };
  const sentence = error.awsName ? sentences[error.awsName] : undefined;
  if (!sentence) return error;
  const named = new CognitoError(sentence, error.kind, error.awsName);
  named.attempts = error.attempts;
  return named;
}
