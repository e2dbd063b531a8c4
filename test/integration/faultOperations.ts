import { AdminGetUserCommand, ListUserPoolClientsCommand, ListUserPoolsCommand, ListUsersCommand, ListUsersInGroupCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createAppClient } from '../../src/commands/flows/createAppClient';
import type { FlowDeps } from '../../src/commands/flows/deps';
import { createUser } from '../../src/commands/flows/createUser';
import { createUserPool } from '../../src/commands/flows/createUserPool';
import { addUsersToGroup } from '../../src/commands/flows/groups/groupActions';
import { setUserPassword } from '../../src/commands/flows/users/setUserPassword';
import { deleteUsers } from '../../src/commands/flows/users/userActions';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import type { LazyCognito } from '../../src/connection/lazyCognito';
import type { TreeModel } from '../../src/tree/model';
import { connectionKey, type ListingParent, type TreeNode } from '../../src/tree/nodes';
import { onDefault } from '../support/connections';
import type { Answer } from '../support/scriptedPrompter';

// Every write the extension makes, as the fault tests run it: the flow with the person's answers, the
// Cognito call a fault is aimed at, and what the pool and the tree hold of the item afterwards.

export interface WriteOperation {
  name: string;
  /** The Cognito call the fault is aimed at. */
  call: string;
  setUp?: (key: string) => Promise<void>;
  run: (deps: FlowDeps, key: string) => Promise<unknown>;
  answers: (key: string) => Answer[];
  /** The listing the operation changes; the test opens it in the tree before the fault. */
  listing: (model: TreeModel) => Promise<ListingParent>;
  /** The item as the pool holds it, read with a plain SDK client: a count or a state. */
  inPool: (key: string) => Promise<string>;
  /** The same, as the tree lists it now (its loaded children, nothing reloaded). */
  inTree: (children: TreeNode[], key: string) => string;
  /** What `inPool` reads once the operation is done. */
  done: string;
  /** Words for either, e.g. "1 pool(s) of that name". */
  describe: (value: string) => string;
}

export interface FaultTarget {
  sdk: CognitoIdentityProviderClient;
  cognito: LazyCognito;
  poolId: string;
  poolName: string;
  groupName: string;
}

export function writeOperations({ sdk, cognito, poolId, poolName, groupName }: FaultTarget): WriteOperation[] {
  const pool = () => onDefault({ id: poolId, name: poolName });
  const ref = async (username: string) => ({ connectionId: SINGLE_CONNECTION_ID, userPoolId: poolId, user: await cognito.users.get(poolId, username) });
  const createFor = async (username: string) => {
    await cognito.users.create({ userPoolId: poolId, username, temporaryPassword: 'Temp-Passw0rd!', emailVerified: false, phoneNumberVerified: false, invitation: 'SUPPRESS' });
  };
  const usersNamed = async (username: string) => String(((await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Filter: `username = "${username}"` }))).Users ?? []).length);
  const count = (nodes: TreeNode[], match: (node: TreeNode) => boolean) => String(nodes.filter(match).length);
  const userCount = (username: string) => (nodes: TreeNode[]) => count(nodes, (n) => n.kind === 'user' && n.user.username === username);

  // The pool's folders as the person opens them: the pools (the hidden root), then a pool's folder.
  const poolNode = async (model: TreeModel) => {
    const found = (await model.getChildren()).find((n) => n.kind === 'pool' && n.pool.id === poolId);
    if (!found) throw new Error(`the tree does not list ${poolName}`);
    return found;
  };
  const folder = (kind: 'appClientsFolder' | 'usersFolder' | 'groupsFolder') => async (model: TreeModel) => {
    const found = (await model.getChildren(await poolNode(model))).find((n) => n.kind === kind);
    if (!found || found.kind !== kind) throw new Error(`no ${kind}`);
    return found;
  };
  const pools = async (model: TreeModel) => {
    await model.getChildren();
    const root = model.getNode(connectionKey(SINGLE_CONNECTION_ID));
    if (root?.kind !== 'connection') throw new Error('no root listing');
    return root;
  };
  const group = async (model: TreeModel) => {
    const found = (await model.getChildren(await folder('groupsFolder')(model))).find((n) => n.kind === 'group' && n.group.name === groupName);
    if (!found || found.kind !== 'group') throw new Error(`no group ${groupName}`);
    return found;
  };

  return [
    {
      name: 'Create User Pool',
      call: 'CreateUserPool',
      run: (deps) => createUserPool(deps),
      answers: (key) => [{ input: `pool-${key}` }, { pick: 'Create pool' }],
      listing: pools,
      inPool: async (key) => String(((await sdk.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools ?? []).filter((p) => p.Name === `pool-${key}`).length),
      inTree: (nodes, key) => count(nodes, (n) => n.kind === 'pool' && n.pool.name === `pool-${key}`),
      describe: (n) => `${n} pool(s) of that name`,
      done: '1',
    },
    {
      name: 'Create App Client',
      call: 'CreateUserPoolClient',
      run: (deps) => createAppClient(deps, pool()),
      answers: (key) => [{ input: `client-${key}` }, { pick: 'No client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }],
      listing: folder('appClientsFolder'),
      inPool: async (key) => String(((await sdk.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 }))).UserPoolClients ?? []).filter((c) => c.ClientName === `client-${key}`).length),
      inTree: (nodes, key) => count(nodes, (n) => n.kind === 'appClient' && n.client.name === `client-${key}`),
      describe: (n) => `${n} client(s) of that name`,
      done: '1',
    },
    {
      name: 'Create User',
      call: 'AdminCreateUser',
      run: (deps) => createUser(deps, pool()),
      answers: (key) => [{ input: `user-${key}` }, { input: '' }, { input: '' }, { pick: "Don't send an invitation" }, { input: 'Temp-Passw0rd!' }],
      listing: folder('usersFolder'),
      inPool: (key) => usersNamed(`user-${key}`),
      inTree: (nodes, key) => userCount(`user-${key}`)(nodes),
      done: '1',
      describe: (n) => `${n} user(s) of that name`,
    },
    {
      name: 'Set Password (permanent)',
      call: 'AdminSetUserPassword',
      setUp: (key) => createFor(`pw-${key}`),
      run: async (deps, key) => setUserPassword(deps, await ref(`pw-${key}`)),
      answers: () => [{ pick: 'Permanent' }, { pick: 'Type a password' }, { input: 'Perm-Passw0rd!' }],
      listing: folder('usersFolder'),
      inPool: async (key) => (await sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: `pw-${key}` }))).UserStatus ?? '(none)',
      inTree: (nodes, key) => nodes.flatMap((n) => (n.kind === 'user' && n.user.username === `pw-${key}` ? [n.user.status] : [])).join(', ') || '(not listed)',
      describe: (status) => `the user is ${status}`,
      done: 'CONFIRMED',
    },
    {
      name: 'Delete User',
      call: 'AdminDeleteUser',
      setUp: (key) => createFor(`del-${key}`),
      run: async (deps, key) => deleteUsers(deps, [await ref(`del-${key}`)]),
      answers: () => [{ confirm: true }],
      listing: folder('usersFolder'),
      inPool: (key) => usersNamed(`del-${key}`),
      inTree: (nodes, key) => userCount(`del-${key}`)(nodes),
      done: '0',
      describe: (n) => `${n} user(s) of that name`,
    },
    {
      name: 'Add to Group',
      call: 'AdminAddUserToGroup',
      setUp: (key) => createFor(`grp-${key}`),
      run: async (deps, key) => addUsersToGroup(deps, [await ref(`grp-${key}`)], poolName),
      answers: () => [{ pick: groupName }],
      listing: group,
      inPool: async (key) => String(((await sdk.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: groupName }))).Users ?? []).filter((u) => u.Username === `grp-${key}`).length),
      inTree: (nodes, key) => count(nodes, (n) => n.kind === 'member' && n.user.username === `grp-${key}`),
      describe: (n) => `${n} membership(s)`,
      done: '1',
    },
  ];
}
