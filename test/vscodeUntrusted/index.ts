// The suite of an untrusted workspace: its own window, opened in restricted mode (test/runners/level.ts).
import { runSuiteIn } from '../vscode/index';

export function run(): Promise<void> {
  return runSuiteIn(__dirname);
}
