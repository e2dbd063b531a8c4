// What the extension-host tests (the vscode level) share: the activated extension's test seams, a session
// hook that hands them over with an SDK client on the runner's emulator, and running a command with scripted
// answers standing for its prompts (every answer must be used). Only the extension host can load it (`vscode`).
import * as assert from 'node:assert/strict';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import * as vscode from 'vscode';
import type { CognitoExtensionApi } from '../../src/extension';
import type { TreeNode } from '../../src/tree/nodes';
import { emulatorClient } from './emulatorClient';
import { ScriptedPrompter, type Answer } from './scriptedPrompter';
import { startedIn } from './startedIn';

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

export interface ExtensionHostHandle {
  /** The activated extension's test seams. */
  readonly api: CognitoExtensionApi;
  /** A plain SDK client on the runner's emulator (emulatorSdk()). */
  readonly client: CognitoIdentityProviderClient;
}

/**
 * For a describe block: activates the extension and opens an SDK client on the emulator before its tests;
 * after them, puts the real prompter back, closes the editors its commands opened and destroys the client.
 */
export function useExtensionHost(): ExtensionHostHandle {
  const state = startedIn<{ api: CognitoExtensionApi; client: CognitoIdentityProviderClient }>('the extension host session');
  before(async () => {
    state.set({ api: await activated(), client: emulatorSdk() });
  });
  after(async () => {
    const ended = state.peek();
    state.set(undefined);
    ended?.api.setPrompterForTests(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    ended?.client.destroy();
  });
  return {
    get api() {
      return state.get().api;
    },
    get client() {
      return state.get().client;
    },
  };
}
