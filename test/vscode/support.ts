// What the extension-host tests share: the activated extension's test seams, and running a command with
// scripted answers standing for its prompts (every answer must be used).
import * as assert from 'node:assert/strict';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import * as vscode from 'vscode';
import type { CognitoExtensionApi } from '../../src/extension';
import type { TreeNode } from '../../src/tree/nodes';
import { emulatorClient } from '../support/emulatorClient';
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

/** A plain SDK client on the emulator the runner started (COGNITO_LOCAL_ENDPOINT): to set up and to read back, never through the extension. */
export function emulatorSdk(): CognitoIdentityProviderClient {
  const endpoint = process.env.COGNITO_LOCAL_ENDPOINT;
  assert.ok(endpoint, 'the runner starts cognito-local and sets COGNITO_LOCAL_ENDPOINT');
  return emulatorClient(endpoint);
}

/** The pool's node among the tree's roots (one connection, so the roots are its pools). */
export async function poolNode(api: CognitoExtensionApi, poolId: string): Promise<TreeNode> {
  const found = ((await api.treeDataProvider.getChildren()) ?? []).find((n) => n.kind === 'pool' && n.pool.id === poolId);
  assert.ok(found, `pool ${poolId} is listed`);
  return found;
}
