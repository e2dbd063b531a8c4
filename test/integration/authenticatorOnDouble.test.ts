import * as assert from 'node:assert/strict';
import {
  AdminGetUserCommand,
  AssociateSoftwareTokenCommand,
  InitiateAuthCommand,
  SetUserMFAPreferenceCommand,
  SetUserPoolMfaConfigCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { authenticatorId } from '../../src/shared/rememberedAuthenticators';
import { onDefault, singleConnection } from '../support/connections';
import { flowRun, type FlowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { PASSWORD, useSignInDouble } from '../support/signInDouble';
import { totpCode } from '../support/totp';

// The authenticator app (TOTP) through the extension's own wiring against the AWS-faithful double, for what
// cognito-local cannot do: MFA_SETUP during Sign In as User (AssociateSoftwareToken and VerifySoftwareToken
// with the challenge's Session, then RespondToAuthChallenge MFA_SETUP with Verify's), and a remembered
// authenticator answering SOFTWARE_TOKEN_MFA with no code typed. Codes come from test/support/totp.ts (RFC 6238
// by hand) at the double's clock; results are read back with a plain SDK client.

const FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
const POOL_NAME = 'totp pool é';

describe('the authenticator app against the AWS-faithful double', function () {
  this.timeout(30_000);
  // The double's clock, which judges the codes (and the SRP proof's timestamp, so it starts at the real time).
  let clock = Date.now();
  const context = useSignInDouble({
    now: () => clock,
    pools: [{ name: POOL_NAME, extraAppClients: [{ name: 'app', explicitAuthFlows: FLOWS }], extraUsers: [{ username: 'nora', password: PASSWORD }, { username: 'tina', password: PASSWORD }] }],
  });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: 'ap-southeast-4', endpoint: context().double.endpoint }));
  });

  const target = (username: string) => ({ ...onDefault({ id: context().poolId, name: POOL_NAME }), username });
  const keyOf = (username: string) => authenticatorId({ connectionId: target(username).connectionId, userPoolId: context().poolId, username });
  const setMfa = (mode: 'ON' | 'OPTIONAL') =>
    context().client.send(new SetUserPoolMfaConfigCommand({ UserPoolId: context().poolId, MfaConfiguration: mode, SoftwareTokenMfaConfiguration: { Enabled: true } }));
  const challengesAnswered = () =>
    context().double.calls.filter((c) => c.operation === 'RespondToAuthChallenge').map((c) => (c.input as { ChallengeName: string }).ChallengeName);

  function flow(answers: (run: () => FlowRun) => Answer[]): FlowRun {
    const made: { run?: FlowRun } = {};
    const run = flowRun(answers(() => made.run!));
    made.run = run;
    run.deps.connections = singleConnection(cognito);
    run.deps.now = () => new Date(clock);
    return run;
  }

  it('MFA_SETUP during Sign In as User: set up with the Session, answered with Verify’s Session; the tokens open and the user has the app', async () => {
    await setMfa('ON');
    context().double.calls.length = 0;
    const run = flow((r) => [{ pick: 'app' }, { input: PASSWORD }, { inputFrom: async () => totpCode(shownSecret(r()), clock) }, { pick: 'Yes' }]);
    const session = await signInAsUser(run.deps, target('nora'));
    run.prompter.assertDone();
    assert.ok(session.tokens.accessToken);
    assert.deepEqual(run.tokensShown, [session]);
    const operations = context().double.calls.map((c) => c.operation).filter((o) => /SoftwareToken|RespondToAuthChallenge/.test(o));
    assert.deepEqual(operations.slice(-3), ['AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
    assert.equal(challengesAnswered().at(-1), 'MFA_SETUP');
    const nora = await context().client.send(new AdminGetUserCommand({ UserPoolId: context().poolId, Username: 'nora' }));
    assert.deepEqual(nora.UserMFASettingList, ['SOFTWARE_TOKEN_MFA']);
    assert.equal(run.secrets.get(keyOf('nora')), shownSecret(run), 'remembered, as chosen');
  });

  it('a remembered authenticator answers SOFTWARE_TOKEN_MFA: signed in with no code typed', async () => {
    await setMfa('OPTIONAL');
    // tina's authenticator, set up with a plain SDK client.
    const clientId = context().appClient('app').clientId;
    const signedIn = await context().client.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'tina', PASSWORD } }));
    const accessToken = signedIn.AuthenticationResult?.AccessToken ?? '';
    const { SecretCode: secret = '' } = await context().client.send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
    await context().client.send(new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: totpCode(secret, clock) }));
    await context().client.send(new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }));
    clock += 60_000; // a later code than the one that verified it

    context().double.calls.length = 0;
    const run = flow(() => [{ pick: 'app' }, { input: PASSWORD }]);
    run.secrets.set(keyOf('tina'), secret);
    const session = await signInAsUser(run.deps, target('tina'));
    run.prompter.assertDone();
    assert.ok(session.tokens.accessToken);
    assert.deepEqual(challengesAnswered().filter((c) => c !== 'PASSWORD_VERIFIER'), ['SOFTWARE_TOKEN_MFA']);
    const sent = context().double.calls.find((c) => (c.input as { ChallengeName?: string }).ChallengeName === 'SOFTWARE_TOKEN_MFA')?.input as { ChallengeResponses: Record<string, string> };
    assert.equal(sent.ChallengeResponses.SOFTWARE_TOKEN_MFA_CODE, totpCode(secret, clock));
  });
});

/** The secret the set-up view showed (its first render). */
function shownSecret(run: FlowRun): string {
  const secret = run.authenticatorViews[0]?.model.sections[0].fields.find((f) => f.id === 'secret')?.value;
  assert.ok(secret, 'the view showed a secret');
  return secret;
}
