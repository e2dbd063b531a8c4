import type { EmailSending, UserPoolDetails } from '../../../shared/types';
import type { PoolRef } from '../../../connection/connections';
import { poolKey } from '../../../tree/kinds/keys';
import { checkConfigurationSet, checkFromAddress, checkReplyTo, checkSesIdentityArn } from '../../../validation/messaging';
import { confirmChanges, type SettingChange } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';

// Edit E-mail Sending: Cognito's own e-mail, or Amazon SES through a verified identity of yours
// (EmailConfiguration). Each box is pre-filled with the pool's value; the summary names what each choice
// needs (API reference, EmailConfigurationType; developer guide, "Email settings for Amazon Cognito user
// pools" and "Authorizing Amazon Cognito to send Amazon SES email on your behalf"). The pool's whole
// configuration goes with the change (pools.update).

const TITLE = 'Edit E-mail Sending';
const COGNITO_FROM = 'no-reply@verificationemail.com';

type Kind = EmailSending['kind'];

interface EmailAnswers {
  pool: PoolRef;
  current: UserPoolDetails;
  kind: Kind;
  sourceArn: string;
  from: string;
  replyTo: string;
  configurationSet: string;
}

export async function editEmailSending(deps: FlowDeps, given?: PoolRef): Promise<EmailSending> {
  const ses = (a: Partial<EmailAnswers>) => a.kind !== 'cognito';
  const now = (a: EmailAnswers) => currentSending(a.current);
  const sesNow = (a: EmailAnswers) => { const c = now(a); return c.kind === 'ses' ? c : undefined; };
  return runFlow<EmailAnswers, EmailSending>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep(deps),
      { fills: 'current', load: ({ pool: { connectionId, pool } }) => deps.connections.cognito(connectionId).pools.describe(pool.id) },
      {
        fills: 'kind',
        ask: (a, step) =>
          deps.prompter.pick<Kind>(
            [
              { label: "Cognito's default e-mail", description: `from ${COGNITO_FROM}, 50 a day`, detail: 'Nothing to set up; for trying things out.', value: 'cognito' },
              { label: 'Amazon SES', description: 'from your verified identity, with SES’s limits', detail: 'The identity must be verified in SES, in a Region Cognito supports for this pool.', value: 'ses' },
            ],
            { ...step, placeholder: `How "${a.pool.pool.name}" sends e-mail (now: ${now(a).kind === 'ses' ? 'Amazon SES' : "Cognito's default"})` },
          ),
      },
      {
        fills: 'sourceArn',
        skip: (a) => !ses(a),
        ask: async (a, step) =>
          (await deps.prompter.input({ ...step, prompt: 'ARN of the verified Amazon SES identity (an address or a domain) mail is sent from', placeholder: 'arn:aws:ses:eu-west-1:123456789012:identity/example.com', value: sesNow(a)?.sourceArn ?? '', validate: checkSesIdentityArn })).trim(),
      },
      {
        fills: 'from',
        skip: (a) => !ses(a),
        ask: async (a, step) =>
          (await deps.prompter.input({ ...step, prompt: 'From: the address, or a name and the address', placeholder: 'Example <no-reply@example.com>', value: sesNow(a)?.from ?? '', validate: checkFromAddress(a.sourceArn) })).trim(),
      },
      {
        fills: 'replyTo',
        ask: async (a, step) => (await deps.prompter.input({ ...step, prompt: 'Reply-to address (optional)', placeholder: 'help@example.com', value: now(a).replyTo ?? '', validate: checkReplyTo })).trim(),
      },
      {
        fills: 'configurationSet',
        skip: (a) => !ses(a),
        ask: async (a, step) =>
          (await deps.prompter.input({ ...step, prompt: 'Amazon SES configuration set (optional: event publishing, dedicated IPs)', value: sesNow(a)?.configurationSet ?? '', validate: checkConfigurationSet })).trim(),
      },
      confirmChanges<EmailAnswers>(deps, {
        subject: (a) => `the e-mail sending of ${a.pool.pool.name}`,
        changes: (a) => emailChanges(now(a), chosen(a)),
        consequence: (a) => consequence(chosen(a)),
      }),
    ],
    execute: (answers) => save(deps, answers),
  });
}

/** What the pool does now; an endpoint that does not tell is taken as Cognito's default. */
function currentSending(pool: UserPoolDetails): EmailSending {
  return pool.messaging?.email ?? { kind: 'cognito' };
}

/** The answers as a sending. Cognito's default keeps a custom FROM identity the pool has (the flow does not ask it). */
function chosen(a: EmailAnswers): EmailSending {
  const optional = (text: string) => (text === '' ? undefined : text);
  if (a.kind === 'cognito') {
    const now = currentSending(a.current);
    return { kind: 'cognito', replyTo: optional(a.replyTo), sourceArn: now.kind === 'cognito' ? now.sourceArn : undefined };
  }
  return { kind: 'ses', sourceArn: a.sourceArn, from: a.from, replyTo: optional(a.replyTo), configurationSet: optional(a.configurationSet) };
}

function emailChanges(before: EmailSending, after: EmailSending): SettingChange[] {
  const view = (s: EmailSending) => ({
    how: s.kind === 'ses' ? 'Amazon SES' : "Cognito's default",
    identity: s.sourceArn ?? 'none',
    from: s.kind === 'ses' ? (s.from ?? 'the identity') : s.sourceArn ? 'the identity' : COGNITO_FROM,
    replyTo: s.replyTo ?? 'none',
    set: (s.kind === 'ses' && s.configurationSet) || 'none',
  });
  const [b, a] = [view(before), view(after)];
  return [
    { setting: 'Sent by', before: b.how, after: a.how },
    { setting: 'SES identity', before: b.identity, after: a.identity },
    { setting: 'From', before: b.from, after: a.from },
    { setting: 'Reply-to', before: b.replyTo, after: a.replyTo },
    { setting: 'Configuration set', before: b.set, after: a.set },
  ];
}

/** What the choice needs to work, in the reference's and the developer guide's words. */
function consequence(after: EmailSending): string {
  if (after.kind === 'ses') {
    return (
      'Messages sent from now on go through Amazon SES: the identity must be verified there, in a Region Cognito supports for this pool, and SES’s sending limits apply. ' +
      'Cognito sends with its service-linked role AWSServiceRoleForAmazonCognitoIdpEmailService, created on this change (your credentials need iam:CreateServiceLinkedRole the first time).'
    );
  }
  if (after.sourceArn) {
    return 'Messages sent from now on come from Cognito, at most 50 a day, from your SES identity: its sending authorization policy must let email.cognito-idp.amazonaws.com call ses:SendEmail and ses:SendRawEmail.';
  }
  return `Messages sent from now on come from ${COGNITO_FROM}, at most 50 a day: enough for trying things out, not for production.`;
}

async function save(deps: FlowDeps, answers: EmailAnswers): Promise<EmailSending> {
  const { connectionId, pool } = answers.pool;
  const sending = chosen(answers);
  await deps.feedback.progress(`Updating the e-mail sending of ${pool.name}…`, () => deps.connections.cognito(connectionId).pools.update(pool.id, { email: sending }));
  deps.details.changed(poolKey(connectionId, pool.id)); // an open Pool Details shows the sending
  deps.feedback.status(`$(check) ${pool.name} now sends e-mail ${sending.kind === 'ses' ? 'through Amazon SES' : "with Cognito's default"}`);
  return sending;
}
