// Edits of a pool as a person makes them in code-server's workbench, against a cognito-local seeded with the
// demo data (demo-pool; alice CONFIRMED): right-click demo-pool → "Add Custom Attribute…" → the name (a space
// refused as typed), String, lengths 2 and 12, Mutable → the modal says what changes and that it is for good
// → Add; then right-click alice → "Edit Attribute…" → the new custom:plan is offered at once → a value too
// short for it is refused as typed, a fitting one is set. Each effect is read back with a plain SDK client:
// DescribeUserPool has custom:plan with its limits, AdminGetUser has alice's value. Each test here stands
// on its own (later tests of this file must not rely on its attribute, nor it on theirs).
import * as assert from 'node:assert/strict';
import { AdminGetUserCommand, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_POOL_NAME } from '../support/demoSeed';
import { useUiSession } from '../support/workbench/session';
import { visibleOption } from '../support/workbench/views';
import type { Workbench } from '../support/workbench/workbench';

const ATTRIBUTE = 'plan';
const VALUE = 'gold-tier';

describe('ui: edits in code-server', function () {
  this.timeout(90_000);
  const session = useUiSession({ extension: 'working-tree' });
  let wb: Workbench;
  let poolId: string;

  before(() => {
    wb = session.workbench;
    ({ poolId } = session.seeded);
  });

  it('right-click demo-pool → "Add Custom Attribute…" → plan, String, 2–12 characters, Mutable → Add; then right-click alice → "Edit Attribute…" offers custom:plan at once and sets it, both read back with the SDK', async () => {
    await wb.openCognitoView();
    const pool = wb.treeRow(DEMO_POOL_NAME);
    await pool.waitFor();
    await wb.contextMenu(pool, 'Add Custom Attribute…');

    // 1. The name, checked as typed: a space is refused and Enter does not go on.
    await wb.waitForStep('Add Custom Attribute', 1);
    assert.equal(await wb.stepTitle(), 'Add Custom Attribute (1/5)');
    await wb.quickInputMessage.filter({ hasText: `Name of the new custom attribute of ${DEMO_POOL_NAME}` }).waitFor();
    await wb.type('my plan');
    await wb.quickInputMessage.filter({ hasText: 'A name can contain letters, numbers, symbols and punctuation, but no spaces.' }).waitFor();
    await wb.enter();
    assert.equal(await wb.stepTitle(), 'Add Custom Attribute (1/5)', 'Enter on a name with a space does not go on');
    await wb.quickInputBox.press('Control+A');
    await wb.type(ATTRIBUTE);
    await wb.quickInputMessage.filter({ hasText: `Name of the new custom attribute of ${DEMO_POOL_NAME}` }).waitFor(); // the prompt is back
    await wb.enter();

    // 2. The type.
    await wb.waitForStep('Add Custom Attribute', 2);
    await visibleOption(wb, 'String').click();

    // 3–4. The lengths, pre-filled with 0 and 2048; the maximum is checked against AWS's 2048 as typed.
    await wb.waitForStep('Add Custom Attribute', 3);
    assert.equal(await wb.quickInputBox.inputValue(), '0');
    await wb.quickInputBox.press('Control+A');
    await wb.type('2');
    await wb.enter();
    await wb.waitForStep('Add Custom Attribute', 4);
    assert.equal(await wb.quickInputBox.inputValue(), '2048');
    await wb.quickInputBox.press('Control+A');
    await wb.type('2049');
    await wb.quickInputMessage.filter({ hasText: 'Enter a whole number from 2 to 2048.' }).waitFor();
    await wb.quickInputBox.press('Control+A');
    await wb.type('12');
    await wb.quickInputMessage.filter({ hasNotText: 'Enter a whole number' }).waitFor();
    await wb.enter();

    // 5. Mutable or not.
    await wb.waitForStep('Add Custom Attribute', 5);
    assert.equal(await wb.stepTitle(), 'Add Custom Attribute (5/5)');
    await visibleOption(wb, 'Mutable').click();

    // The confirmation: what changes, and that it is for good.
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.equal((await dialog.locator('.dialog-message-text').textContent())?.trim(), `Change the custom attributes of ${DEMO_POOL_NAME}?`);
    const detail = (await dialog.locator('.dialog-message-detail').textContent()) ?? '';
    assert.ok(detail.includes(`custom:${ATTRIBUTE}: not in the pool → string, 2–12 characters, mutable`), detail);
    assert.match(detail, /can never be removed or renamed/, detail);
    assert.match(detail, /at most 50: this one would then have 1\./, detail);
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: /^Add$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await wb.statusMessage.filter({ hasText: `Added custom:${ATTRIBUTE} to ${DEMO_POOL_NAME}` }).waitFor();

    const described = await session.sdk.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
    const added = described.UserPool?.SchemaAttributes?.find((a) => a.Name === `custom:${ATTRIBUTE}`);
    assert.ok(added, 'DescribeUserPool lists custom:plan');
    assert.equal(added.AttributeDataType, 'String');
    assert.equal(added.Mutable, true);
    assert.deepEqual(added.StringAttributeConstraints, { MinLength: '2', MaxLength: '12' });

    // Edit Attribute reads the pool's schema: the new attribute is offered at once, its limits checked as typed.
    await wb.expand(await wb.rowAt([DEMO_POOL_NAME]));
    await wb.expand(await wb.rowAt([DEMO_POOL_NAME, 'Users']));
    await wb.contextMenu(await wb.rowAt([DEMO_POOL_NAME, 'Users', 'alice']), 'Edit Attribute…');
    await wb.waitForStep('Edit Attribute', 1);
    await wb.type(`custom:${ATTRIBUTE}`); // the list is long: filter it, as a person would
    await visibleOption(wb, `custom:${ATTRIBUTE}`).click();

    await wb.waitForStep('Edit Attribute', 2);
    await wb.type('x');
    await wb.quickInputMessage.filter({ hasText: 'Enter at least 2 characters.' }).waitFor();
    await wb.enter();
    assert.match(await wb.stepTitle(), /^Edit Attribute \(2\//, 'Enter on a value shorter than the attribute allows does not go on');
    await wb.quickInputBox.press('Control+A');
    await wb.type(VALUE);
    await wb.quickInputMessage.filter({ hasNotText: 'Enter at least' }).waitFor();
    await wb.enter();
    await wb.waitForQuickInputClosed();
    await wb.statusMessage.filter({ hasText: `Set custom:${ATTRIBUTE} of alice` }).waitFor();

    const alice = await session.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'alice' }));
    assert.equal(alice.UserAttributes?.find((a) => a.Name === `custom:${ATTRIBUTE}`)?.Value, VALUE);
  });
});
