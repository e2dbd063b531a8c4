// `npm run package` and `code-server --install-extension`, as a person runs them, for the packaged-extension test.
//
// The package is made in a copy of the repository (without .git, node_modules — a symlink instead —, .cache,
// out and dist), because `npm run package` runs the production build into dist/: in the working tree that
// would swap the dist/ other test runs are loading, and leave the development build's source maps next to a
// minified bundle. The copy holds what a fresh clone holds plus uncommitted files, so vsce sees the same
// .vscodeignore, README, CHANGELOG and manifest.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../runners/paths';
import { codeServerIsolation, requireCodeServer } from '../codeServer';

/** Top-level entries of the repository not copied: generated, cached, or (node_modules) linked instead. */
const NOT_COPIED = new Set(['.git', 'node_modules', '.cache', 'out', 'dist', '.vscode-test', 'test-results']);

export interface CommandResult {
  code: number | null;
  output: string;
}

/** Runs a command to its end; never rejects on a non-zero exit (the caller checks code and shows output). */
export function runCommand(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Copies the repository into dir (see the top of this file) and links its node_modules. */
export function copyProject(dir: string): void {
  const root = repoRoot();
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(root)) {
    if (NOT_COPIED.has(entry) || entry.endsWith('.vsix')) continue;
    fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/** `npm run package -- --out vsixFile` in projectDir. */
export function npmRunPackage(projectDir: string, vsixFile: string): Promise<CommandResult> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return runCommand(npm, ['run', 'package', '--', '--out', vsixFile], { cwd: projectDir });
}

/** `code-server --install-extension vsixFile --extensions-dir extensionsDir`, with its own throwaway state folder. */
export async function installVsix(vsixFile: string, extensionsDir: string, stateDir: string): Promise<CommandResult> {
  // Its user data, config and data in stateDir, so nothing is written to ~/.config or ~/.local/share.
  const isolation = codeServerIsolation(stateDir);
  const args = ['--install-extension', vsixFile, '--extensions-dir', extensionsDir, ...isolation.args];
  return runCommand(requireCodeServer(), args, { cwd: path.dirname(vsixFile), env: isolation.env, timeoutMs: 120_000 });
}

/**
 * The names of the files in a zip archive (a .vsix is one), read from its central directory. Enough of the
 * zip format for vsce's output: no zip64, no archive comment longer than 64 KB.
 */
export function zipEntries(file: string): string[] {
  const zip = fs.readFileSync(file);
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${file} is not a zip archive (no end of central directory)`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`${file}: bad central directory entry ${n}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
