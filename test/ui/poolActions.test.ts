// A pool's and an app client's actions as a person uses them in code-server's workbench, against a cognito-local
// seeded with the demo data: right-click demo-pool → "Show Pool Details" (the rendered tab "Pool demo-pool", read
// from its page: values, a copy button checked on the real clipboard, its Refresh button reading the pool again;
// then "Show as Text", the same view as a Markdown document), right-click demo-web → "Copy Configuration For…" → "Amplify JS v6" (checked on the
// browser's real clipboard), in App Client Details "Edit Authentication Flows…" → a flow ticked → "Save" in the
// summary dialog (read back from the emulator and from the page), and right-click demo-web → "Delete App Client" → "Delete" in the modal dialog (the
// client leaves the tree and the emulator). The ids are read from the emulator with the AWS SDK directly, not
// through the extension. Takes the README's pool-details screenshot (see test/support/workbench/artifacts.ts for where it goes).
import * as assert from 'node:assert/strict';
import { AddCustomAttributesCommand, DescribeUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_CLIENT_NAME, DEMO_POOL_NAME } from '../support/demoSeed';
import { screenshotDir } from '../support/workbench/artifacts';
import { listClients, listPools } from '../support/workbench/emulator';
import { useUiSession } from '../support/workbench/session';
import { DETAILS_VIEW, fieldValue, renderedView } from '../support/workbench/renderedView';
import { activeEditor, activeEditorGroup, visibleOption, visibleOptionLabels, waitForClipboardChange, waitForEditorText } from '../support/workbench/views';
import type { Workbench } from '../support/workbench/workbench';

const NOT_THE_CONFIG = 'not the configuration';
/** A custom attribute added with the SDK while the details view is open: Refresh must show it. */
const ADDED_ATTRIBUTE = 'tier';

describe('ui: pool details, Copy Configuration and Delete App Client in code-server', function () {
  this.timeout(60_000);
  const session = useUiSession({ extension: 'working-tree' });
  let wb: Workbench;
  /** Read from the emulator with the SDK. */
  let poolId: string;
  let clientId: string;

  before(async function () {
    wb = session.workbench;
    const pools = (await listPools(session.sdk)).filter((p) => p.Name === DEMO_POOL_NAME);
    assert.equal(pools.length, 1, `exactly one pool "${DEMO_POOL_NAME}" in the emulator`);
    poolId = pools[0].Id!;
    const clients = (await listClients(session.sdk, poolId)).filter((c) => c.ClientName === DEMO_CLIENT_NAME);
    assert.equal(clients.length, 1, `exactly one app client "${DEMO_CLIENT_NAME}" in the pool`);
    clientId = clients[0].ClientId!;
    assert.deepEqual([poolId, clientId], [session.seeded.poolId, session.seeded.clientId], 'the emulator holds what the seeding reported');
  });

  it('right-click on demo-pool → "Show Pool Details" opens the rendered "Pool demo-pool" with the Pool Id, Issuer URL and JWKS URL; its copy button copies the Pool Id; Refresh reads the pool again', async () => {
    await wb.openCognitoView();
    const pool = wb.treeRow(DEMO_POOL_NAME);
    await pool.waitFor();
    await wb.contextMenu(pool, 'Show Pool Details');

    // A tab "Pool demo-pool", the active editor, showing the rendered details page.
    const tab = wb.page.getByRole('tab', { name: /^Pool demo-pool\b/ });
    await tab.waitFor();
    assert.equal(await tab.getAttribute('aria-selected'), 'true', 'the details view is the active editor');
    const view = await renderedView(wb, DETAILS_VIEW);
    assert.equal((await view.locator('h1').textContent())?.trim(), 'User pool demo-pool');
    assert.equal(await fieldValue(view, 'poolId'), poolId);
    // An emulator pool's issuer is the emulator's own address, as its tokens name it.
    const endpoint = session.emulator.endpoint.replace(/\/+$/, '');
    assert.equal(await fieldValue(view, 'issuerUrl'), `${endpoint}/${poolId}`);
    assert.equal(await fieldValue(view, 'jwksUrl'), `${endpoint}/${poolId}/.well-known/jwks.json`);
    assert.equal(await fieldValue(view, 'customAttributes'), 'none', 'no custom attribute yet');
    await wb.screenshot(screenshotDir(), 'pool-details.png');

    // The Pool Id's copy button: the real clipboard gets the id, and a screen reader hears what was copied.
    await wb.writeClipboard(NOT_THE_CONFIG);
    await view.locator('[data-copy="poolId"]').click();
    assert.equal(await waitForClipboardChange(wb, NOT_THE_CONFIG), poolId);
    await view.locator('[data-announce]', { hasText: 'Copied Pool Id' }).waitFor();

    // Change the pool behind the extension's back; the page's Refresh button must read it again.
    await session.sdk.send(
      new AddCustomAttributesCommand({ UserPoolId: poolId, CustomAttributes: [{ Name: ADDED_ATTRIBUTE, AttributeDataType: 'String', Mutable: true }] }),
    );
    await view.locator('[data-action="view.refresh"]').click();
    await view.locator(`[data-field="customAttribute:custom:${ADDED_ATTRIBUTE}"] [data-value]`, { hasText: 'string, mutable' }).waitFor();
    assert.equal(await fieldValue(view, 'poolId'), poolId, 'the Pool Id is still shown after Refresh');
    assert.equal(await tab.getAttribute('aria-selected'), 'true', 'still the active editor');
    assert.equal(await wb.page.getByRole('tab', { name: /^Pool demo-pool\b/ }).count(), 1, 'Refresh opens no second tab');
  });

  it('the title button "Show as Text" opens the same details as a read-only Markdown document "Pool demo-pool.md"', async () => {
    await activeEditorGroup(wb).locator('.editor-actions .action-label[aria-label="Show as Text"]').click();
    const tab = wb.page.getByRole('tab', { name: /^Pool demo-pool\.md\b/ });
    await tab.waitFor();
    assert.match((await activeEditor(wb).getAttribute('data-uri')) ?? '', /^cognito-details:\/Pool%20demo-pool\.md\?/);
    const shown = await waitForEditorText(wb, `- Pool Id: \`${poolId}\``);
    assert.match(shown, /^# User pool demo-pool$/m, shown);
    assert.ok(shown.includes(`- custom:${ADDED_ATTRIBUTE}: string, mutable`), `the text shows what the page showed:\n${shown}`);
    await wb.runCommand('View: Close Editor'); // back to the rendered view
    await tab.waitFor({ state: 'detached' });
  });

  it('right-click on demo-web → "Show App Client Details": the rendered page shows its App Client Id and flows, with "Edit Authentication Flows…" beside them', async () => {
    await wb.expand(wb.treeRow(DEMO_POOL_NAME));
    await wb.expand(await wb.rowAt([DEMO_POOL_NAME, 'App clients']));
    await wb.contextMenu(await wb.rowAt([DEMO_POOL_NAME, 'App clients', DEMO_CLIENT_NAME]), 'Show App Client Details');
    await wb.page.getByRole('tab', { name: new RegExp(`^App client ${DEMO_CLIENT_NAME}\\b`) }).waitFor();
    const view = await renderedView(wb, DETAILS_VIEW);
    assert.equal(await fieldValue(view, 'clientId'), clientId);
    assert.equal(await fieldValue(view, 'poolId'), poolId);
    assert.match(await fieldValue(view, 'authFlows'), /ALLOW_REFRESH_TOKEN_AUTH/);
    await view.locator('[data-field="authFlows"] [data-action="cognito.editAppClientAuthFlows"]').waitFor();
    // The OAuth section: the demo client has no OAuth, its lists read "none", Edit OAuth Settings… beside it.
    assert.equal(await fieldValue(view, 'oauth'), 'off (the settings below are kept, unused)');
    assert.equal(await fieldValue(view, 'callbackUrls'), 'none');
    assert.equal(await fieldValue(view, 'defaultRedirectUri'), 'none');
    await view.locator('[data-field="oauth"] [data-action="cognito.editOAuthSettings"]').waitFor();
  });

  it('in App Client Details, "Edit Authentication Flows…" → tick "Admin username and password" → "Save" in the summary dialog adds the flow in the emulator and on the page', async () => {
    await wb.expand(wb.treeRow(DEMO_POOL_NAME));
    await wb.expand(await wb.rowAt([DEMO_POOL_NAME, 'App clients']));
    await wb.contextMenu(await wb.rowAt([DEMO_POOL_NAME, 'App clients', DEMO_CLIENT_NAME]), 'Show App Client Details');
    const view = await renderedView(wb, DETAILS_VIEW);
    await view.locator('[data-field="authFlows"] [data-action="cognito.editAppClientAuthFlows"]').click();

    await wb.waitForStep('Edit Authentication Flows', 1);
    const row = wb.quickInput.locator('.monaco-list-row', { hasText: 'Admin username and password' }).filter({ visible: true });
    await row.locator('.monaco-checkbox').click();
    await row.locator('.monaco-checkbox[aria-checked="true"]').waitFor();
    // Enter from the input box accepts the pick (on the focused checkbox it would untick it again).
    await wb.quickInputBox.press('Enter');

    // code-server's modal dialog: the flows before → after and what it means for open sessions.
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.equal((await dialog.locator('.dialog-message-text').textContent())?.trim(), `Change the authentication flows of ${DEMO_CLIENT_NAME}?`);
    const detail = (await dialog.locator('.dialog-message-detail').textContent()) ?? '';
    assert.match(detail, /Authentication flows: ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH → ALLOW_ADMIN_USER_PASSWORD_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH/);
    assert.match(detail, /sessions already open are unaffected/);
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: /^Save$/ }).click();
    await dialog.waitFor({ state: 'detached' });

    await view.locator('[data-field="authFlows"] [data-value]', { hasText: 'ALLOW_ADMIN_USER_PASSWORD_AUTH' }).waitFor();
    const { UserPoolClient: after } = await session.sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }));
    assert.deepEqual([...(after?.ExplicitAuthFlows ?? [])].sort(), ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']);
  });

  it('right-click on demo-web → "Copy Configuration For…" → "Amplify JS v6" puts the Amplify configuration with the pool\'s and client\'s ids on the clipboard', async () => {
    await wb.expand(wb.treeRow(DEMO_POOL_NAME));
    await wb.expand(await wb.rowAt([DEMO_POOL_NAME, 'App clients']));
    const client = await wb.rowAt([DEMO_POOL_NAME, 'App clients', DEMO_CLIENT_NAME]);
    await wb.writeClipboard(NOT_THE_CONFIG);
    await wb.contextMenu(client, 'Copy Configuration For…');

    await wb.waitForStep('Copy Configuration For…', 1);
    assert.equal(await wb.quickInputBox.getAttribute('placeholder'), `Configuration for the app client ${DEMO_CLIENT_NAME}`);
    await visibleOption(wb, 'AWS CLI initiate-auth').waitFor(); // the last of the formats has shown
    assert.deepEqual(await visibleOptionLabels(wb), ['Amplify JS v6', '.env file', 'aws-jwt-verify', 'AWS CLI initiate-auth']);
    await visibleOption(wb, 'Amplify JS v6').click();
    await wb.waitForQuickInputClosed();

    const copied = await waitForClipboardChange(wb, NOT_THE_CONFIG);
    assert.notEqual(copied, NOT_THE_CONFIG, 'something was copied');
    assert.ok(copied.includes(`userPoolId: '${poolId}'`), `the Pool Id read from the emulator:\n${copied}`);
    assert.ok(copied.includes(`userPoolClientId: '${clientId}'`), `the App Client Id read from the emulator:\n${copied}`);
    const endpoint = session.emulator.endpoint.replace(/\/+$/, '');
    assert.ok(copied.includes(`userPoolEndpoint: '${endpoint}'`), `the emulator's endpoint:\n${copied}`);
    assert.match(copied, /Amplify\.configure\(/, copied);
    await wb.statusMessage.filter({ hasText: `Copied the Amplify JS v6 configuration of ${DEMO_CLIENT_NAME}` }).waitFor();
  });

  it('right-click on demo-web → "Delete App Client" → "Delete" in the dialog removes demo-web from the tree and the emulator', async () => {
    const client = await wb.rowAt([DEMO_POOL_NAME, 'App clients', DEMO_CLIENT_NAME]);
    await wb.contextMenu(client, 'Delete App Client');

    // code-server's modal dialog: the question, what it means, and the buttons.
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.equal((await dialog.locator('.dialog-message-text').textContent())?.trim(), `Delete the app client ${DEMO_CLIENT_NAME}?`);
    assert.match((await dialog.locator('.dialog-message-detail').textContent()) ?? '', new RegExp(`App Client Id ${clientId}\\b`));
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: /^Delete$/ }).click();
    await dialog.waitFor({ state: 'detached' });

    // The folder stays open and says it is empty; no demo-web anywhere in the tree.
    await wb.rowAt([DEMO_POOL_NAME, 'App clients', 'No app clients']);
    assert.equal(await wb.treeRow(DEMO_CLIENT_NAME).count(), 0, 'demo-web is gone from the tree');
    await wb.statusMessage.filter({ hasText: `Deleted app client ${DEMO_CLIENT_NAME}` }).waitFor();

    const left = await listClients(session.sdk, poolId);
    assert.deepEqual(
      left.filter((c) => c.ClientId === clientId || c.ClientName === DEMO_CLIENT_NAME).map((c) => `${c.ClientName} ${c.ClientId}`),
      [],
      'ListUserPoolClients no longer has demo-web',
    );
  });
});

