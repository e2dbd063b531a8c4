import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { contextValue, userContextValue } from '../../src/tree/contextValue';

// Context values are token sets matched one token at a time (src/tree/contextValue.ts): a token is
// never found inside another, and package.json's menus only use that form.

const has = (value: string, token: string) => new RegExp(`\\b${token}\\b`).test(value);

describe('context values as token sets', () => {
  it('puts the kind first, then the states, and leaves out a state that does not apply', () => {
    assert.equal(userContextValue({ username: 'ida', enabled: false, status: 'FORCE_CHANGE_PASSWORD' }, 'member'), 'member disabled force_change_password');
    assert.equal(contextValue('usersFolder', false), 'usersFolder');
    assert.equal(contextValue('usersFolder', 'filtered'), 'usersFolder filtered');
  });

  it('a per-token match finds whole tokens only: user is not in usersFolder, confirmed is not in unconfirmed', () => {
    const folder = contextValue('usersFolder', 'filtered');
    const unconfirmed = userContextValue({ username: 'ida', enabled: true, status: 'UNCONFIRMED' });
    assert.ok(!has(folder, 'user') && has(folder, 'usersFolder'));
    assert.ok(!has(unconfirmed, 'confirmed') && has(unconfirmed, 'unconfirmed') && has(unconfirmed, 'user'));
    assert.ok(!has(userContextValue({ username: 'ida', enabled: true, status: 'FORCE_CHANGE_PASSWORD' }), 'password'));
  });

  it('refuses a token a \\b match could split, and turns an odd status into one token', () => {
    assert.throws(() => contextValue('error.expiredSession'), /letters, digits or "_" only/);
    assert.equal(userContextValue({ username: 'ida', enabled: true, status: 'SOME-NEW status' }), 'user enabled some_new_status');
  });

  it('every viewItem test in package.json matches one token (or is the state-less loadMore row)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { contributes: { menus: Record<string, { when?: string }[]> } };
    const terms = Object.values(manifest.contributes.menus)
      .flat()
      .flatMap((entry) => (entry.when ?? '').split(' && ').map((term) => term.trim()))
      .filter((term) => term.startsWith('viewItem'));
    const perToken = /^viewItem =~ \/\\b(\w+|\(\w+(\|\w+)*\))\\b\/$/;
    assert.deepEqual(terms.filter((term) => !perToken.test(term) && term !== 'viewItem != loadMore'), []);
  });
});
