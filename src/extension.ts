import * as vscode from 'vscode';
import type { CallLog } from './cognito/service';
import { registerCommands } from './commands/registerCommands';
import type { FlowDeps } from './commands/flows/deps';
import { LazyCognito } from './connection/lazyCognito';
import { resolveSettings } from './connection/settings';
import { TreeModel } from './tree/model';
import type { TreeNode } from './tree/nodes';
import { UserPoolsTreeProvider } from './tree/provider';
import type { Prompter } from './ui/prompter';
import { vscodeClipboard, vscodeFeedback } from './ui/vscodeFeedback';
import { VscodePrompter } from './ui/vscodePrompter';

/** What activate() returns: seams for the extension-host tests to answer prompts and read the tree. */
export interface CognitoExtensionApi {
  setPrompterForTests(prompter: Prompter | undefined): void;
  readonly treeDataProvider: vscode.TreeDataProvider<TreeNode>;
}

export function activate(context: vscode.ExtensionContext): CognitoExtensionApi {
  const log = vscode.window.createOutputChannel('Cognito', { log: true });
  const readSettings = () => {
    const config = vscode.workspace.getConfiguration('cognito');
    return resolveSettings({ profile: config.get('profile'), region: config.get('region'), endpoint: config.get('endpoint') }, process.env);
  };
  const cognito = new LazyCognito(readSettings, callLogTo(log));
  const model = new TreeModel(() => cognito);
  const provider = new UserPoolsTreeProvider(model, () => cognito);
  const treeView = vscode.window.createTreeView('cognitoUserPools', { treeDataProvider: provider, showCollapseAll: true });

  let prompter: Prompter = new VscodePrompter();
  const deps = (): FlowDeps => ({
    prompter,
    cognito,
    feedback: vscodeFeedback,
    clipboard: vscodeClipboard,
    tree: { showCreated: (node) => showCreated(model, treeView, node) },
  });

  context.subscriptions.push(
    log,
    provider,
    treeView,
    ...registerCommands(deps, model, log),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('cognito')) return;
      cognito.reset();
      model.refresh();
    }),
  );

  return {
    treeDataProvider: provider,
    setPrompterForTests: (replacement) => {
      prompter = replacement ?? new VscodePrompter();
    },
  };
}

export function deactivate(): void {}

async function showCreated(model: TreeModel, treeView: vscode.TreeView<TreeNode>, created: TreeNode): Promise<void> {
  const node = await model.showCreated(created);
  if (!node || !treeView.visible) return;
  try {
    await treeView.reveal(node, { select: true, focus: false });
  } catch {
    // Revealing is a courtesy; the item is in the tree either way.
  }
}

/** One line per Cognito call: operation, region, duration, request id, error name. Never parameters. */
function callLogTo(log: vscode.LogOutputChannel): CallLog {
  return {
    call: ({ operation, region, ms, requestId, error }) => {
      const line = `${operation} ${region} ${ms} ms${requestId ? ` request ${requestId}` : ''}`;
      if (error) log.warn(`${line} failed: ${error}`);
      else log.info(line);
    },
  };
}
