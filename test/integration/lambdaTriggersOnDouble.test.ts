// Edit Lambda Triggers through the extension's own wiring (lazyCognito: the Cognito calls in aws.js's code,
// the Lambda calls in lambda.js's, both at the double's endpoint) against the AWS-faithful double, from a
// pool with every member UpdateUserPool takes set away from its default. Read back as an outsider would,
// with plain SDK clients: the whole DescribeUserPool differs only in the trigger changed, and the
// function's policy (GetPolicy) holds the statement that lets this pool invoke it.
import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetPolicyCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { editLambdaTriggers } from '../../src/commands/flows/lambdaTriggers/editLambdaTriggers';
import { ALLOW } from '../../src/commands/flows/lambdaTriggers/invokePermission';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { poolAwayFromDefaults } from '../support/awayFromDefaults';
import { onDefault } from '../support/connections';
import { flowAgainst } from '../support/flowHarness';
import { assertOnlyChanged } from '../support/onlyChanged';
import { ESC, type Answer } from '../support/scriptedPrompter';
import { useDouble } from '../support/sessionHooks';

const REGION = 'eu-south-2';
const ACCOUNT = '123456789012';
const fn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
/** 53 functions: two pages of ListFunctions. */
const FUNCTIONS = [...Array.from({ length: 52 }, (_, i) => `ledger-worker-${i}`), 'ledger-audit'];

describe('Edit Lambda Triggers on a pool set away from every default, against the AWS-faithful double', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION, lambdaFunctions: FUNCTIONS.map((name) => ({ name })) }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
  });

  const createPool = async (settings = poolAwayFromDefaults(REGION)) => {
    const { UserPool } = await session.client.send(new CreateUserPoolCommand(settings));
    return { id: UserPool?.Id as string, name: settings.PoolName as string, arn: UserPool?.Arn as string };
  };
  const describePool = async (UserPoolId: string) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool;
  const run = (answers: Answer[], action?: string) => flowAgainst(cognito, answers, action);
  const policyOf = async (name: string) => {
    const lambda = new LambdaClient({ endpoint: session.endpoint, region: REGION, credentials: { accessKeyId: 'outsider', secretAccessKey: 'outsider' } });
    return JSON.parse((await lambda.send(new GetPolicyCommand({ FunctionName: name }))).Policy ?? '{}') as { Statement: { Principal: unknown; Action: string; Condition: unknown }[] };
  };

  it('attaches a function picked from the second page of the account’s functions, changing only that trigger, and lets Cognito invoke it', async () => {
    const pool = await createPool();
    const before = await describePool(pool.id);
    const flow = run([{ pick: 'PostAuthentication' }, { pick: 'ledger-audit' }, { confirm: true }], ALLOW);
    await editLambdaTriggers(flow.deps, onDefault(pool));
    const after = await describePool(pool.id);
    assertOnlyChanged(before, after, ['LambdaConfig.PostAuthentication']);
    assert.equal(after?.LambdaConfig?.PostAuthentication, fn('ledger-audit'));
    const [statement] = (await policyOf('ledger-audit')).Statement;
    assert.deepEqual(statement.Principal, { Service: 'cognito-idp.amazonaws.com' });
    assert.equal(statement.Action, 'lambda:InvokeFunction');
    assert.deepEqual(statement.Condition, { ArnLike: { 'AWS:SourceArn': pool.arn } });
  });

  it('changes pre token generation’s event version, setting its legacy member to the same function, and nothing else', async () => {
    const pool = await createPool();
    const before = await describePool(pool.id);
    const claims = before?.LambdaConfig?.PreTokenGenerationConfig?.LambdaArn as string;
    await editLambdaTriggers(run([{ pick: 'PreTokenGeneration' }, { pick: 'Type a function ARN' }, { input: claims }, { pick: 'V3_0' }, { confirm: true }]).deps, onDefault(pool));
    const after = await describePool(pool.id);
    assertOnlyChanged(before, after, ['LambdaConfig.PreTokenGenerationConfig.LambdaVersion', 'LambdaConfig.PreTokenGeneration']);
    assert.deepEqual([after?.LambdaConfig?.PreTokenGeneration, after?.LambdaConfig?.PreTokenGenerationConfig], [claims, { LambdaArn: claims, LambdaVersion: 'V3_0' }]);
  });

  it('detaches a trigger, keeping the others, the custom e-mail sender and its KMS key', async () => {
    const pool = await createPool();
    const before = await describePool(pool.id);
    await editLambdaTriggers(run([{ pick: 'PreSignUp' }, { pick: 'Detach the function' }, { confirm: true }]).deps, onDefault(pool));
    const after = await describePool(pool.id);
    assertOnlyChanged(before, after, ['LambdaConfig.PreSignUp']);
    assert.equal(after?.LambdaConfig?.PreSignUp, undefined);
    assert.deepEqual([after?.LambdaConfig?.CustomEmailSender, after?.LambdaConfig?.KMSKeyID], [before?.LambdaConfig?.CustomEmailSender, before?.LambdaConfig?.KMSKeyID]);
  });

  it('replaces a legacy pre token generation function (PreTokenGeneration alone) without the two members disagreeing', async () => {
    const pool = await createPool({ ...poolAwayFromDefaults(REGION, 'ledger-legacy'), LambdaConfig: { PreTokenGeneration: fn('ledger-worker-1') } });
    await editLambdaTriggers(run([{ pick: 'PreTokenGeneration' }, { pick: 'ledger-worker-2' }, { pick: 'V1_0' }, { confirm: true }]).deps, onDefault(pool));
    assert.deepEqual((await describePool(pool.id))?.LambdaConfig, { PreTokenGeneration: fn('ledger-worker-2'), PreTokenGenerationConfig: { LambdaArn: fn('ledger-worker-2'), LambdaVersion: 'V1_0' } });
  });

  it('changes nothing when Esc is pressed at the version, or the confirmation is cancelled', async () => {
    const pool = await createPool();
    const before = await describePool(pool.id);
    await assert.rejects(editLambdaTriggers(run([{ pick: 'PreTokenGeneration' }, { pick: 'ledger-audit' }, ESC]).deps, onDefault(pool)));
    await assert.rejects(editLambdaTriggers(run([{ pick: 'UserMigration' }, { pick: 'ledger-audit' }, { confirm: false }]).deps, onDefault(pool)));
    assert.deepEqual(await describePool(pool.id), before);
  });
});
