import * as assert from 'node:assert/strict';
import { MAX_REQUESTS_PER_SECOND, requestRateSetting } from '../../src/shared/settings';

// cognito.maxRequestsPerSecond as bulk work reads it: a settings.json can hold any value, the schema's
// minimum and maximum notwithstanding.

describe('the request-rate setting', () => {
  it('takes a positive rate up to the bound as it is', () => {
    assert.equal(requestRateSetting(7), 7);
    assert.equal(requestRateSetting(2.5), 2.5);
    assert.equal(requestRateSetting(MAX_REQUESTS_PER_SECOND), MAX_REQUESTS_PER_SECOND);
  });

  it('holds a larger rate at the bound', () => {
    assert.equal(MAX_REQUESTS_PER_SECOND, 1000);
    assert.equal(requestRateSetting(100_000), 1000);
    assert.equal(requestRateSetting(Number.MAX_VALUE), 1000);
  });

  it('reads empty, zero, negative and non-numbers as "Cognito\'s default quotas"', () => {
    for (const value of [undefined, null, 0, -5, Number.NaN, Number.POSITIVE_INFINITY, '500', true, {}]) assert.equal(requestRateSetting(value), undefined, String(value));
  });
});
