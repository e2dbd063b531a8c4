// The suite that runs inside a real VS Code extension host (code-server here, or @vscode/test-electron).
// Both runners call run(). The reporter's lines carry SUITE_PREFIX so the runners can tell them from the
// workbench's own log; the last one is the result marker they parse (the extension host's exit code says
// nothing). The code-server runner reads the counts from the result file it names instead (protocol.ts).
// A test's own console.log shows only with VSCODE_TEST_VERBOSE=1.
import * as util from 'node:util';
import Mocha from 'mocha';
import { findTestFiles } from '../runners/testFiles';
import { reportResult, SUITE_PREFIX } from '../runners/protocol';
import { runMocha } from '../runners/mocha';

// Formatted here, not in the browser, so mocha's "%s" lines and multi-line diffs arrive as printed.
// (Assigning console.log itself does nothing: the extension host pins it with a no-op setter.)
const print = (...args: unknown[]) => console.log(SUITE_PREFIX + util.format(...args));

export function run(): Promise<void> {
  return runSuiteIn(__dirname);
}

/**
 * Runs the test files directly in one folder: this suite's (a trusted workspace), or those of
 * untrustedWorkspace/, a subfolder that the runner opens in a second window of its own (restricted mode).
 */
export async function runSuiteIn(folder: string): Promise<void> {
  Mocha.reporters.Base.consoleLog = print;
  const counts = await runMocha({
    files: findTestFiles(folder, { recursive: false }),
    grep: process.env.VSCODE_TEST_GREP || undefined,
    timeout: 30_000, // the first command may wait for activation and a lazy SDK load
    color: false,
  });
  reportResult(counts, print);
  if (counts.failed > 0) throw new Error(`${counts.failed} vscode test(s) failed`);
}
