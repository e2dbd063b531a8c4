// Add Custom Attribute through the extension's own wiring (flow, lazy API, SDK) against the AWS-faithful
// double, read back with a plain SDK client: from a pool with every updatable member away from its default
// and a custom attribute already, one attribute added changes the whole DescribeUserPool answer only in
// SchemaAttributes, by exactly that attribute; Edit Attribute offers it at once, its limits checked as
// typed; a pool at 50 is told so before any question; Esc sends nothing.
import * as assert from 'node:assert/strict';
import { AdminCreateUserCommand, AdminGetUserCommand, CreateUserPoolCommand, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { addCustomAttribute } from '../../src/commands/flows/customAttributes/addCustomAttribute';
import { editUserAttribute } from '../../src/commands/flows/users/userAttributes';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { NothingToPick } from '../../src/ui/prompter';
import { poolAwayFromDefaults } from '../support/awayFromDefaults';
import { onDefault } from '../support/connections';
import { flowAgainst } from '../support/flowHarness';
import { assertOnlyChanged } from '../support/onlyChanged';
import { ESC, type Answer } from '../support/scriptedPrompter';
import { useDouble } from '../support/sessionHooks';

const REGION = 'sa-east-1';
const TENANT = { Name: 'tenantId', AttributeDataType: 'String' as const, Mutable: false, StringAttributeConstraints: { MinLength: '36', MaxLength: '36' } };

describe('Add Custom Attribute against the AWS-faithful double', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;
  let counter = 0;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
  });

  /** Every member UpdateUserPool takes away from its default, and custom:tenantId already in the schema. */
  const createRichPool = async (extraCustom = 0) => {
    const name = `ledger-${++counter}`;
    const extra = Array.from({ length: extraCustom }, (_, i) => ({ Name: `filler${i}`, AttributeDataType: 'Number' as const }));
    const { UserPool } = await session.client.send(new CreateUserPoolCommand({ ...poolAwayFromDefaults(REGION, name), Schema: [TENANT, ...extra] }));
    return { id: UserPool?.Id as string, name };
  };
  const describePool = async (UserPoolId: string) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool;
  const run = (answers: Answer[]) => flowAgainst(cognito, answers);

  it('adds one String attribute: the whole Describe answer differs only in SchemaAttributes, by exactly the new attribute', async () => {
    const pool = await createRichPool();
    const before = await describePool(pool.id);
    const flow = run([{ input: 'plan' }, { pick: 'String' }, { input: '2' }, { input: '12' }, { pick: 'Immutable' }, { confirm: true }]);
    await addCustomAttribute(flow.deps, onDefault(pool));
    flow.prompter.assertDone();
    const after = await describePool(pool.id);
    assertOnlyChanged(before, after, ['SchemaAttributes']);
    assert.deepEqual(after?.SchemaAttributes, [
      ...(before?.SchemaAttributes ?? []),
      { Name: 'custom:plan', AttributeDataType: 'String', DeveloperOnlyAttribute: false, Mutable: false, Required: false, StringAttributeConstraints: { MinLength: '2', MaxLength: '12' } },
    ]);
  });

  it('adds a Number attribute with only a minimum: no maximum is sent', async () => {
    const pool = await createRichPool();
    const before = await describePool(pool.id);
    await addCustomAttribute(run([{ input: 'level' }, { pick: 'Number' }, { input: '-3' }, { input: '' }, { pick: 'Mutable' }, { confirm: true }]).deps, onDefault(pool));
    const after = await describePool(pool.id);
    assertOnlyChanged(before, after, ['SchemaAttributes']);
    assert.deepEqual(after?.SchemaAttributes?.at(-1), { Name: 'custom:level', AttributeDataType: 'Number', DeveloperOnlyAttribute: false, Mutable: true, Required: false, NumberAttributeConstraints: { MinValue: '-3' } });
  });

  it('Edit Attribute offers the new attribute at once, checks its limits as typed, and sets it', async () => {
    const pool = await createRichPool();
    await session.client.send(new AdminCreateUserCommand({ UserPoolId: pool.id, Username: 'noor', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'noor@ledger.example' }] }));
    await addCustomAttribute(run([{ input: 'plan' }, { pick: 'String' }, { input: '2' }, { input: '5' }, { pick: 'Mutable' }, { confirm: true }]).deps, onDefault(pool));
    const user = { connectionId: onDefault(pool).connectionId, userPoolId: pool.id, user: { username: 'noor', status: 'FORCE_CHANGE_PASSWORD', enabled: true } };

    // Too long for the new attribute's 2–5 characters: the box refuses it as it is typed.
    await assert.rejects(editUserAttribute(run([{ pick: 'custom:plan' }, { input: 'golden' }]).deps, user), /rejected by the box's validation: Enter at most 5 characters\./);
    const edit = run([{ pick: 'custom:plan' }, { input: 'gold' }]);
    await editUserAttribute(edit.deps, user);
    const offered = edit.prompter.asked[0];
    assert.ok(offered.labels?.includes('custom:plan'), `offered: ${offered.labels?.join(', ')}`);
    assert.ok(!offered.labels?.includes('custom:tenantId'), 'the immutable custom:tenantId is not offered');
    const { UserAttributes } = await session.client.send(new AdminGetUserCommand({ UserPoolId: pool.id, Username: 'noor' }));
    assert.equal(UserAttributes?.find((a) => a.Name === 'custom:plan')?.Value, 'gold');
  });

  it('tells a pool with 50 custom attributes that it holds no more, before any question, and sends nothing', async () => {
    const pool = await createRichPool(49);
    const before = await describePool(pool.id);
    const flow = run([]);
    await assert.rejects(addCustomAttribute(flow.deps, onDefault(pool)), (error: unknown) => error instanceof NothingToPick && /already has 50 custom attributes/.test(error.message));
    assert.deepEqual(flow.prompter.asked, []);
    assert.deepEqual(await describePool(pool.id), before);
  });

  it('changes nothing when the confirmation is cancelled or Esc is pressed', async () => {
    const pool = await createRichPool();
    const before = await describePool(pool.id);
    await assert.rejects(addCustomAttribute(run([{ input: 'plan' }, { pick: 'String' }, { input: '0' }, { input: '9' }, { pick: 'Mutable' }, { confirm: false }]).deps, onDefault(pool)));
    await assert.rejects(addCustomAttribute(run([{ input: 'plan' }, ESC]).deps, onDefault(pool)));
    assert.deepEqual(await describePool(pool.id), before);
    assert.ok(!session.double.calls.some((c) => c.operation === 'AddCustomAttributes' && (c.input as { UserPoolId?: string }).UserPoolId === pool.id));
  });
});
