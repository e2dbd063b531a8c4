// Runs the vscode suite in a downloaded VS Code (Electron) through @vscode/test-electron.
// For machines that can download VS Code; selected in scripts/test-all.js with VSCODE_TEST_RUNNER=electron.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { runTests } from '@vscode/test-electron';
import { parseResultMarker, suiteText, TestCounts } from './protocol';
import type { VsCodeSuiteOptions } from './codeServer';

export async function runVsCodeSuiteInElectron(options: VsCodeSuiteOptions): Promise<TestCounts> {
  const verbose = options.verbose ?? process.env.VSCODE_TEST_VERBOSE === '1';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-electron-'));
  try {
    const userDataDir = path.join(tmp, 'ud');
    const workspace = options.workspace ?? path.join(tmp, 'workspace');
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.mkdirSync(workspace, { recursive: true });
    const trust = options.untrustedWorkspace ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...trust, ...options.settings }, null, 2));

    // The extension host's output comes through this stream: forward the suite's lines, pick out the marker.
    let counts: TestCounts | undefined;
    let pending = '';
    const takeLine = (line: string) => {
      const text = suiteText(line);
      process.stdout.write(`${verbose ? line : (text ?? line)}\n`);
      if (text !== undefined) counts = parseResultMarker(text) ?? counts;
    };
    const stdout = new PassThrough();
    stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(takeLine);
    });

    const code = await runTests({
      extensionDevelopmentPath: options.extensionPath,
      extensionTestsPath: options.testsPath,
      extensionTestsEnv: options.env,
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', userDataDir, '--extensions-dir', path.join(tmp, 'ext')],
      stdout,
    }).catch((error: { code?: number }) => error.code ?? 1);
    if (pending) takeLine(pending);

    if (!counts) throw new Error(`VS Code exited with code ${code} without a result from the vscode suite (it crashed?)`);
    return code === 0 ? counts : { passed: counts.passed, failed: Math.max(counts.failed, 1) };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
