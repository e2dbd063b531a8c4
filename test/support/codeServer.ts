// Starts code-server (VS Code in the browser, see docs/testing.md): for the vscode runner and the bench (the extension
// loaded as a development payload, the suite run in its extension host), the ui level and `npm start` (the
// extension installed in the extensions folder, as for a person). Also runs its command line
// (`--install-extension`).
// Every run keeps code-server's own files in one state folder: the user data, its own `--config` file and
// XDG_DATA_HOME (logs, machine id), so nothing is written to ~/.config/code-server or ~/.local/share/code-server.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { onProcessExit, startService, waitUntilReady } from './service';
import { codeServerBin, node24BinDir } from '../runners/paths';

/** How the workbench gets the extension. */
export type ExtensionSource =
  /**
   * Loaded from this folder through the development payload in the workbench URL (extensionDevelopmentPath),
   * with code-server's smoke-test driver on: without it the built workbench ignores the payload. Only the long
   * URL (url, testUrl) carries the payload: a person who opens the plain address, or reloads without it, gets no
   * extension.
   */
  | { developmentPath: string }
  /**
   * Installed as a symlink to this folder in a fresh extensions folder, so every window of the server loads the
   * extension from it, and a reload picks up a rebuilt dist/.
   */
  | { symlinkTo: string }
  /** Whatever this extensions folder holds (e.g. installed from a .vsix); none when omitted. */
  | { extensionsDir?: string };

export interface CodeServerOptions {
  extension: ExtensionSource;
  /**
   * Folder for code-server's user data (settings, window state), config file and data, kept between starts.
   * Default: a fresh temp folder, removed on stop and when this process exits.
   */
  stateDir?: string;
  /** Folder opened in the workbench. Default: `workspace` in the state folder. */
  workspace?: string;
  /**
   * Keep VS Code's workspace trust on (off by default, for a quiet workbench): the folder opens untrusted, in
   * restricted mode, without the startup prompt, as when a person opens a folder they have not trusted.
   */
  untrustedWorkspace?: boolean;
  /** User settings (e.g. `"cognito.endpoint"`), set on every start over QUIET_SETTINGS; other settings already there are kept. */
  settings?: Record<string, unknown>;
  /** Extra environment for code-server; its extension host inherits it. */
  env?: Record<string, string>;
  /** Default (or 0): a free port, which code-server takes itself (port 0) and reports, so no other process can take it first. */
  port?: number;
  /** Print code-server's log; by default only its last lines are kept for error messages. */
  echo?: boolean;
}

export interface CodeServer {
  port: number;
  /** `http://127.0.0.1:PORT`; the plain address opens the workspace given at start. */
  origin: string;
  /** The workbench with the workspace open (with the development payload when the extension comes as one). */
  url: string;
  /** The same, and the workbench runs the test suite module testsPath (its run()) in the extension host. */
  testUrl(testsPath: string): string;
  workspace: string;
  /** Where code-server keeps its user data, logs and state (a secrets scan reads it). */
  stateDir: string;
  /** Resolves with the reason when code-server exits, by itself or after stop(). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

// Quiet, deterministic workbench: no welcome page, no trust prompt, nothing phoning home.
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
};

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const bin = requireCodeServer();
  const ownsStateDir = !options.stateDir;
  const stateDir = options.stateDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'code-server-'));
  const removeStateDir = () => {
    // rmSync unlinks a symlinked extension without following it.
    if (ownsStateDir) fs.rmSync(stateDir, { recursive: true, force: true });
  };
  const unregisterRemoval = onProcessExit(removeStateDir);

  const { extension } = options;
  let extensionsDir = path.join(stateDir, 'extensions');
  if ('symlinkTo' in extension) installAsSymlink(extension.symlinkTo, extensionsDir);
  else if ('extensionsDir' in extension && extension.extensionsDir) extensionsDir = extension.extensionsDir;
  const developmentPath = 'developmentPath' in extension ? extension.developmentPath : undefined;

  const workspace = options.workspace ?? path.join(stateDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const isolation = codeServerIsolation(stateDir);
  const trust = options.untrustedWorkspace ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
  writeSettings(isolation.settingsFile, { ...trust, ...options.settings });

  const requestedPort = options.port ?? 0;
  const service = startService({
    name: 'code-server',
    command: bin,
    args: [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${requestedPort}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.untrustedWorkspace ? [] : ['--disable-workspace-trust']),
      ...isolation.args,
      '--extensions-dir', extensionsDir,
      // Without it the built workbench ignores the extensionDevelopmentPath/extensionTestsPath payload.
      ...(developmentPath ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      workspace,
    ],
    cwd: developmentPath ?? stateDir,
    // code-server reads $PORT too, over --bind-addr: it must agree.
    env: { ...isolation.env, ...options.env, PORT: String(requestedPort) },
    echo: options.echo,
  });
  const stop = async () => {
    await service.stop();
    removeStateDir();
    unregisterRemoval();
  };

  const port = await waitUntilReady(service, {
    name: 'code-server',
    requestedPort,
    portPattern: /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//,
    healthPath: '/healthz',
    timeoutMs: 60_000,
    stop,
  });
  const origin = `http://127.0.0.1:${port}`;
  const workbench = (testsPath?: string) => {
    const folder = `${origin}/?folder=${encodeURIComponent(workspace)}`;
    if (!developmentPath) {
      if (testsPath) throw new Error('a test suite runs only with the extension as a development payload');
      return folder;
    }
    // The development payload; paths are on the server's side, hence vscode-remote://HOST:PORT/ABS/PATH.
    const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(file)}`;
    const payload = [['extensionDevelopmentPath', remote(developmentPath)]];
    if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
    return `${folder}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  };
  return { port, origin, url: workbench(), testUrl: workbench, workspace, stateDir, exited: service.exited, stop };
}

/**
 * The arguments and environment that keep code-server's files in stateDir: the user data, its own config file
 * (else it writes ~/.config/code-server/config.yaml) and XDG_DATA_HOME (else its logs and machine id go to
 * ~/.local/share/code-server). Also puts Node 24 first on PATH: code-server 4.139 needs it, the project itself
 * runs on the machine's Node.
 */
export function codeServerIsolation(stateDir: string): { args: string[]; env: NodeJS.ProcessEnv; settingsFile: string } {
  const userDataDir = path.join(stateDir, 'user-data');
  return {
    args: ['--user-data-dir', userDataDir, '--config', path.join(stateDir, 'config.yaml')],
    env: { ...process.env, XDG_DATA_HOME: path.join(stateDir, 'data'), PATH: `${node24BinDir()}${path.delimiter}${process.env.PATH ?? ''}` },
    settingsFile: path.join(userDataDir, 'User', 'settings.json'),
  };
}

/** The code-server command, once it and Node 24 are there. */
export function requireCodeServer(): string {
  const bin = codeServerBin();
  for (const needed of [bin, path.join(node24BinDir(), 'node')]) {
    if (!fs.existsSync(needed)) throw new Error(`${needed} is missing: run \`bash scripts/ensure-setup.sh\` first`);
  }
  return bin;
}

/**
 * A fresh extensions folder whose only entry is a symlink to the extension's folder, named as VS Code names
 * installed extensions (publisher.name-version). rmSync unlinks an earlier symlink without following it.
 */
function installAsSymlink(extensionPath: string, extensionsDir: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.symlinkSync(path.resolve(extensionPath), path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
}

/** The settings already there with QUIET_SETTINGS and the given ones set over them. A file that is not plain JSON is kept aside. */
function writeSettings(file: string, settings: Record<string, unknown>): void {
  let existing: Record<string, unknown> = {};
  if (fs.existsSync(file)) {
    try {
      existing = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      fs.renameSync(file, `${file}.bak`);
      console.log(`Could not read ${file} (comments?); kept it as settings.json.bak and wrote a new one.`);
    }
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...existing, ...QUIET_SETTINGS, ...settings }, null, 2) + '\n');
}
