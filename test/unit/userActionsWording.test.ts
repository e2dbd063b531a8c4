import * as assert from 'node:assert/strict';
import { confirmUser, deleteUsers, resendInvitation, resetUserPassword, setUsersEnabled, signOutEverywhere } from '../../src/commands/flows/users/userActions';
import type { UserRef } from '../../src/commands/flows/users/userTargets';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { CognitoError } from '../../src/shared/errors';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// What the one-click user actions ask and tell, word for word: from a node, from the palette (pool, then
// a searched user), for one user and for several.

function shop(names = ['alice', 'bob', 'carol', 'dave', 'erin']) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop');
  cognito.data.users.set(pool.id, names.map((username) => ({ username, status: 'UNCONFIRMED', enabled: true })));
  const refs: UserRef[] = cognito.data.users.get(pool.id)!.map((user) => ({ connectionId: SINGLE_CONNECTION_ID, userPoolId: pool.id, user }));
  return { cognito, pool, refs };
}

const PICK_POOL = (title: string, total: number) => `pick 1/${total} ${title}: Choose a user pool — items: shop (${'us-east-1_shop1'})`;

describe('user actions, word for word', () => {
  it('enables one user from the palette: pool, then a searched user, then one status line', async () => {
    const { cognito, refs } = shop(['alice']);
    const run = flowRun([{ pick: 'shop' }, { search: 'al', pick: 'alice' }], cognito);
    await setUsersEnabled(run.deps, [], true);
    assert.deepEqual(asked(run), [PICK_POOL('Enable User', 2), 'pick 2/2 Enable User: A user of "shop": type to search — items: alice (UNCONFIRMED)']);
    assert.deepEqual(told(run), { progress: ['Enabling alice…'], status: ['$(check) Enabled alice.'], notifications: [] });
    assert.deepEqual(run.changedUsers, [{ ...refs[0].user, enabled: true }]);
    assert.deepEqual(cognito.writeCalls.map((c) => c.args), [[refs[0].userPoolId, 'alice', true]]);
  });

  it('disables several selected users under one progress, and tells failures in a notification', async () => {
    const { cognito, refs } = shop();
    const run = flowRun([], cognito);
    await setUsersEnabled(run.deps, refs.slice(0, 2), false);
    assert.deepEqual(told(run), { progress: ['Disabling 2 users…'], status: ['$(check) Disabled 2 users.'], notifications: [] });

    cognito.failNext.set('users.setEnabled', new CognitoError('Not allowed.', 'accessDenied'));
    const failing = flowRun([], cognito);
    await setUsersEnabled(failing.deps, [refs[0]], true);
    assert.deepEqual(told(failing).status, []);
    assert.deepEqual(told(failing).notifications, ['Not allowed.'], 'one user failed: its one sentence');
    assert.deepEqual(failing.changedUsers, [], 'a user that failed keeps its node');
  });

  it('names the users a deletion removes: one, two, three, and "and N more" beyond', async () => {
    const detailFor = async (count: number) => {
      const { cognito, refs } = shop();
      const run = flowRun([{ confirm: true }], cognito);
      await deleteUsers(run.deps, refs.slice(0, count));
      return { asked: asked(run), told: told(run) };
    };
    assert.deepEqual(await detailFor(1), {
      asked: ['confirm [Delete]: Delete the user alice? — detail: The user cannot sign in again, and this cannot be undone.'],
      told: { progress: ['Deleting alice…'], status: ['$(check) Deleted alice.'], notifications: [] },
    });
    assert.deepEqual((await detailFor(2)).asked, ['confirm [Delete]: Delete 2 users? — detail: alice and bob cannot sign in again, and this cannot be undone.']);
    assert.deepEqual((await detailFor(3)).asked, ['confirm [Delete]: Delete 3 users? — detail: alice, bob and carol cannot sign in again, and this cannot be undone.']);
    const five = await detailFor(5);
    assert.deepEqual(five.asked, ['confirm [Delete]: Delete 5 users? — detail: alice, bob, carol and 2 more cannot sign in again, and this cannot be undone.']);
    assert.deepEqual(five.told, { progress: ['Deleting 5 users…'], status: ['$(check) Deleted 5 users.'], notifications: [] });
  });

  it('keeps the nodes of users whose deletion failed, and says so in a notification', async () => {
    const { cognito, refs } = shop();
    cognito.failNext.set('users.delete', new CognitoError('Not allowed.', 'accessDenied'));
    const run = flowRun([{ confirm: true }], cognito);
    await deleteUsers(run.deps, refs.slice(0, 2));
    assert.deepEqual(run.removed.map((n) => n.kind === 'user' && n.user.username), ['bob']);
    assert.deepEqual(told(run).status, []);
    assert.match(told(run).notifications[0], /^Deleted 1 of 2 users\./);
  });

  it('confirms a user from the palette', async () => {
    const { cognito, refs } = shop(['alice']);
    const run = flowRun([{ pick: 'shop' }, { pick: 'alice' }], cognito);
    await confirmUser(run.deps);
    assert.deepEqual(asked(run), [PICK_POOL('Confirm User', 2), 'pick 2/2 Confirm User: A user of "shop": type to search — items: alice (UNCONFIRMED)']);
    assert.deepEqual(told(run), { progress: ['Confirming alice…'], status: ['$(check) Confirmed alice'], notifications: [] });
    assert.deepEqual(run.changedUsers, [{ ...refs[0].user, status: 'CONFIRMED' }]);
  });

  it('resets a password after saying what happens, and shows the state Cognito reports', async () => {
    const { cognito, refs } = shop(['alice']);
    const run = flowRun([{ pick: 'shop' }, { pick: 'alice' }, { confirm: true }], cognito);
    await resetUserPassword(run.deps);
    assert.deepEqual(asked(run), [
      // The confirmation is a modal without a counter, not a third step (it was counted by hand before).
      PICK_POOL('Reset Password', 2),
      'pick 2/2 Reset Password: A user of "shop": type to search — items: alice (UNCONFIRMED)',
      'confirm [Reset Password]: Reset the password of alice? — detail: The current password stops working; Cognito sends the user a code to choose a new one (RESET_REQUIRED).',
    ]);
    assert.deepEqual(told(run), { progress: ['Resetting the password of alice…'], status: ['$(check) Reset the password of alice; Cognito sent a code'], notifications: [] });
    assert.deepEqual(run.changedUsers, [{ ...refs[0].user, status: 'RESET_REQUIRED' }]);

    // When the user cannot be read back, the node shows RESET_REQUIRED anyway.
    cognito.data.users.get(refs[0].userPoolId)![0] = { ...refs[0].user, status: 'CONFIRMED' };
    cognito.failNext.set('users.get', new CognitoError('Cognito is busy.', 'throttled'));
    const again = flowRun([{ confirm: true }], cognito);
    await resetUserPassword(again.deps, refs[0]);
    assert.deepEqual(again.changedUsers, [{ ...refs[0].user, status: 'RESET_REQUIRED' }]);
  });

  it('resends an invitation and signs out everywhere, each saying what it did', async () => {
    const { cognito, refs } = shop(['alice']);
    Object.assign(refs[0].user, { status: 'FORCE_CHANGE_PASSWORD', email: 'alice@example.test', phoneNumber: '+14325550188' });
    const run = flowRun([{ pick: 'shop' }, { pick: 'alice' }, { pick: 'E-mail' }, { pick: 'shop' }, { pick: 'alice' }, { confirm: true }], cognito);
    await resendInvitation(run.deps);
    await signOutEverywhere(run.deps);
    assert.deepEqual(asked(run), [
      PICK_POOL('Resend Invitation', 3),
      'pick 2/3 Resend Invitation: A user of "shop": type to search — items: alice (FORCE_CHANGE_PASSWORD · alice@example.test)',
      'pick 3/3 Resend Invitation: alice has an e-mail address and a phone number: send the new invitation by… — items: E-mail (alice@example.test) | SMS (+14325550188) | E-mail and SMS (Two messages, each with the same new temporary password)',
      PICK_POOL('Sign Out Everywhere', 2),
      'pick 2/2 Sign Out Everywhere: A user of "shop": type to search — items: alice (FORCE_CHANGE_PASSWORD · alice@example.test)',
      "confirm [Sign Out Everywhere]: Sign alice out of every device? — detail: All of the user's refresh tokens are revoked; access and ID tokens stay valid until they expire.",
    ]);
    assert.deepEqual(told(run), {
      progress: ['Resending the invitation of alice…', 'Signing alice out everywhere…'],
      status: ['$(check) Sent alice a new invitation with a new temporary password by e-mail', '$(check) Signed alice out everywhere'],
      notifications: [],
    });
    assert.deepEqual(cognito.writeCalls.map((c) => c.method), ['users.resendInvitation', 'users.signOutEverywhere']);
  });

  it('Resend Invitation for a user with neither an e-mail address nor a phone number says what to do, and sends nothing', async () => {
    const { cognito, refs } = shop(['alice']);
    const run = flowRun([], cognito);
    await assert.rejects(
      resendInvitation(run.deps, refs[0]),
      (error: Error) => error.message === 'alice has neither an e-mail address nor a phone number, so Cognito cannot send an invitation; add one with Edit Attribute, or set a password with Set Password.',
    );
    assert.deepEqual(cognito.writeCalls, []);
  });
});
