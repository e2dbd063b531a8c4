// How a pool sends e-mail and SMS (EmailConfiguration, SmsConfiguration of UpdateUserPool), as the
// extension knows them, and the two narrow edits of them (implemented in src/aws/cognito/poolCalls.ts over
// poolMessagingUpdate.ts, which sends the pool's whole configuration with only that member changed).

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

export interface PoolMessagingApi {
  /** UpdateUserPool with the whole current configuration and only EmailConfiguration changed. */
  setEmailSending(userPoolId: string, sending: EmailSending): Promise<void>;
  /** UpdateUserPool with the whole current configuration and only SmsConfiguration changed (it hands Cognito
   *  the role, so the caller needs iam:PassRole on it too). */
  setSmsSending(userPoolId: string, sending: SmsSending): Promise<void>;
}
