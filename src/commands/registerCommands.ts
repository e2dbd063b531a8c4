import * as vscode from 'vscode';
import { awsBundle } from '../connection/awsBundle';
import { profileName, type ConnectionSettings } from '../connection/settings';
import type { TreeModel } from '../tree/model';
import type { TreeNode } from '../tree/nodes';
import { runCommand } from '../ui/runCommand';
import { copyAppClientId, copyPoolId } from './flows/copyIds';
import { createAppClient } from './flows/createAppClient';
import { createUser } from './flows/createUser';
import { createUserPool } from './flows/createUserPool';
import type { FlowDeps } from './flows/deps';
import { searchUsers } from './flows/searchUsers';
import { selectProfile, selectRegion, type SettingsWriter } from './flows/selectConnection';
import { openSsoLoginTerminal } from './ssoLogin';

// The one table of command id → handler. Ids are a public contract (keybindings, other extensions):
// keep them stable. A handler gets the tree node it was invoked on, or nothing from the palette.

export interface CommandContext {
  deps: () => FlowDeps;
  model: TreeModel;
  log: vscode.LogOutputChannel;
  settings: () => ConnectionSettings;
  settingsWriter: SettingsWriter;
}

export function registerCommands({ deps, model, log, settings, settingsWriter }: CommandContext): vscode.Disposable[] {
  const table: Record<string, (arg?: unknown) => Promise<unknown>> = {
    'cognito.createUserPool': () => createUserPool(deps()),
    'cognito.createAppClient': (arg) => createAppClient(deps(), poolOf(arg)),
    'cognito.createUser': (arg) => createUser(deps(), poolOf(arg)),
    'cognito.copyPoolId': (arg) => copyPoolId(deps(), poolOf(arg)),
    'cognito.copyAppClientId': (arg) => copyAppClientId(deps(), clientOf(arg)),
    'cognito.refresh': async (arg) => model.refresh(asNode(arg)),
    'cognito.loadMore': async (arg) => {
      const node = asNode(arg);
      if (node?.kind === 'loadMore') await model.loadMore(node);
    },
    'cognito.searchUsers': (arg) => searchUsers(deps(), poolOf(arg)),
    'cognito.clearUserFilter': async (arg) => {
      const pool = poolOf(arg);
      if (pool) await deps().tree.filterUsers(pool, undefined);
    },
    'cognito.selectProfile': () => selectProfile(deps().prompter, Promise.resolve().then(() => awsBundle().listProfiles()), settingsWriter, settings().profile),
    'cognito.selectRegion': () => selectRegion(deps().prompter, settingsWriter, settings().region),
    'cognito.ssoLogin': async () => openSsoLoginTerminal(profileName(settings(), process.env)),
  };
  return Object.entries(table).map(([id, handler]) => vscode.commands.registerCommand(id, runCommand(log, id, handler)));
}

/** Commands run from the palette get no argument; from a keybinding, possibly something else. */
function asNode(arg: unknown): TreeNode | undefined {
  return typeof arg === 'object' && arg !== null && 'kind' in arg && 'key' in arg ? (arg as TreeNode) : undefined;
}

function poolOf(arg: unknown) {
  const node = asNode(arg);
  return node?.kind === 'pool' || node?.kind === 'appClientsFolder' || node?.kind === 'usersFolder' ? node.pool : undefined;
}

function clientOf(arg: unknown) {
  const node = asNode(arg);
  return node?.kind === 'appClient' ? node.client : undefined;
}
