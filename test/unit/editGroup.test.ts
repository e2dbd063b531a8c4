import * as assert from 'node:assert/strict';
import { GroupCalls } from '../../src/aws/cognito/groupCalls';
import { editGroup, type GroupRef } from '../../src/commands/flows/groups/editGroup';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { groupNode } from '../../src/tree/nodes';
import { NothingToPick } from '../../src/ui/prompter';
import { checkEditedPrecedence, checkEditedRoleArn } from '../../src/validation/groupEdit';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';
import { RecordingSdk } from '../support/recordingSdk';
import type { Answer } from '../support/scriptedPrompter';

const ROLE = 'arn:aws:iam::123456789012:role/Admins';

function world(group: { description?: string; precedence?: number; roleArn?: string } = { description: 'Administrators', precedence: 0, roleArn: ROLE }) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('shop');
  cognito.data.groups.push({ userPoolId: pool.id, name: 'admins', ...group });
  const ref: GroupRef = { connectionId: SINGLE_CONNECTION_ID, group: { ...cognito.data.groups[0] } };
  return { cognito, pool, ref };
}

describe('Edit Group', () => {
  it('pre-fills each box with the group’s value (precedence 0 as "0") and sends only what changed', async () => {
    const { cognito, ref } = world();
    const run = flowRun([{ input: 'Administrators' }, { input: '3' }, { input: ROLE }, { confirm: true }], cognito);
    const updated = await editGroup(run.deps, ref, 'shop');
    assert.deepEqual(run.prompter.asked.filter((a) => a.type === 'input').map((a) => (a as { value?: string }).value), ['Administrators', '0', ROLE]);
    assert.deepEqual(cognito.writeCalls.map((c) => c.args), [[{ userPoolId: ref.group.userPoolId, name: 'admins', precedence: 3 }]]);
    assert.equal(updated.precedence, 3);
    assert.deepEqual(run.changedItems.map((n) => n.key), [groupNode(SINGLE_CONNECTION_ID, updated).key], 'the group row is redrawn');
    assert.ok(run.changedItems[0].kind === 'group' && run.changedItems[0].group.precedence === 3, 'the row shows the new precedence');
  });

  it('lists each change before → after and says a precedence or role change applies to tokens issued from now on', async () => {
    const { cognito, ref } = world();
    const run = flowRun([{ input: 'Administrators' }, { input: '0' }, { input: 'arn:aws:iam::123456789012:role/Owners' }, { confirm: true }], cognito);
    await editGroup(run.deps, ref, 'shop');
    const confirm = run.prompter.asked.find((a) => a.type === 'confirm');
    assert.equal(confirm?.text, 'Change the group admins in shop?');
    assert.match(confirm?.detail ?? '', /^IAM role: arn:aws:iam::123456789012:role\/Admins → arn:aws:iam::123456789012:role\/Owners\n\nTokens issued from now on carry the new cognito:roles and cognito:preferred_role/);
  });

  it('clears a description with an empty box (sent as ""), and says no token changes', async () => {
    const { cognito, ref } = world();
    const run = flowRun([{ input: '' }, { input: '0' }, { input: ROLE }, { confirm: true }], cognito);
    await editGroup(run.deps, ref, 'shop');
    assert.deepEqual(cognito.writeCalls[0].args, [{ userPoolId: ref.group.userPoolId, name: 'admins', description: '' }]);
    assert.match(run.prompter.asked.at(-1)?.detail ?? '', /Description: Administrators → none\n\nThe description is for people only/);
  });

  it('sets a precedence and a role on a group that had none', async () => {
    const { cognito, ref } = world({});
    const run = flowRun([{ input: '' }, { input: '0' }, { input: ROLE }, { confirm: true }], cognito);
    await editGroup(run.deps, ref, 'shop');
    assert.deepEqual(cognito.writeCalls[0].args, [{ userPoolId: ref.group.userPoolId, name: 'admins', precedence: 0, roleArn: ROLE }]);
  });

  it('sends nothing and says so when nothing changed', async () => {
    const { cognito, ref } = world();
    const run = flowRun([{ input: 'Administrators' }, { input: '0' }, { input: ROLE }], cognito);
    await assert.rejects(editGroup(run.deps, ref, 'shop'), (e: unknown) => e instanceof NothingToPick && /Nothing to change: the group admins in shop already has these settings/.test(e.message));
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('from the palette asks the pool, then the group', async () => {
    const { cognito } = world();
    const run = flowRun([{ pick: 'shop' }, { pick: 'admins' }, { input: 'Admins' }, { input: '0' }, { input: ROLE }, { confirm: true }], cognito);
    await editGroup(run.deps);
    assert.equal(cognito.data.groups[0].description, 'Admins');
    assert.deepEqual(run.prompter.asked.slice(0, 2).map((a) => `${a.step}/${a.totalSteps}`), ['1/5', '2/5']);
  });

  it('Esc at any step changes nothing', async () => {
    const answers: Answer[] = [{ input: 'Admins' }, { input: '5' }, { input: ROLE }, { confirm: true }];
    await assertEscAtEveryStepCreatesNothing(answers, () => world().cognito, (deps) => editGroup(deps, world().ref, 'shop'));
  });

  it('sends UpdateGroup with only the members given', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('UpdateGroupCommand', { Group: { GroupName: 'admins', Precedence: 0, Description: 'kept', RoleArn: ROLE } });
    const updated = await new GroupCalls(sdk.client, sdk.context()).update({ userPoolId: 'p', name: 'admins', precedence: 0 });
    assert.deepEqual(sdk.sent[0].input, { UserPoolId: 'p', GroupName: 'admins', Description: undefined, Precedence: 0, RoleArn: undefined });
    assert.deepEqual([updated.precedence, updated.description, updated.roleArn], [0, 'kept', ROLE]);
  });
});

describe('Edit Group validation', () => {
  it('refuses emptying a precedence or role the group has (UpdateGroup cannot remove them), and allows it when it has none', () => {
    assert.match(checkEditedPrecedence(0)('') ?? '', /cannot remove a group’s precedence/);
    assert.match(checkEditedRoleArn(ROLE)(' ') ?? '', /cannot remove a group’s IAM role/);
    assert.equal(checkEditedPrecedence(undefined)(''), undefined);
    assert.equal(checkEditedRoleArn(undefined)(''), undefined);
  });

  it('checks the values as Create Group does, at the boundaries', () => {
    const precedence = checkEditedPrecedence(4);
    assert.equal(precedence('0'), undefined);
    assert.equal(precedence('2147483647'), undefined);
    assert.ok(precedence('2147483648'));
    assert.ok(precedence('-1'));
    assert.ok(checkEditedRoleArn(ROLE)('arn:aws:iam::123456789012:user/Admins'));
    assert.equal(checkEditedRoleArn(ROLE)(`arn:aws:iam::123456789012:role/${'r'.repeat(64)}`), undefined);
    assert.ok(checkEditedRoleArn(ROLE)(`arn:aws:iam::123456789012:role/${'r'.repeat(65)}`));
  });
});
