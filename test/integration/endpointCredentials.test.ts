// Which credentials a connection's requests carry, read from the requests themselves: the double records the
// access key id of each request's SigV4 Authorization header. The person's keys (here in the environment, as
// the AWS CLI reads them) sign requests to Cognito's own endpoint only; any other endpoint gets placeholder
// keys unless its connection says "sendAwsCredentials": true.
//
// The double listens on this machine. To reach it under a name that is not loopback (a proxy's, a lookalike's,
// Cognito's own), this test answers the name look-ups of those names with 127.0.0.1; the choice of credentials
// depends on the name alone, and the double speaks plain http, so the endpoints here are http:// ones (the
// extension itself refuses plain http to any host but this machine, before it makes a client: endpoint.ts).
import * as assert from 'node:assert/strict';
import { createCognitoService, PLACEHOLDER_CREDENTIALS } from '../../src/aws/createService';
import type { ConnectionSettings } from '../../src/shared/settings';
import { useDouble } from '../support/sessionHooks';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const dns = require('node:dns') as typeof import('node:dns'); // the module itself: net.connect looks up through it

// AWS's documented example keys (IAM User Guide), standing for the person's own.
const PERSON_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const PERSON_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

/** Answers look-ups of these names with 127.0.0.1 until the returned function is called. */
function resolveToLoopback(names: string[]): () => void {
  const original = dns.lookup;
  const patched = (hostname: string, options: unknown, callback?: unknown) => {
    const done = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void;
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
    if (!names.includes(hostname)) return (original as (...args: unknown[]) => void)(hostname, options, callback);
    process.nextTick(() => (all ? done(null, [{ address: '127.0.0.1', family: 4 }]) : done(null, '127.0.0.1', 4)));
  };
  (dns as { lookup: unknown }).lookup = patched;
  return () => {
    (dns as { lookup: unknown }).lookup = original;
  };
}

describe('credentials each endpoint is signed with', () => {
  // Taken before each test, not when the file loads: under mutation testing the emulator's address is set
  // after loading, and a copy without it would remove it for every test that runs later.
  let saved: NodeJS.ProcessEnv;
  const session = useDouble({ pools: [{ name: 'signed-requests' }], region: 'eu-west-3' });
  let port: string;
  let restoreLookups: () => void;

  before(() => {
    port = new URL(session.endpoint).port;
    restoreLookups = resolveToLoopback(['proxy.example.net', 'cognito-idp.eu-west-3.amazonaws.com', 'cognito-idp.eu-west-3.amazonaws.com.evil.example', 'cognito-idp-fips.eu-west-3.api.aws']);
  });

  beforeEach(() => {
    saved = { ...process.env };
    process.env.AWS_ACCESS_KEY_ID = PERSON_KEY_ID;
    process.env.AWS_SECRET_ACCESS_KEY = PERSON_SECRET;
  });

  afterEach(() => {
    process.env = { ...saved };
  });

  after(async () => {
    restoreLookups?.();
  });

  /** The access key ids the double saw for one listing through a service made for these settings. */
  async function keyIdsSentFor(settings: ConnectionSettings): Promise<(string | undefined)[]> {
    session.double.calls.length = 0;
    const { service } = await createCognitoService(settings);
    const page = await service.pools.list();
    assert.deepEqual(
      page.items.map((p) => p.name),
      ['signed-requests'],
    );
    return session.double.calls.map((call) => call.accessKeyId);
  }

  it('signs with placeholder keys for a proxy or any other host that is not Cognito’s', async () => {
    for (const host of ['proxy.example.net', 'cognito-idp.eu-west-3.amazonaws.com.evil.example']) {
      assert.deepEqual(await keyIdsSentFor({ region: 'eu-west-3', endpoint: `http://${host}:${port}` }), [PLACEHOLDER_CREDENTIALS.accessKeyId], host);
    }
  });

  it('does not send the keys of a named profile to another host either', async () => {
    // Not even read: a profile that is not in any config file does not stop an endpoint that does not get it.
    assert.deepEqual(await keyIdsSentFor({ profile: 'production', region: 'eu-west-3', endpoint: `http://proxy.example.net:${port}` }), [PLACEHOLDER_CREDENTIALS.accessKeyId]);
  });

  it('signs with the person’s keys for Cognito’s own endpoint, standard or FIPS dual-stack', async () => {
    for (const host of ['cognito-idp.eu-west-3.amazonaws.com', 'cognito-idp-fips.eu-west-3.api.aws']) {
      assert.deepEqual(await keyIdsSentFor({ region: 'eu-west-3', endpoint: `http://${host}:${port}` }), [PERSON_KEY_ID], host);
    }
  });

  it('signs with the person’s keys for another host when its connection says sendAwsCredentials', async () => {
    assert.deepEqual(await keyIdsSentFor({ region: 'eu-west-3', endpoint: `http://proxy.example.net:${port}`, sendAwsCredentials: true }), [PERSON_KEY_ID]);
  });

  it('keeps placeholder keys for an emulator on this machine', async () => {
    assert.deepEqual(await keyIdsSentFor({ region: 'eu-west-3', endpoint: session.endpoint }), [PLACEHOLDER_CREDENTIALS.accessKeyId]);
  });
});
