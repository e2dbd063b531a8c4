import * as assert from 'node:assert/strict';
import { setUserPassword } from '../../src/commands/flows/users/setUserPassword';
import { showUserDetails } from '../../src/commands/flows/users/showUserDetails';
import { confirmUser, deleteUsers, resendInvitation, resetUserPassword, setUsersEnabled, signOutEverywhere } from '../../src/commands/flows/users/userActions';
import { deleteUserAttribute, editUserAttribute } from '../../src/commands/flows/users/userAttributes';
import type { UserRef } from '../../src/commands/flows/users/userTargets';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import type { AttributeSchema } from '../../src/shared/types';
import { Cancelled } from '../../src/ui/prompter';
import { checkPassword } from '../../src/validation/password';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun, settle, type FlowRun } from '../support/flowHarness';
import { ESC, type Answer } from '../support/scriptedPrompter';

const SCHEMA: AttributeSchema[] = [
  { name: 'email', type: 'String', mutable: true, required: true, custom: false },
  { name: 'phone_number', type: 'String', mutable: true, required: false, custom: false },
  { name: 'birthdate', type: 'String', mutable: true, required: false, custom: false, minLength: 10, maxLength: 10 },
  { name: 'custom:level', type: 'Number', mutable: true, required: false, custom: true, minValue: 1, maxValue: 5 },
  { name: 'custom:tenant', type: 'String', mutable: false, required: false, custom: true },
  { name: 'sub', type: 'String', mutable: false, required: true, custom: false },
];

function pool() {
  const cognito = new FakeCognito();
  const details = cognito.addPool('shop', { attributes: SCHEMA });
  const names = ['alice', 'bob', 'carol'];
  cognito.data.users.set(details.id, names.map((username) => ({ username, status: 'FORCE_CHANGE_PASSWORD', enabled: true })));
  const refs: UserRef[] = cognito.data.users.get(details.id)!.map((user) => ({ connectionId: SINGLE_CONNECTION_ID, userPoolId: details.id, user }));
  return { cognito, poolId: details.id, refs };
}

const writes = (run: FlowRun) => run.cognito.writeCalls.map((c) => [c.method, ...c.args.slice(1, 2)]);

describe('Set Password', () => {
  it('sets a typed permanent password checked against the policy, and shows the user CONFIRMED', async () => {
    const { cognito, refs } = pool();
    const run = flowRun([{ pick: 'Permanent' }, { pick: 'Type a password' }, { input: 'Perm-Passw0rd!' }], cognito);
    await setUserPassword(run.deps, refs[0]);
    run.prompter.assertDone();
    assert.equal(run.prompter.asked[2].password, true);
    assert.deepEqual(cognito.passwordsSet, [['alice', true]]);
    assert.deepEqual(run.changedUsers.map((u) => [u.username, u.status]), [['alice', 'CONFIRMED']]);
    assert.deepEqual(run.logLines, ['Set a permanent password for alice']);
  });

  it('refuses a typed password that breaks the pool’s policy while it is typed', async () => {
    const { cognito, refs } = pool();
    const run = flowRun([{ pick: 'Temporary' }, { pick: 'Type a password' }, { input: 'short' }], cognito);
    await assert.rejects(setUserPassword(run.deps, refs[0]), /rejected by the box's validation: Use at least 8 characters/);
    assert.deepEqual(cognito.passwordsSet, []);
  });

  it('generates a password that meets the policy, offers to copy it, and never shows or logs it', async () => {
    const { cognito, refs } = pool();
    const run = flowRun([{ pick: 'Temporary' }, { pick: 'Generate' }], cognito, 'Copy Password');
    let sent = '';
    const set = cognito.users.setPassword.bind(cognito.users);
    cognito.users.setPassword = async (poolId, username, password, permanent) => {
      sent = password;
      return set(poolId, username, password, permanent);
    };
    await setUserPassword(run.deps, refs[0]);
    await settle();
    assert.equal(checkPassword(sent, cognito.data.pools[0].passwordPolicy), undefined);
    assert.ok(sent.length >= 16);
    assert.deepEqual(run.clipboard, [sent], 'copied only when asked');
    assert.deepEqual(run.changedUsers.map((u) => u.status), ['FORCE_CHANGE_PASSWORD']);
    for (const text of [...run.logLines, ...run.statusMessages, ...run.notifications.map((n) => n.message)]) assert.ok(!text.includes(sent), text);
  });

  it('finds the user from the palette with a server-side search', async () => {
    const { cognito } = pool();
    const run = flowRun([{ pick: 'shop' }, { search: 'bo', pick: 'bob' }, { pick: 'Permanent' }, { pick: 'Type a password' }, { input: 'Perm-Passw0rd!' }], cognito);
    await setUserPassword(run.deps);
    const search = cognito.calls.find((c) => c.method === 'users.list' && (c.args[1] as { filter?: string }).filter);
    assert.equal((search?.args[1] as { filter?: string }).filter, 'username ^= "bo"');
    assert.deepEqual(cognito.passwordsSet, [['bob', true]]);
    assert.deepEqual(run.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/5', '2/5', '3/5', '4/5', '5/5']);
  });

  it('sets nothing on Esc at any step', async () => {
    const complete: Answer[] = [{ pick: 'shop' }, { pick: 'alice' }, { pick: 'Permanent' }, { pick: 'Type a password' }, { input: 'Perm-Passw0rd!' }];
    for (let step = 0; step < complete.length; step++) {
      const { cognito } = pool();
      const run = flowRun([...complete.slice(0, step), ESC], cognito);
      await assert.rejects(setUserPassword(run.deps), Cancelled);
      assert.deepEqual(cognito.writeCalls, [], `Esc at step ${step + 1}`);
    }
  });
});

describe('user actions on one or several users', () => {
  it('disables and enables every selected user with one progress and updates each node', async () => {
    const { cognito, refs } = pool();
    const run = flowRun([], cognito);
    await setUsersEnabled(run.deps, refs, false);
    assert.deepEqual(writes(run), [['users.setEnabled', 'alice'], ['users.setEnabled', 'bob'], ['users.setEnabled', 'carol']]);
    assert.deepEqual(run.changedUsers.map((u) => [u.username, u.enabled]).sort(), [['alice', false], ['bob', false], ['carol', false]]);
    assert.equal(run.progressTitles.length, 1);
    assert.deepEqual(run.bulkReports.at(-1), [3, 0, 3]);
    assert.deepEqual(run.statusMessages, ['$(check) Disabled 3 users.']);
  });

  it('names who failed and why, and keeps the others’ results', async () => {
    const { cognito, refs } = pool();
    const run = flowRun([], cognito);
    const gone = { ...refs[1], user: { ...refs[1].user, username: 'gone' } };
    await setUsersEnabled(run.deps, [refs[0], gone], false);
    assert.match(run.notifications[0].message, /^Disabled 1 of 2 users\. gone failed: There is no user with that username in this pool; check the username\.$/);
    assert.deepEqual(run.changedUsers.map((u) => u.username), ['alice']);
  });

  it('deletes several users after one confirmation naming the count, and removes their nodes', async () => {
    const { cognito, refs, poolId } = pool();
    const run = flowRun([{ confirm: true }], cognito);
    await deleteUsers(run.deps, refs.slice(0, 2));
    assert.match(run.prompter.asked[0].text, /^Delete 2 users\?$/);
    assert.deepEqual(cognito.data.users.get(poolId)?.map((u) => u.username), ['carol']);
    assert.deepEqual(run.removed.map((n) => n.kind === 'user' && n.user.username), ['alice', 'bob']);
  });

  it('deletes nothing on Cancel or Esc, and names the one user when there is one', async () => {
    for (const answer of [{ confirm: false }, ESC] as Answer[]) {
      const { cognito, refs } = pool();
      const run = flowRun([answer], cognito);
      await assert.rejects(deleteUsers(run.deps, [refs[0]]), Cancelled);
      assert.equal(run.prompter.asked[0].text, 'Delete the user alice?');
      assert.deepEqual(cognito.writeCalls, []);
    }
  });

  it('stops before the next call when cancelled, and reports what was done', async () => {
    const { cognito, poolId } = pool();
    const many = Array.from({ length: 20 }, (_, i) => ({ username: `u${i}`, status: 'CONFIRMED', enabled: true }));
    cognito.data.users.set(poolId, many);
    const run = flowRun([], cognito);
    run.cancelAfter = 5;
    await setUsersEnabled(run.deps, many.map((user) => ({ connectionId: SINGLE_CONNECTION_ID, userPoolId: poolId, user })), false);
    const calls = writes(run).length;
    assert.ok(calls >= 5 && calls < 20, `stopped early (${calls} calls)`);
    assert.equal(run.notifications[0].message.startsWith(`Disabled ${calls} of 20 users.`), true, run.notifications[0].message);
    assert.match(run.notifications[0].message, new RegExp(`Cancelled: ${20 - calls} users not started\\.$`));
  });

  it('confirms an unconfirmed user, resets a password after a confirmation, resends an invitation, signs out everywhere', async () => {
    const { cognito, refs } = pool();
    Object.assign(refs[2].user, { email: 'carol@example.test', phoneNumber: '+14325550190' });
    const run = flowRun([{ confirm: true }, { pick: 'SMS' }, { confirm: true }], cognito);
    await confirmUser(run.deps, refs[0]);
    await resetUserPassword(run.deps, refs[1]);
    await resendInvitation(run.deps, refs[2]);
    assert.deepEqual(cognito.writeCalls.find((c) => c.method === 'users.resendInvitation')?.args[2], ['SMS'], 'the medium chosen, not both');
    await signOutEverywhere(run.deps, refs[2]);
    assert.deepEqual(writes(run), [['users.confirm', 'alice'], ['users.resetPassword', 'bob'], ['users.resendInvitation', 'carol'], ['users.signOutEverywhere', 'carol']]);
    assert.deepEqual(run.changedUsers.map((u) => [u.username, u.status]), [['alice', 'CONFIRMED'], ['bob', 'RESET_REQUIRED']]);
  });

  it('resets and signs out nobody without the confirmation', async () => {
    const { cognito, refs } = pool();
    const run = flowRun([{ confirm: false }, ESC], cognito);
    await assert.rejects(resetUserPassword(run.deps, refs[0]), Cancelled);
    await assert.rejects(signOutEverywhere(run.deps, refs[0]), Cancelled);
    assert.deepEqual(cognito.writeCalls, []);
  });
});

describe('attributes and details', () => {
  it('edits an attribute validated by its type, and marks an e-mail verified when asked', async () => {
    const { cognito, refs } = pool();
    const run = flowRun([{ pick: 'email' }, { input: 'alice@example.com' }, { pick: 'Mark it as verified' }], cognito);
    await editUserAttribute(run.deps, refs[0]);
    assert.deepEqual(cognito.writeCalls[0].args[2], [
      { name: 'email', value: 'alice@example.com' },
      { name: 'email_verified', value: 'true' },
    ]);
    assert.ok(!run.prompter.asked[0].labels?.includes('custom:tenant'), 'immutable attributes are not offered');
    assert.ok(!run.prompter.asked[0].labels?.includes('sub'));
  });

  for (const [attribute, bad, message] of [
    ['email', 'not-an-email', /e-mail address like name@example.com/],
    ['phone_number', '0155 555', /E\.164/],
    ['birthdate', '23/04/1990', /YYYY-MM-DD/],
    ['custom:level', '9', /at most 5/],
    ['custom:level', 'x', /Enter a number/],
  ] as const) {
    it(`refuses ${attribute} = "${bad}" while it is typed`, async () => {
      const { cognito, refs } = pool();
      const run = flowRun([{ pick: attribute }, { input: bad }], cognito);
      await assert.rejects(editUserAttribute(run.deps, refs[0]), message);
      assert.deepEqual(cognito.writeCalls, []);
    });
  }

  it('deletes an optional attribute, and refuses a required or immutable one with the reason', async () => {
    const { cognito, refs, poolId } = pool();
    cognito.attributes.set(`${poolId}/alice`, [
      { name: 'email', value: 'a@example.com' },
      { name: 'custom:level', value: '3' },
      { name: 'custom:tenant', value: 't1' },
    ]);
    const ok = flowRun([{ pick: 'custom:level' }], cognito);
    await deleteUserAttribute(ok.deps, refs[0]);
    assert.deepEqual(cognito.writeCalls.map((c) => c.args[2]), [['custom:level']]);
    const required = flowRun([{ pick: 'email' }], cognito);
    await assert.rejects(deleteUserAttribute(required.deps, refs[0]), /email cannot be deleted: required by the pool/);
    const fixed = flowRun([{ pick: 'custom:tenant' }], cognito);
    await assert.rejects(deleteUserAttribute(fixed.deps, refs[0]), /custom:tenant cannot be deleted: immutable/);
    assert.equal(cognito.writeCalls.length, 1);
  });

  it('shows every attribute with verified flags, the status, groups and MFA, and renders again on refresh', async () => {
    const { cognito, refs, poolId } = pool();
    cognito.attributes.set(`${poolId}/alice`, [
      { name: 'email', value: 'a@example.com' },
      { name: 'email_verified', value: 'true' },
      { name: 'custom:team', value: 'red|blue' },
    ]);
    cognito.data.groups.push({ userPoolId: poolId, name: 'admins' });
    cognito.members.add(`${poolId}/admins/alice`);
    const run = flowRun([], cognito);
    await showUserDetails(run.deps, refs[0], 'shop');
    const [{ title, text }] = run.details;
    assert.equal(title, 'User alice');
    assert.match(text, /- Status: FORCE_CHANGE_PASSWORD/);
    assert.match(text, /^- email: a@example\.com \(verified\)$/m);
    assert.match(text, /^- custom:team: red\|blue$/m);
    assert.match(text, /- Groups: admins/);
    assert.match(text, /- MFA: none set up/);
  });
});
