import type { EmailConfigurationType, SmsConfigurationType, UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
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
