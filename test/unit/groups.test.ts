import * as assert from 'node:assert/strict';
import { addUsersToGroup, addUserToThisGroup, createGroup, deleteGroup, removeFromGroup } from '../../src/commands/flows/groups/groupActions';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { groupNode, memberNode } from '../../src/tree/nodes';
import { Cancelled } from '../../src/ui/prompter';
import { GroupCalls } from '../../src/aws/cognito/groupCalls';
import { checkGroupDescription, checkGroupName, checkPrecedence, checkRoleArn } from '../../src/validation/group';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { RecordingSdk } from '../support/recordingSdk';
import { ESC, type Answer } from '../support/scriptedPrompter';

function pool() {
  const cognito = new FakeCognito();
  const details = cognito.addPool('shop');
  cognito.data.users.set(details.id, ['ann', 'ben'].map((username) => ({ username, status: 'CONFIRMED', enabled: true })));
  return { cognito, poolId: details.id, target: onDefault(details) };
}

describe('groups', () => {
  it('creates a group with description, precedence and role, and shows it', async () => {
    const { cognito, target } = pool();
    const run = flowRun([{ input: 'admins' }, { input: 'Administrators' }, { input: '1' }, { input: 'arn:aws:iam::123456789012:role/Admins' }], cognito);
    await createGroup(run.deps, target);
    assert.deepEqual(cognito.data.groups, [{ userPoolId: target.pool.id, name: 'admins', description: 'Administrators', precedence: 1, roleArn: 'arn:aws:iam::123456789012:role/Admins' }]);
    assert.deepEqual(run.shown.map((n) => n.key), [groupNode(SINGLE_CONNECTION_ID, cognito.data.groups[0]).key]);
  });

  // Precedence 0 is the highest rank, not "no precedence": a truthiness check would drop it.
  it('creates a group with precedence 0 and sends Precedence: 0, not "none"', async () => {
    const { cognito, target } = pool();
    const run = flowRun([{ input: 'owners' }, { input: '' }, { input: ' 0 ' }, { input: '' }], cognito);
    await createGroup(run.deps, target);
    assert.deepEqual(cognito.data.groups, [{ userPoolId: target.pool.id, name: 'owners', description: undefined, precedence: 0, roleArn: undefined }]);
  });

  it('sends precedence 0 to Cognito as Precedence: 0 and reads a listed group\'s precedence 0 back as 0', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('CreateGroupCommand', { Group: { GroupName: 'owners', Precedence: 0 } });
    sdk.answers.set('ListGroupsCommand', { Groups: [{ GroupName: 'owners', Precedence: 0 }, { GroupName: 'guests' }] });
    const groups = new GroupCalls(sdk.client, sdk.context());
    assert.equal((await groups.create({ userPoolId: 'p', name: 'owners', precedence: 0 })).precedence, 0);
    assert.deepEqual(sdk.sent[0].input, { UserPoolId: 'p', GroupName: 'owners', Description: undefined, Precedence: 0, RoleArn: undefined });
    assert.deepEqual((await groups.list('p')).items.map((g) => [g.name, g.precedence]), [['owners', 0], ['guests', undefined]]);
  });

  // Cognito's Description is free text up to 2048 characters: it goes out exactly as typed (trimmed).
  for (const [what, description] of [
    ['quotes, commas and a leading =', '="Admins", "all of them", \'really\''],
    ['Unicode', 'Administratoren · Ärzte · 管理者'],
    ['the maximum length, 2048', 'ü'.repeat(2048)],
  ] as const) {
    it(`creates a group whose description has ${what}, sent unchanged`, async () => {
      const { cognito, target } = pool();
      const run = flowRun([{ input: 'admins' }, { input: description }, { input: '7' }, { input: '' }], cognito);
      await createGroup(run.deps, target);
      assert.equal(cognito.data.groups[0].description, description);
      assert.equal(cognito.data.groups[0].precedence, 7);
    });
  }

  it('refuses a description over 2048 characters while it is typed, and takes a name of exactly 128', () => {
    assert.match(checkGroupDescription('ü'.repeat(2049)) ?? '', /at most 2048/);
    assert.equal(checkGroupDescription('ü'.repeat(2048)), undefined);
    assert.equal(checkGroupName('g'.repeat(128)), undefined);
    assert.equal(checkPrecedence('0'), undefined);
  });

  it('leaves optional fields out when empty', async () => {
    const { cognito, target } = pool();
    const run = flowRun([{ input: 'readers' }, { input: '' }, { input: '' }, { input: '' }], cognito);
    await createGroup(run.deps, target);
    assert.deepEqual(cognito.data.groups[0], { userPoolId: target.pool.id, name: 'readers', description: undefined, precedence: undefined, roleArn: undefined });
  });

  it('creates nothing on Esc at any step', async () => {
    const complete: Answer[] = [{ pick: 'shop' }, { input: 'admins' }, { input: '' }, { input: '' }, { input: '' }];
    for (let step = 0; step < complete.length; step++) {
      const { cognito } = pool();
      const run = flowRun([...complete.slice(0, step), ESC], cognito);
      await assert.rejects(createGroup(run.deps), Cancelled);
      assert.deepEqual(cognito.writeCalls, []);
    }
  });

  it('checks names, precedence and role ARNs as Cognito does', () => {
    assert.equal(checkGroupName('admins'), undefined);
    assert.equal(checkGroupName('Ärzte-Team_1'), undefined);
    assert.match(checkGroupName('two words') ?? '', /no spaces/);
    assert.match(checkGroupName('') ?? '', /Enter a group name/);
    assert.match(checkGroupName('x'.repeat(129)) ?? '', /at most 128/);
    assert.equal(checkPrecedence(''), undefined);
    assert.equal(checkPrecedence('2147483647'), undefined);
    assert.match(checkPrecedence('2147483648') ?? '', /whole number/);
    assert.match(checkPrecedence('-1') ?? '', /whole number/);
    assert.equal(checkRoleArn('arn:aws-cn:iam::123456789012:role/path/Admins'), undefined);
    assert.match(checkRoleArn('arn:aws:s3:::bucket') ?? '', /IAM role ARN/);
  });

  it('adds selected users to a picked group, and a searched user to a group node', async () => {
    const { cognito, poolId } = pool();
    cognito.data.groups.push({ userPoolId: poolId, name: 'admins' }, { userPoolId: poolId, name: 'readers' });
    const users = cognito.data.users.get(poolId)!.map((user) => ({ connectionId: SINGLE_CONNECTION_ID, userPoolId: poolId, user }));
    const run = flowRun([{ pick: 'readers' }], cognito);
    await addUsersToGroup(run.deps, users, 'shop');
    assert.deepEqual([...cognito.members].sort(), [`${poolId}/readers/ann`, `${poolId}/readers/ben`]);
    assert.deepEqual(run.membersAdded.sort(), ['readers/ann', 'readers/ben']);

    const fromGroup = flowRun([{ search: 'an', pick: 'ann' }], cognito);
    await addUserToThisGroup(fromGroup.deps, groupNode(SINGLE_CONNECTION_ID, cognito.data.groups[0]), 'shop');
    assert.ok(cognito.members.has(`${poolId}/admins/ann`));
  });

  it('says so when the pool has no group to add to', async () => {
    const { cognito, poolId } = pool();
    const run = flowRun([], cognito);
    const user = cognito.data.users.get(poolId)![0];
    await assert.rejects(addUsersToGroup(run.deps, [{ connectionId: SINGLE_CONNECTION_ID, userPoolId: poolId, user }], 'shop'), /has no groups yet; create one first/);
  });

  it('removes members and deletes a group only after its confirmation', async () => {
    const { cognito, poolId } = pool();
    const group = { userPoolId: poolId, name: 'admins' };
    cognito.data.groups.push(group);
    cognito.members.add(`${poolId}/admins/ann`);
    const run = flowRun([{ confirm: false }, { confirm: true }], cognito);
    const member = memberNode(SINGLE_CONNECTION_ID, poolId, 'admins', cognito.data.users.get(poolId)![0]);
    await removeFromGroup(run.deps, [member]);
    assert.equal(cognito.members.size, 0);
    assert.deepEqual(run.removed, [member]);
    await assert.rejects(deleteGroup(run.deps, groupNode(SINGLE_CONNECTION_ID, group)), Cancelled);
    assert.equal(cognito.data.groups.length, 1);
    await deleteGroup(run.deps, groupNode(SINGLE_CONNECTION_ID, group));
    assert.equal(cognito.data.groups.length, 0);
  });
});
