import { askAlone } from './steps';
import type { CommandContext, CommandDeclaration } from '../declaration';
import { clientOf, poolOf } from '../nodeArguments';
import { connectionOf } from '../treeTargets';
import { copyAppClientId, copyPoolId } from './copyIds';
import { createAppClient } from './createAppClient';
import { createUser } from './createUser';
import { createUserPool } from './createUserPool';
import { addConnection, removeConnection } from './manageConnections';
import { pickConnection } from './pickers';
import { searchUsers } from './searchUsers';
import { selectProfile, selectRegion } from './selectConnection';

// The commands of the flows in this folder: creating pools, app clients and users, copying ids, searching
// users, and the connections (Add/Remove Connection, or the one connection's profile and region).

const manage = ({ deps, settings }: CommandContext) => ({ prompter: deps().prompter, feedback: deps().feedback, settings });

/** Select AWS Profile and Select Region write the single connection's settings; with a list they point to it. */
async function onlyForOneConnection({ connections, deps }: CommandContext, run: () => Promise<unknown>): Promise<unknown> {
  if (!connections.usesList) return run();
  return deps().feedback.info('The Cognito view shows the connections listed in the cognito.connections setting; use Add Connection or Remove Connection to change them.');
}

export const FLOW_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.createUserPool',
    title: 'Create User Pool',
    icon: 'add',
    viewTitle: { group: 'navigation', order: 1 },
    rows: [{ on: 'connection', group: '2_create', order: 1, inline: 1 }],
    run: (context, node) => createUserPool(context.deps(), connectionOf(context, node)?.id),
  },
  {
    id: 'cognito.createAppClient',
    title: 'Create App Client',
    icon: 'add',
    rows: [
      { on: 'pool', group: '2_create', order: 1 },
      { on: 'appClientsFolder', group: '2_create', order: 1, inline: 1 },
    ],
    run: ({ deps }, node) => createAppClient(deps(), poolOf(node)),
  },
  {
    id: 'cognito.createUser',
    title: 'Create User',
    icon: 'person-add',
    rows: [
      { on: 'pool', group: '2_create', order: 2 },
      { on: 'usersFolder', group: '2_create', order: 1, inline: 1 },
    ],
    run: ({ deps }, node) => createUser(deps(), poolOf(node)),
  },
  {
    id: 'cognito.copyPoolId',
    title: 'Copy Pool Id',
    icon: 'copy',
    rows: [{ on: 'pool', group: '1_copy', order: 1, inline: 1 }],
    run: ({ deps }, node) => copyPoolId(deps(), poolOf(node)),
  },
  {
    id: 'cognito.copyAppClientId',
    title: 'Copy App Client Id',
    icon: 'copy',
    rows: [{ on: 'appClient', group: '1_copy', order: 1, inline: 1 }],
    run: ({ deps }, node) => copyAppClientId(deps(), clientOf(node)),
  },
  {
    id: 'cognito.searchUsers',
    title: 'Search Users',
    icon: 'search',
    rows: [{ on: 'usersFolder', group: '3_search', order: 1, inline: 2 }],
    run: ({ deps }, node) => searchUsers(deps(), poolOf(node)),
  },
  {
    id: 'cognito.clearUserFilter',
    title: 'Clear User Search',
    icon: 'clear-all',
    rows: [{ on: 'usersFolder', having: 'filtered', group: '3_search', order: 2, inline: 3 }],
    palette: false,
    run: async ({ deps }, node) => {
      const pool = poolOf(node);
      if (pool) await deps().tree.filterUsers(pool, undefined);
    },
  },
  {
    id: 'cognito.selectProfile',
    title: 'Select AWS Profile',
    icon: 'account',
    viewTitle: { group: 'connection', order: 1, when: '!cognito.connectionList' },
    run: (context) => {
      const { deps, listProfiles, settings, connections } = context;
      return onlyForOneConnection(context, () => selectProfile(deps().prompter, Promise.resolve().then(listProfiles), settings.writer, connections.list()[0]?.settings.profile));
    },
  },
  {
    id: 'cognito.selectRegion',
    title: 'Select Region',
    icon: 'globe',
    viewTitle: { group: 'connection', order: 2, when: '!cognito.connectionList' },
    run: (context) => onlyForOneConnection(context, () => selectRegion(context.deps().prompter, context.settings.writer, context.connections.list()[0]?.settings.region)),
  },
  {
    id: 'cognito.addConnection',
    title: 'Add Connection…',
    icon: 'plug',
    viewTitle: { group: 'connection', order: 0 },
    run: (context) => addConnection(manage(context), Promise.resolve().then(context.listProfiles)),
  },
  {
    id: 'cognito.removeConnection',
    title: 'Remove Connection',
    icon: 'close',
    rows: [{ on: 'connection', group: '8_connection', order: 1 }],
    run: async (context, node) => {
      const { connections, deps } = context;
      if (!connections.usesList) {
        return deps().feedback.info('There is only the connection from the cognito.profile, cognito.region and cognito.endpoint settings; nothing to remove.');
      }
      const connection = connectionOf(context, node) ?? (await askAlone('Remove Connection', (step) => pickConnection(deps().prompter, connections, step)));
      return removeConnection(manage(context), connection);
    },
  },
];
