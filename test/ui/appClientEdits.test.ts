// An app client's settings edited as a person does in code-server's workbench, against a cognito-local seeded
// with the demo data: right-click demo-web → "Edit Token Validity…" → the access token's box, pre-filled with
// today's lifetime and its unit, takes "45 minutes" (a value unlike Cognito's default of one hour), refuses a
// lifetime outside AWS's range as it is typed, and the change is confirmed in the summary's modal. The result
// is read back from the emulator with a plain AWS SDK client: AccessTokenValidity 45 in minutes.
import * as assert from 'node:assert/strict';
import { DescribeUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_CLIENT_NAME, DEMO_POOL_NAME } from '../support/demoSeed';
import { useUiSession } from '../support/workbench/session';
import type { Workbench } from '../support/workbench/workbench';

const TITLE = 'Edit Token Validity';

describe('ui: app client edits in code-server', function () {
  this.timeout(60_000);
  const session = useUiSession({ extension: 'working-tree' });
  let wb: Workbench;

  before(() => {
    wb = session.workbench;
  });

  const describeClient = async () =>
    (await session.sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: session.seeded.poolId, ClientId: session.seeded.clientId }))).UserPoolClient ?? {};

  it('right-click demo-web → "Edit Token Validity…" → access token 45 minutes → Save: the emulator holds 45 minutes', async () => {
    const before = await describeClient();
    assert.notEqual(before.AccessTokenValidity, 45, 'the demo client does not start at the value the test sets');

    await wb.openCognitoView();
    await wb.expand(wb.treeRow(DEMO_POOL_NAME));
    await wb.expand(await wb.rowAt([DEMO_POOL_NAME, 'App clients']));
    const client = await wb.rowAt([DEMO_POOL_NAME, 'App clients', DEMO_CLIENT_NAME]);
    await wb.contextMenu(client, 'Edit Token Validity…');

    await wb.waitForStep(TITLE, 1);
    assert.equal(await wb.stepTitle(), `${TITLE} (1/3)`);
    const prefilled = await wb.quickInputBox.inputValue();
    assert.match(prefilled, /^\d+ (minutes|hours|days|minute|hour|day)$/, 'the current lifetime with its unit');
    // Out of AWS's range in the unit typed: said under the box, and Enter does not take it.
    await wb.quickInputBox.press('Control+A');
    await wb.type('2 days');
    await wb.quickInputMessage.filter({ hasText: 'Access tokens last 5 minutes to 1 day: in days, 1 to 1.' }).waitFor();
    await wb.enter();
    assert.equal(await wb.stepTitle(), `${TITLE} (1/3)`, 'Enter on a refused lifetime does not end the step');
    await wb.quickInputBox.press('Control+A');
    await wb.type('45 minutes');
    await wb.quickInputMessage.filter({ hasText: 'Access token valid for (5 minutes to 1 day)' }).waitFor();
    await wb.enter();

    // The ID and refresh tokens keep their lifetimes.
    await wb.waitForStep(TITLE, 2);
    await wb.enter();
    await wb.waitForStep(TITLE, 3);
    await wb.enter();

    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.equal((await dialog.locator('.dialog-message-text').textContent())?.trim(), `Change the token lifetimes of ${DEMO_CLIENT_NAME}?`);
    const detail = (await dialog.locator('.dialog-message-detail').textContent()) ?? '';
    assert.match(detail, new RegExp(`Access token valid for: ${prefilled} → 45 minutes`));
    assert.match(detail, /Tokens already issued keep the lifetime they were issued with/);
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: /^Save$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await wb.statusMessage.filter({ hasText: `${DEMO_CLIENT_NAME}: access 45 minutes` }).waitFor();

    const after = await describeClient();
    assert.equal(after.AccessTokenValidity, 45);
    assert.equal(after.TokenValidityUnits?.AccessToken, 'minutes');
  });
});
