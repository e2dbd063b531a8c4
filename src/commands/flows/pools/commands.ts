import { askAlone } from '../steps';
import { USER_ROWS, type CommandDeclaration } from '../../declaration';
import { asNode, clientOf, poolOf } from '../../nodeArguments';
import { poolNameOf } from '../../treeTargets';
import { pickUserPool } from '../pickers';
import { copyConfig, copyIssuerUrl, copyJwksUrl, copyPoolArn, openInConsole } from './copyPoolValues';
import { deleteAppClient, deleteUserPool } from './deleteResources';
import { editAppClientAuthFlows } from './editAuthFlows';
import { showAppClientDetails, showPoolDetails } from './poolDetails';

// The commands on pools and app clients: their details, the values an app needs (ARN, issuer, JWKS,
// configuration snippets), the AWS Console, editing an app client's sign-in flows, and deleting either.

/** The AWS Console knows no emulator's pools (core/index.ts sets the key when every connection is one). */
const NOT_ON_EMULATORS = '!cognito.emulatorsOnly';

export const POOL_COMMANDS: readonly CommandDeclaration[] = [
  {
    id: 'cognito.showPoolDetails',
    title: 'Show Pool Details',
    icon: 'info',
    rows: [{ on: 'pool', group: '0_view', order: 1 }],
    run: ({ deps }, node) => showPoolDetails(deps(), poolOf(node)),
  },
  {
    id: 'cognito.showAppClientDetails',
    title: 'Show App Client Details',
    icon: 'info',
    rows: [{ on: 'appClient', group: '0_view', order: 1 }],
    run: (context, node) => showAppClientDetails(context.deps(), clientOf(node), poolNameOf(context, node)),
  },
  {
    id: 'cognito.editAppClientAuthFlows',
    title: 'Edit Authentication Flows…',
    rows: [{ on: 'appClient', group: '3_edit', order: 1 }],
    run: ({ deps }, node) => editAppClientAuthFlows(deps(), clientOf(node)),
  },
  {
    id: 'cognito.deleteAppClient',
    title: 'Delete App Client',
    rows: [{ on: 'appClient', group: '8_delete', order: 1 }],
    run: ({ deps }, node) => deleteAppClient(deps(), clientOf(node)),
  },
  {
    id: 'cognito.deleteUserPool',
    title: 'Delete User Pool…',
    rows: [{ on: 'pool', group: '8_delete', order: 1 }],
    run: ({ deps }, node) => deleteUserPool(deps(), poolOf(node)),
  },
  {
    id: 'cognito.copyPoolArn',
    title: 'Copy Pool ARN',
    rows: [{ on: 'pool', group: '1_copy', order: 2 }],
    run: ({ deps }, node) => copyPoolArn(deps(), poolOf(node)),
  },
  {
    id: 'cognito.copyIssuerUrl',
    title: 'Copy Issuer URL',
    rows: [{ on: 'pool', group: '1_copy', order: 3 }],
    run: ({ deps }, node) => copyIssuerUrl(deps(), poolOf(node)),
  },
  {
    id: 'cognito.copyJwksUrl',
    title: 'Copy JWKS URL',
    rows: [{ on: 'pool', group: '1_copy', order: 4 }],
    run: ({ deps }, node) => copyJwksUrl(deps(), poolOf(node)),
  },
  {
    id: 'cognito.copyConfig',
    title: 'Copy Configuration For…',
    rows: [{ on: 'appClient', group: '1_copy', order: 2 }],
    run: ({ deps }, node) => copyConfig(deps(), clientOf(node)),
  },
  {
    id: 'cognito.openInConsole',
    title: 'Open in AWS Console',
    icon: 'link-external',
    rows: [
      { on: 'pool', group: '0_view', order: 2, when: NOT_ON_EMULATORS },
      { on: 'appClient', group: '0_view', order: 2, when: NOT_ON_EMULATORS },
      { on: USER_ROWS, group: '1_view', order: 2, when: NOT_ON_EMULATORS },
    ],
    run: async ({ deps, connections }, arg) => {
      const node = asNode(arg);
      if (node?.kind === 'pool') return openInConsole(deps(), node.connectionId, node.pool.id, { kind: 'pool' });
      if (node?.kind === 'appClient') return openInConsole(deps(), node.connectionId, node.client.userPoolId, { kind: 'appClient', clientId: node.client.clientId });
      if (node?.kind === 'user' || node?.kind === 'member') return openInConsole(deps(), node.connectionId, node.userPoolId, { kind: 'user', username: node.user.username });
      const { connectionId, pool } = await askAlone('Open in AWS Console', (step) => pickUserPool(deps().prompter, connections, step));
      return openInConsole(deps(), connectionId, pool.id, { kind: 'pool' });
    },
  },
];
