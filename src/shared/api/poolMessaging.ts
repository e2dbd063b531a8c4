// How a pool sends e-mail and SMS (EmailConfiguration, SmsConfiguration of UpdateUserPool), as the
// extension knows them; PoolChange's `email` and `sms` change them (src/aws/cognito/poolMessagingUpdate.ts).

/** Cognito's own e-mail (from no-reply@verificationemail.com, or from an SES identity of yours when
 *  `sourceArn` is set), or Amazon SES through the identity `sourceArn` (EmailSendingAccount DEVELOPER). */
export type EmailSending =
  | { kind: 'cognito'; replyTo?: string; sourceArn?: string }
  | { kind: 'ses'; sourceArn: string; from?: string; replyTo?: string; configurationSet?: string };

/** The IAM role Cognito assumes to publish SMS through Amazon SNS. */
export interface SmsSending {
  roleArn: string;
  externalId?: string;
  /** Absent: the pool's own region. */
  snsRegion?: string;
}

export interface PoolMessaging {
  email: EmailSending;
  /** Absent: the pool has no SNS role and sends no SMS. */
  sms?: SmsSending;
}
