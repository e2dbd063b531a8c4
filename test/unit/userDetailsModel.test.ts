import * as assert from 'node:assert/strict';
import type { UserDetails } from '../../src/shared/types';
import type { Field, ViewModel } from '../../src/shared/views/viewModel';
import { markdownOf } from '../../src/views/models/markdown';
import { userDetailsModel } from '../../src/views/models/userDetailsModel';
import { markdownOutline } from '../support/markdownOutline';

// Show User Details: the user's state, times, MFA and groups, and the attributes, where the e-mail and
// phone number carry their verified flag and the flags themselves are not fields of their own; the
// buttons beside the status, the enabled flag and the groups are the ones the user's row offers in
// that state.

const CREATED = new Date(Date.UTC(2024, 10, 2, 23, 41, 7));
const MODIFIED = new Date(Date.UTC(2026, 0, 19, 6, 5, 59));

/** When the text is made: the dates above read "… ago" from here. */
const NOW = new Date(Date.UTC(2026, 0, 19, 9, 5, 59));
const renderUserDetails = (d: UserDetails, poolName: string, poolId: string) => markdownOf(userDetailsModel(d, poolName, poolId), NOW);

function fieldOf(model: ViewModel, id: string): Field {
  const found = model.sections.flatMap((s) => s.fields).find((f) => f.id === id);
  assert.ok(found, `a field "${id}"`);
  return found;
}

const actionsOf = (model: ViewModel, id: string) => (fieldOf(model, id).actions ?? []).map((a) => a.id);

function details(overrides: Partial<UserDetails> = {}): UserDetails {
  return {
    username: 'Zoë.Keeper',
    status: 'RESET_REQUIRED',
    enabled: false,
    created: CREATED,
    modified: MODIFIED,
    mfaMethods: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'],
    preferredMfa: 'EMAIL_OTP',
    groups: ['night-shift', 'reptiles'],
    attributes: [
      { name: 'sub', value: '7a0c5e1b-3f5d-4c8e-9f61-2d5b8a4e0c11' },
      { name: 'email', value: 'zoe@zoo.example' },
      { name: 'email_verified', value: 'false' },
      { name: 'phone_number', value: '+61491570006' },
      { name: 'phone_number_verified', value: 'true' },
      { name: 'custom:notes', value: 'feeds | cleans\nnights' },
    ],
    ...overrides,
  };
}

function field(text: string, label: string): string {
  const found = text.split('\n').find((l) => l.startsWith(`- ${label}:`));
  assert.ok(found !== undefined, `a line "- ${label}: …" in:\n${text}`);
  return found.slice(`- ${label}:`.length).trim();
}

/** The Attributes section's lines as name → value. */
function rows(text: string): Map<string, string> {
  const table = new Map<string, string>();
  const section = text.slice(text.indexOf('## Attributes'));
  for (const l of section.split('\n')) {
    const match = /^- ([^:]+(?::[^:]+)?): (.*)$/.exec(l);
    if (match) table.set(match[1], match[2]);
  }
  return table;
}

describe('Show User Details text', () => {
  it('shows the user, its pool, state, times, MFA and groups', () => {
    const text = renderUserDetails(details(), 'Marsupials, staging', 'ap-southeast-2_Wombat9');
    assert.deepEqual(markdownOutline(text), ['# User Zoë.Keeper', '## Overview', '## Attributes']);
    assert.equal(field(text, 'Username'), '`Zoë.Keeper`');
    assert.equal(field(text, 'Pool'), 'Marsupials, staging');
    assert.equal(field(text, 'Pool Id'), '`ap-southeast-2_Wombat9`');
    assert.equal(field(text, 'Status'), 'RESET_REQUIRED');
    assert.equal(field(text, 'Enabled'), 'no');
    assert.equal(field(text, 'Created'), `${CREATED.toLocaleString()} (15 months ago)`);
    assert.equal(field(text, 'Last modified'), `${MODIFIED.toLocaleString()} (3 h ago)`);
    assert.equal(field(text, 'MFA'), 'authenticator app, e-mail (preferred: e-mail)');
    assert.equal(field(text, 'Groups'), 'night-shift, reptiles');
  });

  it('puts each verified flag beside its attribute, not in a row of its own', () => {
    const text = renderUserDetails(details(), 'p', 'ap-southeast-2_Wombat9');
    const table = rows(text);
    assert.equal(table.get('email'), 'zoe@zoo.example (not verified)');
    assert.equal(table.get('phone_number'), '+61491570006 (verified)');
    assert.equal(table.get('sub'), '`7a0c5e1b-3f5d-4c8e-9f61-2d5b8a4e0c11`', 'no flag on an attribute that has none');
    assert.ok(!table.has('email_verified') && !table.has('phone_number_verified'));
    const model = userDetailsModel(details(), 'p', 'ap-southeast-2_Wombat9');
    const email = fieldOf(model, 'attribute:email');
    assert.deepEqual([email.value, email.hint, email.copy], ['zoe@zoo.example', 'not verified', true], 'the flag is a hint, so the copy gives the address alone');
    assert.ok(fieldOf(model, 'attribute:sub').mono, 'sub is an id');
    assert.ok(!model.sections.flatMap((s) => s.fields).some((f) => f.id === 'attribute:email_verified'));
  });

  it('reads an e-mail without a flag as not verified', () => {
    const table = rows(renderUserDetails(details({ attributes: [{ name: 'email', value: 'a@zoo.example' }] }), 'p', 'x_1'));
    assert.equal(table.get('email'), 'a@zoo.example (not verified)');
  });

  it('keeps a value with a pipe or a line break on its own line', () => {
    const text = renderUserDetails(details(), 'p', 'ap-southeast-2_Wombat9');
    assert.equal(rows(text).get('custom:notes'), 'feeds | cleans nights');
    assert.ok(!text.includes('cleans\nnights'));
    assert.equal(fieldOf(userDetailsModel(details(), 'p', 'x_1'), 'attribute:custom:notes').value, 'feeds | cleans\nnights', 'the model keeps the value as it is');
  });

  it('offers beside each value the commands the user’s row offers in that state', () => {
    const disabled = userDetailsModel(details(), 'p', 'x_1');
    assert.deepEqual(actionsOf(disabled, 'enabled'), ['cognito.enableUser']);
    assert.deepEqual(actionsOf(disabled, 'status'), ['cognito.setUserPassword'], 'RESET_REQUIRED: only a new password');
    assert.deepEqual(actionsOf(disabled, 'groups'), ['cognito.addUserToGroup']);
    const confirmed = userDetailsModel(details({ enabled: true, status: 'CONFIRMED' }), 'p', 'x_1');
    assert.deepEqual(actionsOf(confirmed, 'enabled'), ['cognito.disableUser']);
    assert.deepEqual(actionsOf(confirmed, 'status'), ['cognito.setUserPassword', 'cognito.resetUserPassword']);
    assert.deepEqual(actionsOf(userDetailsModel(details({ status: 'UNCONFIRMED' }), 'p', 'x_1'), 'status'), ['cognito.setUserPassword', 'cognito.confirmUser']);
    assert.deepEqual(actionsOf(userDetailsModel(details({ status: 'FORCE_CHANGE_PASSWORD' }), 'p', 'x_1'), 'status'), ['cognito.setUserPassword', 'cognito.resendInvitation']);
    const aws = userDetailsModel(details(), 'p', 'x_1').actions.map((a) => a.id);
    assert.ok(aws.includes('cognito.openInConsole') && !userDetailsModel(details(), 'p', 'x_1', true).actions.some((a) => a.id === 'cognito.openInConsole'), 'the AWS Console only for a user on AWS');
  });

  it('says so when the user is enabled, has no MFA, no groups and no known times', () => {
    const text = renderUserDetails(
      details({ enabled: true, status: 'CONFIRMED', mfaMethods: [], preferredMfa: undefined, groups: [], created: undefined, modified: undefined }),
      'p',
      'x_1',
    );
    assert.equal(field(text, 'Enabled'), 'yes');
    assert.equal(field(text, 'MFA'), 'none set up');
    assert.equal(field(text, 'Groups'), 'none');
    assert.equal(field(text, 'Created'), 'unknown');
    assert.equal(field(text, 'Last modified'), 'unknown');
  });
});
