// A pool's Lambda triggers on the double, with plain SDK clients (no extension code): LambdaConfig refused
// where AWS refuses it (lambdaConfigRules.ts), and the minimal Lambda beside it (lambdaFunctions.ts):
// ListFunctions paged by Marker, AddPermission and GetPolicy, on the same endpoint.
import * as assert from 'node:assert/strict';
import { CreateUserPoolCommand, DescribeUserPoolCommand, UpdateUserPoolCommand, type LambdaConfigType } from '@aws-sdk/client-cognito-identity-provider';
import { AddPermissionCommand, GetPolicyCommand, LambdaClient, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { PRE_TOKEN_ARNS_DIFFER, VERSION_NEEDS_PLAN } from '../lambdaConfigRules';
import { doubleClient } from '../../support/doubleClient';
import { rejectsWith } from '../../support/signInDouble';
import { useDouble } from '../../support/sessionHooks';

const REGION = 'ap-northeast-3';
const ACCOUNT = '123456789012';
const fn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;
const NAMES = Array.from({ length: 57 }, (_, i) => `fn-${String(i).padStart(2, '0')}`);

describe('the Cognito double: Lambda triggers and the functions beside it', () => {
  const session = useDouble({ region: REGION, lambdaFunctions: NAMES.map((name) => ({ name, runtime: 'python3.13' })) }, (endpoint) => doubleClient(endpoint, { maxAttempts: 1 }));
  const lambda = () => new LambdaClient({ endpoint: session.endpoint, region: REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  const createPool = async (LambdaConfig: LambdaConfigType, UserPoolTier?: 'LITE' | 'ESSENTIALS' | 'PLUS') =>
    (await session.client.send(new CreateUserPoolCommand({ PoolName: 'triggers', LambdaConfig, UserPoolTier }))).UserPool?.Id as string;
  const update = (UserPoolId: string, LambdaConfig: LambdaConfigType, UserPoolTier?: 'LITE' | 'ESSENTIALS' | 'PLUS') => session.client.send(new UpdateUserPoolCommand({ UserPoolId, LambdaConfig, UserPoolTier }));

  it('keeps every trigger as given, pre token generation with both members the same', async () => {
    const config: LambdaConfigType = { PreSignUp: fn('a'), PreTokenGeneration: fn('b'), PreTokenGenerationConfig: { LambdaArn: fn('b'), LambdaVersion: 'V2_0' }, UserMigration: fn('c') };
    const id = await createPool(config);
    assert.deepEqual((await session.client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool?.LambdaConfig, config);
  });

  it('refuses an ARN that breaks LambdaConfigType’s pattern or length, naming the member', async () => {
    const id = await createPool({});
    await rejectsWith(update(id, { PostConfirmation: 'welcome-function-name' }), 'InvalidParameterException', /^1 validation error detected: Value 'welcome-function-name' at 'lambdaConfig.postConfirmation' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:/);
    await rejectsWith(update(id, { PreSignUp: 'arn:aws:l:r:1:f' }), 'InvalidParameterException', /at 'lambdaConfig.preSignUp' failed to satisfy constraint: Member must have length greater than or equal to 20/);
    await rejectsWith(update(id, { CustomMessage: `${fn('a')}:${'x'.repeat(2048)}` }), 'InvalidParameterException', /Member must have length less than or equal to 2048/);
    await rejectsWith(update(id, { PreTokenGenerationConfig: { LambdaArn: fn('a'), LambdaVersion: 'V4_0' as 'V1_0' } }), 'InvalidParameterException', /lambdaConfig.preTokenGenerationConfig.lambdaVersion' failed to satisfy constraint: Member must satisfy enum value set: \[V1_0, V2_0, V3_0\]/);
    await rejectsWith(update(id, { PreTokenGenerationConfig: { LambdaArn: fn('a') } as never }), 'InvalidParameterException', /lambdaVersion' failed to satisfy constraint: Member must not be null/);
  });

  it('refuses PreTokenGeneration and PreTokenGenerationConfig naming different functions', async () => {
    const id = await createPool({});
    await rejectsWith(update(id, { PreTokenGeneration: fn('a'), PreTokenGenerationConfig: { LambdaArn: fn('b'), LambdaVersion: 'V1_0' } }), 'InvalidParameterException', PRE_TOKEN_ARNS_DIFFER);
  });

  it('refuses pre token generation V2_0 and V3_0 on the Lite plan, and takes V1_0 there', async () => {
    const id = await createPool({}, 'LITE');
    for (const LambdaVersion of ['V2_0', 'V3_0'] as const) {
      await rejectsWith(update(id, { PreTokenGenerationConfig: { LambdaArn: fn('a'), LambdaVersion } }, 'LITE'), 'FeatureUnavailableInTierException', VERSION_NEEDS_PLAN);
    }
    await rejectsWith(createPool({ PreTokenGenerationConfig: { LambdaArn: fn('a'), LambdaVersion: 'V2_0' } }, 'LITE'), 'FeatureUnavailableInTierException');
    await update(id, { PreTokenGenerationConfig: { LambdaArn: fn('a'), LambdaVersion: 'V1_0' } }, 'LITE');
    await update(id, { PreTokenGenerationConfig: { LambdaArn: fn('a'), LambdaVersion: 'V3_0' } }, 'PLUS');
  });

  it('lists the functions 50 at most a page, MaxItems fewer, with an opaque NextMarker to the end', async () => {
    const client = lambda();
    const first = await client.send(new ListFunctionsCommand({ MaxItems: 500 }));
    assert.equal(first.Functions?.length, 50);
    assert.ok(first.NextMarker && !first.NextMarker.includes('fn-'), 'opaque');
    const rest = await client.send(new ListFunctionsCommand({ Marker: first.NextMarker, MaxItems: 5 }));
    assert.deepEqual(rest.Functions?.map((f) => f.FunctionName), NAMES.slice(50, 55));
    const last = await client.send(new ListFunctionsCommand({ Marker: rest.NextMarker }));
    assert.deepEqual([last.Functions?.map((f) => f.FunctionArn), last.NextMarker], [NAMES.slice(55).map(fn), undefined]);
    await rejectsWith(client.send(new ListFunctionsCommand({ MaxItems: 0 })), 'InvalidParameterValueException');
    await rejectsWith(client.send(new ListFunctionsCommand({ Marker: 'made-up' })), 'InvalidParameterValueException');
  });

  it('adds a policy statement once per statement id, read back with GetPolicy', async () => {
    const client = lambda();
    const poolArn = `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/${REGION}_abc`;
    await rejectsWith(client.send(new GetPolicyCommand({ FunctionName: 'fn-03' })), 'ResourceNotFoundException');
    const added = await client.send(new AddPermissionCommand({ FunctionName: fn('fn-03'), StatementId: 'cognito', Action: 'lambda:InvokeFunction', Principal: 'cognito-idp.amazonaws.com', SourceArn: poolArn }));
    assert.equal(JSON.parse(added.Statement ?? '{}').Condition.ArnLike['AWS:SourceArn'], poolArn);
    await rejectsWith(
      client.send(new AddPermissionCommand({ FunctionName: 'fn-03', StatementId: 'cognito', Action: 'lambda:InvokeFunction', Principal: 'cognito-idp.amazonaws.com' })),
      'ResourceConflictException',
      'The statement id (cognito) provided already exists. Please provide a new statement id, or remove the existing statement.',
    );
    const policy = JSON.parse((await client.send(new GetPolicyCommand({ FunctionName: `${ACCOUNT}:function:fn-03` }))).Policy ?? '{}');
    assert.deepEqual(policy.Statement.map((s: { Sid: string; Principal: unknown; Action: string; Resource: string }) => [s.Sid, s.Principal, s.Action, s.Resource]), [['cognito', { Service: 'cognito-idp.amazonaws.com' }, 'lambda:InvokeFunction', fn('fn-03')]]);
    await rejectsWith(client.send(new AddPermissionCommand({ FunctionName: 'missing', StatementId: 's', Action: 'lambda:InvokeFunction', Principal: 'cognito-idp.amazonaws.com' })), 'ResourceNotFoundException', `Function not found: ${fn('missing')}`);
    await rejectsWith(client.send(new AddPermissionCommand({ FunctionName: 'fn-04', StatementId: 'bad id', Action: 'lambda:InvokeFunction', Principal: 'cognito-idp.amazonaws.com' })), 'InvalidParameterValueException');
  });
});
