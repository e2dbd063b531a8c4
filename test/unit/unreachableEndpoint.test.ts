import * as assert from 'node:assert/strict';
import { createCognitoService } from '../../src/aws/createService';
import type { CognitoError } from '../../src/shared/errors';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const dns = require('node:dns') as typeof import('node:dns'); // the module itself: net.connect looks up through it

// A name that does not resolve means a wrong region when the SDK picks Cognito's endpoint, but a wrong address
// or a stopped emulator when the person set the endpoint: the sentence must point at the right one. The look-up
// is answered here (ENOTFOUND, as a resolver says for an unknown name), so no resolver is asked.

const HOST = 'cognito-emulator.wallaby.invalid';

describe('an endpoint whose name does not resolve', () => {
  const original = dns.lookup;

  before(() => {
    (dns as { lookup: unknown }).lookup = (hostname: string, options: unknown, callback?: unknown) => {
      if (hostname !== HOST) return (original as (...args: unknown[]) => void)(hostname, options, callback);
      const done = (typeof options === 'function' ? options : callback) as (error: NodeJS.ErrnoException) => void;
      process.nextTick(() => done(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname })));
    };
  });

  after(() => {
    (dns as { lookup: unknown }).lookup = original;
  });

  it('is named as the endpoint (or a stopped emulator), not as the region', async () => {
    const { service, region } = await createCognitoService({ region: 'eu-south-1', endpoint: `https://${HOST}` });
    assert.equal(region, 'eu-south-1');
    await assert.rejects(service.pools.list(), (error: CognitoError) => {
      assert.equal(error.kind, 'unreachable');
      assert.equal(error.message, 'Cannot reach the Cognito endpoint; check your network connection or that the local emulator is running.');
      return true;
    });
  });
});
