import * as assert from 'node:assert/strict';
import { PoolCalls } from '../../src/aws/cognito/poolCalls';
import { toPoolMessaging } from '../../src/aws/cognito/poolMessagingUpdate';
import { editEmailSending } from '../../src/commands/flows/poolMessaging/editEmailSending';
import { editSmsSending } from '../../src/commands/flows/poolMessaging/editSmsSending';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import type { PoolMessaging } from '../../src/shared/types';
import { poolKey } from '../../src/tree/kinds/keys';
import { NothingToPick } from '../../src/ui/prompter';
import { poolAwayFromDefaults } from '../support/awayFromDefaults';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';
import { assertOnlyChanged } from '../support/onlyChanged';
import { awsError, RecordingSdk } from '../support/recordingSdk';
import type { Answer } from '../support/scriptedPrompter';

const IDENTITY = 'arn:aws:ses:eu-west-1:123456789012:identity/shop.example';
const ROLE = 'arn:aws:iam::123456789012:role/shop-sms';
const SES: PoolMessaging = {
  email: { kind: 'ses', sourceArn: IDENTITY, from: 'Shop <no-reply@shop.example>', replyTo: 'help@shop.example', configurationSet: 'shop-events' },
  sms: { roleArn: ROLE, externalId: 'shop-ext-1', snsRegion: 'us-east-1' },
};

function world(messaging: PoolMessaging | undefined = SES) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop', { messaging });
  return { cognito, pool, target: onDefault(pool) };
}

const inputsOf = (run: ReturnType<typeof flowRun>) => run.prompter.asked.filter((a) => a.type === 'input').map((a) => (a as { value?: string }).value);
const detailOf = (run: ReturnType<typeof flowRun>) => run.prompter.asked.find((a) => a.type === 'confirm')?.detail ?? '';

describe('Edit E-mail Sending', () => {
  it('pre-fills the SES identity, From, reply-to and configuration set, and sends the changed sending', async () => {
    const { cognito, pool, target } = world();
    const run = flowRun([{ pick: 'Amazon SES' }, { input: IDENTITY }, { input: 'Shop <no-reply@shop.example>' }, { input: 'support@shop.example' }, { input: 'shop-events' }, { confirm: true }], cognito);
    await editEmailSending(run.deps, target);
    assert.deepEqual(inputsOf(run), [IDENTITY, 'Shop <no-reply@shop.example>', 'help@shop.example', 'shop-events']);
    assert.deepEqual(cognito.writeCalls.map((c) => [c.method, ...c.args]), [
      ['pools.update', pool.id, { email: { kind: 'ses', sourceArn: IDENTITY, from: 'Shop <no-reply@shop.example>', replyTo: 'support@shop.example', configurationSet: 'shop-events' } }],
    ]);
    assert.match(detailOf(run), /^Reply-to: help@shop\.example → support@shop\.example\n\n/);
    assert.match(detailOf(run), /identity must be verified there, in a Region Cognito supports for this pool/);
    assert.match(detailOf(run), /AWSServiceRoleForAmazonCognitoIdpEmailService.*iam:CreateServiceLinkedRole/);
    assert.deepEqual(run.detailsChanged, [poolKey(SINGLE_CONNECTION_ID, pool.id)]);
  });

  it('switches to Cognito’s default, asking only the reply-to, and says what that means', async () => {
    const { cognito, pool, target } = world();
    const run = flowRun([{ pick: "Cognito's default e-mail" }, { input: '' }, { confirm: true }], cognito);
    await editEmailSending(run.deps, target);
    assert.deepEqual(cognito.writeCalls[0].args, [pool.id, { email: { kind: 'cognito', replyTo: undefined, sourceArn: undefined } }]);
    assert.match(detailOf(run), /Sent by: Amazon SES → Cognito's default/);
    assert.match(detailOf(run), /no-reply@verificationemail\.com, at most 50 a day/);
    assert.deepEqual(run.prompter.asked.filter((a) => a.type !== 'confirm').map((a) => `${a.step}/${a.totalSteps}`), ['1/5', '2/2']);
  });

  it('keeps a custom FROM identity of Cognito’s default and names the sending authorization it needs', async () => {
    const { cognito, pool, target } = world({ email: { kind: 'cognito', sourceArn: IDENTITY } });
    const run = flowRun([{ pick: "Cognito's default e-mail" }, { input: 'help@shop.example' }, { confirm: true }], cognito);
    await editEmailSending(run.deps, target);
    assert.deepEqual(cognito.writeCalls[0].args, [pool.id, { email: { kind: 'cognito', replyTo: 'help@shop.example', sourceArn: IDENTITY } }]);
    assert.match(detailOf(run), /sending authorization policy must let email\.cognito-idp\.amazonaws\.com call ses:SendEmail and ses:SendRawEmail/);
  });

  it('checks the From address against the identity as it is typed', async () => {
    const { cognito, target } = world({ email: { kind: 'cognito' } });
    const run = flowRun([{ pick: 'Amazon SES' }, { input: IDENTITY }, { input: 'no-reply@elsewhere.example' }], cognito);
    await assert.rejects(editEmailSending(run.deps, target), /rejected by the box's validation: Amazon SES sends only from its verified identity: use an address at shop\.example/);
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('sends nothing and says so when nothing changed', async () => {
    const { cognito, target } = world();
    const run = flowRun([{ pick: 'Amazon SES' }, { input: IDENTITY }, { input: 'Shop <no-reply@shop.example>' }, { input: 'help@shop.example' }, { input: 'shop-events' }], cognito);
    await assert.rejects(editEmailSending(run.deps, target), NothingToPick);
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('from the palette asks the pool first', async () => {
    const { cognito } = world();
    const run = flowRun([{ pick: 'shop' }, { pick: "Cognito's default e-mail" }, { input: '' }, { confirm: true }], cognito);
    await editEmailSending(run.deps);
    assert.equal(cognito.writeCalls.length, 1);
  });

  it('Esc at any step changes nothing', async () => {
    const answers: Answer[] = [{ pick: 'Amazon SES' }, { input: IDENTITY }, { input: 'no-reply@shop.example' }, { input: '' }, { input: '' }, { confirm: true }];
    await assertEscAtEveryStepCreatesNothing(answers, () => world().cognito, (deps) => editEmailSending(deps, world().target));
  });
});

describe('Edit SMS Sending', () => {
  it('pre-fills the role, external id and Region, sends the change, and names what the role needs', async () => {
    const { cognito, pool, target } = world();
    const run = flowRun([{ input: ROLE }, { input: 'shop-ext-2' }, { input: 'us-east-1' }, { confirm: true }], cognito);
    await editSmsSending(run.deps, target);
    assert.deepEqual(inputsOf(run), [ROLE, 'shop-ext-1', 'us-east-1']);
    assert.deepEqual(cognito.writeCalls[0].args, [pool.id, { sms: { roleArn: ROLE, externalId: 'shop-ext-2', snsRegion: 'us-east-1' } }]);
    const detail = detailOf(run);
    assert.match(detail, /^External id: shop-ext-1 → shop-ext-2\n\n/);
    assert.match(detail, /sns:Publish/);
    assert.match(detail, /cognito-idp\.amazonaws\.com sts:AssumeRole with sts:ExternalId shop-ext-2/);
    assert.match(detail, /iam:PassRole/);
    assert.deepEqual(run.detailsChanged, [poolKey(SINGLE_CONNECTION_ID, pool.id)]);
  });

  it('sets up SMS on a pool that had none, the Region left to the pool', async () => {
    const { cognito, pool, target } = world({ email: { kind: 'cognito' } });
    const run = flowRun([{ input: ROLE }, { input: '' }, { input: '' }, { confirm: true }], cognito);
    await editSmsSending(run.deps, target);
    assert.deepEqual(cognito.writeCalls[0].args, [pool.id, { sms: { roleArn: ROLE, externalId: undefined, snsRegion: undefined } }]);
    assert.match(detailOf(run), /SNS role: none \(no SMS\) → arn:aws:iam::123456789012:role\/shop-sms/);
  });

  it('Esc at any step changes nothing', async () => {
    const answers: Answer[] = [{ input: ROLE }, { input: 'x-ext' }, { input: 'eu-west-1' }, { confirm: true }];
    await assertEscAtEveryStepCreatesNothing(answers, () => world().cognito, (deps) => editSmsSending(deps, world().target));
  });
});

describe('e-mail and SMS sending through the SDK', () => {
  const POOL_ID = 'eu-west-1_Shop42';
  const described = () => {
    const { PoolName, ...settings } = poolAwayFromDefaults('eu-west-1');
    const { DcrConfiguration: _kept, ...expected } = settings;
    return { PoolName, settings, expected };
  };

  it('sends the whole configuration with only EmailConfiguration changed', async () => {
    const { PoolName, settings, expected } = described();
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: { Id: POOL_ID, Name: PoolName, ...settings } });
    await new PoolCalls(sdk.client, sdk.context()).update(POOL_ID, { email: { kind: 'cognito', replyTo: 'help@ledger.example' } });
    assertOnlyChanged({ UserPoolId: POOL_ID, PoolName, ...expected }, sdk.sent[1].input, ['EmailConfiguration'], []);
    assert.deepEqual(sdk.sent[1].input.EmailConfiguration, { EmailSendingAccount: 'COGNITO_DEFAULT', SourceArn: undefined, ReplyToEmailAddress: 'help@ledger.example' });
  });

  it('sends the whole configuration with only SmsConfiguration changed, and names iam:PassRole on the new role when refused', async () => {
    const { PoolName, settings, expected } = described();
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: { Id: POOL_ID, Name: PoolName, ...settings } });
    const calls = new PoolCalls(sdk.client, sdk.context());
    await calls.update(POOL_ID, { sms: { roleArn: ROLE, externalId: 'e2' } });
    assertOnlyChanged({ UserPoolId: POOL_ID, PoolName, ...expected }, sdk.sent[1].input, ['SmsConfiguration'], []);
    sdk.answers.set('UpdateUserPoolCommand', () => Promise.reject(awsError('AccessDeniedException', 'not allowed')));
    await assert.rejects(calls.update(POOL_ID, { sms: { roleArn: ROLE } }), /cognito-idp:UpdateUserPool and iam:PassRole on arn:aws:iam::123456789012:role\/shop-sms/);
  });

  it('says what to fix in the role or the identity when Cognito refuses the new sending', async () => {
    const { PoolName, settings } = described();
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: { Id: POOL_ID, Name: PoolName, ...settings } });
    const calls = new PoolCalls(sdk.client, sdk.context());
    sdk.answers.set('UpdateUserPoolCommand', () => Promise.reject(awsError('InvalidSmsRoleTrustRelationshipException', 'Role does not have a trust relationship allowing Cognito to assume the role.')));
    await assert.rejects(calls.update(POOL_ID, { sms: { roleArn: ROLE, externalId: 'e' } }), {
      message: `Cognito could not assume ${ROLE}: its trust policy must allow cognito-idp.amazonaws.com to call sts:AssumeRole, with the external id as sts:ExternalId if you gave one. Nothing was changed.`,
    });
    sdk.answers.set('UpdateUserPoolCommand', () => Promise.reject(awsError('InvalidEmailRoleAccessPolicyException', 'Cognito is not allowed to use your email identity.')));
    await assert.rejects(calls.update(POOL_ID, { email: { kind: 'cognito', sourceArn: IDENTITY } }), /email\.cognito-idp\.amazonaws\.com call ses:SendEmail and ses:SendRawEmail/);
  });

  it('reads the sending back from Describe, Cognito’s default when the pool never set it', () => {
    assert.deepEqual(toPoolMessaging({}), { email: { kind: 'cognito', replyTo: undefined, sourceArn: undefined }, sms: undefined });
    const { settings } = described();
    assert.deepEqual(toPoolMessaging(settings), {
      email: { kind: 'ses', sourceArn: settings.EmailConfiguration.SourceArn, from: 'no-reply@ledger.example', replyTo: 'help@ledger.example', configurationSet: undefined },
      sms: { roleArn: 'arn:aws:iam::210987654321:role/ledger-sms', externalId: 'ledger-ext-7', snsRegion: 'eu-west-1' },
    });
  });
});
