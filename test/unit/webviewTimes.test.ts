import * as assert from 'node:assert/strict';
import { countdownText, duration, localTime } from '../../src/webview/times';

// The times the rendered views show: a token's countdown to the second, a value's distance in its largest
// unit, and the local date. The clock is an argument, so each boundary is pinned without waiting.

const NOW = Date.UTC(2026, 11, 7, 6, 12, 3); // 7 Dec 2026, 06:12:03 UTC
const s = 1000;
const min = 60 * s;
const h = 60 * min;
const day = 24 * h;

describe('webview times', () => {
  it('counts a token down to the second, then counts how long ago it expired', () => {
    assert.equal(countdownText(NOW + 59 * min + 12 * s, NOW), 'expires in 59 min 12 s');
    assert.equal(countdownText(NOW + 59 * min + 12 * s + 999, NOW), 'expires in 59 min 12 s', 'a second not yet past is not counted');
    assert.equal(countdownText(NOW + h + 5 * min + 40 * s, NOW), 'expires in 1 h 5 min 40 s', 'a token valid for hours still ticks each second');
    assert.equal(countdownText(NOW + 23 * h + 59 * min + 12 * s, NOW), 'expires in 23 h 59 min 12 s');
    assert.equal(countdownText(NOW + 7 * s, NOW), 'expires in 7 s');
    assert.equal(countdownText(NOW + 1, NOW), 'expires in 0 s');
    assert.equal(countdownText(NOW, NOW), 'expired 0 s ago', 'at its exp the token is no longer valid');
    assert.equal(countdownText(NOW - 3 * s, NOW), 'expired 3 s ago');
    assert.equal(countdownText(NOW - (2 * day + 3 * h + 10 * min), NOW), 'expired 2 days 3 h 10 min ago');
    assert.equal(countdownText(NOW - (day + 10 * s), NOW), 'expired 1 day ago', 'the two largest units only, zeros left out');
  });

  it('writes a duration in its two largest units', () => {
    assert.equal(duration(0), '0 s');
    assert.equal(duration(60 * s), '1 min');
    assert.equal(duration(h + 2 * s), '1 h');
    assert.equal(duration(-(3 * min + 4 * s)), '3 min 4 s', 'the distance, whichever way');
  });

  it('shows the local date and time in the given zone', () => {
    assert.equal(localTime(NOW, 'en-GB', 'Asia/Kolkata'), '7 Dec 2026, 11:42:03');
    assert.equal(localTime(NOW, 'en-GB', 'America/Los_Angeles'), '6 Dec 2026, 22:12:03');
  });
});
