// Runs mocha programmatically over a list of files and returns the counts (used by every level).
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
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', grep, timeout, color });
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve) => {
    // run() loads the files synchronously: a test file that throws on load rejects the caller (a crash).
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
  });
}
