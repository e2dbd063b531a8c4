// The life of users and groups in the real extension host against cognito-local: Set Password
// (permanent) turns a FORCE_CHANGE_PASSWORD user CONFIRMED in the tree, Disable shows the disabled icon,
// Delete on two selected users removes both after one confirmation, and Create Group + Add to Group
// show the user under the group. Results are read back from the emulator with a plain SDK client.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CreateGroupCommand,
  CreateUserPoolCommand,
  GetGroupCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { TreeNode } from '../../src/tree/nodes';
import { commandsOffered } from '../support/menus';
import type { Answer } from '../support/scriptedPrompter';
import { poolNode, runWithAnswers, useExtensionHost } from '../support/extensionHost';
import { renderedModel, sentTo, valueOf } from '../support/renderedViews';

describe('users and groups in the extension host', function () {
  const poolName = `vscode users ${Date.now()}`;
  const host = useExtensionHost();
  let poolId: string;

  before(async () => {
    poolId = (await host.client.send(new CreateUserPoolCommand({ PoolName: poolName }))).UserPool?.Id ?? '';
    for (const username of ['uma', 'vic', 'wes', 'xan']) {
      await host.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS' }));
    }
    await vscode.commands.executeCommand('cognito.refresh');
  });


  const runWith = (answers: Answer[], command: string, ...args: unknown[]) => runWithAnswers(host.api, answers, command, ...args);

  const children = async (node?: TreeNode): Promise<TreeNode[]> => (await host.api.treeDataProvider.getChildren(node)) ?? [];

  async function folder(kind: 'usersFolder' | 'groupsFolder'): Promise<TreeNode> {
    const pool = await poolNode(host.api, poolId);
    const found = (await children(pool)).find((n) => n.kind === kind);
    assert.ok(found);
    return found;
  }

  async function userNode(username: string): Promise<TreeNode> {
    const found = (await children(await folder('usersFolder'))).find((n) => n.kind === 'user' && n.user.username === username);
    assert.ok(found, `${username} is listed`);
    return found;
  }

  const item = async (node: TreeNode) => host.api.treeDataProvider.getTreeItem(node);

  it('Set Password (permanent) turns a FORCE_CHANGE_PASSWORD user CONFIRMED in the tree and in the emulator', async () => {
    const uma = await userNode('uma');
    assert.match(String((await item(uma)).description), /^FORCE_CHANGE_PASSWORD/);
    assert.equal((await item(uma)).contextValue, 'user enabled force_change_password');
    await runWith([{ pick: 'Permanent' }, { pick: 'Type a password' }, { input: 'Perm-Passw0rd!' }], 'cognito.setUserPassword', uma);
    assert.equal((await host.client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'uma' }))).UserStatus, 'CONFIRMED');
    const after = await item(await userNode('uma'));
    assert.match(String(after.description), /^CONFIRMED/);
    assert.equal((after.iconPath as vscode.ThemeIcon).id, 'pass');
  });

  it('Disable shows the disabled icon and offers Enable', async () => {
    await runWith([], 'cognito.disableUser', await userNode('vic'));
    assert.equal((await host.client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'vic' }))).Enabled, false);
    const after = await item(await userNode('vic'));
    assert.equal((after.iconPath as vscode.ThemeIcon).id, 'circle-slash');
    assert.match(String(after.contextValue), /^user disabled /);
  });

  it('Delete on two selected users removes both after one confirmation', async () => {
    const wes = await userNode('wes');
    const xan = await userNode('xan');
    await runWith([{ confirm: true }], 'cognito.deleteUser', wes, [wes, xan]);
    const left = (await host.client.send(new ListUsersCommand({ UserPoolId: poolId }))).Users?.map((u) => u.Username).sort();
    assert.deepEqual(left, ['uma', 'vic']);
    const listed = (await children(await folder('usersFolder'))).map((n) => (n.kind === 'user' ? n.user.username : n.kind)).sort();
    assert.deepEqual(listed, ['uma', 'vic']);
  });

  it('an open User Details panel shows a change made from the tree: Disable turns "Enabled: yes" into "Enabled: no"', async () => {
    await host.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'yul', TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS' }));
    await vscode.commands.executeCommand('cognito.refresh');
    await runWith([], 'cognito.showUserDetails', await userNode('yul'));
    const shown = await renderedModel(host.api, 'User yul');
    assert.equal(valueOf(shown, 'Enabled'), 'yes');
    const rendersBefore = sentTo(host.api, 'User yul').length;
    await runWith([], 'cognito.disableUser', await userNode('yul'));
    // The panel renders again by itself; no Refresh pressed.
    const after = await renderedModel(host.api, 'User yul', (model) => valueOf(model, 'Enabled') === 'no');
    assert.ok(sentTo(host.api, 'User yul').length > rendersBefore, 'a new render was sent');
    assert.equal(valueOf(after, 'Username'), 'yul');
    assert.equal((await host.client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'yul' }))).Enabled, false);
  });

  it('Create Group with precedence 0, then Add to Group on a user, shows the user under the group', async () => {
    // Precedence 0 (the highest rank) and a description with quotes, a comma and Unicode: data that a
    // truthiness check or an encoding mistake would change.
    const description = 'People who "test", früh · 早い';
    await runWith([{ input: 'testers' }, { input: description }, { input: '0' }, { input: '' }], 'cognito.createGroup', await folder('groupsFolder'));
    const stored = (await host.client.send(new GetGroupCommand({ UserPoolId: poolId, GroupName: 'testers' }))).Group;
    assert.deepEqual([stored?.Precedence, stored?.Description], [0, description]);
    const group = (await children(await folder('groupsFolder'))).find((n) => n.kind === 'group' && n.group.name === 'testers');
    assert.ok(group, 'the group is listed');
    const row = await item(group);
    assert.equal(row.description, `precedence 0 · ${description}`);
    assert.match(String(row.tooltip), /Precedence: 0/);
    assert.deepEqual(await children(group).then((nodes) => nodes.map((n) => n.kind)), ['empty']);
    await runWith([{ pick: 'testers' }], 'cognito.addUserToGroup', await userNode('uma'));
    const members = await host.client.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: 'testers' }));
    assert.deepEqual(members.Users?.map((u) => u.Username), ['uma']);
    const shown = (await children(group)).map((n) => (n.kind === 'member' ? n.user.username : n.kind));
    assert.deepEqual(shown, ['uma']);
  });

  it('a member under a group offers its user’s actions; Disable on the member disables the user and the row shows it', async () => {
    // Its own group and member, so the test stands alone.
    await host.client.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'reviewers' }));
    await host.client.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, GroupName: 'reviewers', Username: 'uma' }));
    await runWith([], 'cognito.refresh', await folder('groupsFolder'));
    const reviewer = async () => {
      const group = (await children(await folder('groupsFolder'))).find((n) => n.kind === 'group' && n.group.name === 'reviewers');
      assert.ok(group, 'the group is listed');
      const [member] = await children(group);
      assert.ok(member?.kind === 'member' && member.user.username === 'uma', 'uma is listed under the group');
      return member;
    };
    const status = (await host.client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'uma' }))).UserStatus;
    const contextValue = (await item(await reviewer())).contextValue ?? '';
    assert.equal(contextValue, `member enabled ${status?.toLowerCase()}`);
    const offered = commandsOffered(contextValue);
    for (const command of ['showUserDetails', 'signInAsUser', 'setUserPassword', 'disableUser', 'signOutUserEverywhere', 'editUserAttribute', 'removeUserFromGroup']) {
      assert.ok(offered.includes(`cognito.${command}`), `a member row offers cognito.${command}`);
    }

    await runWith([], 'cognito.disableUser', await reviewer());
    assert.equal((await host.client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'uma' }))).Enabled, false);
    const disabled = (await item(await reviewer())).contextValue ?? '';
    assert.equal(disabled, `member disabled ${status?.toLowerCase()}`);
    assert.ok(commandsOffered(disabled).includes('cognito.enableUser') && !commandsOffered(disabled).includes('cognito.disableUser'), 'the row now offers Enable');
    await runWith([], 'cognito.enableUser', await reviewer());
  });
});
