// What CognitoService reports when Cognito throttles or the connection drops, with the SDK's retries in
// between (against the Cognito double). Clients use the SDK's standard retry strategy with a 1 ms backoff
// (see test/double/client.ts), except the first test, which keeps the SDK default the extension uses.
import * as assert from 'node:assert/strict';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DEFAULT_MAX_ATTEMPTS } from '@smithy/core/retry';
import { CognitoError } from '../../src/cognito/errors';
import { startCognitoDouble, type CognitoDouble } from '../double/cognitoDouble';
import { doubleClient, doubleService, type DoubleClientOptions } from '../double/client';

/** One sentence: starts with a capital, ends with a period, no sentence break inside. */
const ONE_SENTENCE = /^[A-Z][^.!?]*(\.[^\s.!?][^.!?]*)*\.$/;

describe('throttling and dropped connections against the Cognito double', () => {
  let double: CognitoDouble;
  const clients: CognitoIdentityProviderClient[] = [];
  const service = (options?: DoubleClientOptions) => {
    const client = doubleClient(double.endpoint, options);
    clients.push(client);
    return doubleService(client);
  };
  const poolId = () => double.pools[0].id;

  before(async () => {
    double = await startCognitoDouble({ pools: [{ name: 'busy', users: 5 }] });
  });
  afterEach(() => {
    double.setFaults({ throttle: 0, drop: 0 });
    double.calls.length = 0;
    for (const client of clients.splice(0)) client.destroy();
  });
  after(async () => {
    await double?.stop();
  });

  it('retries a throttled call with the SDK default retry settings, and it succeeds', async function () {
    this.timeout(10_000); // the default throttling backoff waits up to 1 s before the retry
    double.throttleNext(1);

    const page = await service({ sdkDefaultRetries: true }).listUsers(poolId());

    assert.equal(page.items.length, 5);
    assert.deepEqual(double.calls.map((c) => c.outcome), ['throttled', 'ok']);
    assert.equal(double.calls[0].error, 'TooManyRequestsException');
  });

  it('fails with kind throttled and a one-sentence message when throttled on every attempt', async () => {
    double.throttleNext(10);

    await assert.rejects(service().listUserPools(), (error: unknown) => {
      assert.ok(error instanceof CognitoError);
      assert.equal(error.kind, 'throttled');
      assert.equal(error.awsName, 'TooManyRequestsException');
      assert.match(error.message, ONE_SENTENCE);
      return true;
    });
    assert.equal(double.calls.length, DEFAULT_MAX_ATTEMPTS);
    assert.ok(double.calls.every((c) => c.operation === 'ListUserPools' && c.outcome === 'throttled'));
  });

  it('makes exactly maxAttempts attempts', async () => {
    double.throttleNext(10);

    await assert.rejects(service({ maxAttempts: 1 }).listAppClients(poolId()), (error: unknown) => error instanceof CognitoError && error.kind === 'throttled');
    assert.equal(double.calls.length, 1);
  });

  it('retries a dropped connection, and it succeeds', async () => {
    double.dropNext(1);

    const page = await service().listUsers(poolId());

    assert.equal(page.items.length, 5);
    assert.deepEqual(double.calls.map((c) => c.outcome), ['dropped', 'ok']);
  });

  it('fails with kind unreachable when the connection drops on every attempt', async () => {
    double.dropNext(10);

    await assert.rejects(service().listUsers(poolId()), (error: unknown) => {
      assert.ok(error instanceof CognitoError);
      assert.equal(error.kind, 'unreachable');
      assert.match(error.message, ONE_SENTENCE);
      return true;
    });
    assert.equal(double.calls.length, DEFAULT_MAX_ATTEMPTS);
    assert.ok(double.calls.every((c) => c.outcome === 'dropped' && c.input.UserPoolId === poolId()));
  });
});
