import * as assert from 'node:assert/strict';
import { checkMinimumLength, checkPasswordHistorySize, checkTagKey, checkTagValue, checkTemporaryPasswordDays } from '../../src/validation/poolSettings';

// The pool-settings boxes' rules at their edges: each value just inside passes, just outside gets its sentence.

describe('pool settings validation', () => {
  it('minimum length 6–99', () => {
    assert.deepEqual(['6', '99', ' 8 '].map(checkMinimumLength), [undefined, undefined, undefined]);
    for (const bad of ['5', '100', '', '8.5', '-7', 'eight']) assert.equal(checkMinimumLength(bad), 'Enter a whole number of characters from 6 to 99.');
  });

  it('temporary password 1–365 days, 0 named as what Cognito makes of it', () => {
    assert.deepEqual(['1', '365'].map(checkTemporaryPasswordDays), [undefined, undefined]);
    assert.equal(checkTemporaryPasswordDays('0'), 'Cognito turns 0 into its default, 7 days: type 7 for that, or a number of days from 1 to 365.');
    for (const bad of ['366', '', '1.5']) assert.equal(checkTemporaryPasswordDays(bad), 'Enter a whole number of days from 1 to 365.');
  });

  it('password history 0–24', () => {
    assert.deepEqual(['0', '24'].map(checkPasswordHistorySize), [undefined, undefined]);
    for (const bad of ['25', '-1', '']) assert.equal(checkPasswordHistorySize(bad), 'Enter how many previous passwords a user may not reuse, from 0 (any) to 24.');
  });

  it('tag keys: 1–128 characters of the allowed ones, not aws:, not one the pool has', () => {
    assert.deepEqual(['k'.repeat(128), 'cost center', 'a_b.c:d/e=f+g-h@i', 'Ünï 1', 'awsome'].map((k) => checkTagKey(k)), [undefined, undefined, undefined, undefined, undefined]);
    assert.equal(checkTagKey(''), 'Enter a tag key.');
    assert.equal(checkTagKey('k'.repeat(129)), 'A tag key has at most 128 characters (now 129).');
    assert.equal(checkTagKey('team!'), 'A tag key can contain letters, numbers, spaces and _ . : / = + - @ only.');
    assert.equal(checkTagKey('aws:team'), 'Tag keys starting with aws: are reserved for AWS.');
    assert.equal(checkTagKey('AWS:team'), 'Tag keys starting with aws: are reserved for AWS.');
    assert.equal(checkTagKey('team', ['team']), 'The pool already has the tag team: pick it to change its value.');
  });

  it('tag values: 0–256 characters of the allowed ones', () => {
    assert.deepEqual(['', 'é'.repeat(256), 'x y'].map(checkTagValue), [undefined, undefined, undefined]);
    assert.equal(checkTagValue('v'.repeat(257)), 'A tag value has at most 256 characters (now 257).');
    assert.equal(checkTagValue('a,b'), 'A tag value can contain letters, numbers, spaces and _ . : / = + - @ only.');
  });
});
