import * as vscode from 'vscode';
import { SignInSessions, type SignInSession } from './auth/signInSessions';
import { callLogLine } from './cognito/callLogLine';
import type { CallLog } from './cognito/service';
import type { FlowDeps } from './commands/flows/deps';
import type { ConnectionSettingsAccess } from './commands/flows/manageConnections';
import type { SettingsWriter } from './commands/flows/selectConnection';
import { openSsoLoginTerminal } from './commands/ssoLogin';
import { registerCommands } from './commands/registerCommands';
import { awsBundle } from './connection/awsBundle';
import { ConnectionRegistry } from './connection/connectionRegistry';
import { SINGLE_CONNECTION_ID } from './connection/connections';
import { resolveSettings, type ConnectionSettings } from './connection/settings';
import { TreeModel } from './tree/model';
import type { TreeNode } from './tree/nodes';
import { UserPoolsTreeProvider } from './tree/provider';
import { treeUpdates } from './tree/treeUpdates';
import { ConnectionStatusBar } from './ui/connectionStatusBar';
import type { Prompter } from './ui/prompter';
import { vscodeClipboard, vscodeFeedback, vscodeLinks } from './ui/vscodeFeedback';
import { VscodePrompter } from './ui/vscodePrompter';
import { RateLimiter } from './bulk/rateLimiter';
import { DetailsDocuments } from './views/detailsView';
import { TokensDocuments } from './views/tokensView';

// Wires the layers together: settings → ConnectionRegistry (one LazyCognito per connection; the SDK
// loads on the first call, not here) → tree model and provider → commands. Everything disposable
// goes to context.subscriptions.

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

  const signIns = new SignInSessions();
  const verify = (session: SignInSession) => {
    const { endpoint } = connections.get(session.connectionId)?.settings ?? {};
    const { userPoolId, clientId } = session.client;
    return awsBundle().verifyTokens({ userPoolId, clientId, endpoint, idToken: session.tokens.idToken, accessToken: session.tokens.accessToken });
  };
  const tokensView = new TokensDocuments(signIns, verify, (id) => connections.get(id)?.label ?? 'removed');

  const details = new DetailsDocuments();
  const limiter = new RateLimiter(() => vscode.workspace.getConfiguration('cognito').get<number>('maxRequestsPerSecond') || undefined);

  let prompter: Prompter = new VscodePrompter();
  const deps = (): FlowDeps => ({
    prompter,
    connections,
    feedback: vscodeFeedback,
    clipboard: vscodeClipboard,
    links: vscodeLinks,
    tree: treeUpdates(model, treeView),
    log: { info: (line) => log.info(line) },
    signIns,
    tokensView,
    limiter,
    details,
  });

  showConnections();
  context.subscriptions.push(
    log,
    statusBar,
    provider,
    treeView,
    tokensView,
    details,
    ...registerCommands(
      {
        deps,
        model,
        connections,
        settings: connectionSettingsAccess,
        listProfiles: () => awsBundle().listProfiles(),
        openSsoLogin: openSsoLoginTerminal,
        activeDocumentUri: () => vscode.window.activeTextEditor?.document.uri,
        refreshDetails: (uri) => details.refresh(uri instanceof vscode.Uri ? uri : (vscode.window.activeTextEditor?.document.uri ?? vscode.Uri.parse('none:'))),
      },
      log,
    ),
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
      prompter = replacement ?? new VscodePrompter();
    },
  };
}

export function deactivate(): void {}

function readSingleSettings(): ConnectionSettings {
  const config = vscode.workspace.getConfiguration('cognito');
  return resolveSettings({ profile: config.get('profile'), region: config.get('region'), endpoint: config.get('endpoint') });
}

/** cognito.connections is restricted configuration: in an untrusted workspace VS Code hands back only the user's own value. */
function readConnectionList(): unknown {
  return vscode.workspace.getConfiguration('cognito').get('connections');
}

/** Profile and region are the person's own choice: user settings, unless the workspace sets them
 *  (then a user setting would have no effect, so the workspace value is the one changed). */
const settingsWriter: SettingsWriter = {
  update: async (key: string, value: unknown) => {
    const config = vscode.workspace.getConfiguration('cognito');
    const inWorkspace = config.inspect(key)?.workspaceValue !== undefined;
    await config.update(key, value, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  },
};

const connectionSettingsAccess: ConnectionSettingsAccess = {
  writer: settingsWriter,
  currentList: () => {
    const list = readConnectionList();
    return Array.isArray(list) ? list : [];
  },
  currentSingle: async () => {
    const settings = readSingleSettings();
    const region = await awsBundle().resolveRegion(settings);
    return { profile: settings.profile, region, endpoint: settings.endpoint };
  },
};

function callLogTo(log: vscode.LogOutputChannel): CallLog {
  return { call: (entry) => (entry.error ? log.warn(callLogLine(entry)) : log.info(callLogLine(entry))) };
}
