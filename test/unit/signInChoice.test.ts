import * as assert from 'node:assert/strict';
import { signInAsUser, type SignInTarget } from '../../src/commands/flows/auth/signInAsUser';
import { offeredFactors } from '../../src/commands/flows/auth/firstFactor';
import { CognitoError } from '../../src/shared/errors';
import type { AuthStep, ChallengeAnswer, FactorAnswer, FirstAuthFactor, SignInRequest } from '../../src/shared/types';
import { Cancelled } from '../../src/ui/prompter';
import { onDefault } from '../support/connections';
import { AUTH_CALLS, FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { ESC, type Answer } from '../support/scriptedPrompter';
import { asked } from '../support/transcript';
import { tokensModel } from '../../src/views/models/tokensModel';

// Sign In as User through a choice-based app client (ALLOW_USER_AUTH): the first-factor pick (what the
// pool allows, plus "Let Cognito offer the choices"), each factor against the fake (what is sent, what is
// asked), SELECT_CHALLENGE's second pick, the codes, passkeys ending it, Esc at every step, a wrong code,
// and the factors the sign-in records for the Tokens view. The pool is not in us-east-1, the typed name
// differs from Cognito's, and the password and codes are unlike any default.

const TOKENS: AuthStep = { kind: 'signedIn', tokens: { idToken: 'id.token.mfa', accessToken: 'access.token.mfa', refreshToken: 'refresh-mfa', expiresIn: 900 } };
const PASSWORD = 'Choice-Passw0rd!';
const CHOICE_FLOWS = ['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
const ALL_FACTORS: FirstAuthFactor[] = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];

function pool(firstFactors: FirstAuthFactor[] | undefined = ALL_FACTORS, authFlows = CHOICE_FLOWS) {
  const cognito = new FakeCognito();
  const details = cognito.addPool('orchard', { id: 'eu-west-3_Orch4rd', settings: { usernameAttributes: [], aliasAttributes: [], mfa: 'OPTIONAL', deletionProtection: false, emailSending: "Cognito's default e-mail (50 a day)", triggers: [], firstFactors } });
  cognito.data.clients.push({ userPoolId: details.id, clientId: 'apple7', name: 'picker' });
  cognito.clientDetails.set('apple7', { authFlows });
  cognito.data.users.set(details.id, [{ username: 'Ada.Orchard', status: 'CONFIRMED', enabled: true }]);
  return { cognito, target: onDefault(details) };
}

const onUser = (target: ReturnType<typeof onDefault>): SignInTarget => ({ ...target, username: 'ada.orchard' });
const sent = (cognito: FakeCognito) => cognito.calls.filter((c) => AUTH_CALLS.includes(c.method)).map((c) => [c.method, c.args[0]] as [string, SignInRequest | ChallengeAnswer | FactorAnswer]);
const client = (target: ReturnType<typeof onDefault>) => ({ userPoolId: target.pool.id, clientId: 'apple7', hasSecret: false });
const challenge = (name: string, parameters: Record<string, string> = {}, session = `s-${name}`): AuthStep => ({ kind: 'challenge', challenge: name, parameters, session, username: 'uuid-ada' });
/** SELECT_CHALLENGE with these AvailableChallenges. */
const select = (available: string[]): AuthStep => ({ kind: 'challenge', challenge: 'SELECT_CHALLENGE', parameters: {}, session: 's-SELECT_CHALLENGE', username: 'uuid-ada', available });

describe('Sign In as User with choice-based sign-in (USER_AUTH)', () => {
  describe('the first-factor pick', () => {
    it('offers both password factors even when the endpoint reports no sign-in policy, then the pool’s other factors in a fixed order', () => {
      assert.deepEqual(offeredFactors(undefined), ['PASSWORD_SRP', 'PASSWORD']);
      assert.deepEqual(offeredFactors([]), ['PASSWORD_SRP', 'PASSWORD']);
      assert.deepEqual(offeredFactors(['WEB_AUTHN', 'SMS_OTP']), ['PASSWORD_SRP', 'PASSWORD', 'SMS_OTP', 'WEB_AUTHN']);
      assert.deepEqual(offeredFactors(['EMAIL_OTP', 'PASSWORD']), ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP']);
    });

    it('asks after the app client, reading the pool’s factors, with "Let Cognito offer the choices" last', async () => {
      const { cognito, target } = pool(['PASSWORD', 'SMS_OTP']);
      cognito.authSteps = [TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Password, proven by SRP' }, { input: PASSWORD }], cognito);
      await signInAsUser(run.deps, onUser(target));
      run.prompter.assertDone();
      assert.deepEqual(asked(run), [
        'pick 1/2 Sign In as User: Choose an app client of orchard — items: picker (apple7)',
        'pick 2/3 Sign In as User: How does ada.orchard sign in first? — items: Password, proven by SRP (PASSWORD_SRP) [The password never leaves this computer] | Password (PASSWORD) [The password is sent to Cognito (over TLS)] | A code sent by text message (SMS) (SMS_OTP) | Let Cognito offer the choices (SELECT_CHALLENGE) [Cognito lists the factors ada.orchard can use]',
        'input 3/3 Sign In as User: Password of ada.orchard (app client picker) — masked',
      ]);
      assert.ok(cognito.calls.some((c) => c.method === 'pools.describe' && c.args[0] === 'eu-west-3_Orch4rd'));
    });

    it('is not asked when the client does not allow ALLOW_USER_AUTH: the classic flows run as before', async () => {
      const { cognito, target } = pool(ALL_FACTORS, ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH']);
      cognito.authSteps = [TOKENS];
      const run = flowRun([{ pick: 'picker' }, { input: PASSWORD }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      run.prompter.assertDone();
      assert.deepEqual(sent(cognito), [['auth.signIn', { ...client(target), username: 'ada.orchard', password: PASSWORD, flow: 'USER_SRP_AUTH' }]]);
      assert.deepEqual(session.factors, ['USER_SRP_AUTH']);
    });
  });

  describe('each first factor', () => {
    it('PASSWORD: the password box, then USER_AUTH with PREFERRED_CHALLENGE PASSWORD and the password', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Password' }, { input: PASSWORD }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      assert.deepEqual(sent(cognito), [['auth.signIn', { ...client(target), username: 'ada.orchard', flow: 'USER_AUTH', preferred: { factor: 'PASSWORD', password: PASSWORD } }]]);
      assert.equal(run.prompter.asked[2].password, true);
      assert.deepEqual(session.factors, ['PASSWORD']);
      assert.deepEqual(run.tokensShown, [session]);
      assert.equal(session.admin, false);
    });

    it('PASSWORD_SRP: the password goes to the SRP helper in the service (signIn), never as a challenge answer here', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Password, proven by SRP' }, { input: PASSWORD }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      assert.deepEqual(sent(cognito), [['auth.signIn', { ...client(target), username: 'ada.orchard', flow: 'USER_AUTH', preferred: { factor: 'PASSWORD_SRP', password: PASSWORD } }]]);
      assert.deepEqual(session.factors, ['PASSWORD_SRP']);
    });

    for (const [factor, label, response, destination] of [
      ['EMAIL_OTP', 'A code sent by e-mail', 'EMAIL_OTP_CODE', 'a***@o***'],
      ['SMS_OTP', 'A code sent by text message (SMS)', 'SMS_OTP_CODE', '+*******0142'],
    ] as const) {
      it(`${factor}: no password box; Cognito sends the code and the code box (6 or 8 digits) answers ${factor}`, async () => {
        const { cognito, target } = pool();
        cognito.authSteps = [challenge(factor, { CODE_DELIVERY_DESTINATION: destination, CODE_DELIVERY_DELIVERY_MEDIUM: factor === 'EMAIL_OTP' ? 'EMAIL' : 'SMS' }), TOKENS];
        const run = flowRun([{ pick: 'picker' }, { pick: label }, { input: ' 80451927 ' }], cognito);
        const session = await signInAsUser(run.deps, onUser(target));
        run.prompter.assertDone();
        assert.deepEqual(sent(cognito), [
          ['auth.signIn', { ...client(target), username: 'ada.orchard', flow: 'USER_AUTH', preferred: { factor } }],
          ['auth.answerChallenge', { ...client(target), admin: false, username: 'uuid-ada', challenge: factor, session: `s-${factor}`, responses: { [response]: '80451927' } }],
        ]);
        assert.deepEqual(asked(run).slice(1), [
          asked(run)[1],
          `input 3/3 Sign In as User: The code sent by ${factor === 'EMAIL_OTP' ? 'e-mail' : 'SMS'} to ${destination} (6 or 8 digits) — placeholder: 123456`,
        ]);
        assert.ok(!run.prompter.asked.some((a) => a.password), 'no password box');
        assert.deepEqual(session.factors, [factor], 'the code of the first factor is not an MFA challenge');
        assert.deepEqual(run.logLines, [`Sign-in as ada.orchard: challenge ${factor}`, `Signed in as ada.orchard with USER_AUTH (${factor})`]);
      });
    }

    it('WEB_AUTHN: one sentence about managed login, and nothing sent to Cognito', async () => {
      const { cognito, target } = pool();
      const run = flowRun([{ pick: 'picker' }, { pick: 'A passkey' }], cognito);
      await assert.rejects(
        signInAsUser(run.deps, onUser(target)),
        (error: unknown) => error instanceof CognitoError && error.kind === 'signInRefused' && error.message === "Passkeys need a browser, so sign in as ada.orchard with a passkey through the pool's managed login, not here.",
      );
      run.prompter.assertDone();
      assert.deepEqual(sent(cognito), []);
      assert.deepEqual(run.tokensShown, []);
    });

    it('"Let Cognito offer the choices": USER_AUTH without a preferred factor, then a pick among AvailableChallenges, then the password for SRP', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [select(['WEB_AUTHN', 'PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'SOMETHING_NEW']), TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Let Cognito offer' }, { pick: 'Password, proven by SRP' }, { input: PASSWORD }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      run.prompter.assertDone();
      assert.deepEqual(sent(cognito), [
        ['auth.signIn', { ...client(target), username: 'ada.orchard', flow: 'USER_AUTH' }],
        ['auth.chooseFactor', { ...client(target), username: 'uuid-ada', session: 's-SELECT_CHALLENGE', chosen: { factor: 'PASSWORD_SRP', password: PASSWORD } }],
      ]);
      assert.deepEqual(asked(run).slice(2), [
        'pick 3/3 Sign In as User: Cognito offers these to ada.orchard: which one? — items: A passkey (WEB_AUTHN) [Needs a browser: use managed login] | Password, proven by SRP (PASSWORD_SRP) [The password never leaves this computer] | Password (PASSWORD) [The password is sent to Cognito (over TLS)] | A code sent by e-mail (EMAIL_OTP)',
        'input 4/4 Sign In as User: Password of ada.orchard (app client picker) — masked',
      ]);
      assert.deepEqual(session.factors, ['PASSWORD_SRP']);
    });

    it('"Let Cognito offer the choices" with an e-mail code: no password, the choice, then the code', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [select(['PASSWORD', 'EMAIL_OTP']), challenge('EMAIL_OTP', {}, 's-code'), TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Let Cognito offer' }, { pick: 'A code sent by e-mail' }, { input: '120734' }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      assert.deepEqual(sent(cognito).map(([method, request]) => [method, 'chosen' in request ? request.chosen : 'responses' in request ? request.responses : undefined]), [
        ['auth.signIn', undefined],
        ['auth.chooseFactor', { factor: 'EMAIL_OTP' }],
        ['auth.answerChallenge', { EMAIL_OTP_CODE: '120734' }],
      ]);
      assert.deepEqual(session.factors, ['EMAIL_OTP']);
    });

    it('a preferred factor Cognito cannot use for this user comes back as SELECT_CHALLENGE: the typed password is used again', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [select(['PASSWORD']), TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Password, proven by SRP' }, { input: PASSWORD }, { pick: 'Password' }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      run.prompter.assertDone();
      assert.deepEqual(sent(cognito)[1], ['auth.chooseFactor', { ...client(target), username: 'uuid-ada', session: 's-SELECT_CHALLENGE', chosen: { factor: 'PASSWORD', password: PASSWORD } }]);
      assert.deepEqual(session.factors, ['PASSWORD']);
    });

    it('ends with a sentence when Cognito offers only what cannot be answered here, or picks a passkey there', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [select(['SOMETHING_NEW'])];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Let Cognito offer' }], cognito);
      await assert.rejects(signInAsUser(run.deps, onUser(target)), /^CognitoError: Cognito offered ada.orchard no first factor this extension can answer; sign in from your app instead\.$/);
      const passkey = pool();
      passkey.cognito.authSteps = [select(['WEB_AUTHN', 'PASSWORD'])];
      const again = flowRun([{ pick: 'picker' }, { pick: 'Let Cognito offer' }, { pick: 'A passkey' }], passkey.cognito);
      await assert.rejects(signInAsUser(again.deps, onUser(passkey.target)), /managed login/);
      assert.deepEqual(sent(passkey.cognito).map(([method]) => method), ['auth.signIn'], 'nothing after the passkey pick');
    });
  });

  describe('MFA after a first factor, and what the session records', () => {
    it('PASSWORD_SRP then an authenticator code: ["PASSWORD_SRP", "SOFTWARE_TOKEN_MFA"]', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [challenge('SOFTWARE_TOKEN_MFA'), TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Password, proven by SRP' }, { input: PASSWORD }, { input: '314159' }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      assert.deepEqual(sent(cognito)[1], ['auth.answerChallenge', { ...client(target), admin: false, username: 'uuid-ada', challenge: 'SOFTWARE_TOKEN_MFA', session: 's-SOFTWARE_TOKEN_MFA', responses: { SOFTWARE_TOKEN_MFA_CODE: '314159' } }]);
      assert.deepEqual(session.factors, ['PASSWORD_SRP', 'SOFTWARE_TOKEN_MFA']);
      assert.deepEqual(run.signIns.get(session.id)?.factors, ['PASSWORD_SRP', 'SOFTWARE_TOKEN_MFA']);
      const line = tokensModel(session, {}, new Date(), 'Default').sections[0].fields.find((f) => f.label === 'Signed in with');
      assert.equal(line?.value, 'password (SRP), then an authenticator app code');
    });

    it('PASSWORD, a choice of MFA, then an e-mail code: ["PASSWORD", "EMAIL_OTP"]', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [challenge('SELECT_MFA_TYPE', { MFAS_CAN_CHOOSE: '["SMS_MFA","EMAIL_OTP"]' }), challenge('EMAIL_OTP'), TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Password' }, { input: PASSWORD }, { pick: 'E-mail' }, { input: '27182818' }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      assert.deepEqual(session.factors, ['PASSWORD', 'EMAIL_OTP']);
    });

    it('a classic flow records the flow and its MFA: ["USER_PASSWORD_AUTH", "SMS_MFA"]', async () => {
      const { cognito, target } = pool(ALL_FACTORS, ['ALLOW_USER_PASSWORD_AUTH']);
      cognito.authSteps = [challenge('SMS_MFA'), TOKENS];
      const run = flowRun([{ pick: 'picker' }, { input: PASSWORD }, { input: '161803' }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      assert.deepEqual(session.factors, ['USER_PASSWORD_AUTH', 'SMS_MFA']);
    });

    it('a new password on the way is not a factor', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [challenge('NEW_PASSWORD_REQUIRED'), challenge('SOFTWARE_TOKEN_MFA'), TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Password' }, { input: PASSWORD }, { input: 'Brand-New-Passw0rd!' }, { input: '271828' }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      assert.deepEqual(session.factors, ['PASSWORD', 'SOFTWARE_TOKEN_MFA']);
    });
  });

  describe('what goes wrong', () => {
    it('a wrong code asks the same box again in the same session, opened by Cognito’s refusal as one sentence', async () => {
      const { cognito, target } = pool();
      const mismatch = () => new CognitoError('That code is not the one Cognito sent or expects; check it and sign in again.', 'signInRefused', 'CodeMismatchException');
      cognito.authSteps = [challenge('EMAIL_OTP', { CODE_DELIVERY_DESTINATION: 'a***@o***' }), mismatch(), mismatch(), TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'A code sent by e-mail' }, { input: '00011122' }, { input: '00011123' }, { input: '76543210' }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      run.prompter.assertDone();
      assert.deepEqual(
        sent(cognito).slice(1).map(([, answer]) => [(answer as ChallengeAnswer).session, (answer as ChallengeAnswer).responses]),
        [['s-EMAIL_OTP', { EMAIL_OTP_CODE: '00011122' }], ['s-EMAIL_OTP', { EMAIL_OTP_CODE: '00011123' }], ['s-EMAIL_OTP', { EMAIL_OTP_CODE: '76543210' }]],
      );
      assert.deepEqual(asked(run).slice(2), [
        'input 3/3 Sign In as User: The code sent by e-mail to a***@o*** (6 or 8 digits) — placeholder: 123456',
        'input 4/4 Sign In as User: Cognito refused that code (not the one it sent); type it again, or press Esc to stop. The code sent by e-mail to a***@o*** (6 or 8 digits) — placeholder: 123456',
        'input 5/5 Sign In as User: Cognito refused that code (not the one it sent); type it again, or press Esc to stop. The code sent by e-mail to a***@o*** (6 or 8 digits) — placeholder: 123456',
      ]);
      assert.deepEqual(session.factors, ['EMAIL_OTP']);
      assert.deepEqual(run.logLines.filter((l) => l.includes('refused')), ['Sign-in as ada.orchard: Cognito refused the code of challenge EMAIL_OTP', 'Sign-in as ada.orchard: Cognito refused the code of challenge EMAIL_OTP']);
      for (const line of run.logLines) assert.ok(!/\d{6}/.test(line), line);
    });

    it('Esc at a code box asked again sends nothing more; a refusal of the session itself ends the sign-in with its sentence', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [challenge('SOFTWARE_TOKEN_MFA'), new CognitoError('x', 'signInRefused', 'CodeMismatchException')];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Password' }, { input: PASSWORD }, { input: '111111' }, ESC], cognito);
      await assert.rejects(signInAsUser(run.deps, onUser(target)), Cancelled);
      assert.equal(sent(cognito).length, 2);
      assert.deepEqual(run.signIns.all(), []);

      const once = pool();
      const usedOnce = new CognitoError('Cognito takes one answer per sign-in session; sign in again to get a new code.', 'signInRefused', 'NotAuthorizedException');
      once.cognito.authSteps = [challenge('SMS_OTP'), new CognitoError('x', 'signInRefused', 'CodeMismatchException'), usedOnce];
      const again = flowRun([{ pick: 'picker' }, { pick: 'A code sent by text' }, { input: '222222' }, { input: '333333' }], once.cognito);
      await assert.rejects(signInAsUser(again.deps, onUser(once.target)), (error: unknown) => error === usedOnce);
      again.prompter.assertDone();
      assert.deepEqual(again.tokensShown, []);
    });

    it('a refusal that is not about the code (a wrong password, a disabled user) is never retried', async () => {
      const { cognito, target } = pool();
      const wrong = new CognitoError('Incorrect username or password; check them and sign in again.', 'signInRefused', 'NotAuthorizedException');
      cognito.authSteps = [challenge('NEW_PASSWORD_REQUIRED'), wrong];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Password' }, { input: PASSWORD }, { input: 'Brand-New-Passw0rd!' }], cognito);
      await assert.rejects(signInAsUser(run.deps, onUser(target)), (error: unknown) => error === wrong);
      run.prompter.assertDone();
      const mismatchOnPassword = pool();
      const refusal = new CognitoError('x', 'signInRefused', 'CodeMismatchException');
      mismatchOnPassword.cognito.authSteps = [challenge('NEW_PASSWORD_REQUIRED'), refusal];
      const other = flowRun([{ pick: 'picker' }, { pick: 'Password' }, { input: PASSWORD }, { input: 'Brand-New-Passw0rd!' }], mismatchOnPassword.cognito);
      await assert.rejects(signInAsUser(other.deps, onUser(mismatchOnPassword.target)), (error: unknown) => error === refusal, 'only a code challenge is asked again');
    });

    it('falls back from USER_AUTH to SRP on an endpoint without it when the factor is a password, never for a code', async () => {
      const unsupported = () => new CognitoError('This Cognito endpoint does not support InitiateAuth with choice-based sign-in (USER_AUTH); it works against AWS.', 'unsupported');
      const { cognito, target } = pool();
      cognito.authSteps = [unsupported(), TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Password' }, { input: PASSWORD }], cognito);
      const session = await signInAsUser(run.deps, onUser(target));
      assert.deepEqual(sent(cognito).map(([, r]) => (r as SignInRequest).flow), ['USER_AUTH', 'USER_SRP_AUTH']);
      assert.deepEqual(sent(cognito)[1][1], { ...client(target), username: 'ada.orchard', password: PASSWORD, flow: 'USER_SRP_AUTH' });
      assert.deepEqual(session.factors, ['USER_SRP_AUTH']);

      const code = pool();
      code.cognito.authSteps = [unsupported()];
      const byCode = flowRun([{ pick: 'picker' }, { pick: 'A code sent by e-mail' }], code.cognito);
      await assert.rejects(signInAsUser(byCode.deps, onUser(code.target)), /does not support InitiateAuth with choice-based sign-in \(USER_AUTH\)/);
      assert.equal(sent(code.cognito).length, 1);
    });

    it('never writes a code or the password to the log: only the challenge names', async () => {
      const { cognito, target } = pool();
      cognito.authSteps = [select(['PASSWORD']), challenge('SMS_MFA'), TOKENS];
      const run = flowRun([{ pick: 'picker' }, { pick: 'Let Cognito offer' }, { pick: 'Password' }, { input: PASSWORD }, { input: '909192' }], cognito);
      await signInAsUser(run.deps, onUser(target));
      assert.deepEqual(run.logLines, ['Sign-in as ada.orchard: challenge SELECT_CHALLENGE', 'Sign-in as ada.orchard: challenge SMS_MFA', 'Signed in as ada.orchard with USER_AUTH (PASSWORD)']);
      for (const line of run.logLines) assert.ok(!line.includes('909192') && !line.includes('Passw0rd'), line);
    });

    for (const [name, answers, steps, callsBefore] of [
      // Esc at answer i: the auth calls already made by then (each call follows the answer before it).
      ['an e-mail code', [{ pick: 'orchard' }, { pick: 'Ada.Orchard' }, { pick: 'picker' }, { pick: 'A code sent by e-mail' }, { input: '424242' }], [challenge('EMAIL_OTP'), TOKENS], [0, 0, 0, 0, 1]],
      [
        "Cognito's choice of a password with MFA",
        [{ pick: 'orchard' }, { pick: 'Ada.Orchard' }, { pick: 'picker' }, { pick: 'Let Cognito offer' }, { pick: 'Password, proven by SRP' }, { input: PASSWORD }, { input: '515151' }],
        [select(['PASSWORD_SRP']), challenge('SOFTWARE_TOKEN_MFA'), TOKENS],
        [0, 0, 0, 0, 1, 1, 2],
      ],
    ] as [string, Answer[], AuthStep[], number[]][]) {
      it(`sends nothing after Esc at any step of a sign-in with ${name}`, async () => {
        for (let step = 0; step < answers.length; step++) {
          const { cognito } = pool();
          cognito.authSteps = [...steps];
          const run = flowRun([...answers.slice(0, step), ESC], cognito);
          await assert.rejects(signInAsUser(run.deps), Cancelled, `Esc at step ${step + 1}`);
          assert.equal(sent(cognito).length, callsBefore[step], `Esc at step ${step + 1}: only the calls before it`);
          assert.deepEqual(run.tokensShown, []);
          assert.deepEqual(run.signIns.all(), []);
          run.prompter.assertDone();
        }
      });
    }
  });
});
