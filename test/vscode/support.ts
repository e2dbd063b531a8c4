// What the extension-host tests share: the activated extension's test seams, and running a command with
// scripted answers standing for its prompts (every answer must be used).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CognitoExtensionApi } from '../../src/extension';
import { ScriptedPrompter, type Answer } from '../unit/support/scriptedPrompter';

export async function activated(): Promise<CognitoExtensionApi> {
  const extension = vscode.extensions.getExtension<CognitoExtensionApi>('cognito-user-pools.cognito-user-pools');
  assert.ok(extension, 'the extension is installed in the host');
  const api = await extension.activate();
  assert.ok(api, 'the test seams are exported in a test run (ExtensionMode.Test)');
  return api;
}

export async function runWithAnswers(api: CognitoExtensionApi, answers: Answer[], command: string, ...args: unknown[]): Promise<void> {
  const prompter = new ScriptedPrompter(answers);
  api.setPrompterForTests(prompter);
  await vscode.commands.executeCommand(command, ...args);
  prompter.assertDone();
}
