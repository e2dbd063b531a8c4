import * as assert from 'node:assert/strict';
import type { UserDetails } from '../../src/shared/types';
import { renderUserDetails } from '../../src/views/userDetailsDocument';
import { markdownOutline } from '../support/markdownOutline';

// Show User Details: the user's state, times, MFA and groups, and a table of attributes where the e-mail
// and phone number carry their verified flag and the flags themselves are not rows of their own.

const CREATED = new Date(Date.UTC(2024, 10, 2, 23, 41, 7));
const MODIFIED = new Date(Date.UTC(2026, 0, 19, 6, 5, 59));

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

/** The attribute table's rows as name → value cell. */
function rows(text: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const l of text.split('\n')) {
    const match = /^\| `([^`]+)` \| (.*) \|$/.exec(l);
    if (match) table.set(match[1], match[2]);
  }
  return table;
}

describe('Show User Details text', () => {
  it('shows the user, its pool, state, times, MFA and groups', () => {
    const text = renderUserDetails(details(), 'Marsupials, staging', 'ap-southeast-2_Wombat9');
    assert.deepEqual(markdownOutline(text), ['# User Zoë.Keeper', '## Attributes']);
    assert.equal(field(text, 'Pool'), 'Marsupials, staging (`ap-southeast-2_Wombat9`)');
    assert.equal(field(text, 'Status'), 'RESET_REQUIRED');
    assert.equal(field(text, 'Enabled'), 'no');
    assert.equal(field(text, 'Created'), CREATED.toLocaleString());
    assert.equal(field(text, 'Last modified'), MODIFIED.toLocaleString());
    assert.equal(field(text, 'MFA'), 'SOFTWARE_TOKEN_MFA, EMAIL_OTP (preferred: EMAIL_OTP)');
    assert.equal(field(text, 'Groups'), 'night-shift, reptiles');
  });

  it('puts each verified flag beside its attribute, not in a row of its own', () => {
    const text = renderUserDetails(details(), 'p', 'ap-southeast-2_Wombat9');
    const table = rows(text);
    assert.match(text, /^\| Attribute \| Value \|\n\|---\|---\|\n/m, 'a table with its header row');
    assert.equal(table.get('email'), 'zoe@zoo.example (not verified)');
    assert.equal(table.get('phone_number'), '+61491570006 (verified)');
    assert.equal(table.get('sub'), '7a0c5e1b-3f5d-4c8e-9f61-2d5b8a4e0c11', 'no flag on an attribute that has none');
    assert.ok(!table.has('email_verified') && !table.has('phone_number_verified'));
  });

  it('reads an e-mail without a flag as not verified', () => {
    const table = rows(renderUserDetails(details({ attributes: [{ name: 'email', value: 'a@zoo.example' }] }), 'p', 'x_1'));
    assert.equal(table.get('email'), 'a@zoo.example (not verified)');
  });

  it('keeps a value with a pipe or a line break inside its cell', () => {
    const text = renderUserDetails(details(), 'p', 'ap-southeast-2_Wombat9');
    assert.equal(rows(text).get('custom:notes'), 'feeds \\| cleans nights');
    assert.ok(!text.includes('cleans\nnights'));
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
