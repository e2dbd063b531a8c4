import * as assert from 'node:assert/strict';
import { summarize, type BulkResult } from '../../src/bulk/runMany';
import { COGNITO_CSV_COLUMNS, csvUserFields, customColumns, type UserExport } from '../../src/bulk/userFormats';

// Export Users' CSV fields as Cognito's import reads them (MFA as true/false, verified flags never empty, the
// pool's custom columns after the standard ones), and the one-line summary a bulk action ends with.

function user(overrides: Partial<UserExport> = {}): UserExport {
  return {
    username: 'Ngaio.Marsh',
    status: 'CONFIRMED',
    enabled: true,
    attributes: [
      { name: 'phone_number', value: '+64211234567' },
      { name: 'custom:shift', value: '0' },
      { name: 'locale', value: 'mi-NZ' },
    ],
    mfaMethods: ['SMS_MFA'],
    ...overrides,
  };
}

describe('Export Users’ CSV fields', () => {
  it('fills each column of Cognito’s import layout from the user, and the custom ones after', () => {
    const custom = ['custom:shift', 'custom:unit'];
    const fields = csvUserFields(user(), custom);
    const byColumn = new Map([...COGNITO_CSV_COLUMNS, ...custom].map((column, i) => [column, fields[i]]));
    assert.equal(fields.length, COGNITO_CSV_COLUMNS.length + 2);
    assert.equal(byColumn.get('cognito:username'), 'Ngaio.Marsh');
    assert.equal(byColumn.get('cognito:mfa_enabled'), 'true');
    assert.equal(byColumn.get('phone_number'), '+64211234567');
    assert.equal(byColumn.get('locale'), 'mi-NZ');
    assert.equal(byColumn.get('custom:shift'), '0', 'a zero is a value, not an empty field');
    assert.equal(byColumn.get('custom:unit'), '');
    // Cognito's import refuses an empty verified flag: a user without one gets false.
    assert.equal(byColumn.get('email_verified'), 'false');
    assert.equal(byColumn.get('phone_number_verified'), 'false');
    assert.equal(byColumn.get('email'), '');
  });

  it('says MFA is off for a user without any method, and keeps the verified flags a user has', () => {
    const fields = csvUserFields(user({ mfaMethods: [], attributes: [{ name: 'phone_number_verified', value: 'true' }, { name: 'email_verified', value: 'true' }] }), []);
    const byColumn = new Map(COGNITO_CSV_COLUMNS.map((column, i) => [column, fields[i]]));
    assert.equal(byColumn.get('cognito:mfa_enabled'), 'false');
    assert.equal(byColumn.get('phone_number_verified'), 'true');
    assert.equal(byColumn.get('email_verified'), 'true');
  });

  it('takes a pool’s custom and unknown attributes as extra columns, sorted, and leaves the standard ones out', () => {
    assert.deepEqual(customColumns(['email', 'custom:zone', 'sub', 'dev:custom:legacy', 'custom:area', 'locale']), ['custom:area', 'custom:zone', 'dev:custom:legacy']);
  });
});

describe('the summary of a bulk action', () => {
  const name = (item: string) => item;
  const result = (succeeded: string[], failed: string[], skipped: string[] = []): BulkResult<string> => ({
    succeeded,
    failed: failed.map((item) => ({ item, reason: `${item} is in use.` })),
    skipped,
  });

  it('names the one item done, or gives the one failure’s reason alone', () => {
    assert.equal(summarize('Disabled', ['user', 'users'], result(['kiri'], []), name), 'Disabled kiri.');
    assert.equal(summarize('Disabled', ['user', 'users'], result([], ['kiri']), name), 'kiri is in use.');
  });

  it('counts the items, and names each failure when only some failed', () => {
    assert.equal(summarize('Deleted', ['group', 'groups'], result(['a', 'b', 'c'], []), name), 'Deleted 3 groups.');
    assert.equal(summarize('Deleted', ['group', 'groups'], result(['a', 'b'], ['c']), name), 'Deleted 2 of 3 groups. c failed: c is in use.');
  });

  it('says how many were not started after a cancel, one in the singular', () => {
    assert.equal(summarize('Enabled', ['user', 'users'], result(['a'], [], ['b']), name), 'Enabled 1 of 2 users. Cancelled: 1 user not started.');
    assert.equal(summarize('Enabled', ['user', 'users'], result([], [], ['a', 'b']), name), 'Enabled 0 of 2 users. Cancelled: 2 users not started.');
  });
});
