// Starts code-server (VS Code in the browser) with the extension loaded from its folder, as RECIPES.md §1 says.
// Used by the test runner (codeServer.ts) and by `npm start`, which opens it for a person.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort, waitForHttp } from '../integration/harness/net';
import { onProcessExit, startService } from '../integration/harness/service';
import { codeServerBin, node24BinDir } from './paths';

export interface CodeServerOptions {
  /** Folder with the extension's package.json. */
  extensionPath: string;
  /** Folder opened in the workbench. Default: an empty temp folder. */
  workspace?: string;
  /** Extensions folder. Default: an empty temp folder. Extensions installed there load in every window. */
  extensionsDir?: string;
  /** Written to the user settings.json before start (e.g. `"cognito.endpoint"`). */
  settings?: Record<string, unknown>;
  /** Extra environment for code-server; its extension host inherits it. */
  env?: Record<string, string>;
  port?: number;
  /** Print code-server's log; by default only its last lines are kept for error messages. */
  echo?: boolean;
}

export interface CodeServer {
  port: number;
  /** The workbench with the workspace open and the extension loaded from extensionPath: what a person opens. */
  url: string;
  /** The same, and the workbench runs the test suite module testsPath (its run()) in the extension host. */
  testUrl(testsPath: string): string;
  workspace: string;
  /** Resolves with the reason when code-server exits, by itself or after stop(). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

// Quiet, deterministic workbench: no welcome page, no trust prompt, nothing phoning home.
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
};

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const bin = codeServerBin();
  const nodeBin = node24BinDir();
  for (const needed of [bin, path.join(nodeBin, 'node')]) {
    if (!fs.existsSync(needed)) throw new Error(`${needed} is missing: run \`bash scripts/ensure-setup.sh\` first`);
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'code-server-'));
  const removeTmp = () => fs.rmSync(tmp, { recursive: true, force: true });
  const unregisterRemoval = onProcessExit(removeTmp);
  const userDataDir = path.join(tmp, 'ud');
  const workspace = options.workspace ?? path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }, null, 2),
  );

  const port = options.port ?? (await freePort());
  const service = startService({
    name: 'code-server',
    command: bin,
    args: [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', userDataDir,
      // Its own config file, so nothing is written to ~/.config/code-server.
      '--config', path.join(tmp, 'config.yaml'),
      '--extensions-dir', options.extensionsDir ?? path.join(tmp, 'ext'),
      // Without it the built workbench ignores the extensionDevelopmentPath/extensionTestsPath payload.
      '--vscode-option', 'enable-smoke-test-driver',
      workspace,
    ],
    cwd: options.extensionPath,
    // code-server 4.139 needs Node 24; the project itself runs on the machine's Node.
    // XDG_DATA_HOME keeps its logs and machine id out of ~/.local/share.
    env: { ...process.env, ...options.env, XDG_DATA_HOME: path.join(tmp, 'data'), PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}` },
    echo: options.echo,
  });

  const stop = async () => {
    await service.stop();
    removeTmp();
    unregisterRemoval();
  };

  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/healthz`, { timeoutMs: 60_000, giveUp: service.exitReason });
  } catch (error) {
    await stop();
    throw new Error(`code-server did not start: ${(error as Error).message}\n--- its output ---\n${service.recentOutput()}`);
  }
  const workbench = (testsPath?: string) => {
    // The development payload; paths are on the server's side, hence vscode-remote://HOST:PORT/ABS/PATH.
    const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(file)}`;
    const payload = [['extensionDevelopmentPath', remote(options.extensionPath)]];
    if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
    return `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  };
  return { port, url: workbench(), testUrl: workbench, workspace, exited: service.exited, stop };
}
