// `npm start` as a person runs it, minus the setup: scripts/start-demo.js in a child process, its data in a
// temp folder (COGNITO_DEMO_DATA_DIR), on free ports. Checks what it prints, the seeded data through the
// emulator it started, that code-server answers, that SIGINT/SIGTERM stop both services, and that a second
// start on the same data seeds nothing. Talks to the SDK directly, independently of the code under test.
import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DescribeUserPoolClientCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { repoRoot } from '../runners/paths';
import { emulatorClient } from '../support/emulatorClient';
import { freePort, isListening } from '../support/net';

/** Bound on a start: cognito-local (up to 30 s) and code-server (up to 60 s) on a slow machine. */
const START_BOUND_MS = 150_000;
/** Bound on a stop: SIGTERM, up to 5 s grace per service, then the ports closing. */
const STOP_BOUND_MS = 60_000;

interface Started {
  demo: Demo;
  url: string;
  endpoint: string;
  ports: { codeServer: number; emulator: number };
}

/** Every demo started, so after() can stop one a failed test left running. */
const running: Demo[] = [];

class Demo {
  readonly child: ChildProcess;
  private text = '';
  private readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(dataDir: string, ports: { codeServer: number; emulator: number }) {
    // --no-build: test-all.js has just built dist/ and compiled out/, which this test runs from.
    this.child = spawn(process.execPath, [path.join(repoRoot(), 'scripts/start-demo.js'), '--no-build'], {
      cwd: repoRoot(),
      env: { ...process.env, COGNITO_DEMO_DATA_DIR: dataDir, PORT: String(ports.codeServer), COGNITO_LOCAL_PORT: String(ports.emulator) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => (this.text += chunk.toString());
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exit = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get output(): string {
    return this.text;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The first match of pattern in the output; rejects when the process exits first or the bound passes. */
  async waitFor(pattern: RegExp, boundMs: number): Promise<RegExpMatchArray> {
    const deadline = Date.now() + boundMs;
    for (;;) {
      const match = this.text.match(pattern);
      if (match) return match;
      if (!this.running) throw new Error(`start-demo.js exited before printing ${pattern}:\n${this.text}`);
      if (Date.now() > deadline) throw new Error(`start-demo.js did not print ${pattern} within ${boundMs} ms:\n${this.text}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Sends signal and resolves with the exit code; rejects when the process outlives the bound. */
  async stop(signal: NodeJS.Signals, boundMs = STOP_BOUND_MS): Promise<number | null> {
    if (this.running) this.child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const outlived = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`start-demo.js still runs ${boundMs} ms after ${signal}:\n${this.text}`)), boundMs);
    });
    try {
      const { code, signal: killedBy } = await Promise.race([this.exit, outlived]);
      assert.equal(killedBy, null, `start-demo.js was killed by ${killedBy}, it should exit by itself:\n${this.text}`);
      return code;
    } finally {
      clearTimeout(timer);
    }
  }
}

async function startDemo(dataDir: string): Promise<Started> {
  const ports = { codeServer: await freePort(), emulator: await freePort() };
  while (ports.emulator === ports.codeServer) ports.emulator = await freePort();
  const demo = new Demo(dataDir, ports);
  running.push(demo);
  const [, url] = await demo.waitFor(/^Open (http:\/\/\S+) in a browser$/m, START_BOUND_MS);
  const [, endpoint] = await demo.waitFor(/^Cognito emulator: (http:\/\/\S+)$/m, 1000);
  return { demo, url, endpoint, ports };
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
}


async function demoPools(client: CognitoIdentityProviderClient) {
  const listed = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  return (listed.UserPools ?? []).filter((p) => p.Name === 'demo-pool');
}

describe('npm start (scripts/start-demo.js)', function () {
  this.timeout(START_BOUND_MS + STOP_BOUND_MS + 30_000);
  let dataDir: string;
  let firstPoolId: string | undefined;

  before(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'start-demo-'));
  });

  after(async () => {
    // A failed test may leave a demo running: stop it the way a person would, so its services go too.
    for (const demo of running) {
      if (demo.running) await demo.stop('SIGTERM').catch(() => demo.child.kill('SIGKILL'));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds the emulator, serves code-server at the printed address, and stops both on SIGINT', async () => {
    const { demo, url, endpoint, ports } = await startDemo(dataDir);
    assert.equal(url, `http://127.0.0.1:${ports.codeServer}/`);
    assert.equal(endpoint, `http://127.0.0.1:${ports.emulator}`);
    assert.equal(demo.output.match(/^Open .* in a browser$/gm)?.length, 1, 'one address line');

    const client = emulatorClient(endpoint);
    try {
      const pools = await demoPools(client);
      assert.equal(pools.length, 1, 'one demo-pool');
      firstPoolId = pools[0].Id;

      const users = await client.send(new ListUsersCommand({ UserPoolId: firstPoolId }));
      const states = Object.fromEntries((users.Users ?? []).map((u) => [u.Username, `${u.UserStatus}${u.Enabled ? '' : ', disabled'}`]));
      assert.deepEqual(states, {
        alice: 'CONFIRMED',
        bob: 'FORCE_CHANGE_PASSWORD',
        carol: 'CONFIRMED, disabled',
        dave: 'UNCONFIRMED',
      });

      const clients = await client.send(new ListUserPoolClientsCommand({ UserPoolId: firstPoolId, MaxResults: 60 }));
      assert.deepEqual(clients.UserPoolClients?.map((c) => c.ClientName), ['demo-web']);
      const described = await client.send(new DescribeUserPoolClientCommand({ UserPoolId: firstPoolId, ClientId: clients.UserPoolClients?.[0].ClientId }));
      assert.equal(described.UserPoolClient?.ClientSecret, undefined, 'no client secret');
      assert.deepEqual([...(described.UserPoolClient?.ExplicitAuthFlows ?? [])].sort(), ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']);
    } finally {
      client.destroy();
    }

    const status = await httpStatus(url);
    assert.ok(status >= 200 && status < 400, `code-server answered ${status} at ${url}`);
    const settings = JSON.parse(fs.readFileSync(path.join(dataDir, 'code-server/user-data/User/settings.json'), 'utf8'));
    assert.equal(settings['cognito.endpoint'], endpoint, 'the extension is pointed at the emulator');

    assert.equal(await demo.stop('SIGINT'), 0, demo.output);
    assert.equal(await isListening(ports.codeServer), false, 'code-server port closed');
    assert.equal(await isListening(ports.emulator), false, 'emulator port closed');
  });

  it('reuses the data on a second start without seeding again, and stops on SIGTERM', async function () {
    if (!firstPoolId) this.skip(); // the first start failed; that test says why
    const { demo, endpoint, ports } = await startDemo(dataDir);
    assert.match(demo.output, /Reusing the demo data/);
    assert.doesNotMatch(demo.output, /Seeded/);

    const client = emulatorClient(endpoint);
    try {
      const pools = await demoPools(client);
      assert.deepEqual(pools.map((p) => p.Id), [firstPoolId], 'the same single demo-pool');
      const users = await client.send(new ListUsersCommand({ UserPoolId: firstPoolId }));
      assert.deepEqual(users.Users?.map((u) => u.Username).sort(), ['alice', 'bob', 'carol', 'dave']);
    } finally {
      client.destroy();
    }

    assert.equal(await demo.stop('SIGTERM'), 0, demo.output);
    assert.equal(await isListening(ports.codeServer), false, 'code-server port closed');
    assert.equal(await isListening(ports.emulator), false, 'emulator port closed');
  });
});
