// Edit E-mail Sending and Edit SMS Sending through the extension's own wiring against the AWS-faithful
// double: each starts from a pool with every member UpdateUserPool takes set away from its default
// (awayFromDefaults.ts), makes one change through the flow, and compares the whole DescribeUserPool answer,
// read with a plain SDK client, before and after: only the intended member moved (UpdateUserPool resets
// what a request leaves out, so a member the edit forgot to send back would show here).
import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { editEmailSending } from '../../src/commands/flows/poolMessaging/editEmailSending';
import { editSmsSending } from '../../src/commands/flows/poolMessaging/editSmsSending';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { poolAwayFromDefaults } from '../support/awayFromDefaults';
import { onDefault } from '../support/connections';
import { flowAgainst } from '../support/flowHarness';
import { assertOnlyChanged } from '../support/onlyChanged';
import { ESC, type Answer } from '../support/scriptedPrompter';
import { useDouble } from '../support/sessionHooks';

const REGION = 'eu-west-2';
const RICH_POOL = poolAwayFromDefaults(REGION);
const IDENTITY = RICH_POOL.EmailConfiguration.SourceArn as string;
const ROLE = RICH_POOL.SmsConfiguration.SnsCallerArn as string;

describe('Edit E-mail Sending and Edit SMS Sending against the AWS-faithful double', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
  });

  const createRichPool = async () => {
    const { UserPool } = await session.client.send(new CreateUserPoolCommand(RICH_POOL));
    return { id: UserPool?.Id as string, name: RICH_POOL.PoolName as string };
  };
  const describe = async (UserPoolId: string) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool;
  const run = (answers: Answer[]) => flowAgainst(cognito, answers);

  it('changes only the reply-to address of an SES configuration', async () => {
    const pool = await createRichPool();
    const before = await describe(pool.id);
    const flow = run([{ pick: 'Amazon SES' }, { input: IDENTITY }, { input: 'no-reply@ledger.example' }, { input: 'support@ledger.example' }, { input: '' }, { confirm: true }]);
    await editEmailSending(flow.deps, onDefault(pool));
    const after = await describe(pool.id);
    assertOnlyChanged(before, after, ['EmailConfiguration.ReplyToEmailAddress']);
    assert.equal(after?.EmailConfiguration?.ReplyToEmailAddress, 'support@ledger.example');
    assert.ok(flow.detailsChanged.length === 1, 'an open Pool Details renders again');
  });

  it('switches to Cognito’s default e-mail, changing only EmailConfiguration', async () => {
    const pool = await createRichPool();
    const before = await describe(pool.id);
    await editEmailSending(run([{ pick: "Cognito's default e-mail" }, { input: '' }, { confirm: true }]).deps, onDefault(pool));
    const after = await describe(pool.id);
    assertOnlyChanged(before, after, ['EmailConfiguration']);
    assert.deepEqual(after?.EmailConfiguration, { EmailSendingAccount: 'COGNITO_DEFAULT' });
  });

  it('changes only the external id of the SMS role', async () => {
    const pool = await createRichPool();
    const before = await describe(pool.id);
    await editSmsSending(run([{ input: ROLE }, { input: 'ledger-ext-8' }, { input: REGION }, { confirm: true }]).deps, onDefault(pool));
    const after = await describe(pool.id);
    assertOnlyChanged(before, after, ['SmsConfiguration.ExternalId']);
    assert.equal(after?.SmsConfiguration?.ExternalId, 'ledger-ext-8');
  });

  it('changes nothing when either flow is cancelled at its confirmation', async () => {
    const pool = await createRichPool();
    const before = await describe(pool.id);
    await assert.rejects(editSmsSending(run([{ input: ROLE }, { input: 'other-ext' }, { input: REGION }, ESC]).deps, onDefault(pool)));
    await assert.rejects(editEmailSending(run([{ pick: "Cognito's default e-mail" }, { input: '' }, ESC]).deps, onDefault(pool)));
    assert.deepEqual(await describe(pool.id), before);
  });
});
