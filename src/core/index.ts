import * as vscode from 'vscode';
import { callLogLine, type CallLog } from '../shared/callLogLine';
import { REMEMBERED_AUTHENTICATORS_STATE } from '../shared/rememberedAuthenticators';
import type { RunsCommands } from '../commands/handOver';
import { awsBundle, keepCompileCacheIn, markAwsBundleLoad } from '../aws/awsBundle';
import type { PhaseMark } from '../connection/phaseMark';
import { ConnectionRegistry } from '../connection/connectionRegistry';
import { SINGLE_CONNECTION_ID } from '../connection/connections';
import { readConnectionList, readSingleSettings } from '../connection/vscodeSettings';
import type { Features } from '../features/index';
import { featuresBundle } from '../features/featuresBundle';
import { TreeModel } from '../tree/model';
import type { TreeNode } from '../tree/nodes';
import { UserPoolsTreeProvider } from '../tree/provider';
import { ConnectionStatusBar } from '../ui/connectionStatusBar';
import type { Prompter } from '../ui/prompter';
import type { MessageRecorder } from '../views/rendered/renderedPanels';

// Entry of dist/core.js, loaded when the view first asks for its nodes or a command first runs (whichever
// comes first; src/extension.ts): settings → ConnectionRegistry (one LazyCognito per connection; the SDK loads
// on the first call) → tree model and provider, the status bar, and the commands, whose flows and views load
// on the first command (dist/features.js).

/** What the core takes from activate(). */
export interface CoreHost {
  context: vscode.ExtensionContext;
  /** The view, created in activate() with a provider that hands over to this core's. */
  treeView: vscode.TreeView<TreeNode>;
  /** A test run's scripted prompter, else undefined (the real input boxes and quick picks). */
  prompterForTests: () => Prompter | undefined;
  /** A test run's record of the rendered views' messages (the secrets scan reads it). */
  recordWebviewMessage?: MessageRecorder;
  /** The bench's, in a test run that times the first view open; else undefined. */
  phaseMark?: PhaseMark;
}

export interface Core extends vscode.Disposable {
  provider: UserPoolsTreeProvider;
  /** What runs package.json's commands: the features bundle, loaded on the first call. */
  commands(): RunsCommands;
}

export function startCore({ context, treeView, prompterForTests, recordWebviewMessage, phaseMark }: CoreHost): Core {
  if (context.globalStorageUri.scheme === 'file') keepCompileCacheIn(vscode.Uri.joinPath(context.globalStorageUri, 'compile-cache').fsPath);
  markAwsBundleLoad(phaseMark);
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
  const model = new TreeModel(connections, (error) =>
    // On the next turn of the event loop: the view gets its nodes first, these messages to the workbench after.
    setImmediate(() => {
      void vscode.commands.executeCommand('setContext', 'cognito.noCredentials', error === 'noCredentials');
      if (!connections.usesList) connections.cognito(SINGLE_CONNECTION_ID).region().then((region) => showConnections(region), () => undefined);
    }),
  );
  const provider = new UserPoolsTreeProvider(model, connections);
  // Whose authenticators are remembered (ids, no secret), so their rows offer Copy TOTP Code from the start.
  model.setRememberedAuthenticators(context.globalState.get<string[]>(REMEMBERED_AUTHENTICATORS_STATE, []));

  let features: Features | undefined;
  const loadFeatures = () => (features ??= featuresBundle().createFeatures({ log, model, treeView, connections, aws: awsBundle, prompterForTests, extensionUri: context.extensionUri, recordWebviewMessage, secrets: context.secrets, globalState: context.globalState }));

  showConnections();
  const subscriptions: vscode.Disposable[] = [
    log,
    statusBar,
    provider,
    { dispose: () => features?.dispose() },
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('cognito')) return;
      connections.reload();
      showConnections();
      model.refresh();
    }),
  ];
  return {
    provider,
    commands: loadFeatures,
    dispose: () => subscriptions.forEach((s) => s.dispose()),
  };
}

function callLogTo(log: vscode.LogOutputChannel): CallLog {
  return { call: (entry) => (entry.error ? log.warn(callLogLine(entry)) : log.info(callLogLine(entry))) };
}
