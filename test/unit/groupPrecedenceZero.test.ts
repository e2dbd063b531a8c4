import * as assert from 'node:assert/strict';
import { GroupCalls } from '../../src/cognito/groupCalls';
import { createGroup } from '../../src/commands/flows/groups/groupActions';
import { onDefault } from '../support/connections';
import { FakeCognito } from './support/fakeCognito';
import { flowRun } from './support/flowHarness';
import { RecordingSdk } from './support/recordingSdk';

// Precedence 0 is the highest a group can have (CreateGroup: a non-negative integer, lower wins), and the
// one value a truthiness check loses: it must travel as 0, never as "no precedence".

describe('group precedence 0', () => {
  it('Create Group sends precedence 0 as 0', async () => {
    const cognito = new FakeCognito();
    const target = onDefault(cognito.addPool('shop'));
    const run = flowRun([{ input: 'root' }, { input: '' }, { input: '0' }, { input: '' }], cognito);
    await createGroup(run.deps, target);
    assert.equal(cognito.groups[0].precedence, 0);
  });

  it('a listed group with precedence 0 keeps it', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('ListGroupsCommand', { Groups: [{ GroupName: 'root', Precedence: 0 }, { GroupName: 'plain' }] });
    const page = await new GroupCalls(sdk.client, sdk.context()).listGroups('eu-central-2_Groups7');
    assert.deepEqual(page.items.map((g) => [g.name, g.precedence]), [['root', 0], ['plain', undefined]]);
  });
});
