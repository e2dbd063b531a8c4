import * as assert from 'node:assert/strict';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { FunctionCalls } from '../../src/aws/lambda/functionCalls';
import { withLambdaTrigger } from '../../src/aws/cognito/lambdaTriggerUpdate';
import type { CallLogEntry } from '../../src/shared/callLogLine';

// The Lambda calls as they reach the SDK (ListFunctions paged by Marker, AddPermission with Cognito as the
// principal and the pool as the source), Lambda's refusals in a sentence naming the lambda: action, and the
// LambdaConfig an UpdateUserPool carries for one trigger changed.

const ARN = 'arn:aws:lambda:il-central-1:210987654321:function:gate';
const POOL_ARN = 'arn:aws:cognito-idp:il-central-1:210987654321:userpool/il-central-1_Gate7';

function calls(answer: (name: string, input: Record<string, unknown>) => unknown) {
  const sent: [string, Record<string, unknown>][] = [];
  const log: CallLogEntry[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      sent.push([command.constructor.name, command.input]);
      return answer(command.constructor.name, command.input);
    },
  } as unknown as LambdaClient;
  return { sent, log, api: new FunctionCalls(client, { region: 'il-central-1', log: { call: (entry) => log.push(entry) } }) };
}

const refusal = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('the Lambda calls', () => {
  it('lists a page with the marker given and maps each function, the next marker as the page token', async () => {
    const { sent, api } = calls(() => ({ Functions: [{ FunctionName: 'gate', FunctionArn: ARN, Runtime: 'nodejs22.x', Description: '' }], NextMarker: 'm2', $metadata: {} }));
    assert.deepEqual(await api.list('m1'), { items: [{ name: 'gate', arn: ARN, runtime: 'nodejs22.x', description: undefined }], nextToken: 'm2' });
    assert.deepEqual(sent, [['ListFunctionsCommand', { Marker: 'm1', MaxItems: 50 }]]);
  });

  it('allows Cognito to invoke a function from this pool only, and takes its own statement already there as done', async () => {
    let first = true;
    const { sent, api } = calls(() => {
      if (first) return ((first = false), { $metadata: {} });
      throw refusal('ResourceConflictException', 'The statement id (cognito-idp-il-central-1_Gate7) provided already exists.');
    });
    assert.deepEqual(await api.allowCognito(ARN, POOL_ARN), { statementId: 'cognito-idp-il-central-1_Gate7', alreadyThere: false });
    assert.deepEqual(await api.allowCognito(ARN, POOL_ARN), { statementId: 'cognito-idp-il-central-1_Gate7', alreadyThere: true });
    assert.deepEqual(sent[0], ['AddPermissionCommand', { FunctionName: ARN, StatementId: 'cognito-idp-il-central-1_Gate7', Action: 'lambda:InvokeFunction', Principal: 'cognito-idp.amazonaws.com', SourceArn: POOL_ARN }]);
  });

  it('says which lambda: permission is missing, and that a function does not exist, logging the error name only', async () => {
    const denied = calls(() => Promise.reject(refusal('AccessDeniedException', 'User: arn:aws:sts::1:assumed-role/x is not authorized to perform: lambda:ListFunctions')));
    await assert.rejects(denied.api.list(), { message: 'Access denied: your credentials lack the IAM permission lambda:ListFunctions; ask for it or choose another profile.' });
    assert.deepEqual(denied.log.map((e) => [e.operation, e.error]), [['ListFunctions', 'AccessDeniedException']]);
    const missing = calls(() => Promise.reject(refusal('ResourceNotFoundException', 'Function not found')));
    await assert.rejects(missing.api.allowCognito(ARN, POOL_ARN), { message: 'There is no Lambda function with that ARN in this account and region; check the ARN.' });
  });
});

describe('the LambdaConfig of one trigger changed', () => {
  const fn = (name: string) => `arn:aws:lambda:il-central-1:210987654321:function:${name}`;
  const current = { PreSignUp: fn('a'), PreTokenGeneration: fn('b'), PreTokenGenerationConfig: { LambdaArn: fn('b'), LambdaVersion: 'V2_0' as const }, CustomEmailSender: { LambdaArn: fn('m'), LambdaVersion: 'V1_0' as const }, KMSKeyID: 'arn:aws:kms:il-central-1:210987654321:key/k' };

  it('keeps everything else, the custom sender and its KMS key too', () => {
    assert.deepEqual(withLambdaTrigger(current, 'UserMigration', fn('u')), { ...current, UserMigration: fn('u') });
    const { PreSignUp: _detached, ...rest } = current;
    assert.deepEqual(withLambdaTrigger(current, 'PreSignUp', undefined), rest);
  });

  it('sets both pre token generation members to one function, keeping the version unless another is chosen, and removes both on detach', () => {
    assert.deepEqual(withLambdaTrigger(current, 'PreTokenGeneration', fn('c')).PreTokenGenerationConfig, { LambdaArn: fn('c'), LambdaVersion: 'V2_0' });
    assert.equal(withLambdaTrigger(current, 'PreTokenGeneration', fn('c')).PreTokenGeneration, fn('c'));
    assert.deepEqual(withLambdaTrigger({}, 'PreTokenGeneration', fn('c'), 'V3_0').PreTokenGenerationConfig, { LambdaArn: fn('c'), LambdaVersion: 'V3_0' });
    assert.deepEqual(withLambdaTrigger({ PreTokenGeneration: fn('old') }, 'PreTokenGeneration', fn('c')).PreTokenGenerationConfig, { LambdaArn: fn('c'), LambdaVersion: 'V1_0' });
    const detached = withLambdaTrigger(current, 'PreTokenGeneration', undefined);
    assert.deepEqual([detached.PreTokenGeneration, detached.PreTokenGenerationConfig, detached.PreSignUp], [undefined, undefined, fn('a')]);
  });
});
