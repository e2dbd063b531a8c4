import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandHandlers, type CommandHandlers } from '../../src/commands/dispatch';
import type { FlowDeps } from '../../src/commands/flows/deps';
import type { ConnectionSettingsAccess } from '../../src/commands/flows/manageConnections';
import { userContextValue } from '../../src/tree/contextValue';
import { TreeModel } from '../../src/tree/model';
import type { TreeNode } from '../../src/tree/nodes';
import { listedConnections, modelUpdates } from '../support/connections';
import { commandsOffered } from '../support/menus';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ScriptedPrompter, type Answer } from '../support/scriptedPrompter';

// Every command run on a node of the second connection acts on the second connection only. Both
// connections hold a pool of the same name (so the same pool id): only the calls tell them apart.

describe('commands act on the connection of the node they run on', () => {
  let a: FakeCognito;
  let b: FakeCognito;
  let source: ReturnType<typeof listedConnections>;
  let model: TreeModel;
  let table: CommandHandlers;
  let prompter: ScriptedPrompter;
  let clipboard: string[];
  let filtered: { connectionId: string; poolId: string }[];
  let writes: unknown[];
  let ssoProfiles: string[];
  let infos: string[];

  beforeEach(() => {
    a = new FakeCognito();
    b = new FakeCognito();
    for (const fake of [a, b]) {
      const pool = fake.addPool('shop');
      fake.data.clients.push({ userPoolId: pool.id, clientId: 'web1', name: 'web' });
      fake.data.users.set(pool.id, [{ username: 'u', status: 'CONFIRMED', enabled: true, email: 'u@example.test' }]);
    }
    source = listedConnections({ a, b });
    model = new TreeModel(source);
    prompter = new ScriptedPrompter([]);
    clipboard = [];
    filtered = [];
    writes = [];
    ssoProfiles = [];
    infos = [];
    const deps = (): FlowDeps => {
      const base = flowRun([], a).deps;
      return {
        ...base,
        prompter,
        connections: source,
        feedback: { ...base.feedback, info: async (message) => void infos.push(message) },
        clipboard: { writeText: async (text) => void clipboard.push(text) },
        tree: { ...modelUpdates(model), filterUsers: async (ref) => void filtered.push({ connectionId: ref.connectionId, poolId: ref.pool.id }) },
      };
    };
    const settings: ConnectionSettingsAccess = {
      writer: { update: async (_key: string, value: unknown) => void writes.push(value) },
      currentList: () => source.list().map((c) => ({ label: c.label, region: c.settings.region, endpoint: c.settings.endpoint })),
      currentSingle: async () => ({ region: 'us-east-1' }),
    };
    table = commandHandlers({ deps, model, connections: source, settings, listProfiles: async () => [], openSsoLogin: async (profile) => void ssoProfiles.push(profile), activeSubject: () => undefined, refreshDetails: async () => undefined, showAsText: async () => undefined });
  });

  async function nodesOfB() {
    const [, rootB] = await model.getChildren();
    const [pool] = await model.getChildren(rootB);
    const [clientsFolder, usersFolder] = await model.getChildren(pool);
    const [client] = await model.getChildren(clientsFolder);
    return { rootB, pool, clientsFolder, usersFolder, client };
  }

  async function run(command: string, node: TreeNode, answers: Answer[] = []): Promise<void> {
    prompter = new ScriptedPrompter(answers);
    a.calls.length = 0;
    b.calls.length = 0;
    await table[command](node);
    prompter.assertDone();
  }

  it('has a handler for exactly the commands package.json lists (extension.js registers those ids)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    const declared = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(Object.keys(table).sort(), declared);
  });

  const writesOf = (fake: FakeCognito) => fake.writeCalls.map((c) => c.method);

  it('Create User Pool on a connection node', async () => {
    const { rootB } = await nodesOfB();
    await run('cognito.createUserPool', rootB, [{ input: 'new pool' }, { pick: 'Create pool' }]);
    assert.deepEqual([writesOf(a), writesOf(b)], [[], ['pools.create']]);
  });

  it('Create App Client on a pool node and on an "App clients" folder', async () => {
    const { pool, clientsFolder } = await nodesOfB();
    for (const node of [pool, clientsFolder]) {
      await run('cognito.createAppClient', node, [{ input: 'web2' }, { pick: 'No client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }]);
      assert.deepEqual([writesOf(a), writesOf(b)], [[], ['clients.create']]);
    }
  });

  it('Create User on a pool node and on a "Users" folder (including its DescribeUserPool)', async () => {
    const { pool, usersFolder } = await nodesOfB();
    for (const node of [pool, usersFolder]) {
      await run('cognito.createUser', node, [{ input: `x${node.kind}` }, { input: '' }, { input: '' }, { pick: "Don't send an invitation" }, { input: 'Passw0rd!' }]);
      assert.deepEqual(a.calls, []);
      assert.deepEqual(b.calls.map((c) => c.method), ['pools.describe', 'users.create']);
    }
  });

  it('Edit E-mail Sending and Edit SMS Sending on a pool node read and write the node’s connection only', async () => {
    const { pool } = await nodesOfB();
    await run('cognito.editEmailSending', pool, [{ pick: "Cognito's default e-mail" }, { input: 'help@example.com' }, { confirm: true }]);
    assert.deepEqual([a.calls, writesOf(b)], [[], ['pools.update']]);
    await run('cognito.editSmsSending', pool, [{ input: 'arn:aws:iam::123456789012:role/sms' }, { input: '' }, { input: '' }, { confirm: true }]);
    assert.deepEqual([a.calls, writesOf(b)], [[], ['pools.update']]);
  });

  it('Copy Pool Id and Copy App Client Id copy the node’s own ids without a call', async () => {
    const { pool, client } = await nodesOfB();
    await run('cognito.copyPoolId', pool);
    await run('cognito.copyAppClientId', client);
    assert.deepEqual(clipboard, [b.data.pools[0].id, 'web1']);
    assert.deepEqual([a.calls, b.calls], [[], []]);
  });

  it('Search Users and Clear User Search on a "Users" folder', async () => {
    const { usersFolder } = await nodesOfB();
    await run('cognito.searchUsers', usersFolder, [{ pick: 'username' }, { pick: 'starts with' }, { input: 'u' }]);
    await run('cognito.clearUserFilter', usersFolder);
    assert.deepEqual(filtered.map((f) => f.connectionId), [source.byLabel('b').id, source.byLabel('b').id]);
  });

  it('Search Users on a pool node asks the attribute first, never the pool again', async () => {
    const { pool } = await nodesOfB();
    await run('cognito.searchUsers', pool, [{ pick: 'email' }, { pick: 'equals' }, { input: 'u@example.com' }]);
    assert.equal(prompter.asked[0].text, 'Search the users of "shop" by');
    assert.deepEqual(filtered.map((f) => f.connectionId), [source.byLabel('b').id]);
  });

  it('the view title’s Refresh reloads the whole view even when a row is passed along', async () => {
    const { pool } = await nodesOfB();
    const events: (string | undefined)[] = [];
    model.onDidChange((node) => events.push(node?.key));
    await run('cognito.refreshView', pool);
    assert.deepEqual(events, [undefined], 'everything, not the focused row');
  });

  it('Refresh and Load more reload from the node’s connection', async () => {
    const { usersFolder } = await nodesOfB();
    await run('cognito.refresh', usersFolder);
    await model.getChildren(usersFolder);
    assert.deepEqual([a.calls.length, b.calls.map((c) => c.method)], [0, ['users.list']]);
    b.pageSize = 1;
    b.data.users.set(b.data.pools[0].id, [...(b.data.users.get(b.data.pools[0].id) ?? []), { username: 'v', status: 'CONFIRMED', enabled: true }]);
    await run('cognito.refresh', usersFolder);
    const more = (await model.getChildren(usersFolder)).find((n) => n.kind === 'loadMore');
    assert.ok(more);
    await run('cognito.loadMore', more);
    assert.deepEqual([a.calls.length, b.calls.map((c) => c.method)], [0, ['users.list']]);
  });

  it('every user, group and sign-in command on a node of the second connection calls only the second', async () => {
    const { pool } = await nodesOfB();
    const [, usersFolder, groupsFolder] = await model.getChildren(pool);
    b.data.groups.push({ userPoolId: b.data.pools[0].id, name: 'admins' });
    b.members.add(`${b.data.pools[0].id}/admins/u`);
    const [user] = await model.getChildren(usersFolder);
    const [group] = await model.getChildren(groupsFolder);
    const [member] = await model.getChildren(group);
    b.authSteps = [{ kind: 'signedIn', tokens: { accessToken: 'a.b.c' } }];
    b.mfaConfigs.set(b.data.pools[0].id, { mode: 'OPTIONAL', factors: ['sms'] });
    b.attributes.set(`${b.data.pools[0].id}/u`, [{ name: 'phone_number', value: '+12025550123' }]);
    const cases: [string, TreeNode, Answer[], string][] = [
      ['cognito.showUserDetails', user, [], 'users.getDetails'],
      ['cognito.setUserPassword', user, [{ pick: 'Permanent' }, { pick: 'Generate' }], 'users.setPassword'],
      ['cognito.disableUser', user, [], 'users.setEnabled'],
      ['cognito.enableUser', user, [], 'users.setEnabled'],
      ['cognito.confirmUser', user, [], 'users.confirm'],
      ['cognito.editUserAttribute', user, [{ pick: 'name' }, { input: 'U' }], 'users.updateAttributes'],
      ['cognito.resetUserPassword', user, [{ confirm: true }], 'users.resetPassword'],
      ['cognito.resendInvitation', user, [], 'users.resendInvitation'],
      ['cognito.signOutUserEverywhere', user, [{ confirm: true }], 'users.signOutEverywhere'],
      ['cognito.addUserToGroup', user, [{ pick: 'admins' }], 'groups.addUser'],
      ['cognito.setUserMfaPreference', user, [{ pickMany: ['SMS'] }, { confirm: true }], 'users.setMfaPreference'],
      ['cognito.editMfa', pool, [{ pick: 'Required' }, { pickMany: ['SMS'] }, { confirm: true }], 'pools.setMfaConfig'],
      ['cognito.editFeaturePlan', pool, [{ pick: 'Plus' }, { confirm: true }], 'pools.update'],
      ['cognito.editSignInOptions', pool, [{ pickMany: ['SMS code'] }, { confirm: true }], 'pools.update'],
      ['cognito.removeUserFromGroup', member, [], 'groups.removeUser'],
      ['cognito.createGroup', groupsFolder, [{ input: 'g2' }, { input: '' }, { input: '' }, { input: '' }], 'groups.create'],
      ['cognito.addCustomAttribute', pool, [{ input: 'team' }, { pick: 'String' }, { input: '0' }, { input: '9' }, { pick: 'Mutable' }, { confirm: true }], 'pools.addCustomAttributes'],
      ['cognito.signInAsUser', user, [{ pick: 'web' }, { input: 'Passw0rd!' }], 'auth.signIn'],
      ['cognito.editGroup', group, [{ input: 'Admins' }, { input: '1' }, { input: '' }, { confirm: true }], 'groups.update'],
      ['cognito.deleteGroup', group, [{ confirm: true }], 'groups.delete'],
      ['cognito.deleteUser', user, [{ confirm: true }], 'users.delete'],
    ];
    for (const [command, node, answers, method] of cases) {
      await run(command, node, answers);
      assert.deepEqual(a.calls, [], `${command} called the first connection`);
      assert.ok(b.calls.some((c) => c.method === method), `${command} did not call ${method} on the second connection`);
    }
  });

  it('a member under a group acts as its user: each user command on a member node of the second connection calls only the second', async () => {
    const { pool } = await nodesOfB();
    const [, , groupsFolder] = await model.getChildren(pool);
    b.data.groups.push({ userPoolId: b.data.pools[0].id, name: 'admins' }, { userPoolId: b.data.pools[0].id, name: 'editors' });
    b.members.add(`${b.data.pools[0].id}/admins/u`);
    const [admins] = await model.getChildren(groupsFolder);
    const [member] = await model.getChildren(admins);
    assert.equal(member.kind, 'member');
    b.authSteps = [{ kind: 'signedIn', tokens: { accessToken: 'a.b.c' } }];
    const cases: [string, Answer[], string][] = [
      ['cognito.showUserDetails', [], 'users.getDetails'],
      ['cognito.signInAsUser', [{ pick: 'web' }, { input: 'Passw0rd!' }], 'auth.signIn'],
      ['cognito.setUserPassword', [{ pick: 'Permanent' }, { pick: 'Generate' }], 'users.setPassword'],
      ['cognito.resetUserPassword', [{ confirm: true }], 'users.resetPassword'],
      ['cognito.disableUser', [], 'users.setEnabled'],
      ['cognito.enableUser', [], 'users.setEnabled'],
      ['cognito.signOutUserEverywhere', [{ confirm: true }], 'users.signOutEverywhere'],
      ['cognito.editUserAttribute', [{ pick: 'name' }, { input: 'U' }], 'users.updateAttributes'],
      ['cognito.addUserToGroup', [{ pick: 'editors' }], 'groups.addUser'],
      ['cognito.removeUserFromGroup', [], 'groups.removeUser'],
    ];
    for (const [command, answers, method] of cases) {
      await run(command, member, answers);
      assert.deepEqual(a.calls, [], `${command} called the first connection`);
      const forU = (args: unknown[]) => args[1] === 'u' || (typeof args[0] === 'object' && (args[0] as { username?: string }).username === 'u');
      assert.ok(b.calls.some((c) => c.method === method && forU(c.args)), `${command} did not call ${method} for u on the second connection`);
    }
  });

  it('a member row offers what its user’s row offers, in the same states, with Remove from Group instead of Delete User', () => {
    const states: [boolean, string][] = [[true, 'CONFIRMED'], [false, 'CONFIRMED'], [true, 'FORCE_CHANGE_PASSWORD'], [true, 'UNCONFIRMED'], [false, 'RESET_REQUIRED']];
    const row = (kind: 'user' | 'member', enabled: boolean, status: string) => commandsOffered(userContextValue({ username: 'u', enabled, status }, kind));
    for (const [enabled, status] of states) {
      const expected = [...row('user', enabled, status).filter((c) => c !== 'cognito.deleteUser'), 'cognito.removeUserFromGroup'].sort();
      assert.deepEqual(row('member', enabled, status), expected, `member ${enabled ? 'enabled' : 'disabled'} ${status}`);
    }
    assert.ok(row('member', true, 'CONFIRMED').includes('cognito.disableUser'));
    assert.ok(!row('member', true, 'CONFIRMED').includes('cognito.enableUser'));
    assert.ok(row('member', false, 'FORCE_CHANGE_PASSWORD').includes('cognito.resendInvitation'));
    // The user's own row keeps Delete User and has no Remove from Group.
    assert.ok(row('user', true, 'CONFIRMED').includes('cognito.deleteUser'));
    assert.ok(!row('user', true, 'CONFIRMED').includes('cognito.removeUserFromGroup'));
  });

  it('Remove Connection removes exactly that connection after the confirmation', async () => {
    const { rootB } = await nodesOfB();
    await run('cognito.removeConnection', rootB, [{ confirm: true }]);
    assert.deepEqual(writes, [[{ label: 'a', region: 'eu-central-2', endpoint: 'http://127.0.0.1:9001' }]]);
  });

  it('Sign In with AWS SSO on an error node names that connection’s profile', async () => {
    const error: TreeNode = { kind: 'error', key: 'k#error', parentKey: 'k', message: 'expired', reason: 'expiredSession', connectionId: source.byLabel('b').id };
    await run('cognito.ssoLogin', error);
    assert.deepEqual(ssoProfiles, ['default']);
  });

  it('Select AWS Profile and Select Region point to Add/Remove Connection instead of writing a setting', async () => {
    const { rootB } = await nodesOfB();
    await run('cognito.selectProfile', rootB);
    await run('cognito.selectRegion', rootB);
    assert.deepEqual(writes, []);
    assert.equal(infos.length, 2);
    assert.match(infos[0], /Add Connection or Remove Connection/);
  });
});
