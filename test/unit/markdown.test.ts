import * as assert from 'node:assert/strict';
import type { ViewModel } from '../../src/shared/views/viewModel';
import { markdownOf } from '../../src/views/models/markdown';
import { relativeTime } from '../../src/shared/views/relativeTime';
import { markdownOutline } from '../support/markdownOutline';

// "Show as Text" writes any model as Markdown a preview shows as meant: a value with backticks, pipes or
// line breaks stays inside its code span, line or cell, and a token's own text never reaches it.

const NOW = new Date(Date.UTC(2026, 8, 9, 4, 30));

const model = (over: Partial<ViewModel>): ViewModel => ({ title: 'Odd values', actions: [], sections: [], ...over });

describe('Show as Text', () => {
  it('keeps backticks inside a code span and line breaks out of a line', () => {
    const text = markdownOf(
      model({
        lead: 'Two\nlines',
        sections: [
          {
            title: 'Values',
            fields: [
              { id: 'a', label: 'Ticks', value: 'a`b``c', mono: true },
              { id: 'b', label: 'Edge', value: '`x`', mono: true },
              { id: 'c', label: 'Broken', value: 'one\ntwo\r\nthree' },
              { id: 'd', label: 'Hinted', value: 'v', hint: 'why' },
            ],
          },
        ],
      }),
      NOW,
    );
    assert.deepEqual(markdownOutline(text), ['# Odd values', '## Values']);
    assert.match(text, /^Two lines$/m);
    assert.match(text, /^- Ticks: ```a`b``c```$/m);
    assert.match(text, /^- Edge: `` `x` ``$/m);
    assert.match(text, /^- Broken: one two three$/m);
    assert.match(text, /^- Hinted: v \(why\)$/m);
  });

  it('writes a token’s claims as a table with pipes escaped, and never its parts', () => {
    const parts: [string, string, string] = ['eyJoZWFkZXIi', 'eyJwYXlsb2FkIg', 'c2lnbmF0dXJlLXBhcnQ'];
    const text = markdownOf(
      model({
        tokens: [
          {
            id: 'id',
            name: 'ID token',
            parts,
            signature: { state: 'failed', detail: 'expired' },
            expiresAt: NOW.getTime() - 3 * 60_000,
            header: [{ id: 'id:header:kid', label: 'kid', value: 'k|1', mono: true, copy: true }],
            claims: [{ id: 'id:claim:note', label: 'note', value: 'a|b\nc', mono: true, copy: true, hint: 'x|y' }],
          },
        ],
      }),
      NOW,
    );
    assert.deepEqual(markdownOutline(text), ['# Odd values', '## ID token', '### Header', '### Claims']);
    assert.match(text, /^- Signature: ✗ not verified — expired$/m);
    assert.match(text, /^- Expires: .* \(\*\*expired\*\* 3 min ago; Refresh Tokens gets new ones\)$/m);
    assert.match(text, /^\| `kid` \| `k\\\|1` \| {2}\|$/m);
    assert.match(text, /^\| `note` \| `a\\\|b c` \| x\\\|y \|$/m);
    for (const part of parts) assert.ok(!text.includes(part), `no part ${part}`);
  });

  it('says how long ago or ahead a time is, in the unit that reads best', () => {
    const at = (ms: number) => relativeTime(NOW.getTime() + ms, NOW.getTime());
    assert.equal(at(30_000), 'just now');
    assert.equal(at(-59_999), 'just now');
    assert.equal(at(60_000), 'in 1 min', 'a minute away is no longer now');
    assert.equal(at(-45 * 60_000), '45 min ago');
    assert.equal(at(119 * 60_000), 'in 119 min');
    assert.equal(at(5 * 3600_000), 'in 5 h');
    assert.equal(at(-3 * 86400_000), '3 days ago');
    assert.equal(at(-90 * 86400_000), '3 months ago');
    assert.equal(at(3 * 365 * 86400_000), 'in 3 years');
  });
});
