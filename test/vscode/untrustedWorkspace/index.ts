// The suite of an untrusted workspace: a second window of the vscode level, opened in restricted mode on a
// folder whose own settings point elsewhere (test/runners/level.ts). The main suite (../index.ts) skips this folder.
import { runSuiteIn } from '../index';

export function run(): Promise<void> {
  return runSuiteIn(__dirname);
}
