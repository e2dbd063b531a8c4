// Sign In as User as a person does it in code-server's workbench, against a cognito-local seeded with the demo
// data: F1 → "Cognito: Sign In as User…" → demo-pool, bob (FORCE_CHANGE_PASSWORD), demo-web, his temporary
// password in a password box, then a new password for the NEW_PASSWORD_REQUIRED challenge. The rendered Tokens
// view opens ("bob tokens", read from its page: parts, claims, a claim that looks like markup shown as text, a
// countdown that moves), bob's row turns CONFIRMED without a refresh, the page's copy buttons and the title's
// "Copy ID Token" put a JWT naming bob on the browser's real clipboard, the page follows a light and a dark
// theme, and its Sign Out button leaves no token text in it. The emulator is checked with the AWS SDK directly.
// Takes the README's two Tokens view screenshots (see test/support/workbench/artifacts.ts).
import * as assert from 'node:assert/strict';
import { AddCustomAttributesCommand, AdminGetUserCommand, AdminUpdateUserAttributesCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_USERS } from '../support/demoSeed';
import { screenshotDir } from '../support/workbench/artifacts';
import { useUiSession } from '../support/workbench/session';
import { fieldValue, pageText, renderedView, TOKENS_VIEW } from '../support/workbench/renderedView';
import { activeEditorGroup, visibleOption, waitForClipboardChange } from '../support/workbench/views';
import type { Workbench } from '../support/workbench/workbench';

const TITLE = 'Sign In as User';
const BOB = DEMO_USERS.find((u) => u.username === 'bob')!;
/** Meets the demo pool's policy (Cognito's default: 8+ characters, upper case, lower case, number, symbol). */
const NEW_PASSWORD = 'Bob-Chosen-2!';
const NOT_A_TOKEN = 'not a token';
/** bob's custom:note: markup a careless page would turn into an element. */
const MARKUP_NOTE = '"<img src=x onerror=alert(1)>"';

describe('ui: Sign In as User in code-server', function () {
  this.timeout(60_000);
  const session = useUiSession({ extension: 'working-tree' });
  let wb: Workbench;
  let poolId: string;

  before(async function () {
    assert.equal(BOB?.status, 'FORCE_CHANGE_PASSWORD', 'the demo data has bob waiting for a new password');
    wb = session.workbench;
    ({ poolId } = session.seeded);
    // A custom attribute: cognito-local puts custom attributes (and the e-mail) in its ID tokens, not the others.
    await session.sdk.send(new AddCustomAttributesCommand({ UserPoolId: poolId, CustomAttributes: [{ Name: 'note', AttributeDataType: 'String', Mutable: true }] }));
    await session.sdk.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: 'bob', UserAttributes: [{ Name: 'custom:note', Value: MARKUP_NOTE }] }));
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

    // The Tokens view: a tab "bob tokens", the active editor, rendered from bob's tokens.
    const tab = wb.page.getByRole('tab', { name: /^bob tokens\b/ });
    await tab.waitFor();
    assert.equal(await tab.getAttribute('aria-selected'), 'true', 'the Tokens view is the active editor');
    const view = await renderedView(wb, TOKENS_VIEW);
    assert.equal((await view.locator('h1').textContent())?.trim(), 'Signed in as bob');
    assert.equal(await fieldValue(view, 'clientName'), 'demo-web');
    await view.locator('[data-token="id"] [data-signature="verified"]').waitFor();
    await view.locator('[data-token="access"] [data-signature="verified"]').waitFor();
    assert.equal(await fieldValue(view, 'id:claim:cognito:username'), 'bob');
    assert.equal(await fieldValue(view, 'id:claim:token_use'), 'id');
    // Each token in its three parts, coloured apart: together they are a JWT.
    const parts = await view.locator('[data-token="id"] [data-part]').allTextContents();
    assert.equal(parts.length, 3, 'header, payload and signature');
    assert.equal(JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))['cognito:username'], 'bob');
    // A claim that looks like markup is shown as text: no element made of it, nothing run.
    assert.equal(await fieldValue(view, 'id:claim:custom:note'), MARKUP_NOTE);
    assert.equal(await view.locator('img').count(), 0, 'no image made of the claim');

    // The tree shows the new status without a refresh.
    const bob = wb.treeRow('bob').and(wb.page.locator('[aria-label*="Status: CONFIRMED"]'));
    await bob.waitFor();
    assert.match((await bob.getAttribute('aria-label')) ?? '', /^bob\nStatus: CONFIRMED\b/);
    assert.equal(await wb.treeRow('bob').count(), 1, 'bob is listed once');

  });

  it('the expiry counts down while the Tokens view shows', async () => {
    const view = await renderedView(wb, TOKENS_VIEW);
    const countdown = view.locator('[data-token="id"] [data-countdown]');
    const first = ((await countdown.textContent()) ?? '').trim();
    assert.match(first, /^expires in \d/, first);
    await view.locator('[data-token="id"] [data-countdown]', { hasNotText: first }).waitFor({ timeout: 5000 });
  });

  it('in the light and the dark theme the page takes the theme\'s colours (the README\'s two pictures)', async () => {
    for (const [theme, bodyClass, picture] of [
      ['Light Modern', 'vscode-light', 'tokens-view-light.png'],
      ['Dark Modern', 'vscode-dark', 'tokens-view-dark.png'],
    ] as const) {
      await wb.runCommand('Preferences: Color Theme');
      await visibleOption(wb, theme).click();
      await wb.waitForQuickInputClosed();
      const view = await renderedView(wb, TOKENS_VIEW);
      await view.locator(`body.${bodyClass}`).waitFor();
      await view.locator('[data-token="id"] [data-signature="verified"]').waitFor();
      await wb.screenshot(screenshotDir(), picture);
    }
  });

  it('the ID token\'s copy button puts bob\'s ID token (a JWT) on the clipboard and says so; the emulator has bob CONFIRMED', async () => {
    await wb.writeClipboard(NOT_A_TOKEN);
    const view = await renderedView(wb, TOKENS_VIEW);
    await view.locator('[data-copy="id"]').click();
    const copied = await waitForClipboardChange(wb, NOT_A_TOKEN);
    const parts = copied.split('.');
    assert.equal(parts.length, 3, `a JWT has three dot-separated parts: ${copied.slice(0, 40)}…`);
    assert.ok(parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p)), 'each part is base64url');
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as Record<string, unknown>;
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
    assert.equal(typeof header.alg, 'string');
    assert.equal(payload['cognito:username'], 'bob');
    assert.equal(payload.token_use, 'id', 'the ID token, not the access token');
    await view.locator('[data-announce]', { hasText: 'Copied ID token' }).waitFor();

    // A claim's own copy button, and the title bar's "Copy ID Token" as before.
    await view.locator('[data-copy="id:claim:email"]').click();
    assert.equal(await waitForClipboardChange(wb, copied), BOB.email);
    await activeEditorGroup(wb).locator('.editor-actions .action-label[aria-label="Copy ID Token"]').click();
    assert.equal(await waitForClipboardChange(wb, BOB.email), copied, 'the title button copies the same token');
    await wb.statusMessage.filter({ hasText: 'Copied the ID token of bob' }).waitFor();

    const user = await session.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'bob' }));
    assert.equal(user.UserStatus, 'CONFIRMED');
  });

  it('the page\'s "Sign Out" button forgets the tokens: the page shows the sign-in is gone and no token text is left in it', async () => {
    const view = await renderedView(wb, TOKENS_VIEW);
    const parts = [...(await view.locator('[data-token="id"] [data-part]').allTextContents()), ...(await view.locator('[data-token="access"] [data-part]').allTextContents())];
    assert.equal(parts.length, 6, 'both tokens were shown');
    await view.locator('[data-action="cognito.signOutUser"]').click();
    await view.locator('h1', { hasText: /gone/ }).waitFor();
    const text = await pageText(view);
    for (const part of parts) assert.ok(!text.includes(part.slice(0, 24)), `a token part is still in the page: ${part.slice(0, 8)}…`);
    assert.equal(await view.locator('[data-token]').count(), 0, 'no token block is left');
    await wb.statusMessage.filter({ hasText: 'Forgot the tokens of bob' }).waitFor();
  });
});

