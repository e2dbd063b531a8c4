import * as assert from 'node:assert/strict';
import { checkTotpCode } from '../../src/auth/totp';
import { authenticatorUri, totpCode } from '../../src/auth/totpCodes';
import { MfaCalls } from '../../src/aws/cognito/mfaCalls';
import { FRIENDLY_DEVICE_NAME } from '../../src/commands/flows/auth/authenticatorSetUp';
import { copyTotpCode, forgetAuthenticator } from '../../src/commands/flows/auth/rememberedAuthenticator';
import { setUpAuthenticatorApp, setUpAuthenticatorForUser } from '../../src/commands/flows/auth/setUpAuthenticatorApp';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { CognitoError } from '../../src/shared/errors';
import { authenticatorId } from '../../src/shared/rememberedAuthenticators';
import type { AuthStep, ChallengeAnswer } from '../../src/shared/types';
import { Cancelled } from '../../src/ui/prompter';
import { onDefault, singleConnection } from '../support/connections';
import { TreeModel } from '../../src/tree/model';
import { userKey } from '../../src/tree/nodes';
import { FakeCognito } from '../support/fakeCognito';
import { awsError, RecordingSdk } from '../support/recordingSdk';
import { assertEscAtEveryStepCreatesNothing, flowRun, type FlowRun } from '../support/flowHarness';
import { totpCode as expectedCode } from '../support/totp';
import { ESC, type Answer } from '../support/scriptedPrompter';

// Set Up Authenticator App, MFA_SETUP during a sign-in, and a remembered authenticator (its codes at sign-in,
// Copy TOTP Code, Forget Authenticator). Expected codes come from RFC 6238 written out with node:crypto
// (test/support/totp.ts), not from the otpauth package the extension uses.

/** A secret unlike the fake's default: 20 random-looking bytes in base32. */
const SECRET = 'JBSWY3DPEHPK3PXPMFRGGZDFMZTWQ2LK';
/** 25 s into a 30-second step: the code is valid 5 more seconds. */
const NOW = new Date(Date.UTC(2026, 11, 7, 12, 0, 25));
const TOKENS: AuthStep = { kind: 'signedIn', tokens: { idToken: 'id.token.x', accessToken: 'access.token.totp', refreshToken: 'refresh-x', expiresIn: 3600 } };
const PASSWORD = 'Passw0rd!totp';
/** A username with a space, an @ and Unicode, in a pool name with a space and Unicode. */
const USERNAME = 'zoë smith@example.com';
const POOL_NAME = 'Café pool';

function setting() {
  const cognito = new FakeCognito();
  cognito.softwareTokenSecret = SECRET;
  const pool = cognito.addPool(POOL_NAME);
  cognito.data.clients.push({ userPoolId: pool.id, clientId: 'web1', name: 'web' });
  cognito.data.users.set(pool.id, [{ username: USERNAME, status: 'CONFIRMED', enabled: true }]);
  const target = { ...onDefault(pool), username: USERNAME };
  const key = { connectionId: target.connectionId, userPoolId: pool.id, username: USERNAME };
  return { cognito, pool, target, key };
}

function runWith(answers: Answer[], cognito: FakeCognito): FlowRun {
  const run = flowRun(answers, cognito);
  run.deps.now = () => NOW;
  return run;
}

const calls = (cognito: FakeCognito) => cognito.calls.map((c) => c.method).filter((m) => m.startsWith('auth.') || m.startsWith('mfa.'));
const answersOf = (cognito: FakeCognito) => cognito.calls.filter((c) => c.method === 'auth.answerChallenge').map((c) => c.args[0] as ChallengeAnswer);
const code = expectedCode(SECRET, NOW.getTime());

describe('authenticator app (TOTP)', () => {
  describe('the otpauth:// URI and the codes', () => {
    it('encodes issuer and account as URI components: a space as %20, @ as %40, Unicode as UTF-8, the colon literal', () => {
      const uri = authenticatorUri(POOL_NAME, USERNAME, SECRET);
      const url = new URL(uri);
      assert.equal(url.protocol, 'otpauth:');
      assert.ok(uri.startsWith('otpauth://totp/Caf%C3%A9%20pool:zo%C3%AB%20smith%40example.com?'), uri);
      assert.ok(!uri.includes('+'), 'a space is never +');
      assert.equal(url.searchParams.get('secret'), SECRET);
      assert.equal(url.searchParams.get('issuer'), POOL_NAME);
      assert.equal(url.searchParams.get('algorithm') ?? 'SHA1', 'SHA1');
      assert.equal(url.searchParams.get('digits') ?? '6', '6');
      assert.equal(url.searchParams.get('period') ?? '30', '30');
    });

    it("makes RFC 6238's code and says how long it is valid", () => {
      // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); Cognito shows the last 6.
      assert.deepEqual(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', new Date(59_000)), { code: '287082', secondsLeft: 1 });
      assert.deepEqual(totpCode(SECRET, NOW), { code, secondsLeft: 5 });
    });

    it('checks a code as typed: exactly 6 digits', () => {
      assert.equal(checkTotpCode(' 123456 '), undefined);
      for (const bad of ['12345', '1234567', '12 3456', 'abcdef', '']) assert.match(checkTotpCode(bad) ?? '', /6-digit code/, bad);
    });
  });

  describe('Set Up Authenticator App', () => {
    it('on a user: signs in, Associate, shows the QR code and secret, then Verify and the preference; the view drops the secret', async () => {
      const { cognito, pool, target } = setting();
      cognito.authSteps = [TOKENS];
      const run = runWith([{ pick: 'web' }, { input: PASSWORD }, { input: ` ${code} ` }, { pick: 'No' }], cognito);
      await setUpAuthenticatorForUser(run.deps, target);
      run.prompter.assertDone();
      assert.deepEqual(calls(cognito), ['auth.signIn', 'mfa.associateSoftwareToken', 'mfa.verifySoftwareToken', 'mfa.preferSoftwareToken']);
      const mfa = cognito.calls.filter((c) => c.method.startsWith('mfa.')).map((c) => c.args[0]);
      assert.deepEqual(mfa, [{ accessToken: 'access.token.totp' }, { accessToken: 'access.token.totp', code, friendlyDeviceName: FRIENDLY_DEVICE_NAME }, 'access.token.totp']);
      // The view: first the QR code of the URI and the secret with a copy button, then neither.
      const [scan, done] = run.authenticatorViews;
      assert.equal(scan.title, `Authenticator app for ${USERNAME}`);
      const secretField = scan.model.sections[0].fields.find((f) => f.id === 'secret');
      assert.deepEqual([secretField?.value, secretField?.copy, secretField?.label], [SECRET, true, 'Secret']);
      assert.equal(scan.model.sections[0].images?.[0].id, 'qr');
      assert.equal(run.authenticatorViews.length, 2);
      assert.ok(!JSON.stringify(done.model).includes(SECRET), 'the finished view keeps no secret');
      assert.ok(!done.model.sections.some((s) => s.images?.length), 'nor the QR code');
      assert.match(done.model.lead ?? '', /set up/);
      assert.equal(run.secrets.size, 0, 'not remembered unless chosen');
      assert.deepEqual(run.detailsChanged, [userKey(target.connectionId, pool.id, USERNAME)], "an open User Details shows the user's MFA anew");
      assert.equal(run.signIns.all()[0].client.userPoolId, pool.id);
      assert.ok(run.notifications.some((n) => n.message.includes(`set up for ${USERNAME}`)));
      assertNoSecretTold(run);
      assert.deepEqual(
        run.prompter.asked.slice(2).map((a) => [a.type, a.title, `${a.step}/${a.totalSteps}`]),
        [
          ['input', 'Set Up Authenticator App', '1/1'],
          ['pick', 'Set Up Authenticator App', '2/2'],
        ],
      );
      assert.equal(run.prompter.asked[3].text, "Remember this authenticator in VS Code's secret storage for later sign-ins?");
      assert.equal(run.prompter.asked[3].labels?.[0], 'No', 'No comes first, the default');
    });

    it('remembers the secret when chosen, keyed by connection, pool and username', async () => {
      const { cognito, key } = setting();
      const run = runWith([{ input: code }, { pick: 'Yes' }], cognito);
      await setUpAuthenticatorApp(run.deps, signedIn(run, key));
      assert.deepEqual([...run.secrets.entries()], [[authenticatorId(key), SECRET]]);
      assertNoSecretTold(run);
    });

    it('Esc at the code box or the remember pick sends nothing after Associate, remembers nothing, and the view drops the secret', async () => {
      for (const answers of [[ESC], [{ input: code }, ESC]] as Answer[][]) {
        const { cognito, key } = setting();
        const run = runWith(answers, cognito);
        await assert.rejects(setUpAuthenticatorApp(run.deps, signedIn(run, key)), Cancelled);
        assert.deepEqual(calls(cognito), ['mfa.associateSoftwareToken']);
        assert.deepEqual(cognito.writeCalls, []);
        assert.equal(run.secrets.size, 0);
        const last = run.authenticatorViews.at(-1)!;
        assert.ok(!JSON.stringify(last.model).includes(SECRET));
        assert.match(last.model.lead ?? '', /stopped/);
      }
    });

    it('Esc at every step, the sign-in\'s included, enables nothing (assertEscAtEveryStepCreatesNothing)', async () => {
      const { target } = setting();
      await assertEscAtEveryStepCreatesNothing(
        [{ pick: 'web' }, { input: PASSWORD }, { input: code }, { pick: 'Yes' }],
        () => {
          const { cognito } = setting();
          cognito.authSteps = [TOKENS];
          return cognito;
        },
        (deps) => setUpAuthenticatorForUser(deps, target),
      );
    });

    it('Esc at every step of the sign-in before it sends nothing of the set-up', async () => {
      for (const answers of [[ESC], [{ pick: 'web' }, ESC]] as Answer[][]) {
        const { cognito, target } = setting();
        const run = runWith(answers, cognito);
        await assert.rejects(setUpAuthenticatorForUser(run.deps, target), Cancelled);
        assert.deepEqual(calls(cognito), []);
      }
    });

    it('a code Cognito refuses ends with its sentence, remembering nothing', async () => {
      const { cognito, key } = setting();
      cognito.failNext.set('mfa.verifySoftwareToken', new CognitoError("That code does not match the authenticator app's secret; wait for the app's next code and try again.", 'signInRefused', 'EnableSoftwareTokenMFAException'));
      const run = runWith([{ input: code }, { pick: 'Yes' }], cognito);
      await assert.rejects(setUpAuthenticatorApp(run.deps, signedIn(run, key)), /does not match/);
      assert.equal(run.secrets.size, 0);
      assert.ok(!calls(cognito).includes('mfa.preferSoftwareToken'));
    });
  });

  describe('MFA_SETUP during Sign In as User', () => {
    it("sets the app up with the challenge's Session, answers MFA_SETUP with Verify's Session, then shows the tokens", async () => {
      const { cognito, target } = setting();
      cognito.authSteps = [{ kind: 'challenge', challenge: 'MFA_SETUP', parameters: { MFAS_CAN_SETUP: '["SMS_MFA","SOFTWARE_TOKEN_MFA"]' }, session: 'setup-session', username: 'cognito-name' }, TOKENS];
      const run = runWith([{ pick: 'web' }, { input: PASSWORD }, { input: code }, { pick: 'No' }], cognito);
      const session = await signInAsUser(run.deps, target);
      run.prompter.assertDone();
      assert.deepEqual(calls(cognito), ['auth.signIn', 'mfa.associateSoftwareToken', 'mfa.verifySoftwareToken', 'auth.answerChallenge']);
      const [associate, verify] = cognito.calls.filter((c) => c.method.startsWith('mfa.')).map((c) => c.args[0]);
      assert.deepEqual(associate, { session: 'setup-session' });
      assert.deepEqual(verify, { session: 'setup-session+associated', code, friendlyDeviceName: FRIENDLY_DEVICE_NAME });
      const [answer] = answersOf(cognito);
      assert.deepEqual([answer.challenge, answer.session, answer.username, answer.responses], ['MFA_SETUP', 'setup-session+associated+verified', 'cognito-name', {}]);
      assert.deepEqual(run.tokensShown, [session]);
      assert.deepEqual(run.prompter.asked.slice(2).map((a) => `${a.step}/${a.totalSteps}`), ['3/3', '4/4']);
    });

    it('Set Up Authenticator App on a user whose sign-in asked MFA_SETUP sets it up once', async () => {
      const { cognito, target } = setting();
      cognito.authSteps = [{ kind: 'challenge', challenge: 'MFA_SETUP', parameters: {}, session: 'setup-session', username: USERNAME }, TOKENS];
      const run = runWith([{ pick: 'web' }, { input: PASSWORD }, { input: code }, { pick: 'No' }], cognito);
      await setUpAuthenticatorForUser(run.deps, target);
      run.prompter.assertDone();
      assert.equal(calls(cognito).filter((m) => m === 'mfa.associateSoftwareToken').length, 1);
    });

    it('Esc at the code box sends no Verify and no answer', async () => {
      const { cognito, target } = setting();
      cognito.authSteps = [{ kind: 'challenge', challenge: 'MFA_SETUP', parameters: {}, session: 'setup-session', username: USERNAME }, TOKENS];
      const run = runWith([{ pick: 'web' }, { input: PASSWORD }, ESC], cognito);
      await assert.rejects(signInAsUser(run.deps, target), Cancelled);
      assert.deepEqual(calls(cognito), ['auth.signIn', 'mfa.associateSoftwareToken']);
      assert.deepEqual(run.tokensShown, []);
    });
  });

  describe('a remembered authenticator', () => {
    const mfaChallenge: AuthStep = { kind: 'challenge', challenge: 'SOFTWARE_TOKEN_MFA', parameters: {}, session: 'mfa-session', username: USERNAME };

    it('answers SOFTWARE_TOKEN_MFA with its current code, no box, and says so', async () => {
      const { cognito, target, key } = setting();
      cognito.authSteps = [mfaChallenge, TOKENS];
      const run = runWith([{ pick: 'web' }, { input: PASSWORD }], cognito);
      run.secrets.set(authenticatorId(key), SECRET);
      await signInAsUser(run.deps, target);
      run.prompter.assertDone();
      assert.deepEqual(answersOf(cognito).map((a) => [a.challenge, a.session, a.responses]), [['SOFTWARE_TOKEN_MFA', 'mfa-session', { SOFTWARE_TOKEN_MFA_CODE: code }]]);
      assert.ok(run.progressTitles.some((t) => /remembered authenticator/.test(t)), run.progressTitles.join(' | '));
      assertNoSecretTold(run);
    });

    it("another user's or another pool's remembered authenticator is not used", async () => {
      const { cognito, target, key } = setting();
      cognito.authSteps = [mfaChallenge, TOKENS];
      const run = runWith([{ pick: 'web' }, { input: PASSWORD }, { input: '246810' }], cognito);
      run.secrets.set(authenticatorId({ ...key, username: 'someone else' }), SECRET);
      run.secrets.set(authenticatorId({ ...key, userPoolId: 'eu-central-2_other' }), SECRET);
      await signInAsUser(run.deps, target);
      run.prompter.assertDone();
      assert.deepEqual(answersOf(cognito)[0].responses, { SOFTWARE_TOKEN_MFA_CODE: '246810' });
    });

    it('a code Cognito refuses (CodeMismatch) falls back to the box, with the same Session', async () => {
      const { cognito, target, key } = setting();
      const mismatch = new CognitoError('That code is not the one Cognito sent or expects; check it and sign in again.', 'signInRefused', 'CodeMismatchException');
      cognito.authSteps = [mfaChallenge, mismatch, TOKENS];
      const run = runWith([{ pick: 'web' }, { input: PASSWORD }, { input: '135790' }], cognito);
      run.secrets.set(authenticatorId(key), SECRET);
      const session = await signInAsUser(run.deps, target);
      run.prompter.assertDone();
      assert.deepEqual(answersOf(cognito).map((a) => [a.session, a.responses.SOFTWARE_TOKEN_MFA_CODE]), [
        ['mfa-session', code],
        ['mfa-session', '135790'],
      ]);
      assert.deepEqual(run.tokensShown, [session]);
    });

    it('another refusal is not retried', async () => {
      const { cognito, target, key } = setting();
      cognito.authSteps = [mfaChallenge, new CognitoError('Incorrect username or password.', 'signInRefused', 'NotAuthorizedException')];
      const run = runWith([{ pick: 'web' }, { input: PASSWORD }], cognito);
      run.secrets.set(authenticatorId(key), SECRET);
      await assert.rejects(signInAsUser(run.deps, target), /Incorrect/);
      assert.equal(answersOf(cognito).length, 1);
    });

    it('Copy TOTP Code copies the current code and says for how many more seconds it is valid', async () => {
      const { cognito, key } = setting();
      const run = runWith([], cognito);
      run.secrets.set(authenticatorId(key), SECRET);
      await copyTotpCode(run.deps, key);
      assert.deepEqual(run.clipboard, [code]);
      assert.deepEqual(run.statusMessages, [`$(check) Copied the authenticator code of ${USERNAME}: valid for 5 more seconds`]);
      assertNoSecretTold(run, { codeCopied: true });
    });

    it('Copy TOTP Code without a remembered authenticator says what to do', async () => {
      const { cognito, key } = setting();
      const run = runWith([], cognito);
      await assert.rejects(copyTotpCode(run.deps, key), /Set Up Authenticator App/);
      assert.deepEqual(run.clipboard, []);
    });

    it("the tree marks the rows of users whose authenticator is remembered (remembered_totp) and redraws them", async () => {
      const { cognito, pool, key } = setting();
      const model = new TreeModel(singleConnection(cognito));
      const [poolNode] = await model.getChildren();
      const usersFolder = (await model.getChildren(poolNode)).find((n) => n.kind === 'usersFolder')!;
      const [row] = await model.getChildren(usersFolder);
      const redrawn: (string | undefined)[] = [];
      model.onDidChange((node) => redrawn.push(node?.key));
      assert.deepEqual(model.rowTokens(row), []);
      model.setRememberedAuthenticators([authenticatorId({ ...key, userPoolId: 'eu-central-2_other' }), authenticatorId(key)]);
      assert.deepEqual(model.rowTokens(row), ['remembered_totp']);
      assert.deepEqual(redrawn, [usersFolder.key]);
      model.setRememberedAuthenticators([authenticatorId({ ...key, username: 'someone else' })]);
      assert.deepEqual(model.rowTokens(row), []);
      assert.deepEqual(model.rowTokens(poolNode), []);
      assert.equal(pool.name, POOL_NAME);
    });

    it('Forget Authenticator deletes the entry after a confirmation; Cancel keeps it', async () => {
      const { cognito, key } = setting();
      const other = { ...key, username: 'bob' };
      const kept = runWith([{ confirm: false }], cognito);
      kept.secrets.set(authenticatorId(key), SECRET);
      await assert.rejects(forgetAuthenticator(kept.deps, key), Cancelled);
      assert.equal(kept.secrets.get(authenticatorId(key)), SECRET);

      const run = runWith([{ confirm: true }], cognito);
      run.secrets.set(authenticatorId(key), SECRET);
      run.secrets.set(authenticatorId(other), 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
      await forgetAuthenticator(run.deps, key);
      run.prompter.assertDone();
      assert.deepEqual([...run.secrets.keys()], [authenticatorId(other)]);
      assert.deepEqual(cognito.calls, [], 'Cognito is not asked');
    });
  });
});

/** A sign-in of the user, as the Tokens view holds it. */
function signedIn(run: FlowRun, key: { connectionId: string; userPoolId: string; username: string }) {
  return run.signIns.add({
    connectionId: key.connectionId,
    poolName: POOL_NAME,
    clientName: 'web',
    client: { userPoolId: key.userPoolId, clientId: 'web1', hasSecret: false },
    username: key.username,
    admin: false,
    tokens: TOKENS.kind === 'signedIn' ? TOKENS.tokens : { accessToken: '' },
    issuedAt: NOW,
  });
}

/** Neither the secret nor a code reaches the log, a notification, the status bar or a progress title. */
function assertNoSecretTold(run: FlowRun, { codeCopied = false } = {}): void {
  const told = JSON.stringify([run.logLines, run.notifications, run.statusMessages, run.progressTitles]);
  assert.ok(!told.includes(SECRET), 'the secret was told');
  assert.ok(!told.includes(code), 'a code was told');
  if (!codeCopied) assert.ok(!run.clipboard.includes(code));
}

describe('the authenticator calls (MfaCalls) against a recording SDK client', () => {
  it('sends the access token or the Session, the code and the device name, and makes TOTP enabled and preferred; the log has no parameter', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('AssociateSoftwareTokenCommand', (input) => ({ SecretCode: SECRET, Session: input.Session ? 'next-session' : undefined }));
    sdk.answers.set('VerifySoftwareTokenCommand', (input) => ({ Status: 'SUCCESS', Session: input.Session ? 'verified-session' : undefined }));
    const mfa = new MfaCalls(sdk.client, sdk.context());
    assert.deepEqual(await mfa.associateSoftwareToken({ accessToken: 'access-1' }), { secretCode: SECRET, session: undefined });
    assert.deepEqual(await mfa.associateSoftwareToken({ session: 'setup-1' }), { secretCode: SECRET, session: 'next-session' });
    assert.deepEqual(await mfa.verifySoftwareToken({ session: 'next-session', code: '123456', friendlyDeviceName: 'phone' }), { session: 'verified-session' });
    await mfa.verifySoftwareToken({ accessToken: 'access-1', code: '654321', friendlyDeviceName: 'phone' });
    await mfa.preferSoftwareToken('access-1');
    assert.deepEqual(
      sdk.sent.map((c) => [c.name, c.input]),
      [
        ['AssociateSoftwareTokenCommand', { AccessToken: 'access-1', Session: undefined }],
        ['AssociateSoftwareTokenCommand', { AccessToken: undefined, Session: 'setup-1' }],
        ['VerifySoftwareTokenCommand', { AccessToken: undefined, Session: 'next-session', UserCode: '123456', FriendlyDeviceName: 'phone' }],
        ['VerifySoftwareTokenCommand', { AccessToken: 'access-1', Session: undefined, UserCode: '654321', FriendlyDeviceName: 'phone' }],
        ['SetUserMFAPreferenceCommand', { AccessToken: 'access-1', SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }],
      ],
    );
    const logged = JSON.stringify(sdk.logged);
    for (const secret of [SECRET, 'access-1', 'setup-1', '123456']) assert.ok(!logged.includes(secret));
  });

  it('a Status of ERROR, or a code that does not match, is one sentence', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('VerifySoftwareTokenCommand', { Status: 'ERROR' });
    const mfa = new MfaCalls(sdk.client, sdk.context());
    await assert.rejects(mfa.verifySoftwareToken({ accessToken: 'a', code: '123456', friendlyDeviceName: 'phone' }), (e: unknown) => e instanceof CognitoError && /next code/.test(e.message));
    sdk.answers.set('VerifySoftwareTokenCommand', () => {
      throw awsError('EnableSoftwareTokenMFAException', 'Code mismatch');
    });
    await assert.rejects(mfa.verifySoftwareToken({ accessToken: 'a', code: '123456', friendlyDeviceName: 'phone' }), (e: unknown) => e instanceof CognitoError && /does not match the authenticator app/.test(e.message));
  });
});
