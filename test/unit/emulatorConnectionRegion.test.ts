import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { resolveRegion } from '../../src/aws/profiles';
import { copyConfig } from '../../src/commands/flows/pools/copyPoolValues';
import { toConnection } from '../../src/connection/connections';
import { listedConnections } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';

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

  it('is the region Copy Configuration For… writes for a pool on the emulator, not a neighbour emulator’s', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('local shop', { id: 'local_Shop4711' });
    const client = { userPoolId: pool.id, clientId: 'localclient42', name: 'web' };
    cognito.data.clients.push(client);
    // Two emulators, each in its own region (neither us-east-1): the snippet of each names its own.
    const connections = listedConnections({ other: cognito, local: cognito });
    const local = connections.byLabel('local');
    const other = connections.byLabel('other');
    assert.deepEqual([local.settings.region, other.settings.region], ['ap-southeast-4', 'eu-central-2']);
    const run = flowRun([{ pick: '.env file' }, { pick: '.env file' }], cognito);
    run.deps.connections = connections;

    await copyConfig(run.deps, { connectionId: local.id, client });
    await copyConfig(run.deps, { connectionId: other.id, client });

    const [fromLocal, fromOther] = run.clipboard.map((text) => parseDotenv(text));
    assert.deepEqual([fromLocal.COGNITO_REGION, fromLocal.COGNITO_ENDPOINT], ['ap-southeast-4', 'http://127.0.0.1:9002']);
    assert.deepEqual([fromOther.COGNITO_REGION, fromOther.COGNITO_ENDPOINT], ['eu-central-2', 'http://127.0.0.1:9001']);
  });

  it('gives way to the pool id’s region for a pool in AWS, whatever region its connection names', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('shop', { id: 'eu-central-1_Shop4711' });
    const client = { userPoolId: pool.id, clientId: 'awsclient42', name: 'web' };
    cognito.data.clients.push(client);
    const connection = toConnection({ label: 'aws', region: 'ap-northeast-3' });
    const run = flowRun([{ pick: '.env file' }], cognito);
    run.deps.connections = { list: () => [connection], cognito: () => cognito };

    await copyConfig(run.deps, { connectionId: connection.id, client });

    const values = parseDotenv(run.clipboard[0]);
    assert.equal(values.COGNITO_REGION, 'eu-central-1');
    assert.equal(values.COGNITO_ENDPOINT, undefined);
  });
});
