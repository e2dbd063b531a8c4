// The suite that runs inside a real VS Code extension host (code-server here, or @vscode/test-electron).
// Both runners call run(). Everything printed goes through console.log with SUITE_PREFIX so the runners can
// tell it from the workbench's own log; the last line is the result marker they parse (the extension
// host's exit code says nothing).
import * as util from 'node:util';
import Mocha from 'mocha';
import { findTestFiles } from '../runners/testFiles';
import { formatResultMarker, SUITE_PREFIX } from '../runners/protocol';
import { runMocha } from '../runners/mocha';

function prefixConsole(): void {
  for (const method of ['log', 'info', 'warn', 'error'] as const) {
    const original = console[method].bind(console);
    // Formatting here (not in the browser) keeps mocha's "%s" lines and multi-line diffs intact.
    console[method] = (...args: unknown[]) => original(SUITE_PREFIX + util.format(...args));
  }
  Mocha.reporters.Base.consoleLog = console.log; // mocha captured the unprefixed one when it loaded
}

export async function run(): Promise<void> {
  prefixConsole();
  const counts = await runMocha({
    files: findTestFiles(__dirname),
    grep: process.env.VSCODE_TEST_GREP || undefined,
    timeout: 30_000, // the first command may wait for activation and a lazy SDK load
    color: false,
  });
  console.log(formatResultMarker(counts));
  if (counts.failed > 0) throw new Error(`${counts.failed} vscode test(s) failed`);
}
