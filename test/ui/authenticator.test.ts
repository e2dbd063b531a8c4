// Set Up Authenticator App as a person does it in code-server's workbench, against a cognito-local seeded with
// the demo data: right-click alice → "Set Up Authenticator App…" signs her in (demo-web, her password), then
// the "Authenticator app for alice" view shows a QR code and the secret; the test reads the secret from the
// page, computes the app's code (RFC 6238, test/support/totp.ts), types it and chooses to remember it. The
// view then says "Set up" and shows neither the secret nor the QR code, and the emulator has the app enabled
// and preferred (read with the AWS SDK). Signing in again opens the Tokens view with no code typed, and the
// row's "Copy TOTP Code" puts the current code on the real clipboard. Takes the README's set-up screenshot.
import * as assert from 'node:assert/strict';
import { AdminGetUserCommand, SetUserPoolMfaConfigCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_CLIENT_NAME, DEMO_POOL_NAME, DEMO_USERS } from '../support/demoSeed';
import { totpCode } from '../support/totp';
import { DETAILS_VIEW, fieldValue, pageText, renderedView } from '../support/workbench/renderedView';
import { screenshotDir } from '../support/workbench/artifacts';
import { useUiSession } from '../support/workbench/session';
import { visibleOption, waitForClipboardChange } from '../support/workbench/views';
import type { Workbench } from '../support/workbench/workbench';

const SIGN_IN = 'Sign In as User';
const SET_UP = 'Set Up Authenticator App';
const ALICE = DEMO_USERS.find((u) => u.username === 'alice')!;

describe('ui: Set Up Authenticator App in code-server', function () {
  this.timeout(90_000);
  const session = useUiSession({ extension: 'working-tree' });
  let wb: Workbench;
  let poolId: string;
  let secret = '';

  before(async () => {
    wb = session.workbench;
    ({ poolId } = session.seeded);
    // Optional MFA: a user with an authenticator is asked for its code at sign-in.
    await session.sdk.send(new SetUserPoolMfaConfigCommand({ UserPoolId: poolId, MfaConfiguration: 'OPTIONAL', SoftwareTokenMfaConfiguration: { Enabled: true } }));
    await wb.openCognitoView();
    await wb.expand(wb.treeRow(DEMO_POOL_NAME));
    await wb.expand(await wb.rowAt([DEMO_POOL_NAME, 'Users']));
  });

  async function signInSteps(): Promise<void> {
    await wb.waitForStep(SIGN_IN, 1);
    await visibleOption(wb, DEMO_CLIENT_NAME).click();
    await wb.waitForStep(SIGN_IN, 2);
    await wb.type(ALICE.password);
    await wb.enter();
  }

  it('right-click alice → Set Up Authenticator App…: signs in, shows the QR code and secret, takes the app\'s code, remembers it', async () => {
    await wb.contextMenu(await wb.rowAt([DEMO_POOL_NAME, 'Users', 'alice']), 'Set Up Authenticator App…');
    await signInSteps();

    await wb.waitForStep(SET_UP, 1);
    await wb.quickInputMessage.filter({ hasText: /^The 6-digit code your authenticator app shows for alice/ }).waitFor();
    const view = await renderedView(wb, DETAILS_VIEW);
    assert.equal((await view.locator('h1').textContent())?.trim(), 'Authenticator app for alice');
    secret = await fieldValue(view, 'secret');
    assert.match(secret, /^[A-Z2-7]{16,}=*$/, 'a base32 secret');
    assert.equal(await view.locator('img').count(), 1, 'the QR code');
    assert.equal(await fieldValue(view, 'issuer'), DEMO_POOL_NAME);
    await wb.screenshot(screenshotDir(), 'authenticator-set-up.png');
    // "Copy Secret" (for an app that takes the secret typed): the box stays open meanwhile (it ignores focus-out).
    await wb.writeClipboard('nothing');
    const copySecret = view.locator('[data-copy="secret"]');
    assert.equal(await copySecret.getAttribute('aria-label'), 'Copy Secret');
    await copySecret.click();
    assert.equal(await waitForClipboardChange(wb, 'nothing'), secret);
    await wb.quickInputBox.click();

    // A code that is not 6 digits is refused as typed.
    await wb.type('12345');
    await wb.quickInputMessage.filter({ hasText: 'Enter the 6-digit code' }).waitFor();
    await wb.quickInputBox.fill('');
    await wb.type(totpCode(secret, Date.now()));
    await wb.enter();
    await wb.waitForStep(SET_UP, 2);
    await visibleOption(wb, 'Yes, remember it').click();
    await wb.waitForQuickInputClosed();

    const done = await renderedView(wb, DETAILS_VIEW);
    assert.equal(await fieldValue(done, 'status'), 'Set up');
    const text = await pageText(done);
    assert.ok(!text.includes(secret), 'the secret is gone from the page');
    assert.equal(await done.locator('img').count(), 0, 'and the QR code');

    const read = await session.sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'alice' }));
    assert.deepEqual(read.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);
    assert.equal(read.PreferredMfaSetting, 'SOFTWARE_TOKEN_MFA');
  });

  it('signing in again opens the Tokens view with no code typed', async () => {
    await wb.contextMenu(await wb.rowAt([DEMO_POOL_NAME, 'Users', 'alice']), 'Sign In as User…');
    await signInSteps();
    await wb.waitForQuickInputClosed();
    await wb.page.getByRole('tab', { name: /^alice tokens \(2\)/ }).waitFor();
  });

  it('"Copy TOTP Code" on alice\'s row puts the current code on the clipboard', async () => {
    await wb.writeClipboard('nothing');
    await wb.contextMenu(await wb.rowAt([DEMO_POOL_NAME, 'Users', 'alice']), 'Copy TOTP Code');
    const copied = await waitForClipboardChange(wb, 'nothing');
    const now = Date.now();
    assert.ok([now, now - 30_000].map((t) => totpCode(secret, t)).includes(copied), `the code of the remembered secret, not ${copied}`);
    await wb.statusMessage.filter({ hasText: /Copied the authenticator code of alice: valid for \d+ more seconds?/ }).waitFor();
  });
});
