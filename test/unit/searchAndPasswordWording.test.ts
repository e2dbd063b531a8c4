import * as assert from 'node:assert/strict';
import { searchUsers } from '../../src/commands/flows/searchUsers';
import { setUserPassword } from '../../src/commands/flows/users/setUserPassword';
import { SEARCHABLE_ATTRIBUTES } from '../../src/shared/userFilter';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun, settle } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// Search Users and Set Password word for word: the attribute hints, the operator wording in the value
// box, the permanent/temporary and generate/type choices, and what each ends with.

const RULES = '8+ characters, upper case, lower case, number, symbol';

function shop() {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop');
  cognito.data.users.set(pool.id, [{ username: 'alice', status: 'FORCE_CHANGE_PASSWORD', enabled: true }]);
  return { cognito, pool };
}

describe('Search Users and Set Password, word for word', () => {
  it('asks the attribute with its hints, the operator, and the value as a sentence', async () => {
    const { cognito, pool } = shop();
    const run = flowRun([{ pick: 'shop' }, { pick: 'cognito:user_status' }, { pick: 'equals' }, { input: 'CONFIRMED' }], cognito);
    const filter = await searchUsers(run.deps);
    const hints: Record<string, string> = { 'cognito:user_status': 'CONFIRMED, UNCONFIRMED, FORCE_CHANGE_PASSWORD, …', status: 'Enabled or Disabled', phone_number: 'E.164, e.g. +1415' };
    assert.deepEqual(asked(run), [
      `pick 1/4 Search Users: Choose a user pool — items: shop (${pool.id})`,
      `pick 2/4 Search Users: Search the users of "shop" by — items: ${SEARCHABLE_ATTRIBUTES.map((a) => (hints[a] ? `${a} (${hints[a]})` : a)).join(' | ')}`,
      'pick 3/4 Search Users: cognito:user_status … — items: starts with | equals',
      'input 4/4 Search Users: cognito:user_status equals — placeholder: CONFIRMED, UNCONFIRMED, FORCE_CHANGE_PASSWORD, …',
    ]);
    assert.deepEqual(run.filters, [{ poolId: pool.id, filter }]);
    assert.equal(filter.expression, 'cognito:user_status = "CONFIRMED"');

    const prefix = flowRun([{ pick: 'username' }, { pick: 'starts with' }, { input: 'al' }], cognito);
    await searchUsers(prefix.deps, { connectionId: prefix.deps.connections.list()[0].id, pool });
    assert.equal(asked(prefix)[2], 'input 3/3 Search Users: username starts with');
  });

  it('sets a typed temporary password from the palette and says so in the status bar', async () => {
    const { cognito, pool } = shop();
    const run = flowRun([{ pick: 'shop' }, { pick: 'alice' }, { pick: 'Temporary' }, { pick: 'Type a password' }, { input: 'Temp-Passw0rd!' }], cognito);
    await setUserPassword(run.deps);
    assert.deepEqual(asked(run), [
      `pick 1/5 Set Password: Choose a user pool — items: shop (${pool.id})`,
      'pick 2/5 Set Password: A user of "shop": type to search — items: alice (FORCE_CHANGE_PASSWORD)',
      'pick 3/5 Set Password: A permanent or a temporary password for alice? — items: ' +
        'Permanent [The user signs in with it as it is and becomes CONFIRMED] | Temporary [The user must choose a new one at the next sign-in (FORCE_CHANGE_PASSWORD)]',
      `pick 4/5 Set Password: The new password of alice — items: Generate a password [A random password that meets this pool's policy (${RULES}); you can copy it afterwards] | ` +
        'Type a password [In a password box, checked against the policy as you type]',
      `input 5/5 Set Password: New password of alice (${RULES}) — masked`,
    ]);
    assert.deepEqual(told(run), { progress: ['Setting the password of alice…'], status: ['$(check) Set a temporary password for alice.'], notifications: [] });
    assert.deepEqual(run.logLines, ['Set a temporary password for alice']);
    assert.deepEqual(run.changedUsers.map((u) => u.status), ['FORCE_CHANGE_PASSWORD']);
    assert.deepEqual(cognito.passwordsSet, [['alice', false]]);
  });

  it('offers a generated permanent password once, to copy, and copies it only when asked', async () => {
    const { cognito } = shop();
    const run = flowRun([{ pick: 'shop' }, { pick: 'alice' }, { pick: 'Permanent' }, { pick: 'Generate a password' }], cognito, 'Copy Password');
    await setUserPassword(run.deps);
    await settle();
    assert.equal(run.prompter.asked.length, 4, 'no password box for a generated password');
    assert.deepEqual(told(run), {
      progress: ['Setting the password of alice…'],
      status: ['$(check) Copied the new password of alice'],
      notifications: ['Set a permanent password for alice. Copy it now: it is not shown or kept anywhere. [Copy Password]'],
    });
    assert.equal(run.clipboard.length, 1);
    assert.deepEqual(run.logLines, ['Set a permanent password for alice']);

    const declined = flowRun([{ pick: 'shop' }, { pick: 'alice' }, { pick: 'Permanent' }, { pick: 'Generate a password' }], cognito);
    await setUserPassword(declined.deps);
    await settle();
    assert.deepEqual([declined.clipboard, told(declined).status], [[], []]);
  });
});
