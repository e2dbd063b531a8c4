import * as assert from 'node:assert/strict';
import { editLambdaTriggers } from '../../src/commands/flows/lambdaTriggers/editLambdaTriggers';
import { ALLOW, COPY } from '../../src/commands/flows/lambdaTriggers/invokePermission';
import { CognitoError } from '../../src/shared/errors';
import type { FeaturePlan } from '../../src/shared/types';
import { addPermissionCommand, cognitoStatementId } from '../../src/shared/functionPermission';
import { poolNode } from '../../src/tree/nodes';
import { checkLambdaFunctionArn } from '../../src/validation/lambdaArn';
import { listedConnections, onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ESC, type Answer } from '../support/scriptedPrompter';

// Edit Lambda Triggers with scripted answers against the fake: what is asked (each trigger with its
// function, the account's functions over every page, the version where it applies), what is sent, and
// that Esc or an unchanged answer sends nothing; then the permission offer after an attach.

const REGION = 'eu-central-2';
const ACCOUNT = '210987654321';
const fn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
const POOL_ARN = `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/${REGION}_ledger`;

function world(tier: FeaturePlan = 'ESSENTIALS') {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('ledger', {
    arn: POOL_ARN,
    settings: {
      usernameAttributes: [],
      aliasAttributes: [],
      mfa: 'OFF',
      deletionProtection: false,
      emailSending: "Cognito's default e-mail (50 a day)",
      triggers: [{ name: 'PreSignUp', arn: fn('gatekeeper') }],
      customSenders: ['CustomEmailSender'],
      plan: tier,
    },
  });
  // Five functions over three pages of two (the fake's page size).
  cognito.data.functions.push(...['gatekeeper', 'welcome', 'claims', 'migrate', 'audit'].map((name) => ({ name, arn: fn(name), runtime: 'nodejs22.x' })));
  return { cognito, pool, ref: onDefault(pool) };
}

const sent = (cognito: FakeCognito) => cognito.writeCalls.map((c) => [c.method, ...c.args]);

describe('Edit Lambda Triggers', () => {
  it('attaches a function picked among every page of the account’s functions, after a summary of the change, then allows Cognito to invoke it', async () => {
    const w = world();
    const run = flowRun([{ pick: 'PostConfirmation' }, { pick: 'welcome' }, { confirm: true }], w.cognito, ALLOW);
    const edit = await editLambdaTriggers(run.deps, w.ref);
    run.prompter.assertDone();
    assert.deepEqual(edit, { trigger: 'PostConfirmation', functionArn: fn('welcome'), version: undefined });
    assert.deepEqual(sent(w.cognito), [
      ['pools.update', w.pool.id, { lambdaTrigger: { trigger: 'PostConfirmation', functionArn: fn('welcome'), version: undefined } }],
      ['functions.allowCognito', fn('welcome'), POOL_ARN],
    ]);
    assert.deepEqual(w.cognito.calls.filter((c) => c.method === 'functions.list').map((c) => c.args[0]), [undefined, 't:2', 't:4'], 'every page');
    const [triggers, functions] = run.prompter.asked;
    assert.equal(triggers.labels?.length, 10, 'the ten triggers');
    assert.equal(triggers.details?.[0], 'gatekeeper', 'PreSignUp shows its function');
    assert.equal(triggers.details?.[2], 'no function attached');
    assert.deepEqual(functions.labels, ['$(edit) Type a function ARN…', 'gatekeeper', 'welcome', 'claims', 'migrate', 'audit']);
    const confirm = run.prompter.asked.find((a) => a.type === 'confirm');
    assert.equal(confirm?.text, 'Change the PostConfirmation trigger of ledger?');
    assert.match(confirm?.detail ?? '', new RegExp(`^PostConfirmation: none → ${fn('welcome')}\n\nCognito calls welcome on the next PostConfirmation event`));
    assert.deepEqual(run.detailsChanged, [poolNode(w.ref.connectionId, w.pool).key]);
    assert.deepEqual(run.notifications.map((n) => n.actions), [[ALLOW, COPY]]);
    assert.match(run.statusMessages.at(-1) ?? '', /Cognito may now invoke welcome \(statement cognito-idp-eu-central-2_ledger\)/);
  });

  it('copies the aws lambda add-permission command instead, when asked, and adds nothing', async () => {
    const w = world();
    const run = flowRun([{ pick: 'PostAuthentication' }, { pick: 'audit' }, { confirm: true }], w.cognito, COPY);
    await editLambdaTriggers(run.deps, w.ref);
    assert.deepEqual(run.clipboard, [
      `aws lambda add-permission --function-name ${fn('audit')} --statement-id cognito-idp-${REGION}_ledger --action lambda:InvokeFunction --principal cognito-idp.amazonaws.com --source-arn ${POOL_ARN} --region ${REGION}`,
    ]);
    assert.deepEqual(sent(w.cognito).map(([method]) => method), ['pools.update']);
  });

  it('says when Cognito was already allowed, and leaves the permission alone when the notification is dismissed', async () => {
    const w = world();
    w.cognito.data.invokePermissions.add(`${fn('claims')} ${POOL_ARN}`);
    const allowed = flowRun([{ pick: 'PreAuthentication' }, { pick: 'claims' }, { confirm: true }], w.cognito, ALLOW);
    await editLambdaTriggers(allowed.deps, w.ref);
    assert.match(allowed.statusMessages.at(-1) ?? '', /claims already allowed Cognito to invoke it/);
    const dismissed = flowRun([{ pick: 'UserMigration' }, { pick: 'migrate' }, { confirm: true }], w.cognito);
    await editLambdaTriggers(dismissed.deps, w.ref);
    assert.equal(w.cognito.calls.filter((c) => c.method === 'functions.allowCognito').length, 1);
  });

  it('replaces a function with a typed ARN, the box starting with the current one', async () => {
    const w = world();
    const run = flowRun([{ pick: 'PreSignUp' }, { pick: 'Type a function ARN' }, { input: fn('gatekeeper:live') }, { confirm: true }], w.cognito);
    await editLambdaTriggers(run.deps, w.ref);
    assert.deepEqual(run.prompter.asked[1].labels?.slice(0, 3), ['$(close) Detach the function', '$(edit) Type a function ARN…', '$(check) gatekeeper']);
    assert.equal(run.prompter.asked[2].value, fn('gatekeeper'));
    assert.deepEqual(sent(w.cognito), [['pools.update', w.pool.id, { lambdaTrigger: { trigger: 'PreSignUp', functionArn: fn('gatekeeper:live'), version: undefined } }]]);
  });

  it('detaches a function, saying so, and offers no permission', async () => {
    const w = world();
    const run = flowRun([{ pick: 'PreSignUp' }, { pick: 'Detach the function' }, { confirm: true }], w.cognito);
    assert.deepEqual(await editLambdaTriggers(run.deps, w.ref), { trigger: 'PreSignUp' });
    assert.deepEqual(sent(w.cognito), [['pools.update', w.pool.id, { lambdaTrigger: { trigger: 'PreSignUp', functionArn: undefined, version: undefined } }]]);
    assert.match(run.prompter.asked.find((a) => a.type === 'confirm')?.detail ?? '', /^PreSignUp: .*gatekeeper → none\n\nCognito stops calling a function for PreSignUp/);
    assert.deepEqual(run.notifications, []);
  });

  it('asks the event version for pre token generation: all three on Essentials, V1_0 alone on Lite', async () => {
    const w = world();
    const run = flowRun([{ pick: 'PreTokenGeneration' }, { pick: 'claims' }, { pick: 'V3_0' }, { confirm: true }], w.cognito);
    await editLambdaTriggers(run.deps, w.ref);
    assert.deepEqual(run.prompter.asked[2].labels, ['V1_0', 'V2_0', 'V3_0']);
    assert.match(run.prompter.asked.find((a) => a.type === 'confirm')?.detail ?? '', /PreTokenGeneration event version: none → V3_0/);
    assert.deepEqual(sent(w.cognito)[0], ['pools.update', w.pool.id, { lambdaTrigger: { trigger: 'PreTokenGeneration', functionArn: fn('claims'), version: 'V3_0' } }]);

    const lite = world('LITE');
    const onLite = flowRun([{ pick: 'PreTokenGeneration' }, { pick: 'claims' }, { pick: 'V1_0' }, { confirm: true }], lite.cognito);
    await editLambdaTriggers(onLite.deps, lite.ref);
    assert.deepEqual(onLite.prompter.asked[2].labels, ['V1_0']);
    assert.match(onLite.prompter.asked[2].text, /V2_0 and V3_0 need the Essentials or Plus feature plan, and this pool is on Lite/);
  });

  it('changes only the version of an attached pre token generation function', async () => {
    const w = world();
    await editLambdaTriggers(flowRun([{ pick: 'PreTokenGeneration' }, { pick: 'claims' }, { pick: 'V1_0' }, { confirm: true }], w.cognito).deps, w.ref);
    const run = flowRun([{ pick: 'PreTokenGeneration' }, { pick: 'claims' }, { pick: 'V2_0' }, { confirm: true }], w.cognito);
    await editLambdaTriggers(run.deps, w.ref);
    assert.equal(run.prompter.asked.find((a) => a.type === 'confirm')?.detail?.split('\n')[0], 'PreTokenGeneration event version: V1_0 → V2_0');
  });

  it('detaches pre token generation without asking a version', async () => {
    const w = world();
    await editLambdaTriggers(flowRun([{ pick: 'PreTokenGeneration' }, { pick: 'claims' }, { pick: 'V2_0' }, { confirm: true }], w.cognito).deps, w.ref);
    const run = flowRun([{ pick: 'PreTokenGeneration' }, { pick: 'Detach the function' }, { confirm: true }], w.cognito);
    await editLambdaTriggers(run.deps, w.ref);
    assert.equal(run.prompter.asked.find((a) => a.type === 'confirm')?.detail?.split('\n')[1], 'PreTokenGeneration event version: V2_0 → none');
    assert.deepEqual(sent(w.cognito).at(-1), ['pools.update', w.pool.id, { lambdaTrigger: { trigger: 'PreTokenGeneration', functionArn: undefined, version: undefined } }]);
  });

  it('sends nothing when the same function is chosen again, and says so', async () => {
    const w = world();
    const run = flowRun([{ pick: 'PreSignUp' }, { pick: 'gatekeeper' }], w.cognito);
    await assert.rejects(editLambdaTriggers(run.deps, w.ref), { message: 'Nothing to change: the PreSignUp trigger of ledger already has these settings.' });
    assert.deepEqual(w.cognito.writeCalls, []);
  });

  for (const [at, answers] of [
    ['the trigger', [ESC]],
    ['the function', [{ pick: 'PreSignUp' }, ESC]],
    ['the typed ARN', [{ pick: 'PreSignUp' }, { pick: 'Type a function ARN' }, ESC]],
    ['the version', [{ pick: 'PreTokenGeneration' }, { pick: 'claims' }, ESC]],
    ['the confirmation', [{ pick: 'PreSignUp' }, { pick: 'welcome' }, { confirm: false }]],
    ['the pool (from the palette)', [ESC]],
  ] as [string, Answer[]][]) {
    it(`changes nothing when Esc is pressed at ${at}`, async () => {
      const w = world();
      const run = flowRun(answers, w.cognito);
      await assert.rejects(editLambdaTriggers(run.deps, at.includes('palette') ? undefined : w.ref), { name: 'Cancelled' });
      assert.deepEqual(w.cognito.writeCalls, []);
    });
  }

  it('lets the person type an ARN when the functions cannot be listed, saying why in one line', async () => {
    const w = world();
    w.cognito.failNext.set('functions.list', new CognitoError('Access denied: your credentials lack the IAM permission lambda:ListFunctions; ask for it or choose another profile.', 'accessDenied', 'AccessDeniedException'));
    const run = flowRun([{ pick: 'CustomMessage' }, { pick: 'could not be listed' }, { input: fn('messages') }, { confirm: true }], w.cognito);
    await editLambdaTriggers(run.deps, w.ref);
    assert.deepEqual(run.prompter.asked[1].details?.[0], 'Access denied: your credentials lack the IAM permission lambda:ListFunctions; ask for it or choose another profile.');
    assert.deepEqual(sent(w.cognito)[0], ['pools.update', w.pool.id, { lambdaTrigger: { trigger: 'CustomMessage', functionArn: fn('messages'), version: undefined } }]);
  });

  it('says in one sentence that an emulator endpoint lists no functions, and takes a typed ARN', async () => {
    const w = world();
    w.cognito.data.functions.length = 0;
    const run = flowRun([{ pick: 'shop' }, { pick: 'CustomMessage' }, { pick: 'This endpoint lists no Lambda functions' }, { input: fn('messages') }, { confirm: true }]);
    const emulator = new FakeCognito();
    emulator.addPool('shop');
    run.deps.connections = listedConnections({ local: emulator });
    await editLambdaTriggers(run.deps);
    assert.equal(run.prompter.asked[2].labels?.[0], '$(info) This endpoint lists no Lambda functions; type the ARN of one');
    assert.equal(emulator.writeCalls[0].method, 'pools.update');
    assert.deepEqual(run.notifications, [], 'a pool without an ARN: no statement to offer');
  });
});

describe('a Lambda function ARN, as a trigger takes it', () => {
  it('takes a function ARN, with a version or alias, in any partition', () => {
    for (const arn of [fn('a'), fn('a:7'), fn('a:live'), `arn:aws-cn:lambda:cn-north-1:${ACCOUNT}:function:x`, `arn:aws-us-gov:lambda:us-gov-west-1:${ACCOUNT}:function:x`, fn('f'.repeat(64))]) {
      assert.equal(checkLambdaFunctionArn(arn), undefined, arn);
    }
  });

  it('refuses what is empty, spaced, too long, not an ARN, or another resource’s ARN', () => {
    assert.match(checkLambdaFunctionArn('') ?? '', /^Enter the ARN of a Lambda function/);
    assert.equal(checkLambdaFunctionArn(` ${fn('a')}`), 'Remove the spaces around the ARN.');
    assert.equal(checkLambdaFunctionArn(`${fn('a')}:${'x'.repeat(2048)}`), 'An ARN can be at most 2048 characters.');
    assert.match(checkLambdaFunctionArn('arn:aws:lambda') ?? '', /^That is not an ARN/, 'shorter than 20');
    assert.match(checkLambdaFunctionArn('pre-sign-up-function') ?? '', /^That is not an ARN/);
    assert.match(checkLambdaFunctionArn(fn('a:$LATEST')) ?? '', /^That is not an ARN/, 'Cognito’s pattern has no $');
    for (const wrong of [fn('f'.repeat(65)), `arn:aws:lambda:${REGION}:12345:function:a`, `arn:aws:sns:${REGION}:${ACCOUNT}:topic`, `arn:aws:lambda:${REGION}:${ACCOUNT}:layer:a`, `arn:aws:lambda:${REGION}:${ACCOUNT}:function:a b`]) {
      assert.ok(checkLambdaFunctionArn(wrong), wrong);
    }
  });

  it('names one statement per pool, within AddPermission’s StatementId rule', () => {
    assert.equal(cognitoStatementId(POOL_ARN), `cognito-idp-${REGION}_ledger`);
    assert.match(cognitoStatementId(POOL_ARN), /^[a-zA-Z0-9-_.]{1,100}$/);
    assert.match(addPermissionCommand(fn('a'), POOL_ARN), /--principal cognito-idp\.amazonaws\.com --source-arn arn:aws:cognito-idp:/);
  });
});
