import * as assert from 'node:assert/strict';
import { searchUsers } from '../../src/commands/flows/searchUsers';
import { checkFilterValue, userFilter } from '../../src/shared/userFilter';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ESC } from '../support/scriptedPrompter';
import { onDefault } from '../support/connections';

describe('Search Users', () => {
  it('builds ListUsers filters, escaping quotes and backslashes', () => {
    assert.deepEqual(userFilter('email', 'startsWith', 'al'), { expression: 'email ^= "al"', description: 'email starts with "al"' });
    assert.equal(userFilter('username', 'equals', 'a"b\\c').expression, 'username = "a\\"b\\\\c"');
    assert.equal(userFilter('cognito:user_status', 'equals', 'CONFIRMED').expression, 'cognito:user_status = "CONFIRMED"');
  });

  it('checks the value', () => {
    assert.equal(checkFilterValue('x'), undefined);
    assert.match(checkFilterValue('') ?? '', /Enter a value/);
    assert.equal(checkFilterValue('x'.repeat(243), 'username', 'equals'), undefined, 'username = "…" is 256 long');
    assert.match(checkFilterValue('x'.repeat(244), 'username', 'equals') ?? '', /1 characters too long/);
    assert.match(checkFilterValue('"'.repeat(122), 'username', 'equals') ?? '', /too long/, 'escapes count');
  });

  it('from the palette: pool, attribute, operator, value → the folder filter', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('shop');
    const run = flowRun([{ pick: 'shop' }, { pick: 'email' }, { pick: 'starts with' }, { input: 'al"' }], cognito);
    await searchUsers(run.deps);
    run.prompter.assertDone();
    assert.deepEqual(run.filters, [{ poolId: pool.id, filter: { expression: 'email ^= "al\\""', description: 'email starts with "al\\""' } }]);
    assert.deepEqual(run.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/4', '2/4', '3/4', '4/4']);
  });

  it('changes nothing on Esc', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('shop');
    for (let step = 0; step < 3; step++) {
      const answers = [{ pick: 'email' }, { pick: 'equals' }, { input: 'x' }].slice(0, step);
      const run = flowRun([...answers, ESC], cognito);
      await assert.rejects(searchUsers(run.deps, onDefault(pool)));
      assert.deepEqual(run.filters, []);
    }
  });
});
