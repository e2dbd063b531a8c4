import * as vscode from 'vscode';
import { callLogLine } from './cognito/callLogLine';
import type { CallLog } from './cognito/service';
import type { FlowDeps } from './commands/flows/deps';
import type { SettingsWriter } from './commands/flows/selectConnection';
import { registerCommands } from './commands/registerCommands';
import { LazyCognito } from './connection/lazyCognito';
import { resolveSettings, type ConnectionSettings } from './connection/settings';
import { TreeModel } from './tree/model';
import type { TreeNode } from './tree/nodes';
import { UserPoolsTreeProvider } from './tree/provider';
import { treeUpdates } from './tree/treeUpdates';
import { ConnectionStatusBar } from './ui/connectionStatusBar';
import type { Prompter } from './ui/prompter';
import { vscodeClipboard, vscodeFeedback } from './ui/vscodeFeedback';
import { VscodePrompter } from './ui/vscodePrompter';

// Wires the layers together: settings → LazyCognito (the SDK loads on the first call, not here) →
// tree model and provider → commands. Everything disposable goes to context.subscriptions.

/** What activate() returns in a test run: seams for the extension-host tests to answer prompts and read the tree. */
export interface CognitoExtensionApi {
  setPrompterForTests(prompter: Prompter | undefined): void;
  readonly treeDataProvider: vscode.TreeDataProvider<TreeNode>;
}

export function activate(context: vscode.ExtensionContext): CognitoExtensionApi | undefined {
  const log = vscode.window.createOutputChannel('Cognito', { log: true });
  const statusBar = new ConnectionStatusBar();
  const cognito = new LazyCognito(readSettings, callLogTo(log));
  const model = new TreeModel(
    () => cognito,
    (error) => {
      void vscode.commands.executeCommand('setContext', 'cognito.noCredentials', error === 'noCredentials');
      cognito.region().then((region) => statusBar.show(readSettings(), region), () => undefined);
    },
  );
  const provider = new UserPoolsTreeProvider(model, () => cognito);
  const treeView = vscode.window.createTreeView('cognitoUserPools', { treeDataProvider: provider, showCollapseAll: true });

  let prompter: Prompter = new VscodePrompter();
  const deps = (): FlowDeps => ({
    prompter,
    cognito,
    feedback: vscodeFeedback,
    clipboard: vscodeClipboard,
    tree: treeUpdates(model, treeView),
  });

  statusBar.show(readSettings());
  context.subscriptions.push(
    log,
    statusBar,
    provider,
    treeView,
    ...registerCommands({ deps, model, log, settings: readSettings, settingsWriter }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('cognito')) return;
      cognito.reset();
      statusBar.show(readSettings());
      model.refresh();
    }),
  );

  // Only a test run gets the seams: no other extension may script this one's prompts.
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return {
    treeDataProvider: provider,
    setPrompterForTests: (replacement) => {
      prompter = replacement ?? new VscodePrompter();
    },
  };
}

export function deactivate(): void {}

function readSettings(): ConnectionSettings {
  const config = vscode.workspace.getConfiguration('cognito');
  return resolveSettings({ profile: config.get('profile'), region: config.get('region'), endpoint: config.get('endpoint') });
}

/** Profile and region are the person's own choice: user settings, unless the workspace sets them
 *  (then a user setting would have no effect, so the workspace value is the one changed). */
const settingsWriter: SettingsWriter = {
  update: async (key, value) => {
    const config = vscode.workspace.getConfiguration('cognito');
    const inWorkspace = config.inspect(key)?.workspaceValue !== undefined;
    await config.update(key, value, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  },
};

function callLogTo(log: vscode.LogOutputChannel): CallLog {
  return { call: (entry) => (entry.error ? log.warn(callLogLine(entry)) : log.info(callLogLine(entry))) };
}
