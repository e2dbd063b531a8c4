import * as assert from 'node:assert/strict';
import { contextValueOf } from '../../src/tree/contextValue';
import type { TreeNode } from '../../src/tree/nodes';
import { menuOffered } from '../support/menus';
import { MENUS_PER_STATE } from './menusPerState.expected';

// Every node kind in every state offers exactly the menu items it offered when context values were
// positional strings (the table was recorded from package.json then). The context values come from
// the code that builds them, so a token renamed on one side only shows here.

const pool = { id: 'eu-west-3_Tok3nPool', name: 'tokens' };
const base = { key: 'c1#k', parentKey: 'c1', connectionId: 'c1' };
const user = (enabled: boolean, status: string) => ({ username: 'ida', enabled, status });

const NODES: Record<string, [TreeNode, boolean?]> = {
  connection: [{ kind: 'connection', key: 'c1', connectionId: 'c1', connection: { id: 'c1', label: 'one', settings: {} } } as unknown as TreeNode],
  pool: [{ ...base, kind: 'pool', pool } as TreeNode],
  appClientsFolder: [{ ...base, kind: 'appClientsFolder', pool } as TreeNode],
  usersFolder: [{ ...base, kind: 'usersFolder', pool } as TreeNode],
  'usersFolder filtered': [{ ...base, kind: 'usersFolder', pool } as TreeNode, true],
  groupsFolder: [{ ...base, kind: 'groupsFolder', pool } as TreeNode],
  group: [{ ...base, kind: 'group', pool, group: { name: 'editors' } } as unknown as TreeNode],
  resourceServersFolder: [{ ...base, kind: 'resourceServersFolder', pool } as TreeNode],
  resourceServer: [{ ...base, kind: 'resourceServer', server: { userPoolId: pool.id, identifier: 'https://api.example.com', name: 'API', scopes: [] } } as unknown as TreeNode],
  appClient: [{ ...base, kind: 'appClient', pool, client: { name: 'web', clientId: 'abc' } } as unknown as TreeNode],
  empty: [{ ...base, kind: 'empty', message: 'No users' } as unknown as TreeNode],
  error: [{ ...base, kind: 'error', message: 'boom' } as unknown as TreeNode],
  'error expiredSession': [{ ...base, kind: 'error', message: 'expired', reason: 'expiredSession' } as unknown as TreeNode],
  loadMore: [{ ...base, kind: 'loadMore' } as unknown as TreeNode],
};
for (const kind of ['user', 'member'] as const) {
  for (const enabled of [true, false]) {
    for (const status of ['CONFIRMED', 'UNCONFIRMED', 'FORCE_CHANGE_PASSWORD', 'RESET_REQUIRED', 'EXTERNAL_PROVIDER']) {
      const node = { ...base, kind, pool, user: user(enabled, status), groupName: 'editors' } as unknown as TreeNode;
      NODES[`${kind} ${enabled ? 'enabled' : 'disabled'} ${status}`] = [node];
    }
  }
}

describe('menus per node state', () => {
  it('the table covers every node state it records, and no more', () => {
    assert.deepEqual(Object.keys(NODES).sort(), Object.keys(MENUS_PER_STATE).sort());
  });

  for (const [state, [node, filtered]] of Object.entries(NODES)) {
    it(`${state}: the same context menu and row buttons as before`, () => {
      const value = contextValueOf(node, filtered);
      assert.deepEqual(menuOffered(value), MENUS_PER_STATE[state].aws, `${state} (${value}) on AWS`);
      assert.deepEqual(menuOffered(value, { 'cognito.emulatorsOnly': true }), MENUS_PER_STATE[state].emulators, `${state} (${value}) with emulators only`);
    });
  }
});

describe('menus of a user whose authenticator is remembered', () => {
  it('offers Copy TOTP Code and Forget Authenticator only with the remembered_totp token', () => {
    const plain = 'user enabled confirmed';
    const remembered = `${plain} remembered_totp`;
    const added = menuOffered(remembered, {}).filter((m) => !menuOffered(plain, {}).includes(m));
    assert.deepEqual(added, ['cognito.copyTotpCode @4_auth@4', 'cognito.forgetAuthenticator @4_auth@5']);
  });
});
