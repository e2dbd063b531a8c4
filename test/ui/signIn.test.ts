// Sign In as User as a person does it in code-server's workbench, against a cognito-local seeded with the demo
// data: F1 → "Cognito: Sign In as User…" → demo-pool, bob (FORCE_CHANGE_PASSWORD), demo-web, his temporary
// password in a password box, then a new password for the NEW_PASSWORD_REQUIRED challenge. The Tokens view opens
// ("bob tokens.md", its text read from the editor on the page), bob's row turns CONFIRMED without a refresh, and
// the editor's title button "Copy ID Token" puts a JWT naming bob on the browser's real clipboard. The emulator
// is checked with the AWS SDK directly. Takes the README's tokens-view screenshot (see test/support/workbench/artifacts.ts).
import * as assert from 'node:assert/strict';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_USERS } from '../support/demoSeed';
import { screenshotDir } from '../support/workbench/artifacts';
import { useUiSession } from '../support/workbench/session';
import { activeEditor, activeEditorGroup, visibleOption, waitForClipboardChange, waitForEditorText } from '../support/workbench/views';
import type { Workbench } from '../support/workbench/workbench';

const TITLE = 'Sign In as User';
const BOB = DEMO_USERS.find((u) => u.username === 'bob')!;
/** Meets the demo pool's policy (Cognito's default: 8+ characters, upper case, lower case, number, symbol). */
const NEW_PASSWORD = 'Bob-Chosen-2!';
const NOT_A_TOKEN = 'not a token';

describe('ui: Sign In as User in code-server', function () {
  this.timeout(60_000);
  const session = useUiSession({ extension: 'working-tree' });
  let wb: Workbench;
  let poolId: string;

  before(async function () {
    assert.equal(BOB?.status, 'FORCE_CHANGE_PASSWORD', 'the demo data has bob waiting for a new password');
    wb = session.workbench;
    ({ poolId } = session.seeded);
  });

  it('the Cognito view lists bob under demo-pool → Users as FORCE_CHANGE_PASSWORD', async () => {
    await wb.openCognitoView();
    await wb.widenSideBar(420); // room for the users' status next to their names
    await wb.expand(wb.treeRow('demo-pool'));
    await wb.expand(await wb.rowAt(['demo-pool', 'Users']));
    const bob = await wb.rowAt(['demo-pool', 'Users', 'bob']);
    assert.match((await bob.getAttribute('aria-label')) ?? '', /^bob\nStatus: FORCE_CHANGE_PASSWORD\b/);
  });

  it('F1 → "Cognito: Sign In as User…": demo-pool, bob, demo-web, the temporary password, a new password — the Tokens view shows bob\'s claims and bob turns CONFIRMED', async () => {
    await wb.runCommand('Cognito: Sign In as User…');
    await wb.waitForStep(TITLE, 1);
    assert.equal(await wb.quickInputBox.getAttribute('placeholder'), 'Choose a user pool');
    await visibleOption(wb, 'demo-pool').click();

    await wb.waitForStep(TITLE, 2);
    assert.equal(await wb.quickInputBox.getAttribute('placeholder'), 'Sign in to "demo-pool" as');
    await visibleOption(wb, 'Type a username…').waitFor(); // the users are listed, and typing one is offered too
    await visibleOption(wb, 'bob').click();

    await wb.waitForStep(TITLE, 3);
    await visibleOption(wb, 'demo-web').click();

    await wb.waitForStep(TITLE, 4);
    await wb.quickInputMessage.filter({ hasText: 'Password of bob (app client demo-web)' }).waitFor();
    assert.equal(await wb.quickInputBox.getAttribute('type'), 'password', 'the password is typed in a password box');
    await wb.type(BOB.password);
    await wb.enter();

    // NEW_PASSWORD_REQUIRED: one more step, again a password box, that states the pool's policy.
    await wb.waitForStep(TITLE, 5);
    await wb.quickInputMessage.filter({ hasText: /^bob must choose a new password \(8\+ characters, / }).waitFor();
    assert.equal(await wb.stepTitle(), `${TITLE} (5/5)`);
    assert.equal(await wb.quickInputBox.getAttribute('type'), 'password', 'the new password is typed in a password box');
    await wb.type(NEW_PASSWORD);
    await wb.enter();
    await wb.waitForQuickInputClosed();

    // The Tokens view: a tab "bob tokens.md", the active editor, whose text names bob.
    const tab = wb.page.getByRole('tab', { name: /^bob tokens\.md\b/ });
    await tab.waitFor();
    assert.equal(await tab.getAttribute('aria-selected'), 'true', 'the Tokens view is the active editor');
    // A document of the extension's own scheme (cognito-tokens), named after the user; no token in its address.
    assert.match((await activeEditor(wb).getAttribute('data-uri')) ?? '', /^cognito-tokens:\/bob%20tokens\.md\?session(=|%3D)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const top = await waitForEditorText(wb, '# Signed in as bob');
    assert.match(top, /^- App client: demo-web$/m, top);
    assert.match(top, /✓ verified/, top);
    // The claims are further down: find them the way a person would (Ctrl+F), which scrolls them into view.
    await activeEditor(wb).locator('.view-lines').click();
    await wb.page.keyboard.press('Control+F');
    const find = activeEditor(wb).locator('.find-widget textarea, .find-widget input').first();
    await find.waitFor();
    await find.fill('`cognito:username`');
    const claims = await waitForEditorText(wb, '| `cognito:username` | `bob` |');
    assert.ok(!/\| `cognito:username` \| `(?!bob`)/.test(claims), `no other user in the claims:\n${claims}`);
    await wb.page.keyboard.press('Escape');
    await activeEditor(wb).locator('.find-widget.visible').waitFor({ state: 'hidden' });

    // The tree shows the new status without a refresh.
    const bob = wb.treeRow('bob').and(wb.page.locator('[aria-label*="Status: CONFIRMED"]'));
    await bob.waitFor();
    assert.match((await bob.getAttribute('aria-label')) ?? '', /^bob\nStatus: CONFIRMED\b/);
    assert.equal(await wb.treeRow('bob').count(), 1, 'bob is listed once');

    // The README's picture: the top of the Tokens view next to the tree.
    await wb.page.keyboard.press('Control+Home');
    await waitForEditorText(wb, '# Signed in as bob');
    await wb.screenshot(screenshotDir(), 'tokens-view.png');
  });

  it('the editor title button "Copy ID Token" puts bob\'s ID token (a JWT) on the clipboard; the emulator has bob CONFIRMED', async () => {
    await wb.writeClipboard(NOT_A_TOKEN);
    const button = activeEditorGroup(wb).locator('.editor-actions .action-label[aria-label="Copy ID Token"]');
    await button.click();
    const copied = await waitForClipboardChange(wb, NOT_A_TOKEN);
    const parts = copied.split('.');
    assert.equal(parts.length, 3, `a JWT has three dot-separated parts: ${copied.slice(0, 40)}…`);
    assert.ok(parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p)), 'each part is base64url');
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as Record<string, unknown>;
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
    assert.equal(typeof header.alg, 'string');
    assert.equal(payload['cognito:username'], 'bob');
    assert.equal(payload.token_use, 'id', 'the ID token, not the access token');
    await wb.statusMessage.filter({ hasText: 'Copied the ID token of bob' }).waitFor();

    const user = await session.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'bob' }));
    assert.equal(user.UserStatus, 'CONFIRMED');
  });
});

