import * as vscode from 'vscode';
import { CognitoError } from '../shared/errors';
import { Cancelled, NothingToPick } from './prompter';

// The single place where a command's failure reaches the person: cancellation is silent, known
// errors are their one sentence, anything else gets a generic sentence (details go to the log only
// by error name, since a message might quote input).

export function runCommand<Args extends unknown[]>(
  log: vscode.LogOutputChannel,
  commandId: string,
  handler: (...args: Args) => Promise<unknown>,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      await handler(...args);
    } catch (error) {
      if (error instanceof Cancelled) return;
      if (error instanceof NothingToPick) {
        void vscode.window.showInformationMessage(error.message);
        return;
      }
      if (error instanceof CognitoError) {
        void vscode.window.showErrorMessage(error.message);
        return;
      }
      log.error(`${commandId} failed unexpectedly: ${error instanceof Error ? error.name : typeof error}`);
      void vscode.window.showErrorMessage(`The command failed unexpectedly; see the Cognito output channel and try again.`);
    }
  };
}
