import type { SmsSending, UserPoolDetails } from '../../../shared/types';
import { checkRegion } from '../../../connection/regions';
import type { PoolRef } from '../../../connection/connections';
import { poolKey } from '../../../tree/kinds/keys';
import { checkExternalId, checkSmsRoleArn } from '../../../validation/messaging';
import { confirmChanges, type SettingChange } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';

// Edit SMS Sending: the IAM role Cognito assumes to publish SMS through Amazon SNS, its external id and the
// SNS Region (SmsConfiguration). Pre-filled with the pool's values; the summary names what the role needs
// (API reference, SmsConfigurationType; developer guide, "SMS message settings for Amazon Cognito user
// pools"): sns:Publish, a trust policy for cognito-idp.amazonaws.com with the external id, and iam:PassRole
// for whoever hands the role to Cognito. The pool's whole configuration goes with the change.

const TITLE = 'Edit SMS Sending';

interface SmsAnswers {
  pool: PoolRef;
  current: UserPoolDetails;
  roleArn: string;
  externalId: string;
  snsRegion: string;
}

export async function editSmsSending(deps: FlowDeps, given?: PoolRef): Promise<SmsSending> {
  const now = (a: SmsAnswers) => a.current.messaging?.sms;
  return runFlow<SmsAnswers, SmsSending>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep(deps),
      { fills: 'current', load: ({ pool: { connectionId, pool } }) => deps.connections.cognito(connectionId).pools.describe(pool.id) },
      {
        fills: 'roleArn',
        ask: async (a, step) =>
          (await deps.prompter.input({ ...step, prompt: 'ARN of the IAM role Cognito assumes to send SMS (it needs sns:Publish)', placeholder: 'arn:aws:iam::123456789012:role/CognitoSms', value: now(a)?.roleArn ?? '', validate: checkSmsRoleArn })).trim(),
      },
      {
        fills: 'externalId',
        ask: async (a, step) =>
          (await deps.prompter.input({ ...step, prompt: 'External id the role’s trust policy requires (sts:ExternalId; optional)', value: now(a)?.externalId ?? '', validate: checkExternalId })).trim(),
      },
      {
        fills: 'snsRegion',
        ask: async (a, step) =>
          (await deps.prompter.input({ ...step, prompt: 'Amazon SNS Region (empty: the pool’s own Region)', placeholder: 'us-east-1', value: now(a)?.snsRegion ?? '', validate: (v) => (v.trim() === '' ? undefined : checkRegion(v)) })).trim(),
      },
      confirmChanges<SmsAnswers>(deps, {
        subject: (a) => `the SMS sending of ${a.pool.pool.name}`,
        changes: (a) => smsChanges(now(a), chosen(a)),
        consequence: (a) =>
          `Cognito assumes ${a.roleArn} to call sns:Publish: its trust policy must allow cognito-idp.amazonaws.com sts:AssumeRole${a.externalId ? ` with sts:ExternalId ${a.externalId}` : ''}, and handing it to Cognito needs iam:PassRole on it for your credentials. Cognito checks the trust when it saves.`,
      }),
    ],
    execute: (answers) => save(deps, answers),
  });
}

function chosen(a: SmsAnswers): SmsSending {
  return { roleArn: a.roleArn, externalId: a.externalId || undefined, snsRegion: a.snsRegion || undefined };
}

function smsChanges(before: SmsSending | undefined, after: SmsSending): SettingChange[] {
  return [
    { setting: 'SNS role', before: before?.roleArn ?? 'none (no SMS)', after: after.roleArn },
    { setting: 'External id', before: before?.externalId ?? 'none', after: after.externalId ?? 'none' },
    { setting: 'SNS Region', before: before?.snsRegion ?? 'the pool’s', after: after.snsRegion ?? 'the pool’s' },
  ];
}

async function save(deps: FlowDeps, answers: SmsAnswers): Promise<SmsSending> {
  const { connectionId, pool } = answers.pool;
  const sending = chosen(answers);
  await deps.feedback.progress(`Updating the SMS sending of ${pool.name}…`, () => deps.connections.cognito(connectionId).pools.update(pool.id, { sms: sending }));
  deps.details.changed(poolKey(connectionId, pool.id)); // an open Pool Details shows the role
  deps.feedback.status(`$(check) ${pool.name} now sends SMS with ${sending.roleArn}`);
  return sending;
}
