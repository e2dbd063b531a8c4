import * as assert from 'node:assert/strict';
import { addUsersToGroup, addUserToThisGroup, createGroup, deleteGroup, removeFromGroup } from '../../src/commands/flows/groups/groupActions';
import { CognitoError } from '../../src/shared/errors';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { groupNode, memberNode } from '../../src/tree/nodes';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// The group flows word for word: Create Group's four questions, Delete Group's confirmation, and the
// progress and summaries of adding and removing members.

function shop() {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop');
  cognito.data.users.set(pool.id, ['ann', 'ben'].map((username) => ({ username, status: 'CONFIRMED', enabled: true })));
  const refs = cognito.data.users.get(pool.id)!.map((user) => ({ connectionId: SINGLE_CONNECTION_ID, userPoolId: pool.id, user }));
  return { cognito, pool, refs };
}

describe('groups, word for word', () => {
  it('asks Create Group’s questions from the palette and says what it created', async () => {
    const { cognito, pool } = shop();
    const run = flowRun([{ pick: 'shop' }, { input: 'admins' }, { input: '  Administrators  ' }, { input: ' 3 ' }, { input: '' }], cognito);
    const group = await createGroup(run.deps);
    assert.deepEqual(asked(run), [
      `pick 1/5 Create Group: Choose a user pool — items: shop (${pool.id})`,
      'input 2/5 Create Group: Name of the new group in "shop" (no spaces; it appears in the cognito:groups claim) — placeholder: admins',
      'input 3/5 Create Group: Description (optional)',
      'input 4/5 Create Group: Precedence (optional): when a user is in several groups, the lowest number’s role wins — placeholder: 0',
      'input 5/5 Create Group: IAM role ARN for members, through an identity pool (optional) — placeholder: arn:aws:iam::123456789012:role/Admins',
    ]);
    assert.deepEqual(told(run), { progress: ['Creating group admins…'], status: ['$(check) Created group admins in shop'], notifications: [] });
    assert.deepEqual(group, { userPoolId: pool.id, name: 'admins', description: 'Administrators', precedence: 3, roleArn: undefined });
  });

  it('refuses bad answers in the boxes themselves', async () => {
    const { cognito } = shop();
    for (const [answers, problem] of [
      [[{ pick: 'shop' }, { input: 'two words' }], /no spaces/],
      [[{ pick: 'shop' }, { input: 'ok' }, { input: 'x'.repeat(2049) }], /2048/],
      [[{ pick: 'shop' }, { input: 'ok' }, { input: '' }, { input: 'first' }], /whole number/],
      [[{ pick: 'shop' }, { input: 'ok' }, { input: '' }, { input: '' }, { input: 'arn:aws:s3:::bucket' }], /IAM role ARN/],
    ] as const) {
      const run = flowRun([...answers], cognito);
      await assert.rejects(createGroup(run.deps), problem);
    }
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('deletes a group after a confirmation that says what happens to its members', async () => {
    const { cognito, pool } = shop();
    const group = { userPoolId: pool.id, name: 'admins' };
    cognito.data.groups.push(group);
    const run = flowRun([{ confirm: true }], cognito);
    await deleteGroup(run.deps, groupNode(SINGLE_CONNECTION_ID, group));
    assert.deepEqual(asked(run), [
      'confirm [Delete]: Delete the group admins? — detail: Its members stay in the pool; their tokens no longer carry this group once refreshed. This cannot be undone.',
    ]);
    assert.deepEqual(told(run), { progress: ['Deleting group admins…'], status: ['$(check) Deleted group admins'], notifications: [] });
    assert.deepEqual(run.removed.map((n) => n.key), [groupNode(SINGLE_CONNECTION_ID, group).key]);
  });

  it('adds users to a group picked with its description, and names them in the summary', async () => {
    const { cognito, pool, refs } = shop();
    cognito.data.groups.push({ userPoolId: pool.id, name: 'admins', description: 'Can do anything' }, { userPoolId: pool.id, name: 'readers' });
    const run = flowRun([{ pick: 'admins' }], cognito);
    await addUsersToGroup(run.deps, refs, 'shop');
    assert.deepEqual(asked(run), ['pick 1/1 Add to Group: The group to add 2 users to — items: admins (Can do anything) | readers']);
    assert.deepEqual(told(run), { progress: ['Adding 2 users to admins…'], status: ['$(check) Added to admins: 2 users.'], notifications: [] });

    const one = flowRun([{ pick: 'readers' }], cognito);
    await addUsersToGroup(one.deps, [refs[0]]);
    assert.deepEqual(asked(one), [`pick 1/1 Add to Group: The group to add ann to — items: admins (Can do anything) | readers`]);
    assert.deepEqual(told(one).status, ['$(check) Added to readers: ann.']);
    const missing = flowRun([], new FakeCognito());
    missing.cognito.addPool('other');
    await assert.rejects(addUsersToGroup(missing.deps, [{ ...refs[0], userPoolId: missing.cognito.data.pools[0].id }]), new RegExp(`The pool "${missing.cognito.data.pools[0].id}" has no groups yet`));
  });

  it('adds a searched user from a group node, and tells a failure in a notification', async () => {
    const { cognito, pool } = shop();
    const group = { userPoolId: pool.id, name: 'admins' };
    cognito.data.groups.push(group);
    cognito.failNext.set('groups.addUser', new CognitoError('Not allowed.', 'accessDenied'));
    const run = flowRun([{ search: 'b', pick: 'ben' }], cognito);
    await addUserToThisGroup(run.deps, groupNode(SINGLE_CONNECTION_ID, group), 'shop');
    // The fake lists every user whatever the filter; the filter itself is what the search sends.
    assert.deepEqual(asked(run), ['pick 1/1 Add User to Group: The user to add to admins: type to search — items: ann (CONFIRMED) | ben (CONFIRMED)']);
    assert.deepEqual(cognito.calls.filter((c) => c.method === 'users.list').map((c) => c.args[1]), [{ filter: 'username ^= "b"' }]);
    assert.deepEqual(told(run).status, []);
    assert.deepEqual(told(run).notifications, ['Not allowed.'], 'one user failed: its one sentence');
    assert.deepEqual(run.membersAdded, []);
  });

  it('removes one member or several with their own progress titles, and tells failures in a notification', async () => {
    const { cognito, pool, refs } = shop();
    for (const { user } of refs) cognito.members.add(`${pool.id}/admins/${user.username}`);
    const members = refs.map((r) => memberNode(SINGLE_CONNECTION_ID, pool.id, 'admins', r.user));
    const one = flowRun([], cognito);
    await removeFromGroup(one.deps, [members[0]]);
    assert.deepEqual(told(one), { progress: ['Removing ann from admins…'], status: ['$(check) Removed from admins: ann.'], notifications: [] });

    cognito.failNext.set('groups.removeUser', new CognitoError('Not allowed.', 'accessDenied'));
    const two = flowRun([], cognito);
    await removeFromGroup(two.deps, members);
    assert.deepEqual(told(two).progress, ['Removing 2 users from admins…']);
    assert.deepEqual(told(two).status, []);
    assert.match(told(two).notifications[0], /^Removed from admins: 1 of 2 users/);
    assert.deepEqual(two.removed, [members[1]], 'only the member that left loses its node');
  });
});
