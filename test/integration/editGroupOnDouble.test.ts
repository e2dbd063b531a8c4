// Edit Group through the extension's own wiring against the AWS-faithful double: a group with a
// description, precedence 0 (the highest rank, easily lost to a truthiness test) and a role; one member
// changed through the flow; GetGroup read with a plain SDK client before and after: only that member moved.
import * as assert from 'node:assert/strict';
import { CreateGroupCommand, GetGroupCommand } from '@aws-sdk/client-cognito-identity-provider';
import { editGroup } from '../../src/commands/flows/groups/editGroup';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { flowAgainst } from '../support/flowHarness';
import { assertOnlyChanged } from '../support/onlyChanged';
import { ESC, type Answer } from '../support/scriptedPrompter';
import { useDouble } from '../support/sessionHooks';

const REGION = 'eu-west-3';
const ROLE = 'arn:aws:iam::210987654321:role/ledger-auditors';
const DESCRIPTION = 'Auditors, "read only", Prüfer';

describe('Edit Group against the AWS-faithful double', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION, pools: [{ name: 'ledger' }] }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;
  let counter = 0;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
  });

  const poolId = () => session.double.pools[0].id;
  const read = async (GroupName: string) => (await session.client.send(new GetGroupCommand({ UserPoolId: poolId(), GroupName }))).Group;
  const createGroup = async () => {
    const GroupName = `auditors-${++counter}`;
    await session.client.send(new CreateGroupCommand({ UserPoolId: poolId(), GroupName, Description: DESCRIPTION, Precedence: 0, RoleArn: ROLE }));
    return (await cognito.groups.list(poolId())).items.find((g) => g.name === GroupName)!;
  };
  const edit = async (answers: Answer[], group: Awaited<ReturnType<typeof createGroup>>) => {
    const flow = flowAgainst(cognito, answers);
    return { flow, result: await editGroup(flow.deps, { connectionId: SINGLE_CONNECTION_ID, group }, 'ledger') };
  };

  for (const [member, answers] of [
    ['Precedence', [{ input: DESCRIPTION }, { input: '4' }, { input: ROLE }]],
    ['Description', [{ input: 'Auditors of the ledger' }, { input: '0' }, { input: ROLE }]],
    ['RoleArn', [{ input: DESCRIPTION }, { input: '0' }, { input: 'arn:aws:iam::210987654321:role/ledger-readers' }]],
  ] as const) {
    it(`changes only ${member} and keeps the other two`, async () => {
      const group = await createGroup();
      const before = await read(group.name);
      const { flow } = await edit([...answers, { confirm: true }], group);
      assertOnlyChanged(before, await read(group.name), [member]);
      assert.equal(flow.changedItems.length, 1, 'the group row is redrawn');
    });
  }

  it('clears the description with an empty box, keeping precedence 0 and the role', async () => {
    const group = await createGroup();
    const before = await read(group.name);
    await edit([{ input: '' }, { input: '0' }, { input: ROLE }, { confirm: true }], group);
    const after = await read(group.name);
    assertOnlyChanged(before, after, ['Description']);
    assert.equal(after?.Precedence, 0);
  });

  it('changes nothing when the confirmation is cancelled', async () => {
    const group = await createGroup();
    const before = await read(group.name);
    await assert.rejects(edit([{ input: 'other' }, { input: '9' }, { input: ROLE }, ESC], group));
    assert.deepEqual(await read(group.name), before);
  });
});
