import type { CommandDeclaration } from '../../declaration';
import { asNode, poolOf } from '../../nodeArguments';
import { addScope, createResourceServer, deleteResourceServer, removeScope } from './resourceServerActions';

// The commands on a pool's resource servers: Create Resource Server (on the pool and its Resource servers
// folder; from the palette it asks the pool), and on a server Add Scope, Remove Scope and Delete.

export const RESOURCE_SERVER_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.createResourceServer',
    title: 'Create Resource Server…',
    icon: 'add',
    rows: [
      { on: 'resourceServersFolder', group: '2_create', order: 1, inline: 1 },
      { on: 'pool', group: '2_create', order: 4 },
    ],
    run: ({ deps }, node) => createResourceServer(deps(), poolOf(node)),
  },
  {
    id: 'cognito.addResourceServerScope',
    title: 'Add Scope…',
    icon: 'add',
    rows: [{ on: 'resourceServer', group: '3_edit', order: 1, inline: 1 }],
    palette: false,
    run: async ({ deps }, arg) => {
      const node = asNode(arg);
      if (node?.kind === 'resourceServer') return addScope(deps(), node);
    },
  },
  {
    id: 'cognito.removeResourceServerScope',
    title: 'Remove Scope…',
    rows: [{ on: 'resourceServer', group: '3_edit', order: 2 }],
    palette: false,
    run: async ({ deps }, arg) => {
      const node = asNode(arg);
      if (node?.kind === 'resourceServer') return removeScope(deps(), node);
    },
  },
  {
    id: 'cognito.deleteResourceServer',
    title: 'Delete Resource Server',
    rows: [{ on: 'resourceServer', group: '8_delete', order: 1 }],
    palette: false,
    run: async ({ deps }, arg) => {
      const node = asNode(arg);
      if (node?.kind === 'resourceServer') return deleteResourceServer(deps(), node);
    },
  },
];
