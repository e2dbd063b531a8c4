import * as assert from 'node:assert/strict';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import type { InputRequest, Prompter } from '../../src/ui/prompter';
import { tokensModel } from '../../src/views/models/tokensModel';
import { onDefault, singleConnection } from '../support/connections';
import { flowRun, type FlowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { PASSWORD, useSignInDouble } from '../support/signInDouble';
import { totpCode } from '../support/totp';

// Sign In as User through a choice-based app client (ALLOW_USER_AUTH) against the AWS-faithful double, through
// the extension's own wiring (lazyCognito → dist/aws.js's calls): each first factor (PASSWORD, PASSWORD_SRP,
// EMAIL_OTP, SMS_OTP, Cognito offering the choice, a passkey), MFA after a first factor (an authenticator, an
// e-mail code) and after the classic SRP flow (an SMS code), and a wrong code typed again. The codes are read
// from the double's outbox (the authenticator's made by test/support/totp.ts from the seeded secret) when the
// box asks for them; what was signed in is read back from the ID token's claims, decoded here, and from the
// requests the double recorded. The pool is in a region other than us-east-1; most typed usernames differ in
// case from Cognito's.

const REGION = 'ap-northeast-3';
const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The ID token's claims, decoded here with Buffer alone (not by the extension's jwt.ts). */
function claimsOf(token: string | undefined): Record<string, unknown> {
  assert.ok(token, 'an ID token');
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('Sign In as User with choice-based sign-in (USER_AUTH) against the AWS-faithful double', function () {
  this.timeout(30_000);
  const context = useSignInDouble({
    region: REGION,
    pools: [
      {
        name: 'choice',
        allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'],
        mfa: { configuration: 'OPTIONAL', softwareToken: true, sms: { SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::210987654321:role/orchard-sms', ExternalId: 'orchard' } }, email: {} },
        emailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: 'arn:aws:ses:ap-northeast-3:210987654321:identity/example.net', From: 'no-reply@example.net' },
        extraAppClients: [
          { name: 'choice-web', explicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
          { name: 'choice-secret', explicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], generateSecret: true },
          { name: 'classic', explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] },
        ],
        extraUsers: [
          { username: 'vera', password: PASSWORD, attributes: { email: 'vera@example.net', email_verified: 'true', phone_number: '+15555550142', phone_number_verified: 'true' } },
          { username: 'otto', attributes: { email: 'otto@example.net', email_verified: 'true' } },
          { username: 'tess', password: PASSWORD, attributes: { email: 'tess@example.net' }, mfa: { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA', totpSecret: TOTP_SECRET } },
          { username: 'kim', password: PASSWORD, passkey: true },
          { username: 'sam', password: PASSWORD, attributes: { phone_number: '+15555550177', phone_number_verified: 'true' }, mfa: { enabled: ['SMS_MFA'], preferred: 'SMS_MFA' } },
          { username: 'eve', password: PASSWORD, attributes: { email: 'eve@example.net', email_verified: 'true' }, mfa: { enabled: ['EMAIL_OTP'], preferred: 'EMAIL_OTP' } },
        ],
      },
    ],
  });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: context().double.endpoint }));
  });

  /** The code box's answer, made when the box asks (after Cognito sent the code), and whether the box took it. */
  type CodeSource = (request: InputRequest) => string;
  const fromOutbox = (username: string): CodeSource => () => context().double.lastCode(context().poolId, username)?.code ?? 'no code in the outbox';

  /** Runs the flow with scripted answers; each code box is answered by the next source, as typed. */
  async function signIn(typed: string, answers: Answer[], codes: CodeSource[] = []) {
    const run = flowRun(answers);
    run.deps.connections = singleConnection(cognito);
    const codeBoxes: { prompt: string; accepted: boolean }[] = [];
    run.deps.prompter = withCodes(run, codes, codeBoxes);
    context().double.calls.length = 0;
    const session = await signInAsUser(run.deps, { ...onDefault({ id: context().poolId, name: 'choice' }), username: typed });
    run.prompter.assertDone();
    assert.equal(codes.length, 0, 'every code was asked for');
    return { run, session, codeBoxes };
  }

  /** The scripted prompter, except that a code box takes the next code source (checked by the box's validation). */
  function withCodes(run: FlowRun, codes: CodeSource[], boxes: { prompt: string; accepted: boolean }[]): Prompter {
    const scripted = run.prompter;
    return {
      pick: (items, request) => scripted.pick(items, request),
      pickMany: (items, request) => scripted.pickMany(items, request),
      searchPick: (request) => scripted.searchPick(request),
      confirm: (request) => scripted.confirm(request),
      openFile: (request) => scripted.openFile(request),
      saveFile: (request) => scripted.saveFile(request),
      input: async (request) => {
        if (!/code/i.test(request.prompt) || request.password) return scripted.input(request);
        const next = codes.shift();
        assert.ok(next, `an unexpected code box: ${request.prompt}`);
        const code = next(request);
        boxes.push({ prompt: request.prompt, accepted: request.validate?.(code) === undefined });
        return code;
      },
    };
  }

  const started = () => context().double.calls.filter((c) => c.operation === 'InitiateAuth').map((c) => (c.input as { AuthFlow: string; AuthParameters: Record<string, string> }));
  const answered = () => context().double.calls.filter((c) => c.operation === 'RespondToAuthChallenge').map((c) => (c.input as { ChallengeName: string }).ChallengeName);
  const nothingCarried = (secret: string) => assert.ok(!JSON.stringify(context().double.calls.map((c) => c.input)).includes(secret), 'no request carried it');

  it('PASSWORD: USER_AUTH with PREFERRED_CHALLENGE PASSWORD, tokens for vera', async () => {
    const { session } = await signIn('Vera', [{ pick: 'choice-web' }, { pick: 'Password' }, { input: PASSWORD }]);
    assert.deepEqual(started().map((s) => [s.AuthFlow, s.AuthParameters.PREFERRED_CHALLENGE]), [['USER_AUTH', 'PASSWORD']]);
    assert.equal(claimsOf(session.tokens.idToken)['cognito:username'], 'vera');
    assert.deepEqual(session.factors, ['PASSWORD']);
  });

  it('PASSWORD_SRP: SRP_A with the preference, PASSWORD_VERIFIER answered, the password never sent', async () => {
    const { session } = await signIn('vera', [{ pick: 'choice-web' }, { pick: 'Password, proven by SRP' }, { input: PASSWORD }]);
    assert.deepEqual(started().map((s) => [s.AuthFlow, s.AuthParameters.PREFERRED_CHALLENGE, typeof s.AuthParameters.SRP_A]), [['USER_AUTH', 'PASSWORD_SRP', 'string']]);
    assert.deepEqual(answered(), ['PASSWORD_VERIFIER']);
    nothingCarried(PASSWORD);
    assert.equal(claimsOf(session.tokens.idToken)['cognito:username'], 'vera');
    assert.deepEqual(session.factors, ['PASSWORD_SRP']);
  });

  it('PASSWORD through a client with a secret, the name typed in another case: SECRET_HASH over the name as typed', async () => {
    const { session } = await signIn('VERA', [{ pick: 'choice-secret' }, { pick: 'Password' }, { input: PASSWORD }]);
    assert.equal(session.client.hasSecret, true);
    assert.deepEqual(started().map((s) => [s.AuthParameters.USERNAME, typeof s.AuthParameters.SECRET_HASH]), [['VERA', 'string']]);
    assert.equal(claimsOf(session.tokens.idToken)['cognito:username'], 'vera');
  });

  it('PASSWORD_SRP through a client with a secret, the name typed in another case: SECRET_HASH on InitiateAuth and on PASSWORD_VERIFIER', async () => {
    const { session } = await signIn('Vera', [{ pick: 'choice-secret' }, { pick: 'Password, proven by SRP' }, { input: PASSWORD }]);
    assert.equal(typeof started()[0].AuthParameters.SECRET_HASH, 'string');
    assert.deepEqual(answered(), ['PASSWORD_VERIFIER']);
    const verifier = context().double.calls.find((c) => c.operation === 'RespondToAuthChallenge')?.input as { ChallengeResponses: Record<string, string> };
    assert.equal(typeof verifier.ChallengeResponses.SECRET_HASH, 'string');
    assert.equal(claimsOf(session.tokens.idToken)['cognito:username'], 'vera');
    nothingCarried(PASSWORD);
  });

  for (const [factor, label, username, purpose, destination] of [
    ['EMAIL_OTP', 'A code sent by e-mail', 'otto', 'EMAIL_OTP_SIGN_IN', 'otto@example.net'],
    ['SMS_OTP', 'A code sent by text message (SMS)', 'vera', 'SMS_OTP_SIGN_IN', '+15555550142'],
  ] as const) {
    it(`${factor}: no password; the code from the outbox in a box that takes its length, and tokens for ${username}`, async () => {
      const { session, codeBoxes } = await signIn(username.toUpperCase(), [{ pick: 'choice-web' }, { pick: label }], [fromOutbox(username)]);
      const sent = context().double.lastCode(context().poolId, username);
      assert.deepEqual([sent?.purpose, sent?.destination], [purpose, destination]);
      assert.deepEqual(started().map((s) => [s.AuthParameters.PREFERRED_CHALLENGE, s.AuthParameters.PASSWORD]), [[factor, undefined]]);
      assert.deepEqual(answered(), [factor]);
      assert.deepEqual(codeBoxes.map((b) => b.accepted), [true], 'the box takes the code as Cognito sent it');
      assert.match(codeBoxes[0].prompt, /\(6 or 8 digits\)$/);
      assert.equal(claimsOf(session.tokens.idToken)['cognito:username'], username);
      assert.deepEqual(session.factors, [factor]);
    });
  }

  it('Cognito offers the choices: SELECT_CHALLENGE lists what vera can use, an e-mail code is picked and sent', async () => {
    const { run, session } = await signIn('vera', [{ pick: 'choice-web' }, { pick: 'Let Cognito offer' }, { pick: 'A code sent by e-mail' }], [fromOutbox('vera')]);
    assert.deepEqual(started().map((s) => s.AuthParameters.PREFERRED_CHALLENGE), [undefined]);
    const offered = run.prompter.asked[2];
    assert.deepEqual(offered.descriptions, ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP'], 'the AvailableChallenges, in Cognito’s order');
    assert.deepEqual(answered(), ['SELECT_CHALLENGE', 'EMAIL_OTP']);
    assert.equal(context().double.lastCode(context().poolId, 'vera')?.purpose, 'EMAIL_OTP_SIGN_IN');
    assert.equal(claimsOf(session.tokens.idToken)['cognito:username'], 'vera');
    assert.deepEqual(session.factors, ['EMAIL_OTP']);
  });

  it('a passkey Cognito offers ends the sign-in with one sentence, and nothing is answered', async () => {
    const run = flowRun([{ pick: 'choice-web' }, { pick: 'Let Cognito offer' }, { pick: 'A passkey' }]);
    run.deps.connections = singleConnection(cognito);
    context().double.calls.length = 0;
    await assert.rejects(signInAsUser(run.deps, { ...onDefault({ id: context().poolId, name: 'choice' }), username: 'kim' }), /^CognitoError: Passkeys need a browser, so sign in as kim with a passkey through the pool's managed login, not here\.$/);
    run.prompter.assertDone();
    assert.ok(run.prompter.asked[2].descriptions?.includes('WEB_AUTHN'), 'Cognito offered it');
    assert.deepEqual(answered(), []);
    assert.deepEqual(run.tokensShown, []);
  });

  it('an authenticator code after PASSWORD_SRP: the Tokens view says "password (SRP), then an authenticator app code"', async () => {
    const { session, codeBoxes } = await signIn('Tess', [{ pick: 'choice-web' }, { pick: 'Password, proven by SRP' }, { input: PASSWORD }], [() => totpCode(TOTP_SECRET)]);
    assert.deepEqual(answered(), ['PASSWORD_VERIFIER', 'SOFTWARE_TOKEN_MFA']);
    assert.deepEqual(codeBoxes.map((b) => b.accepted), [true]);
    assert.equal(claimsOf(session.tokens.idToken)['cognito:username'], 'tess');
    assert.deepEqual(session.factors, ['PASSWORD_SRP', 'SOFTWARE_TOKEN_MFA']);
    const line = tokensModel(session, {}, new Date(), REGION).sections[0].fields.find((f) => f.id === 'factors');
    assert.equal(line?.value, 'password (SRP), then an authenticator app code');
  });

  it('an SMS code after the classic SRP flow (a client without ALLOW_USER_AUTH): ["USER_SRP_AUTH", "SMS_MFA"]', async () => {
    const { run, session, codeBoxes } = await signIn('Sam', [{ pick: 'classic' }, { input: PASSWORD }], [fromOutbox('sam')]);
    assert.equal(run.prompter.asked.length, 2, 'no factor pick: the app client, the password');
    assert.deepEqual(started().map((s) => s.AuthFlow), ['USER_SRP_AUTH']);
    assert.deepEqual(answered(), ['PASSWORD_VERIFIER', 'SMS_MFA']);
    assert.equal(context().double.lastCode(context().poolId, 'sam')?.purpose, 'SMS_MFA');
    assert.deepEqual(codeBoxes.map((b) => b.accepted), [true]);
    assert.equal(claimsOf(session.tokens.idToken)['cognito:username'], 'sam');
    assert.deepEqual(session.factors, ['USER_SRP_AUTH', 'SMS_MFA']);
  });

  it('an e-mail code as MFA after PASSWORD is recorded as MFA, not as the first factor: ["PASSWORD", "EMAIL_OTP"]', async () => {
    const { session } = await signIn('eve', [{ pick: 'choice-web' }, { pick: 'Password' }, { input: PASSWORD }], [fromOutbox('eve')]);
    assert.deepEqual(answered(), ['EMAIL_OTP']);
    assert.equal(context().double.lastCode(context().poolId, 'eve')?.purpose, 'EMAIL_MFA');
    assert.equal(claimsOf(session.tokens.idToken)['cognito:username'], 'eve');
    assert.deepEqual(session.factors, ['PASSWORD', 'EMAIL_OTP']);
    const line = tokensModel(session, {}, new Date(), REGION).sections[0].fields.find((f) => f.id === 'factors');
    assert.equal(line?.value, 'password, then a code sent by e-mail');
  });

  it('a wrong code is refused by Cognito and typed again in the same session; the code is never logged', async () => {
    const wrong: CodeSource = () => {
      const sent = context().double.lastCode(context().poolId, 'otto')?.code ?? '';
      return sent === '00000000' ? '11111111' : '00000000';
    };
    const { run, session, codeBoxes } = await signIn('otto', [{ pick: 'choice-web' }, { pick: 'A code sent by e-mail' }], [wrong, fromOutbox('otto')]);
    assert.deepEqual(answered(), ['EMAIL_OTP', 'EMAIL_OTP']);
    assert.match(codeBoxes[1].prompt, /^Cognito refused that code \(not the one it sent\); type it again, or press Esc to stop\. /);
    assert.equal(claimsOf(session.tokens.idToken)['cognito:username'], 'otto');
    const code = context().double.lastCode(context().poolId, 'otto')?.code ?? 'none';
    for (const line of run.logLines) assert.ok(!line.includes(code) && !line.includes('00000000') && !line.includes('11111111'), line);
  });
});
