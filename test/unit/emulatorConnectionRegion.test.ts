import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { resolveRegion } from '../../src/aws/profiles';
import { copyConfig } from '../../src/commands/flows/pools/copyPoolValues';
import { toConnection } from '../../src/connection/connections';
import { FakeCognito } from './support/fakeCognito';
import { flowRun } from './support/flowHarness';

// An emulator connection names its own region, and that region is the one used: for the SDK client and in
// the configuration snippets (an emulator's pool ids, "local_…", carry none). The regions here are neither
// us-east-1 (the fallback) nor the environment's, so falling back to either shows.

describe('an emulator connection’s own region', () => {
  let saved: NodeJS.ProcessEnv;

  beforeEach(() => {
    saved = { ...process.env };
    // A fallback that differs from the connection's region, and no AWS files that could name one.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-region-'));
    process.env.AWS_CONFIG_FILE = path.join(dir, 'no-config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'no-credentials');
    process.env.AWS_REGION = 'sa-east-1';
  });

  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('is the region the SDK client gets, not the environment’s or us-east-1', async () => {
    assert.equal(await resolveRegion({ region: 'eu-central-2', endpoint: 'http://127.0.0.1:9229' }), 'eu-central-2');
    assert.equal(await resolveRegion({ region: 'ap-southeast-4', endpoint: 'https://cognito.example.test' }), 'ap-southeast-4');
  });

  it('is the region Copy Configuration For… writes for a pool on the emulator', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('local shop', { id: 'local_Shop4711' });
    const client = { userPoolId: pool.id, clientId: 'localclient42', name: 'web' };
    cognito.clients.push(client);
    const connection = toConnection({ label: 'emulator', region: 'ap-northeast-3', endpoint: 'http://127.0.0.1:9235' });
    const run = flowRun([{ pick: '.env file' }], cognito);
    run.deps.connections = { list: () => [connection], cognito: () => cognito };

    await copyConfig(run.deps, { connectionId: connection.id, client });

    const values = parseDotenv(run.clipboard[0]);
    assert.equal(values.COGNITO_REGION, 'ap-northeast-3');
    assert.equal(values.COGNITO_ENDPOINT, 'http://127.0.0.1:9235');
  });
});
