// Users and groups as a person manages them in code-server's workbench, against a cognito-local seeded with the
// demo data (demo-pool; alice CONFIRMED, bob FORCE_CHANGE_PASSWORD, carol disabled, dave UNCONFIRMED): right-click
// bob → "Set Password…" → Permanent, typed in a password box (bob's row turns CONFIRMED in place); right-click
// alice → "Disable User" (her row shows disabled, and her menu, like carol's, offers Enable instead of Disable);
// alice and dave selected together (click, Ctrl+click) → "Delete User" → one modal for both; right-click the
// pool's "Groups" folder → "Create Group…" → testers; right-click bob → "Add to Group…" → testers, and testers
// expands to bob. Every effect is checked in the tree and, with the AWS SDK directly, in the emulator. Takes the
// README's users-and-groups screenshot (see test/support/workbench/artifacts.ts for where it goes).
import * as assert from 'node:assert/strict';
import {
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  GetGroupCommand,
  ListUsersInGroupCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Locator } from 'playwright-core';
import { DEMO_POOL_NAME, DEMO_USERS } from '../support/demoSeed';
import { screenshotDir } from '../support/workbench/artifacts';
import { listUsers } from '../support/workbench/emulator';
import { useUiSession } from '../support/workbench/session';
import { DETAILS_VIEW, fieldValue, renderedView } from '../support/workbench/renderedView';
import { visibleOption, visibleOptionLabels, type OptionElement } from '../support/workbench/views';
import type { Workbench } from '../support/workbench/workbench';

/** Meets the demo pool's policy (Cognito's default: 8+ characters, upper case, lower case, number, symbol). */
const BOB_PASSWORD = 'Bob-Permanent-7!';
const GROUP = 'testers';
const GROUP_DESCRIPTION = 'Beta testers';
const GROUP_PRECEDENCE = '10';

describe('ui: users and groups from the tree in code-server', function () {
  this.timeout(60_000);
  const session = useUiSession({ extension: 'working-tree' });
  let wb: Workbench;
  let poolId: string;

  before(async function () {
    const states = Object.fromEntries(DEMO_USERS.map((u) => [u.username, `${u.enabled ? 'enabled' : 'disabled'} ${u.status}`]));
    assert.deepEqual(
      states,
      { alice: 'enabled CONFIRMED', bob: 'enabled FORCE_CHANGE_PASSWORD', carol: 'disabled CONFIRMED', dave: 'enabled UNCONFIRMED' },
      'the demo data this file relies on',
    );
    wb = session.workbench;
    ({ poolId } = session.seeded);
  });

  it('the Cognito view lists the four demo users under demo-pool → Users, and an empty "Groups" folder', async () => {
    await wb.openCognitoView();
    await wb.widenSideBar(500); // room for the users' status next to their names
    await wb.expand(wb.treeRow(DEMO_POOL_NAME));
    await wb.expand(await wb.rowAt([DEMO_POOL_NAME, 'Users']));
    for (const name of ['alice', 'bob', 'carol', 'dave']) await wb.rowAt([DEMO_POOL_NAME, 'Users', name]);
    assert.equal(await description(await userRow(wb, 'bob')), 'FORCE_CHANGE_PASSWORD · bob@example.com');
    assert.equal(await iconOf(await userRow(wb, 'bob')), 'key');

    // Opened before Create Group, so the new group must turn up in an open list without a refresh.
    await wb.expand(await wb.rowAt([DEMO_POOL_NAME, 'Groups']));
    await wb.rowAt([DEMO_POOL_NAME, 'Groups', 'No groups']);
  });

  it('right-click bob → "Set Password…" → Permanent → "Type a password" → a password box checked against the policy: bob turns CONFIRMED in place and in the emulator', async () => {
    await wb.contextMenu(await userRow(wb, 'bob'), 'Set Password…');

    await wb.waitForStep('Set Password', 1);
    assert.equal(await wb.quickInputBox.getAttribute('placeholder'), 'A permanent or a temporary password for bob?');
    await visibleOption(wb, 'Temporary').waitFor();
    assert.deepEqual(await visibleOptionLabels(wb), ['Permanent', 'Temporary']);
    await visibleOption(wb, 'Permanent').click();

    await wb.waitForStep('Set Password', 2);
    await visibleOption(wb, 'Type a password').waitFor();
    assert.deepEqual(await visibleOptionLabels(wb), ['Generate a password', 'Type a password']);
    await visibleOption(wb, 'Type a password').click();

    await wb.waitForStep('Set Password', 3);
    assert.equal(await wb.stepTitle(), 'Set Password (3/3)');
    assert.equal(await wb.quickInputBox.getAttribute('type'), 'password', 'the password is typed in a password box');
    await wb.quickInputMessage.filter({ hasText: 'New password of bob (8+ characters, upper case, lower case, number, symbol)' }).waitFor();
    // Too short: the policy's message shows, and Enter does not take it.
    await wb.type('Bob-1!');
    await wb.quickInputMessage.filter({ hasText: 'Use at least 8 characters (now 6).' }).waitFor();
    await wb.enter();
    await wb.type('x');
    await wb.quickInputMessage.filter({ hasText: 'Use at least 8 characters (now 7).' }).waitFor();
    assert.equal(await wb.stepTitle(), 'Set Password (3/3)', 'Enter on a password the policy refuses does not end the flow');
    // Select what was typed and type the real one over it.
    await wb.quickInputBox.press('Control+A');
    await wb.type(BOB_PASSWORD);
    await wb.quickInputMessage.filter({ hasText: 'New password of bob' }).waitFor();
    await wb.enter();
    await wb.waitForQuickInputClosed();

    // The row shows the new status without a refresh: description, icon (a green check) and menu.
    const bob = wb.treeRow('bob').and(wb.page.locator('[aria-label*="Status: CONFIRMED"]'));
    await bob.waitFor();
    assert.match((await bob.getAttribute('aria-label')) ?? '', /^bob\nStatus: CONFIRMED\nE-mail: bob@example\.com/);
    assert.equal(await description(bob), 'CONFIRMED · bob@example.com');
    assert.equal(await iconOf(bob), 'pass');
    const passed = await themeColor(wb, 'testing.iconPassed');
    assert.equal(await iconColor(bob), passed, "the check has the theme's colour for a passed test");
    const [red, green, blue] = passed.match(/\d+/g)!.map(Number);
    assert.ok(green > red && green > blue, `the check is green: ${passed}`);
    assert.equal(await wb.treeRow('bob').count(), 1, 'bob is listed once');
    await wb.statusMessage.filter({ hasText: 'Set a permanent password for bob.' }).waitFor();

    const user = await session.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'bob' }));
    assert.equal(user.UserStatus, 'CONFIRMED');
    // The password typed is the one set: bob signs in with it, no challenge (a permanent password).
    const signIn = await adminSignIn(session.sdk, poolId, session.seeded.clientId, 'bob', BOB_PASSWORD);
    assert.equal(signIn.ChallengeName, undefined, 'no NEW_PASSWORD_REQUIRED challenge');
    assert.ok(signIn.AuthenticationResult?.IdToken, 'bob signs in with the typed password');
  });

  it('right-click alice → "Disable User": alice shows disabled in place and in the emulator; a disabled user\'s menu offers "Enable User", not "Disable User"', async () => {
    // Before: an enabled user is offered Disable only; carol (disabled) Enable only.
    const aliceMenu = await contextMenuEntries(wb, await userRow(wb, 'alice'));
    assert.ok(aliceMenu.includes('Disable User') && !aliceMenu.includes('Enable User'), aliceMenu.join(' | '));
    const carolMenu = await contextMenuEntries(wb, await userRow(wb, 'carol'));
    assert.ok(carolMenu.includes('Enable User'), `carol's menu offers Enable User: ${carolMenu.join(' | ')}`);
    assert.ok(!carolMenu.includes('Disable User'), `carol's menu does not offer Disable User: ${carolMenu.join(' | ')}`);

    await wb.contextMenu(await userRow(wb, 'alice'), 'Disable User');
    const alice = wb.treeRow('alice').and(wb.page.locator('[aria-label*="Status: disabled"]'));
    await alice.waitFor();
    assert.match((await alice.getAttribute('aria-label')) ?? '', /^alice\nStatus: disabled, CONFIRMED\nE-mail: alice@example\.com/);
    assert.equal(await description(alice), 'disabled, CONFIRMED · alice@example.com');
    assert.equal(await iconOf(alice), 'circle-slash', 'the icon changed from the green check');
    await wb.statusMessage.filter({ hasText: /^\s*Disabled alice\./ }).waitFor();

    const user = await session.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'alice' }));
    assert.equal(user.Enabled, false, 'AdminGetUser says alice is disabled');

    // Her menu changed with her state.
    const after = await contextMenuEntries(wb, await userRow(wb, 'alice'));
    assert.ok(after.includes('Enable User') && !after.includes('Disable User'), `alice's menu now: ${after.join(' | ')}`);
  });

  it('alice, then Ctrl+click dave, right-click → "Delete User": one modal for 2 users, "Delete" — both leave the tree and the emulator', async () => {
    const alice = await userRow(wb, 'alice');
    await alice.click();
    await alice.and(wb.page.locator('[aria-selected="true"]')).waitFor();
    const dave = await userRow(wb, 'dave');
    await dave.click({ modifiers: ['Control'] });
    await dave.and(wb.page.locator('[aria-selected="true"]')).waitFor();
    assert.deepEqual(await selectedRowLabels(wb), ['alice', 'dave'], 'exactly alice and dave are selected');

    await wb.contextMenu(dave, 'Delete User');
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.equal((await dialog.locator('.dialog-message-text').textContent())?.trim(), 'Delete 2 users?');
    const detail = (await dialog.locator('.dialog-message-detail').textContent()) ?? '';
    assert.match(detail, /\balice\b/, detail);
    assert.match(detail, /\bdave\b/, detail);
    assert.match(detail, /cannot be undone/, detail);
    await dialog.locator('.dialog-buttons .monaco-button', { hasText: /^Delete$/ }).click();
    await dialog.waitFor({ state: 'detached' });

    await wb.treeRow('alice').waitFor({ state: 'detached' });
    await wb.treeRow('dave').waitFor({ state: 'detached' });
    await wb.statusMessage.filter({ hasText: 'Deleted 2 users.' }).waitFor();
    // The others stay, in their states.
    const left = await wb.visibleRowNames();
    const users = left.filter((n) => /^\w+\nStatus: /.test(n)).map((n) => n.split('\n').slice(0, 2).join(' '));
    assert.deepEqual(users, ['bob Status: CONFIRMED', 'carol Status: disabled, CONFIRMED'], left.join(' | '));

    const inEmulator = (await listUsers(session.sdk, poolId)).map((u) => u.Username).sort();
    assert.deepEqual(inEmulator, ['bob', 'carol'], 'ListUsers no longer has alice or dave');
  });

  it('right-click "Groups" → "Create Group…": name (checked as typed), description, precedence, no role — testers shows under the open Groups folder and is in the emulator', async () => {
    const groups = await wb.rowAt([DEMO_POOL_NAME, 'Groups']);
    await wb.contextMenu(groups, 'Create Group…');

    await wb.waitForStep('Create Group', 1);
    assert.equal(await wb.stepTitle(), 'Create Group (1/4)');
    await wb.quickInputMessage.filter({ hasText: `Name of the new group in "${DEMO_POOL_NAME}"` }).waitFor();
    await wb.type('beta testers');
    await wb.quickInputMessage.filter({ hasText: 'no spaces or control characters' }).waitFor();
    await wb.enter();
    await wb.quickInputBox.press('Control+A');
    await wb.type(GROUP);
    await wb.quickInputMessage.filter({ hasNotText: 'no spaces or control characters' }).waitFor();
    assert.equal(await wb.stepTitle(), 'Create Group (1/4)', 'Enter on a name with a space does not go on');
    await wb.enter();

    await wb.waitForStep('Create Group', 2);
    await wb.quickInputMessage.filter({ hasText: 'Description (optional)' }).waitFor();
    await wb.type(GROUP_DESCRIPTION);
    await wb.enter();

    await wb.waitForStep('Create Group', 3);
    await wb.quickInputMessage.filter({ hasText: /^Precedence \(optional\)/ }).waitFor();
    await wb.type(GROUP_PRECEDENCE);
    await wb.enter();

    await wb.waitForStep('Create Group', 4);
    await wb.quickInputMessage.filter({ hasText: /IAM role ARN .*\(optional\)/ }).waitFor();
    await wb.enter(); // no role
    await wb.waitForQuickInputClosed();

    const row = await wb.rowAt([DEMO_POOL_NAME, 'Groups', GROUP]);
    assert.equal(await description(row), `precedence ${GROUP_PRECEDENCE} · ${GROUP_DESCRIPTION}`);
    assert.equal(await wb.treeRow('No groups').count(), 0, 'the folder no longer says it is empty');
    await wb.statusMessage.filter({ hasText: `Created group ${GROUP} in ${DEMO_POOL_NAME}` }).waitFor();

    const { Group: group } = await session.sdk.send(new GetGroupCommand({ UserPoolId: poolId, GroupName: GROUP }));
    assert.equal(group?.Description, GROUP_DESCRIPTION);
    assert.equal(group?.Precedence, Number(GROUP_PRECEDENCE));
    assert.equal(group?.RoleArn, undefined, 'no IAM role');
  });

  it('right-click bob → "Add to Group…" → testers; testers expands to bob, and ListUsersInGroup has bob', async () => {
    await wb.contextMenu(await userRow(wb, 'bob'), 'Add to Group…');
    await wb.waitForStep('Add to Group', 1);
    assert.equal(await wb.quickInputBox.getAttribute('placeholder'), 'The group to add bob to');
    await visibleOption(wb, GROUP).waitFor();
    assert.deepEqual(await visibleOptionLabels(wb), [GROUP], "the pool's groups");
    await visibleOption(wb, GROUP).click();
    await wb.waitForQuickInputClosed();
    await wb.statusMessage.filter({ hasText: `Added to ${GROUP}: bob.` }).waitFor();

    await wb.expand(await wb.rowAt([DEMO_POOL_NAME, 'Groups', GROUP]));
    const member = await wb.rowAt([DEMO_POOL_NAME, 'Groups', GROUP, 'bob']);
    assert.match((await member.getAttribute('aria-label')) ?? '', new RegExp(`^bob\\nStatus: CONFIRMED\\n[^]*Member of ${GROUP}$`));
    assert.equal(await iconOf(member), 'pass');

    const { Users: members } = await session.sdk.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: GROUP }));
    assert.deepEqual((members ?? []).map((u) => u.Username), ['bob'], 'ListUsersInGroup has bob, and only bob');

    // The README's picture: the pool with its users and its Groups folder open on testers and its member, once
    // the progress notification of the add has closed.
    await wb.page.locator('.notification-toast-container:visible').first().waitFor({ state: 'hidden' });
    await wb.screenshot(screenshotDir(), 'users-groups.png');
  });

  it('right-click bob → "Show User Details": the rendered page shows his state, groups and e-mail; its "Disable User" button disables him in the page, the tree and the emulator', async () => {
    await wb.contextMenu(await userRow(wb, 'bob'), 'Show User Details');
    await wb.page.getByRole('tab', { name: /^User bob\b/ }).waitFor();
    const view = await renderedView(wb, DETAILS_VIEW);
    assert.equal(await fieldValue(view, 'username'), 'bob');
    assert.equal(await fieldValue(view, 'status'), 'CONFIRMED', 'the password set above confirmed him');
    assert.equal(await fieldValue(view, 'enabled'), 'yes');
    assert.equal(await fieldValue(view, 'groups'), GROUP);
    assert.equal(await fieldValue(view, 'attribute:email'), 'bob@example.com');
    // Only the state's commands: an enabled user is offered Disable, not Enable.
    assert.equal(await view.locator('[data-action="cognito.enableUser"]').count(), 0);

    await view.locator('[data-field="enabled"] [data-action="cognito.disableUser"]').click();
    await view.locator('[data-field="enabled"] [data-value]', { hasText: /^no$/ }).waitFor();
    await view.locator('[data-field="enabled"] [data-action="cognito.enableUser"]').waitFor();
    // bob is also a row under Groups › testers ("Member of testers"): the row meant is the one in Users.
    const bob = wb.treeRow('bob').and(wb.page.locator('[aria-label*="Status: disabled"]:not([aria-label*="Member of"])'));
    await bob.waitFor();
    assert.equal(await description(bob), 'disabled, CONFIRMED · bob@example.com', 'the tree keeps the status the page was opened after');
    const user = await session.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'bob' }));
    assert.equal(user.Enabled, false, 'AdminGetUser says bob is disabled');
  });
});

/** A user's row under demo-pool → Users (not a row of the same user under a group). */
function userRow(wb: Workbench, username: string): Promise<Locator> {
  return wb.rowAt([DEMO_POOL_NAME, 'Users', username]);
}

/** The grey text after a row's label. */
async function description(row: Locator): Promise<string> {
  return ((await row.locator('.label-description').textContent()) ?? '').trim();
}

/** The codicon a row shows, e.g. "pass" for `$(pass)`. */
async function iconOf(row: Locator): Promise<string | undefined> {
  const classes = (await row.locator('.custom-view-tree-node-item-icon').getAttribute('class')) ?? '';
  return /\bcodicon-([\w-]+)/.exec(classes)?.[1];
}

/** The colour a row's icon is drawn in, as the browser computes it ("rgb(115, 201, 145)"). */
async function iconColor(row: Locator): Promise<string> {
  return row.locator('.custom-view-tree-node-item-icon').evaluate((e) => getComputedStyle(e).color);
}

/** A colour of the workbench's theme ("testing.iconPassed"), as "rgb(r, g, b)" like a computed colour. */
async function themeColor(wb: Workbench, id: string): Promise<string> {
  const variable = `--vscode-${id.replace(/\./g, '-')}`;
  const value = (await wb.page.locator('.monaco-workbench').evaluate((e, name) => getComputedStyle(e).getPropertyValue(name), variable)).trim();
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})(ff)?$/i.exec(value);
  assert.ok(hex, `the theme defines ${variable} as an opaque #rrggbb colour: ${JSON.stringify(value)}`);
  return `rgb(${hex.slice(1, 4).map((h) => parseInt(h, 16)).join(', ')})`;
}

/** The labels (first line of the accessible name) of the selected rows of the tree, top to bottom. */
async function selectedRowLabels(wb: Workbench): Promise<string[]> {
  const rows = wb.userPoolsView.locator('.monaco-list-row[role="treeitem"][aria-selected="true"]');
  const named = await rows.evaluateAll((elements) =>
    (elements as unknown as OptionElement[]).map((e) => [Number(e.getAttribute('data-index')), e.getAttribute('aria-label') ?? ''] as const),
  );
  return [...named].sort((a, b) => a[0] - b[0]).map(([, name]) => name.split(/[\n ,]/)[0]);
}

/** Right-clicks a row and reads its context menu's entries, then closes the menu with Esc. */
async function contextMenuEntries(wb: Workbench, row: Locator): Promise<string[]> {
  await row.click({ button: 'right' });
  const menu = wb.page.locator('.context-view .monaco-menu');
  await menu.locator('.action-item .action-label', { hasText: 'Delete User' }).waitFor(); // the last entry has shown
  const labels = await menu.locator('.action-item .action-label').evaluateAll((elements) => elements.map((e) => (e.textContent ?? '').trim()));
  await wb.page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  return labels.filter(Boolean);
}

/** ADMIN_USER_PASSWORD_AUTH, the admin flow cognito-local knows (docs/testing.md). */
function adminSignIn(sdk: CognitoIdentityProviderClient, poolId: string, clientId: string, username: string, password: string) {
  return sdk.send(
    new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId: clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: username, PASSWORD: password } }),
  );
}

declare function getComputedStyle(element: unknown): { color: string; getPropertyValue(name: string): string };
