// Runs a real cognito-local (the local Cognito emulator) on a free loopback port.
// Used by the integration level (emulatorFixture.ts), the vscode and ui levels, mutation testing and `npm start`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { onProcessExit, startService, waitUntilReady } from './service';

export interface CognitoLocalOptions {
  /** Folder that keeps the emulator's data (it writes `.cognito/` there). Default: a fresh temp folder, removed on stop. */
  dataDir?: string;
  /**
   * Default (or 0): a free port, which cognito-local takes itself (PORT=0) and reports, so no other process can
   * take it between a choice and the bind. Its tokens' `iss` then names port 0 (cognito-local builds it from $PORT):
   * pass a port to a test that checks tokens.
   */
  port?: number;
  /** Print the emulator's request log; by default it is kept only for error messages. */
  echo?: boolean;
  /** Bound on the wait for `GET /health`. */
  startTimeoutMs?: number;
}

export interface CognitoLocal {
  endpoint: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

// Without this every new pool would be an e-mail-username pool (cognito-local's default); AWS's default is plain usernames.
const DEFAULT_CONFIG = { UserPoolDefaults: { UsernameAttributes: null } };

export async function startCognitoLocal(options: CognitoLocalOptions = {}): Promise<CognitoLocal> {
  const ownsDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-local-'));
  const removeDataDir = () => {
    if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const unregisterRemoval = onProcessExit(removeDataDir);

  const configFile = path.join(dataDir, '.cognito', 'config.json');
  if (!fs.existsSync(configFile)) {
    // A folder given by the caller keeps its own config; only a missing one gets the default.
    fs.mkdirSync(path.dirname(configFile), { recursive: true });
    fs.writeFileSync(configFile, JSON.stringify(DEFAULT_CONFIG));
  }

  const requestedPort = options.port ?? 0;
  const startScript = path.join(path.dirname(require.resolve('cognito-local/package.json')), 'lib/bin/start.js');
  const service = startService({
    name: 'cognito-local',
    command: process.execPath,
    args: [startScript],
    cwd: dataDir,
    env: { ...process.env, PORT: String(requestedPort), HOST: '127.0.0.1' },
    echo: options.echo,
  });
  const stop = async () => {
    await service.stop();
    removeDataDir();
    unregisterRemoval();
  };

  const port = await waitUntilReady(service, {
    name: 'cognito-local',
    requestedPort,
    portPattern: /Cognito Local running on http:\/\/127\.0\.0\.1:(\d+)/,
    healthPath: '/health',
    timeoutMs: options.startTimeoutMs ?? 30_000,
    stop,
  });
  return { endpoint: `http://127.0.0.1:${port}`, port, dataDir, stop };
}

/** The endpoint of the emulator started for this test run (see fixture.ts). */
export function cognitoLocalEndpoint(): string {
  const endpoint = process.env.COGNITO_LOCAL_ENDPOINT;
  if (!endpoint) {
    throw new Error(
      'COGNITO_LOCAL_ENDPOINT is not set: run the integration tests through `node scripts/test-all.js --level integration` ' +
        'or `mocha --require out/test/support/emulatorFixture.js`.',
    );
  }
  return endpoint;
}
