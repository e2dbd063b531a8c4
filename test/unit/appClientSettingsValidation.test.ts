import * as assert from 'node:assert/strict';
import { checkAuthSessionMinutes, checkGracePeriodSeconds, checkLifetime, checkRefreshOutlives, lifetimeText, parseLifetime } from '../../src/validation/appClientSettings';

// AWS's ranges for an app client's token lifetimes (access and ID 5 minutes – 1 day, refresh 60 minutes –
// 10 years), checked in the unit typed, at each boundary and one past it; the session (3–15 minutes) and
// rotation grace period (0–60 seconds); and the refresh token outliving the other two.

const ok = (kind: 'access' | 'id' | 'refresh', text: string) => assert.equal(checkLifetime(kind, text), undefined, `${kind} ${text}`);
const refused = (kind: 'access' | 'id' | 'refresh', text: string, said: RegExp) => assert.match(checkLifetime(kind, text) ?? '', said, `${kind} ${text}`);

describe('app client settings as typed', () => {
  it('takes access and ID tokens from 5 minutes to 1 day, in each unit', () => {
    for (const kind of ['access', 'id'] as const) {
      for (const text of ['5 minutes', '1440 minutes', '1 hour', '24 hours', '1 day', '300 seconds', '86400 seconds']) ok(kind, text);
      refused(kind, '4 minutes', /in minutes, 5 to 1,440\.$/);
      refused(kind, '1441 minutes', /in minutes, 5 to 1,440\.$/);
      refused(kind, '25 hours', /5 minutes to 1 day: in hours, 1 to 24\.$/);
      refused(kind, '0 hours', /in hours, 1 to 24\.$/);
      refused(kind, '2 days', /in days, 1 to 1\.$/);
      refused(kind, '299 seconds', /in seconds, 300 to 86,400\.$/);
    }
  });

  it('takes refresh tokens from 60 minutes to 10 years (3,650 days), in each unit', () => {
    for (const text of ['60 minutes', '5256000 minutes', '1 hour', '87600 hours', '1 day', '3650 days']) ok('refresh', text);
    refused('refresh', '59 minutes', /^Refresh tokens last 60 minutes to 10 years: in minutes, 60 to 5,256,000\.$/);
    refused('refresh', '5256001 minutes', /in minutes, 60 to 5,256,000\.$/);
    refused('refresh', '87601 hours', /in hours, 1 to 87,600\.$/);
    refused('refresh', '3651 days', /in days, 1 to 3,650\.$/);
    refused('refresh', '0 days', /in days, 1 to 3,650\.$/);
  });

  it('asks for a unit, and for a whole number', () => {
    refused('access', '45', /^Add a unit: minutes, hours or days/);
    for (const text of ['', 'soon', '1.5 hours', '-5 minutes', '45 weeks', '45 minutes later']) refused('access', text, /^Type a whole number and a unit/);
  });

  it('reads the units’ short forms and writes one back in the singular', () => {
    assert.deepEqual(parseLifetime(' 45 MIN '), { value: 45, unit: 'minutes' });
    assert.deepEqual(parseLifetime('2hrs'), { value: 2, unit: 'hours' });
    assert.equal(lifetimeText({ value: 1, unit: 'days' }), '1 day');
    assert.equal(lifetimeText({ value: 30, unit: 'days' }), '30 days');
  });

  it('wants the refresh token to last at least as long as the longer of the other two', () => {
    const hours = (value: number) => ({ value, unit: 'hours' as const });
    assert.equal(checkRefreshOutlives({ value: 180, unit: 'minutes' }, { value: 45, unit: 'minutes' }, hours(3)), undefined, 'equal is enough');
    assert.equal(checkRefreshOutlives({ value: 179, unit: 'minutes' }, { value: 45, unit: 'minutes' }, hours(3)), 'The refresh token must last at least as long as the ID token (3 hours).');
    assert.equal(checkRefreshOutlives(hours(23), { value: 1, unit: 'days' }, hours(3)), 'The refresh token must last at least as long as the access token (1 day).');
  });

  it('takes a session of 3–15 minutes and a grace period of 0–60 seconds, whole numbers only', () => {
    for (const text of ['3', '15', ' 7 ']) assert.equal(checkAuthSessionMinutes(text), undefined, text);
    for (const text of ['2', '16', '', '3.5', 'ten']) assert.match(checkAuthSessionMinutes(text) ?? '', /a whole number from 3 to 15\.$/, text);
    for (const text of ['0', '60']) assert.equal(checkGracePeriodSeconds(text), undefined, text);
    for (const text of ['-1', '61', '']) assert.match(checkGracePeriodSeconds(text) ?? '', /a whole number from 0 to 60\.$/, text);
  });
});
