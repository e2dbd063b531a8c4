// `npm start`: cognito-local with seeded demo data, and code-server with the extension, for a person to try.
// scripts/start-demo.js builds and then calls main(); see its top comment for ports, folders and variables.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startCognitoLocal } from '../support/cognitoLocal';
import { isFree, isListening } from '../support/net';
import { onProcessExit } from '../support/service';
import { cacheDir, repoRoot } from '../runners/paths';
import { startCodeServer } from '../support/codeServer';
import { DEMO_CLIENT_NAME, DEMO_POOL_NAME, DEMO_USERS, poolExists, seedDemo } from '../support/demoSeed';

export const DEFAULT_CODE_SERVER_PORT = 8080; // code-server's own default
export const DEFAULT_COGNITO_LOCAL_PORT = 9229; // cognito-local's own default

/** What the first start seeded; its presence means "do not seed again". */
interface Marker {
  poolId: string;
  clientId: string;
  seededAt: string;
}

interface Running {
  name: string;
  port: number;
  stop(): Promise<void>;
}

// Set on every start over the person's other settings, which are kept: a quiet workbench that opens the
// workspace's README (what the demo contains), no chat panel, no prompts.
const DEMO_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'readme',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // The workspace sits inside this repository (.cache/demo-data/workspace): no "open the parent repository?" prompt.
  'git.openRepositoryInParentFolders': 'never',
};

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const running: Running[] = [];
let stopping: Promise<void> | undefined;

export async function main(): Promise<void> {
  takeOverSignals();
  try {
    await start();
  } catch (error) {
    console.error(`npm start failed: ${(error as Error).message}`);
    await shutdown(1);
  }
}

async function start(): Promise<void> {
  const dataDir = path.resolve(process.env.COGNITO_DEMO_DATA_DIR || path.join(cacheDir(), 'demo-data'));
  const echo = process.env.COGNITO_DEMO_VERBOSE === '1';
  const emulatorPort = await choosePort('COGNITO_LOCAL_PORT', DEFAULT_COGNITO_LOCAL_PORT);
  const codeServerPort = await choosePort('PORT', DEFAULT_CODE_SERVER_PORT);
  if (codeServerPort === emulatorPort && emulatorPort !== 0) throw new Error(`PORT and COGNITO_LOCAL_PORT are both ${emulatorPort}; choose two ports`);

  console.log(`Starting the Cognito emulator (cognito-local) with its data in ${path.join(dataDir, 'cognito-local')}`);
  const emulator = await startCognitoLocal({ dataDir: path.join(dataDir, 'cognito-local'), port: emulatorPort, echo });
  running.push({ name: 'cognito-local', port: emulator.port, stop: emulator.stop });
  if (emulatorPort === 0) sayInUse('COGNITO_LOCAL_PORT', DEFAULT_COGNITO_LOCAL_PORT, emulator.port);
  if (stopping) return;

  const marker = await seedOnce(emulator.endpoint, dataDir);
  if (stopping) return;
  const workspace = path.join(dataDir, 'workspace');
  writeWorkspaceReadme(workspace, marker);

  console.log('Starting code-server with the extension');
  const codeServer = await startCodeServer({
    // Installed, not a development payload: that only works through its own long URL, so a person who opens
    // the plain address, or reloads without it, would get no extension. The symlink to the working tree makes
    // every window load it, and a reload picks up a rebuilt dist/.
    extension: { symlinkTo: repoRoot() },
    // The user data (settings, window state) is kept between starts; the extensions folder is recreated.
    stateDir: path.join(dataDir, 'code-server'),
    workspace,
    port: codeServerPort,
    settings: { ...DEMO_SETTINGS, 'cognito.endpoint': emulator.endpoint },
    echo,
  });
  running.push({ name: 'code-server', port: codeServer.port, stop: codeServer.stop });
  if (codeServerPort === 0) sayInUse('PORT', DEFAULT_CODE_SERVER_PORT, codeServer.port);
  if (stopping) return;
  void codeServer.exited.then((reason) => shutdown(1, `code-server stopped by itself: ${reason}`));

  console.log('');
  console.log(`Cognito emulator: ${emulator.endpoint}`);
  console.log(`Open ${codeServer.origin}/ in a browser`);
  console.log('Press Ctrl+C to stop both.');
}

/** Seeds on the first start only; later starts reuse the data, unless the pool the marker names is gone. */
async function seedOnce(endpoint: string, dataDir: string): Promise<Marker> {
  const markerFile = path.join(dataDir, 'seeded.json');
  const previous = readMarker(markerFile);
  if (previous && (await poolExists(endpoint, previous.poolId))) {
    console.log(`Reusing the demo data: ${DEMO_POOL_NAME} (${previous.poolId}), seeded ${previous.seededAt}`);
    return previous;
  }
  if (previous) console.log(`The emulator no longer has ${DEMO_POOL_NAME} (${previous.poolId}): seeding again`);
  const seeded = await seedDemo(endpoint);
  console.log(`Seeded ${DEMO_POOL_NAME} (${seeded.poolId}): ${seeded.created.join(', ') || 'everything was already there'}`);
  const marker: Marker = { poolId: seeded.poolId, clientId: seeded.clientId, seededAt: new Date().toISOString() };
  fs.writeFileSync(markerFile, JSON.stringify(marker, null, 2) + '\n');
  return marker;
}

function readMarker(file: string): Marker | undefined {
  try {
    const marker = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Marker>;
    return marker.poolId && marker.clientId && marker.seededAt ? (marker as Marker) : undefined;
  } catch {
    return undefined;
  }
}

/** A note in the opened folder on what the demo contains; written once, the person may edit it. */
function writeWorkspaceReadme(workspace: string, marker: Marker): void {
  fs.mkdirSync(workspace, { recursive: true });
  const file = path.join(workspace, 'README.md');
  if (fs.existsSync(file)) return;
  const users = DEMO_USERS.map((u) => `| ${u.username} | ${u.status}${u.enabled ? '' : ', disabled'} | \`${u.password}\` |`);
  fs.writeFileSync(
    file,
    [
      '# Cognito User Pools demo',
      '',
      'This window runs the extension against a local Cognito emulator (cognito-local) started by `npm start`;',
      'its endpoint is in the user setting `cognito.endpoint`. Open the Cognito view in the activity bar.',
      '',
      `- User pool \`${DEMO_POOL_NAME}\`: \`${marker.poolId}\``,
      `- App client \`${DEMO_CLIENT_NAME}\` (no secret, SRP and refresh token): \`${marker.clientId}\``,
      '',
      '| User | Status | Password (local demo only) |',
      '| --- | --- | --- |',
      ...users,
      '',
      "bob's password is temporary; dave signed up through the app client and is not confirmed.",
      '',
    ].join('\n'),
  );
}

/**
 * The port from envName, else the default if it is free, else 0: any free port, which the service takes itself
 * and reports (sayInUse then tells which), so nothing can take it between a choice and the bind.
 */
async function choosePort(envName: string, fallback: number): Promise<number> {
  const value = process.env[envName];
  if (value) {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${envName}=${value} is not a port number`);
    if (!(await isFree(port))) throw new Error(`port ${port} (${envName}) is in use; choose another with ${envName}=…`);
    return port;
  }
  return (await isFree(fallback)) ? fallback : 0;
}

function sayInUse(envName: string, fallback: number, port: number): void {
  console.log(`Port ${fallback} is in use; using ${port} instead (set ${envName} to choose one).`);
}

/**
 * The harness (service.ts) answers SIGINT/SIGTERM/SIGHUP by SIGKILLing every service and exiting at once.
 * The demo keeps data that should survive, so it stops them with SIGTERM and waits instead; a second signal
 * while stopping falls back to the harness's immediate kill (its exit hook still runs on process.exit).
 */
function takeOverSignals(): void {
  onProcessExit(() => undefined)(); // makes the harness install its process hooks now, so they can be replaced
  for (const signal of SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (stopping) {
        console.log('Stopping at once.');
        process.exit(130);
      }
      void shutdown(0);
    });
  }
}

/** Stops what runs (newest first), waits until their ports are closed, and exits with code. */
function shutdown(code: number, why?: string): Promise<void> {
  stopping ??= (async () => {
    if (why) console.error(why);
    if (running.length) console.log(`Stopping ${running.map((r) => r.name).reverse().join(' and ')}…`);
    let exitCode = code;
    for (const service of [...running].reverse()) {
      try {
        await service.stop();
        for (let i = 0; i < 50 && (await isListening(service.port)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
      } catch (error) {
        console.error(`Stopping ${service.name} failed: ${(error as Error).message}`);
        exitCode = 1;
      }
    }
    if (running.length) console.log('Stopped.');
    process.exit(exitCode);
  })();
  return stopping;
}
