import * as assert from 'node:assert/strict';
import * as createService from '../../src/aws/createService';
import { CognitoError } from '../../src/cognito/errors';
import type { CognitoApi } from '../../src/cognito/types';
import type { ConnectionSettings } from '../../src/connection/settings';
import { LazyCognito } from '../../src/connection/lazyCognito';

// LazyCognito builds the real service on its first call (the AWS bundle's createCognitoService) and passes
// every call on. Here the bundle's factory is swapped for one that hands out a recording service, so each
// of the forwards is checked for what reaches the service and what comes back, without an SDK client.

type Factory = typeof createService.createCognitoService;
type Recorded = { method: string; args: unknown[] };

/** A CognitoApi whose every method answers with its own name and arguments. */
function recordingService(): CognitoApi {
  return new Proxy({} as CognitoApi, {
    get: (_target, method) => async (...args: unknown[]) => ({ method: String(method), args }) satisfies Recorded,
  });
}

describe('LazyCognito', () => {
  const original = createService.createCognitoService;
  let built: ConnectionSettings[];
  let factory: Factory;

  beforeEach(() => {
    built = [];
    factory = async (settings) => {
      built.push(settings);
      return { service: recordingService(), region: 'me-central-1' };
    };
    (createService as { createCognitoService: Factory }).createCognitoService = (settings, log) => factory(settings, log);
  });

  afterEach(() => {
    (createService as { createCognitoService: Factory }).createCognitoService = original;
  });

  /** The CognitoApi forwards: LazyCognito's own function properties but the settings it was given. */
  const methods = (lazy: LazyCognito) => Object.keys(lazy).filter((key) => key !== 'settings' && typeof (lazy as unknown as Record<string, unknown>)[key] === 'function');

  it('passes every call on with its arguments and gives back the answer', async () => {
    const lazy = new LazyCognito(() => ({ profile: 'ops', region: 'me-central-1' }));
    const names = methods(lazy);
    assert.ok(names.length >= 30, `the forwards: ${names.join(', ')}`);
    for (const method of names) {
      const args = [`${method}-pool`, { page: method.length }];
      const answer = await (lazy as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method](...args);
      assert.deepEqual(answer, { method, args }, method);
    }
    assert.deepEqual(built, [{ profile: 'ops', region: 'me-central-1' }], 'one service for all the calls');
    assert.equal(await lazy.region(), 'me-central-1');
  });

  it('names the call that failed when the service cannot even start', async () => {
    factory = async () => {
      throw new RangeError('broken config file');
    };
    const lazy = new LazyCognito(() => ({ region: 'me-central-1' }));
    for (const method of methods(lazy)) {
      await assert.rejects((lazy as unknown as Record<string, () => Promise<unknown>>)[method](), (error: CognitoError) => {
        assert.ok(error instanceof CognitoError, method);
        assert.equal(error.message, `${method} failed (RangeError); see the Cognito output channel and try again.`);
        return true;
      });
    }
  });

  it('refuses an endpoint the settings may not use, naming the setting, and tries again on the next call', async () => {
    let endpoint = 'http://10.20.30.40:9229';
    const lazy = new LazyCognito(() => ({ region: 'me-central-1', endpoint }));
    await assert.rejects(lazy.listUserPools(), (error: CognitoError) => {
      assert.equal(error.kind, 'invalidParameter');
      assert.equal(error.message, 'Plain http is allowed only for this machine (localhost, 127.0.0.1, ::1); use https:// for any other host (setting cognito.endpoint).');
      return true;
    });
    assert.deepEqual(built, [], 'no service built for a refused endpoint');
    endpoint = 'http://127.0.0.1:9238';
    assert.deepEqual(await lazy.listUserPools(), { method: 'listUserPools', args: [] }, 'a failed start does not stick');
    assert.deepEqual(built, [{ region: 'me-central-1', endpoint: 'http://127.0.0.1:9238' }]);
  });

  it('builds the service anew after reset(), with the settings of that moment', async () => {
    let region = 'me-central-1';
    const lazy = new LazyCognito(() => ({ region }));
    await lazy.getUser('p', 'u');
    await lazy.getUser('p', 'u');
    region = 'af-south-1';
    lazy.reset();
    await lazy.getUser('p', 'u');
    assert.deepEqual(built, [{ region: 'me-central-1' }, { region: 'af-south-1' }]);
  });

  it('keeps a service that started while a failed start is forgotten', async () => {
    let fail = true;
    factory = async (settings) => {
      built.push(settings);
      if (fail) throw new Error('first start fails');
      return { service: recordingService(), region: 'me-central-1' };
    };
    const lazy = new LazyCognito(() => ({ region: 'me-central-1' }));
    await assert.rejects(lazy.listGroups('p'));
    fail = false;
    await lazy.listGroups('p');
    await lazy.listGroups('p');
    assert.equal(built.length, 2, 'started again once after the failure, then kept');
  });
});
