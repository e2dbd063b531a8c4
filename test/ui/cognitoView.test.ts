// The extension as a person uses it: Chromium clicks and types in code-server's workbench (the extension
// installed from this working tree's dist/), against a cognito-local seeded with the demo data (demo-pool,
// demo-web, alice, bob, carol, dave). What a flow created is checked in the tree and, with the AWS SDK, in the
// emulator. Takes the README's screenshots (see test/support/workbench/artifacts.ts for where they go).
import * as assert from 'node:assert/strict';
import { AdminGetUserCommand, DescribeUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { screenshotDir } from '../support/workbench/artifacts';
import { listClients, listPools, listUsers, snapshot } from '../support/workbench/emulator';
import { useUiSession, type UiSession } from '../support/workbench/session';
import type { Workbench } from '../support/workbench/workbench';

const POOL_NAME_RULE = 'The pool name can contain only letters, digits, spaces and + = , . @ - _ characters.';
/** Names typed into flows that were then cancelled with Esc: they must never reach the emulator, not even late. */
const CANCELLED_POOL_NAMES = ['good name', 'never-created'];
const CANCELLED_USERNAMES = ['frank'];
/**
 * How long after the last Esc after() looks again: the checks right after Esc run as soon as the quick input
 * closes, and would miss a create call the extension sent asynchronously a moment later.
 */
const LATE_CALL_MS = 3000;

/** Looks again, LATE_CALL_MS after the last Esc, for anything named as in a cancelled flow: pools, and users in every pool. */
async function assertNothingCancelledWasCreated(sdk: UiSession['sdk'], lastEscAt: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastEscAt + LATE_CALL_MS - Date.now())));
  const pools = await listPools(sdk);
  const poolNames = pools.map((p) => p.Name ?? '');
  assert.deepEqual(poolNames.filter((name) => CANCELLED_POOL_NAMES.includes(name)), [], 'no pool of a flow cancelled with Esc was created later');
  const usernames: string[] = [];
  for (const pool of pools) usernames.push(...(await listUsers(sdk, pool.Id!)).map((u) => u.Username ?? ''));
  assert.deepEqual(usernames.filter((name) => CANCELLED_USERNAMES.includes(name)), [], 'no user of a flow cancelled with Esc was created later');
}

describe('ui: the Cognito view in code-server', function () {
  this.timeout(60_000);
  let wb: Workbench;
  let poolId: string;
  let clientId: string;
  let lastEscAt: number | undefined;
  const session = useUiSession({
    extension: 'working-tree',
    beforeStop: async (started) => {
      if (lastEscAt !== undefined) await assertNothingCancelledWasCreated(started.sdk, lastEscAt);
    },
  });

  before(() => {
    wb = session.workbench;
    ({ poolId, clientId } = session.seeded);
  });

  it('the Cognito icon in the activity bar opens User Pools, which lists the seeded pool with its Pool Id', async () => {
    await wb.openCognitoView();
    const pool = wb.treeRow('demo-pool');
    await pool.waitFor();
    assert.match((await pool.getAttribute('aria-label')) ?? '', new RegExp(`^demo-pool ${poolId}\\b`));
  });

  it('expanding the pool, "App clients" and "Users" shows the seeded app client and users', async () => {
    await wb.widenSideBar(500); // room for the ids in the screenshot
    await wb.expand(wb.treeRow('demo-pool'));
    await wb.expand(await wb.rowAt(['demo-pool', 'App clients']));
    const client = await wb.rowAt(['demo-pool', 'App clients', 'demo-web']);
    assert.match((await client.getAttribute('aria-label')) ?? '', new RegExp(`App Client Id: ${clientId}\\b`));

    await wb.expand(await wb.rowAt(['demo-pool', 'Users']));
    for (const name of ['alice', 'bob', 'carol', 'dave']) await wb.rowAt(['demo-pool', 'Users', name]);
    const names = await wb.visibleRowNames();
    assert.deepEqual(
      names.map((n) => n.split(/[\s,]/)[0]),
      ['demo-pool', 'App', 'demo-web', 'Users', 'alice', 'bob', 'carol', 'dave', 'Groups', 'Resource', 'Identity'],
    );
    assert.ok(names.some((n) => n.startsWith('bob\nStatus: FORCE_CHANGE_PASSWORD')), names.join(' | '));
    assert.ok(names.some((n) => n.startsWith('carol\nStatus: disabled, CONFIRMED')), names.join(' | '));
    await wb.screenshot(screenshotDir(), 'tree.png');
  });

  it('right-click on a pool → "Copy Pool Id" puts exactly the Pool Id on the clipboard and says so in the status bar', async () => {
    await wb.writeClipboard('not the id');
    await wb.contextMenu(wb.treeRow('demo-pool'), 'Copy Pool Id');
    assert.equal(await wb.waitForClipboard(poolId), poolId);
    await wb.statusMessage.filter({ hasText: `Copied Pool Id ${poolId}` }).waitFor();
    await wb.screenshot(screenshotDir(), 'copy-pool-id.png');
  });

  it('right-click on an app client → "Copy App Client Id" puts exactly the App Client Id on the clipboard', async () => {
    await wb.writeClipboard('not the id');
    await wb.contextMenu(wb.treeRow('demo-web'), 'Copy App Client Id');
    assert.equal(await wb.waitForClipboard(clientId), clientId);
    await wb.statusMessage.filter({ hasText: `Copied App Client Id ${clientId}` }).waitFor();
  });

  it('an invalid pool name shows the validation message under the box, and Enter does not accept it', async () => {
    const before = await snapshot(session.sdk);
    await wb.runCommand('Cognito: Create User Pool');
    await wb.waitForStep('Create User Pool', 1);
    await wb.type('bad/name');
    await wb.quickInputMessage.filter({ hasText: POOL_NAME_RULE }).waitFor();
    await wb.screenshot(screenshotDir(), 'create-user-pool-validation.png');

    await wb.enter();
    // Enter and the next keys reach the extension in order: had Enter been accepted, the review step would be
    // showing by the time the box reports the corrected, valid name.
    await wb.quickInputBox.fill('good name');
    await wb.quickInputMessage.filter({ hasNotText: POOL_NAME_RULE }).waitFor();
    assert.equal(await wb.stepTitle(), 'Create User Pool (1/2)');
    await wb.page.keyboard.press('Escape');
    await wb.waitForQuickInputClosed();
    lastEscAt = Date.now();
    assert.deepEqual(await snapshot(session.sdk), before, 'the emulator is unchanged');
  });

  it('Esc at the review step of Create User Pool creates nothing', async () => {
    const before = await snapshot(session.sdk);
    await wb.runCommand('Cognito: Create User Pool');
    await wb.waitForStep('Create User Pool', 1);
    await wb.type('never-created');
    await wb.enter();
    await wb.waitForStep('Create User Pool', 2);
    await wb.pickItem('Create pool').waitFor();
    await wb.page.keyboard.press('Escape');
    await wb.waitForQuickInputClosed();
    lastEscAt = Date.now();
    assert.deepEqual(await snapshot(session.sdk), before, 'the emulator is unchanged');
    assert.equal(await wb.treeRow('never-created').count(), 0);
  });

  it('Create User Pool from the palette (F1): name, review, "Create pool" — the pool is in the tree and the emulator', async () => {
    await wb.runCommand('Cognito: Create User Pool');
    await wb.waitForStep('Create User Pool', 1);
    await wb.type('ui-test-pool');
    await wb.enter();
    await wb.waitForStep('Create User Pool', 2);
    await wb.pick('Create pool');
    await wb.waitForQuickInputClosed();

    const row = wb.treeRow('ui-test-pool');
    await row.waitFor();
    const created = (await listPools(session.sdk)).filter((p) => p.Name === 'ui-test-pool');
    assert.equal(created.length, 1, 'exactly one pool of that name in the emulator');
    assert.equal(await row.getAttribute('aria-level'), '1');
    assert.match((await row.getAttribute('aria-label')) ?? '', new RegExp(`^ui-test-pool ${created[0].Id}\\b`));
  });

  it('Create App Client from the palette: pool, name, no secret, SRP preselected — listed under "App clients" and in the emulator', async () => {
    await wb.runCommand('Cognito: Create App Client');
    await wb.waitForStep('Create App Client', 1);
    await wb.pick('demo-pool');
    await wb.waitForStep('Create App Client', 2);
    await wb.type('mobile-app');
    await wb.quickInputMessage.filter({ hasText: 'App client name in "demo-pool"' }).waitFor();
    await wb.screenshot(screenshotDir(), 'create-app-client.png');
    await wb.enter();
    await wb.waitForStep('Create App Client', 3);
    await wb.pick('No client secret');
    await wb.waitForStep('Create App Client', 4);
    await wb.quickInput.locator('.monaco-list-row').first().waitFor();
    assert.deepEqual(await wb.checkedItems(), ['Secure Remote Password (SRP)']);
    await wb.enter();
    await wb.waitForQuickInputClosed();

    await wb.rowAt(['demo-pool', 'App clients', 'mobile-app']);
    const created = (await listClients(session.sdk, poolId)).find((c) => c.ClientName === 'mobile-app');
    assert.ok(created?.ClientId, 'the emulator has the app client');
    const { UserPoolClient: details } = await session.sdk.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: created.ClientId }));
    assert.deepEqual([...(details?.ExplicitAuthFlows ?? [])].sort(), ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']);
    assert.equal(details?.ClientSecret, undefined, 'no client secret');
  });

  it('Create User from the palette: username, e-mail, verified, no phone, no invitation, password — listed under "Users" and in the emulator', async () => {
    await wb.runCommand('Cognito: Create User');
    await wb.waitForStep('Create User', 1);
    await wb.pick('demo-pool');
    await wb.waitForStep('Create User', 2);
    await wb.type('erin');
    await wb.enter();
    await wb.waitForStep('Create User', 3);
    await wb.type('erin@example.com');
    await wb.enter();
    await wb.waitForStep('Create User', 4);
    await wb.pickItem('Yes').waitFor();
    assert.match((await wb.quickInputBox.getAttribute('placeholder')) ?? '', /Mark e-mail address as verified\?/);
    await wb.pick('Yes');
    await wb.waitForStep('Create User', 5);
    await wb.enter(); // no phone number: its "verified?" question drops out
    await wb.waitForStep('Create User', 6);
    await wb.pick("Don't send an invitation");
    await wb.waitForStep('Create User', 7);
    assert.equal(await wb.stepTitle(), 'Create User (7/7)');
    assert.equal(await wb.quickInputBox.getAttribute('type'), 'password', 'the temporary password is typed in a password box');
    await wb.type('Erin-Temp-1!');
    await wb.enter();
    await wb.waitForQuickInputClosed();

    const row = await wb.rowAt(['demo-pool', 'Users', 'erin']);
    assert.match((await row.getAttribute('aria-label')) ?? '', /^erin\nStatus: FORCE_CHANGE_PASSWORD\nE-mail: erin@example\.com/);
    const user = await session.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'erin' }));
    assert.equal(user.UserStatus, 'FORCE_CHANGE_PASSWORD');
    const attributes = Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    assert.equal(attributes.email, 'erin@example.com');
    assert.equal(attributes.email_verified, 'true');
  });

  it('Esc at the last step of Create User (the password) creates nothing', async () => {
    const before = await snapshot(session.sdk);
    await wb.runCommand('Cognito: Create User');
    await wb.waitForStep('Create User', 1);
    await wb.pick('demo-pool');
    await wb.waitForStep('Create User', 2);
    await wb.type('frank');
    await wb.enter();
    await wb.waitForStep('Create User', 3);
    await wb.enter(); // no e-mail
    await wb.waitForStep('Create User', 4);
    await wb.enter(); // no phone number
    await wb.waitForStep('Create User', 5);
    await wb.pick("Don't send an invitation");
    await wb.waitForStep('Create User', 6);
    await wb.type('Frank-Temp-1!');
    await wb.page.keyboard.press('Escape');
    await wb.waitForQuickInputClosed();
    lastEscAt = Date.now();
    assert.deepEqual(await snapshot(session.sdk), before, 'the emulator is unchanged');
    await wb.rowAt(['demo-pool', 'Users', 'erin']); // the folder is showing…
    assert.equal(await wb.treeRow('frank').count(), 0); // …and has no frank
  });
});
