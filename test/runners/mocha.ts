// Runs mocha programmatically over a list of files and returns the counts (used by every level: unit,
// integration and ui in level.ts, vscode in test/vscode/index.ts under either runner).
import Mocha from 'mocha';
import { TestCounts } from './protocol';

export interface MochaOptions {
  files: string[];
  grep?: string;
  timeout?: number;
  /** Default: mocha decides from the terminal. */
  color?: boolean;
}

export function runMocha({ files, grep, timeout, color }: MochaOptions): Promise<TestCounts> {
  // forbidOnly: a `.only` left in a test file (it.only, describe.only) throws while the file loads, so the
  // run fails instead of quietly running that one test and skipping the rest. Remove the `.only` to go on.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', grep, timeout, color, forbidOnly: true });
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve) => {
    // run() loads the files synchronously: a test file that throws on load rejects the caller (a crash).
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
  });
}
