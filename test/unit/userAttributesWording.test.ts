import * as assert from 'node:assert/strict';
import { deleteUserAttribute, editUserAttribute } from '../../src/commands/flows/users/userAttributes';
import type { UserRef } from '../../src/commands/flows/users/userTargets';
import { CognitoError } from '../../src/shared/errors';
import type { AttributeSchema } from '../../src/shared/types';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { asked, told } from '../support/transcript';

// Edit Attribute and Delete Attribute word for word: each attribute offered with its current value and
// what the pool allows, the value box filled with the current value, and why an attribute cannot go.

const SCHEMA: AttributeSchema[] = [
  { name: 'email', type: 'String', mutable: true, required: true, custom: false },
  { name: 'phone_number', type: 'String', mutable: true, required: false, custom: false },
  { name: 'nickname', type: 'String', mutable: true, required: false, custom: false, minLength: 2, maxLength: 20 },
  { name: 'custom:level', type: 'Number', mutable: true, required: false, custom: true, minValue: 1, maxValue: 5 },
  { name: 'custom:tenant', type: 'String', mutable: false, required: false, custom: true },
  { name: 'sub', type: 'String', mutable: false, required: true, custom: false },
  { name: 'email_verified', type: 'Boolean', mutable: true, required: false, custom: false },
];

function alice(schema: AttributeSchema[] = SCHEMA) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop', { attributes: schema });
  cognito.data.users.set(pool.id, [{ username: 'alice', status: 'CONFIRMED', enabled: true }]);
  cognito.attributes.set(`${pool.id}/alice`, [
    { name: 'sub', value: 'uuid-1' },
    { name: 'email', value: 'a@example.com' },
    { name: 'email_verified', value: 'true' },
    { name: 'custom:level', value: '3' },
    { name: 'custom:tenant', value: 't1' },
  ]);
  const ref: UserRef = { connectionId: SINGLE_CONNECTION_ID, userPoolId: pool.id, user: cognito.data.users.get(pool.id)![0] };
  return { cognito, pool, ref };
}

describe('user attributes, word for word', () => {
  it('offers the changeable attributes with their values and limits, fills in the current value, and says what it set', async () => {
    const { cognito, ref } = alice();
    const run = flowRun([{ pick: 'custom:level' }, { input: '4' }], cognito);
    await editUserAttribute(run.deps, ref);
    assert.deepEqual(asked(run), [
      'pick 1/2 Edit Attribute: The attribute of alice to set — items: ' +
        [
          'email (a@example.com) [standard, string, required]',
          'phone_number ((not set)) [standard, string]',
          'nickname ((not set)) [standard, string, 2+ characters, up to 20 characters]',
          'custom:level (3) [custom, number, ≥ 1, ≤ 5]',
        ].join(' | '),
      'input 2/2 Edit Attribute: custom:level of alice (custom, number, ≥ 1, ≤ 5) — value: 3',
    ]);
    assert.deepEqual(told(run), { progress: ['Setting custom:level of alice…'], status: ['$(check) Set custom:level of alice'], notifications: [] });
    assert.deepEqual(cognito.writeCalls.map((c) => c.args.slice(1)), [['alice', [{ name: 'custom:level', value: '4' }]]]);
    assert.deepEqual(run.changedUsers.map((u) => u.username), ['alice']);
  });

  it('asks whether a new phone number is verified, as a third step', async () => {
    const { cognito, ref } = alice();
    const run = flowRun([{ pick: 'phone_number' }, { input: '+14155550100' }, { pick: 'Leave it unverified' }], cognito);
    await editUserAttribute(run.deps, ref);
    assert.deepEqual(asked(run).slice(1), [
      // The third step is counted once the attribute turns out to be verifiable: from the value box on
      // (counted by hand, the box said 2/2 and then a 3/3 followed).
      'input 2/3 Edit Attribute: phone_number of alice (standard, string)',
      'pick 3/3 Edit Attribute: Is the new phone_number verified? — items: ' +
        'Mark it as verified [No code is sent; the user can sign in with it at once] | Leave it unverified [Cognito may send a code to verify it, as the pool is set up to]',
    ]);
    assert.deepEqual(cognito.writeCalls[0].args[2], [
      { name: 'phone_number', value: '+14155550100' },
      { name: 'phone_number_verified', value: 'false' },
    ]);
  });

  it('falls back to the standard attributes as strings when the pool does not tell its schema, and keeps the node when the user cannot be read back', async () => {
    const { cognito, ref } = alice([]);
    cognito.failNext.set('users.get', new CognitoError('Cognito is busy.', 'throttled'));
    const run = flowRun([{ pick: 'updated_at' }, { input: '1700000000' }], cognito);
    await editUserAttribute(run.deps, ref);
    const [offered] = run.prompter.asked;
    assert.ok(offered.labels?.includes('given_name'));
    assert.ok(!offered.labels?.includes('sub'), 'sub is never offered');
    assert.equal(asked(run)[1], 'input 2/2 Edit Attribute: updated_at of alice (standard, number)');
    assert.deepEqual(run.changedUsers, [ref.user]);
  });

  it('lists the user’s attributes for deletion with why some cannot go, and deletes an optional one', async () => {
    const { cognito, ref } = alice();
    const run = flowRun([{ pick: 'custom:level' }], cognito);
    await deleteUserAttribute(run.deps, ref);
    assert.deepEqual(asked(run), [
      'pick 1/1 Delete Attribute: The attribute of alice to delete — items: ' +
        [
          'email (a@example.com) [Required by the pool, so every user must have it]',
          'custom:level (3) [Optional: can be deleted]',
          'custom:tenant (t1) [Immutable: set when the user was created and fixed since]',
        ].join(' | '),
    ]);
    assert.deepEqual(told(run), { progress: ['Deleting custom:level of alice…'], status: ['$(check) Deleted custom:level of alice'], notifications: [] });
    assert.deepEqual(cognito.writeCalls.map((c) => c.args.slice(1)), [['alice', ['custom:level']]]);
    assert.deepEqual(run.changedUsers.map((u) => u.username), ['alice']);
  });

  it('says so when nothing can be deleted, and tells an attribute outside the schema as optional', async () => {
    const { cognito, ref, pool } = alice();
    cognito.attributes.set(`${pool.id}/alice`, [{ name: 'sub', value: 'uuid-1' }]);
    await assert.rejects(deleteUserAttribute(flowRun([], cognito).deps, ref), (error: unknown) => error instanceof CognitoError && error.message === 'alice has no attribute that can be deleted.');
    cognito.attributes.set(`${pool.id}/alice`, [{ name: 'custom:old', value: 'x' }]);
    const run = flowRun([{ pick: 'custom:old' }], cognito);
    await deleteUserAttribute(run.deps, ref);
    assert.deepEqual(asked(run), ['pick 1/1 Delete Attribute: The attribute of alice to delete — items: custom:old (x) [Optional: can be deleted]']);
  });

  it('refuses a required attribute with the whole reason', async () => {
    const { cognito, ref } = alice();
    const run = flowRun([{ pick: 'email' }], cognito);
    await assert.rejects(deleteUserAttribute(run.deps, ref), (error: unknown) => error instanceof CognitoError && error.message === 'email cannot be deleted: required by the pool, so every user must have it.' && error.kind === 'invalidParameter');
    assert.deepEqual(cognito.writeCalls, []);
  });
});
