// A pool's EmailConfiguration and SmsConfiguration on the AWS-faithful double, with a plain SDK client:
// what the service model and the API reference refuse (poolMessagingRules.ts) is refused by CreateUserPool
// and UpdateUserPool alike, and what they accept is described back as sent.
import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, DescribeUserPoolCommand, UpdateUserPoolCommand, type EmailConfigurationType, type SmsConfigurationType } from '@aws-sdk/client-cognito-identity-provider';
import { DEVELOPER_NEEDS_SOURCE_ARN, FROM_NOT_AN_ADDRESS } from '../poolMessagingRules';
import { rejectsWith } from '../../support/signInDouble';
import { useDouble } from '../../support/sessionHooks';

const REGION = 'eu-north-1';
const IDENTITY = `arn:aws:ses:${REGION}:210987654321:identity/mail.example`;
const ROLE = 'arn:aws:iam::210987654321:role/cognito-sms';

describe('the Cognito double checks a pool’s e-mail and SMS sending', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  const create = (EmailConfiguration?: EmailConfigurationType, SmsConfiguration?: SmsConfigurationType) =>
    session.client.send(new CreateUserPoolCommand({ PoolName: 'mail', EmailConfiguration, SmsConfiguration }));
  const describe = async (UserPoolId: string) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool;

  it('keeps an SES configuration and an SMS role as sent', async () => {
    const email: EmailConfigurationType = { EmailSendingAccount: 'DEVELOPER', SourceArn: IDENTITY, From: 'Mail <no-reply@mail.example>', ReplyToEmailAddress: 'help@mail.example', ConfigurationSet: 'mail_events-1' };
    const sms: SmsConfigurationType = { SnsCallerArn: ROLE, ExternalId: 'ext-42', SnsRegion: 'eu-west-1' };
    const id = (await create(email, sms)).UserPool?.Id as string;
    const pool = await describe(id);
    assert.deepEqual([pool?.EmailConfiguration, pool?.SmsConfiguration], [email, sms]);
  });

  it('refuses DEVELOPER without a SourceArn, on create and on update', async () => {
    await rejectsWith(create({ EmailSendingAccount: 'DEVELOPER', From: 'no-reply@mail.example' }), 'InvalidParameterException', DEVELOPER_NEEDS_SOURCE_ARN);
    const id = (await create()).UserPool?.Id as string;
    await rejectsWith(session.client.send(new UpdateUserPoolCommand({ UserPoolId: id, EmailConfiguration: { EmailSendingAccount: 'DEVELOPER' } })), 'InvalidParameterException', DEVELOPER_NEEDS_SOURCE_ARN);
    assert.deepEqual((await describe(id))?.EmailConfiguration, {});
  });

  it('refuses what the model refuses: a SourceArn that is no ARN, a reply-to without @, a bad configuration set, a From with no address', async () => {
    await rejectsWith(create({ EmailSendingAccount: 'DEVELOPER', SourceArn: 'mail.example/identity-not-arn' }), 'InvalidParameterException', /at 'emailConfiguration.sourceArn' failed to satisfy constraint: Member must satisfy regular expression pattern/);
    await rejectsWith(create({ EmailSendingAccount: 'DEVELOPER', SourceArn: 'arn:aws:ses:x:1:y' }), 'InvalidParameterException', /at 'emailConfiguration.sourceArn' failed to satisfy constraint: Member must have length greater than or equal to 20/);
    await rejectsWith(create({ EmailSendingAccount: 'COGNITO_DEFAULT', ReplyToEmailAddress: 'help.mail.example' }), 'InvalidParameterException', /at 'emailConfiguration.replyToEmailAddress' failed to satisfy constraint/);
    await rejectsWith(create({ EmailSendingAccount: 'DEVELOPER', SourceArn: IDENTITY, ConfigurationSet: 'x'.repeat(65) }), 'InvalidParameterException', /at 'emailConfiguration.configurationSet' failed to satisfy constraint: Member must have length less than or equal to 64/);
    await rejectsWith(create({ EmailSendingAccount: 'DEVELOPER', SourceArn: IDENTITY, ConfigurationSet: 'has space' }), 'InvalidParameterException', /at 'emailConfiguration.configurationSet' failed to satisfy constraint: Member must satisfy regular expression pattern/);
    await rejectsWith(create({ EmailSendingAccount: 'DEVELOPER', SourceArn: IDENTITY, From: 'Mail Team' }), 'InvalidParameterException', FROM_NOT_AN_ADDRESS);
    await rejectsWith(create({ EmailSendingAccount: 'SES' as 'DEVELOPER', SourceArn: IDENTITY }), 'InvalidParameterException', /Member must satisfy enum value set: \[COGNITO_DEFAULT, DEVELOPER\]/);
  });

  it('accepts a configuration set of exactly 64 characters and a From that is an address alone', async () => {
    const id = (await create({ EmailSendingAccount: 'DEVELOPER', SourceArn: IDENTITY, From: 'no-reply@mail.example', ConfigurationSet: 'c'.repeat(64) })).UserPool?.Id as string;
    assert.equal((await describe(id))?.EmailConfiguration?.ConfigurationSet, 'c'.repeat(64));
  });

  it('refuses an SMS configuration without a role, with a role that is no ARN, or with an SNS Region outside 5–32 characters', async () => {
    await rejectsWith(create(undefined, { ExternalId: 'ext' } as SmsConfigurationType), 'InvalidParameterException', /at 'smsConfiguration.snsCallerArn' failed to satisfy constraint: Member must not be null/);
    await rejectsWith(create(undefined, { SnsCallerArn: 'role/cognito-sms-not-an-arn' }), 'InvalidParameterException', /at 'smsConfiguration.snsCallerArn' failed to satisfy constraint: Member must satisfy regular expression pattern/);
    await rejectsWith(create(undefined, { SnsCallerArn: ROLE, SnsRegion: 'eu-1' }), 'InvalidParameterException', /at 'smsConfiguration.snsRegion' failed to satisfy constraint: Member must have length greater than or equal to 5/);
    await rejectsWith(create(undefined, { SnsCallerArn: ROLE, SnsRegion: 'r'.repeat(33) }), 'InvalidParameterException', /Member must have length less than or equal to 32/);
  });
});
