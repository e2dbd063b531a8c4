// The partition planner of Export Users (src/bulk/subPartitions.ts): which parts a pool is listed in, and
// that they cover every `sub` exactly once however often parts are split. Coverage is counted here with
// plain startsWith over the prefixes the planner hands out, never with the planner's own helpers.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { childrenOf, planParts, subFilter, tooLarge, WHOLE_POOL } from '../../src/bulk/subPartitions';

/** How many of the prefixes each sub starts with: 1 for every sub when the prefixes are a partition. */
function coverCounts(prefixes: readonly string[], subs: readonly string[]): number[] {
  return subs.map((sub) => prefixes.filter((prefix) => sub.startsWith(prefix)).length);
}

/** The plan after splitting the parts at these positions one after another (as a listing meets large parts). */
function splitAt(prefixes: string[], picks: number[]): string[] {
  let parts = [...prefixes];
  for (const pick of picks) {
    const i = pick % parts.length;
    if (parts[i].length >= 8) continue;
    parts = [...parts.slice(0, i), ...childrenOf(parts[i]), ...parts.slice(i + 1)];
  }
  return parts;
}

describe('Export Users plans the parts of a pool by the first hex digits of `sub`', () => {
  it('lists a small pool, or one whose size it is not told, as one stream without a filter', () => {
    for (const estimate of [undefined, 0, 37, 999]) assert.deepEqual(planParts(estimate), { prefixes: [WHOLE_POOL], usersPerPart: estimate ?? 0 });
    assert.equal(subFilter(WHOLE_POOL), undefined);
  });

  it('plans 16 parts of one hex digit up to 160,000 users, then 256 of two, then 4,096 of three', () => {
    const one = planParts(1_000);
    assert.deepEqual(one.prefixes, [...'0123456789abcdef']);
    assert.equal(one.usersPerPart, 1_000 / 16);
    assert.equal(planParts(160_000).prefixes.length, 16);
    const two = planParts(160_001);
    assert.equal(two.prefixes.length, 256);
    assert.deepEqual([two.prefixes[0], two.prefixes[17], two.prefixes[255]], ['00', '11', 'ff']);
    assert.equal(planParts(2_600_000).prefixes.length, 4096);
  });

  it('writes each part as a ListUsers starts-with filter on sub', () => {
    assert.equal(subFilter('7'), 'sub ^= "7"');
    assert.equal(subFilter('c0de'), 'sub ^= "c0de"');
    for (const wrong of ['G', '7C', '-', '0123456789', 'a"']) assert.throws(() => subFilter(wrong), /Not a sub prefix/);
  });

  it('splits a part into its sixteen children in order, and never past the hex digits before the first dash', () => {
    assert.deepEqual(childrenOf('3'), [...'0123456789abcdef'].map((d) => `3${d}`));
    assert.throws(() => childrenOf('0123abcd'), /cannot be split/);
  });

  it('covers every sub exactly once, for any plan size and any splits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), fc.array(fc.nat(), { maxLength: 40 }), fc.array(fc.uuid(), { minLength: 1, maxLength: 60 }), (estimate, picks, subs) => {
        const parts = splitAt(planParts(estimate).prefixes, picks);
        assert.deepEqual(coverCounts(parts, subs), subs.map(() => 1));
        assert.equal(new Set(parts).size, parts.length);
      }),
    );
  });

  it('covers subs that differ only past the parts’ digits, and the extremes of the hex range', () => {
    const subs = ['00000000-0000-4000-8000-000000000000', 'ffffffff-ffff-4fff-bfff-ffffffffffff', '7c000000-0000-4000-8000-000000000001', '7c000000-0000-4000-8000-000000000002'];
    const parts = splitAt(planParts(5_000).prefixes, [7, 12]);
    assert.ok(parts.includes('7c') && !parts.includes('7'), 'part 7 was split');
    assert.deepEqual(coverCounts(parts, subs), [1, 1, 1, 1]);
  });

  it('splits a part that lists more than four times its expected size, and never one below 600 users', () => {
    const plan = planParts(100_000); // 16 parts of 6,250 expected
    assert.equal(tooLarge(plan, '3', 25_000), false);
    assert.equal(tooLarge(plan, '3', 25_001), true);
    // A child of a split part expects a sixteenth (390.625), so four times that is 1,562.5.
    assert.equal(tooLarge(plan, '3a', 1_562), false);
    assert.equal(tooLarge(plan, '3a', 1_563), true);
    // In a pool of 2,000 (125 a part) four times the expected size is below the floor of 600.
    assert.equal(tooLarge(planParts(2_000), 'e', 600), false);
    assert.equal(tooLarge(planParts(2_000), 'e', 601), true);
    assert.equal(tooLarge(plan, WHOLE_POOL, 10_000_000), false);
    assert.equal(tooLarge(plan, '0123abcd', 10_000_000), false);
    const big = planParts(1_600_000); // 256 parts of 6,250
    assert.equal(tooLarge(big, '3a', 25_000), false);
    assert.equal(tooLarge(big, '3a', 25_001), true);
  });
});
