import * as vscode from 'vscode';
import { handOver } from './commands/handOver';
import type { PhaseMark } from './connection/phaseMark';
import type { Core } from './core/index';
import { coreBundle } from './core/coreBundle';
import type { TreeNode } from './tree/nodes';
import type { Prompter } from './ui/prompter';
import type { MessageRecorder } from './views/rendered/renderedPanels';

// activate() does only what VS Code needs from it at once: the view (with a provider that hands over to the
// real one) and the commands of package.json. Everything else is dist/core.js (src/core/index.ts: connections,
// tree model, status bar), loaded when the view first asks for its nodes or a command first runs; the flows
// and views follow on the first command (dist/features.js), the SDK on the first AWS call (dist/aws.js).
// Everything disposable goes to context.subscriptions.

/** What activate() returns in a test run: seams for the extension-host tests to answer prompts and read the tree. */
export interface CognitoExtensionApi {
  setPrompterForTests(prompter: Prompter | undefined): void;
  readonly treeDataProvider: vscode.TreeDataProvider<TreeNode>;
  /** This extension's log folder; the output channel's file is in a sibling folder. */
  readonly logUri: vscode.Uri;
  /** <user data>/User/globalStorage/<extension>: two levels below it is the user settings file. */
  readonly globalStorageUri: vscode.Uri;
  /** Everything the extension keeps in its global and workspace state, for the secrets scan. */
  storedStateForTests(): Record<string, unknown>;
  /** What the secret storage holds under this key (a remembered authenticator's), for the secrets scan. */
  storedSecretForTests(key: string): Thenable<string | undefined>;
  /** Every message between the extension and its rendered views so far, in order (the secrets scan, the views' tests). */
  webviewMessagesForTests(): Parameters<MessageRecorder>[0][];
  /** The bench's seam: told when each phase of the first view open ends (src/connection/phaseMark.ts). */
  timePhasesForBench(mark: PhaseMark): void;
}

export function activate(context: vscode.ExtensionContext): CognitoExtensionApi | undefined {
  let prompterForTests: Prompter | undefined;
  // Recorded only in a test run (see below): no other run keeps the tokens a Tokens view was sent.
  const webviewMessages: Parameters<MessageRecorder>[0][] = [];
  const testRun = context.extensionMode === vscode.ExtensionMode.Test;
  let phaseMark: PhaseMark | undefined;
  let core: Core | undefined;
  const changed = new vscode.EventEmitter<TreeNode | undefined>();
  const loadCore = (): Core => {
    if (!core) {
      const bundle = coreBundle();
      phaseMark?.('core.js loaded');
      core = bundle.startCore({ context, treeView, prompterForTests: () => prompterForTests, recordWebviewMessage: testRun ? (entry) => webviewMessages.push(entry) : undefined, phaseMark });
      context.subscriptions.push(core.provider.onDidChangeTreeData((node) => changed.fire(node)));
      phaseMark?.('core started');
    }
    return core;
  };
  const provider: vscode.TreeDataProvider<TreeNode> = {
    onDidChangeTreeData: changed.event,
    getTreeItem: (node) => loadCore().provider.getTreeItem(node),
    getChildren: (node) => loadCore().provider.getChildren(node),
    getParent: (node) => loadCore().provider.getParent(node),
    resolveTreeItem: (item, node) => loadCore().provider.resolveTreeItem(item, node),
  };
  const runCommand = handOver(() => loadCore().commands());
  const treeView = vscode.window.createTreeView('cognitoUserPools', { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });

  context.subscriptions.push(
    changed,
    treeView,
    // package.json lists the commands (generated from their declarations); they run in the features bundle,
    // which the core loads on the first command.
    ...declaredCommands(context).map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => runCommand(id, args))),
    { dispose: () => core?.dispose() },
  );

  // Only a test run gets the seams: no other extension may script this one's prompts.
  if (!testRun) return undefined;
  const stateOf = (memento: vscode.Memento) => Object.fromEntries(memento.keys().map((key) => [key, memento.get(key)]));
  return {
    treeDataProvider: provider,
    logUri: context.logUri,
    globalStorageUri: context.globalStorageUri,
    storedStateForTests: () => ({ global: stateOf(context.globalState), workspace: stateOf(context.workspaceState) }),
    webviewMessagesForTests: () => [...webviewMessages],
    storedSecretForTests: (key) => context.secrets.get(key),
    setPrompterForTests: (replacement) => {
      prompterForTests = replacement;
    },
    timePhasesForBench: (mark) => {
      phaseMark = mark;
    },
  };
}

export function deactivate(): void {}

function declaredCommands(context: vscode.ExtensionContext): string[] {
  const manifest = context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } };
  return (manifest.contributes?.commands ?? []).map((c) => c.command);
}
