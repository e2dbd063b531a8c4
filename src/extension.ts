import * as vscode from 'vscode';
import { callLogLine } from './cognito/callLogLine';
import type { CallLog } from './cognito/service';
import { ConnectionRegistry } from './connection/connectionRegistry';
import { awsBundle, keepCompileCacheIn } from './connection/awsBundle';
import { SINGLE_CONNECTION_ID } from './connection/connections';
import { readConnectionList, readSingleSettings } from './connection/vscodeSettings';
import type { Features } from './features/index';
import { featuresBundle } from './features/featuresBundle';
import { TreeModel } from './tree/model';
import type { TreeNode } from './tree/nodes';
import { UserPoolsTreeProvider } from './tree/provider';
import { ConnectionStatusBar } from './ui/connectionStatusBar';
import type { Prompter } from './ui/prompter';

// Wires the layers together: settings → ConnectionRegistry (one LazyCognito per connection; the SDK
// loads on the first call, not here) → tree model and provider → commands. The commands' flows and views
// load on the first command (dist/features.js, src/features/index.ts), so activation pays for the tree only.
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
}

export function activate(context: vscode.ExtensionContext): CognitoExtensionApi | undefined {
  if (context.globalStorageUri.scheme === 'file') keepCompileCacheIn(vscode.Uri.joinPath(context.globalStorageUri, 'compile-cache').fsPath);
  const log = vscode.window.createOutputChannel('Cognito', { log: true });
  const statusBar = new ConnectionStatusBar();
  const connections = new ConnectionRegistry({ single: readSingleSettings, list: readConnectionList }, callLogTo(log));
  const showConnections = (resolvedRegion?: string) => {
    if (connections.usesList) statusBar.showList(connections.list());
    else statusBar.showSingle(connections.list()[0], resolvedRegion);
    void vscode.commands.executeCommand('setContext', 'cognito.connectionList', connections.usesList);
    // The AWS Console knows no emulator's pools: hide "Open in AWS Console" when every connection is one.
    void vscode.commands.executeCommand('setContext', 'cognito.emulatorsOnly', connections.list().every((c) => c.settings.endpoint));
  };
  const model = new TreeModel(connections, (error) => {
    void vscode.commands.executeCommand('setContext', 'cognito.noCredentials', error === 'noCredentials');
    if (!connections.usesList) connections.cognito(SINGLE_CONNECTION_ID).region().then((region) => showConnections(region), () => undefined);
  });
  const provider = new UserPoolsTreeProvider(model, connections);
  const treeView = vscode.window.createTreeView('cognitoUserPools', { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });

  let prompterForTests: Prompter | undefined;
  let features: Features | undefined;
  const loadFeatures = () => (features ??= featuresBundle().createFeatures({ log, model, treeView, connections, aws: awsBundle, prompterForTests: () => prompterForTests }));

  showConnections();
  context.subscriptions.push(
    log,
    statusBar,
    provider,
    treeView,
    // package.json declares the commands; their handlers come with the features bundle on the first one run.
    ...declaredCommands(context).map((id) => vscode.commands.registerCommand(id, (...args: unknown[]) => loadFeatures().run(id, args))),
    { dispose: () => features?.dispose() },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('cognito')) return;
      connections.reload();
      showConnections();
      model.refresh();
    }),
  );

  // Only a test run gets the seams: no other extension may script this one's prompts.
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  const stateOf = (memento: vscode.Memento) => Object.fromEntries(memento.keys().map((key) => [key, memento.get(key)]));
  return {
    treeDataProvider: provider,
    logUri: context.logUri,
    globalStorageUri: context.globalStorageUri,
    storedStateForTests: () => ({ global: stateOf(context.globalState), workspace: stateOf(context.workspaceState) }),
    setPrompterForTests: (replacement) => {
      prompterForTests = replacement;
    },
  };
}

export function deactivate(): void {}

function declaredCommands(context: vscode.ExtensionContext): string[] {
  const manifest = context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } };
  return (manifest.contributes?.commands ?? []).map((c) => c.command);
}

function callLogTo(log: vscode.LogOutputChannel): CallLog {
  return { call: (entry) => (entry.error ? log.warn(callLogLine(entry)) : log.info(callLogLine(entry))) };
}
