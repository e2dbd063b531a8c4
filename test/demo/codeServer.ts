// code-server for a person: the extension is installed, not passed as a development payload.
//
// test/runners/codeServerProcess.ts loads the extension through the smoke-test driver's payload in the URL
// (extensionDevelopmentPath), which only its own long URL carries: a person who opens the plain address, or
// reloads without it, gets no extension. Here the extensions folder holds a symlink named as VS Code names
// installed extensions (publisher.name-version) pointing at the repository, so every window of this server
// loads the extension from the working tree, and a reload picks up a rebuilt dist/.
// The extensions folder is recreated on every start; rmSync unlinks the symlink without following it.
// The user data (settings, window state) is kept between starts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitForHttp } from '../integration/harness/net';
import { startService } from '../integration/harness/service';
import { codeServerBin, node24BinDir } from '../runners/paths';

export interface DemoCodeServerOptions {
  /** Folder with the extension's package.json (the repository). */
  extensionPath: string;
  /** Folder that keeps code-server's user data, config file and extensions folder. */
  stateDir: string;
  /** Folder opened in the workbench. */
  workspace: string;
  port: number;
  /** User settings set on every start, with the demo's own; the person's other settings are kept. */
  settings: Record<string, unknown>;
  echo?: boolean;
}

export interface DemoCodeServer {
  url: string;
  /** Resolves with the reason when code-server exits, by itself or after stop(). */
  exited: Promise<string>;
  stop(): Promise<void>;
}

// Set on every start (the person's other settings are kept): a quiet workbench that opens the workspace's
// README (what the demo contains), no chat panel, no prompts.
const DEMO_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'readme',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // The workspace sits inside this repository (.cache/demo-data/workspace): no "open the parent repository?" prompt.
  'git.openRepositoryInParentFolders': 'never',
};

export async function startDemoCodeServer(options: DemoCodeServerOptions): Promise<DemoCodeServer> {
  const bin = codeServerBin();
  const nodeBin = node24BinDir();
  for (const needed of [bin, path.join(nodeBin, 'node')]) {
    if (!fs.existsSync(needed)) throw new Error(`${needed} is missing: run \`bash scripts/ensure-setup.sh\` first`);
  }

  const userDataDir = path.join(options.stateDir, 'user-data');
  const extensionsDir = path.join(options.stateDir, 'extensions');
  installAsSymlink(options.extensionPath, extensionsDir);
  writeSettings(path.join(userDataDir, 'User', 'settings.json'), options.settings);
  fs.mkdirSync(options.workspace, { recursive: true });

  const service = startService({
    name: 'code-server',
    command: bin,
    args: [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${options.port}`,
      // Its own config file, so nothing is written to ~/.config/code-server.
      '--config', path.join(options.stateDir, 'config.yaml'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      options.workspace,
    ],
    cwd: options.extensionPath,
    // code-server 4.139 needs Node 24; it reads $PORT too, so that must agree with --bind-addr.
    env: { ...process.env, PORT: String(options.port), PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}` },
    echo: options.echo,
  });
  const exited = new Promise<string>((resolve) => {
    service.child.once('exit', () => resolve(service.exitReason() ?? 'code-server exited'));
    service.child.once('error', () => resolve(service.exitReason() ?? 'code-server could not start'));
  });

  const url = `http://127.0.0.1:${options.port}/`;
  try {
    await waitForHttp(`${url}healthz`, { timeoutMs: 60_000, giveUp: service.exitReason });
  } catch (error) {
    await service.stop();
    throw new Error(`code-server did not start: ${(error as Error).message}\n--- its output ---\n${service.recentOutput()}`);
  }
  return { url, exited, stop: () => service.stop() };
}

/** A fresh extensions folder whose only entry is a symlink to the extension's folder. */
function installAsSymlink(extensionPath: string, extensionsDir: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionPath, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.symlinkSync(path.resolve(extensionPath), path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
}

/** The person's settings with the demo's and the given ones set over them. A file that is not plain JSON is kept aside. */
function writeSettings(file: string, forced: Record<string, unknown>): void {
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
  fs.writeFileSync(file, JSON.stringify({ ...existing, ...DEMO_SETTINGS, ...forced }, null, 2) + '\n');
}
