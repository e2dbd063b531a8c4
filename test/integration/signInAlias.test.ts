import * as assert from 'node:assert/strict';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from '../../src/auth/jwt';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { refreshTokens, signOut } from '../../src/commands/flows/auth/tokenActions';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import type { PoolSeed } from '../double/cognitoDouble';
import { onDefault, singleConnection } from '../support/connections';
import { flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { PASSWORD, TEMPORARY_PASSWORD, useSignInDouble, type SignInDouble } from '../support/signInDouble';

// Sign In as User when the name typed is not the user's own username: an e-mail sign-in pool (the
// username is a generated UUID) and a username typed in another case. SECRET_HASH is made over
// USERNAME + client id, and which name goes in it differs per step: the name as typed for InitiateAuth,
// the actual username (USER_ID_FOR_SRP) for every challenge answer, and Cognito's own username
// (cognito:username) for a refresh. With a user whose typed name equals its username, code that hashes
// the wrong one passes; these users make it fail against the double. Every client here has a secret.

const REGION = 'eu-central-2';
const PASSWORD_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
const ERIN_SUB = '7c1f2a9e-5b3d-4e8f-9a10-2b3c4d5e6f70';
const FRANK_SUB = 'a2b4c6d8-1e3f-4a5b-8c7d-9e0f1a2b3c4d';

const EMAIL_POOL: PoolSeed = {
  name: 'e-mail sign-in',
  usernameAttributes: ['email'],
  extraAppClients: [
    { name: 'srp-secret', explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], generateSecret: true },
    { name: 'password-secret', explicitAuthFlows: PASSWORD_FLOWS, generateSecret: true },
    { name: 'admin-secret', explicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], generateSecret: true },
  ],
  extraUsers: [
    { username: ERIN_SUB, password: PASSWORD, attributes: { sub: ERIN_SUB, email: 'erin.jones@example.com', email_verified: 'true' } },
    { username: FRANK_SUB, password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD', attributes: { sub: FRANK_SUB, email: 'frank@example.com' } },
  ],
};

const CASE_POOL: PoolSeed = {
  name: 'usernames',
  extraAppClients: [
    { name: 'srp-secret', explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], generateSecret: true },
    { name: 'password-secret', explicitAuthFlows: PASSWORD_FLOWS, generateSecret: true },
  ],
  extraUsers: [{ username: 'grace', password: PASSWORD }],
};

function signInThrough(context: () => SignInDouble) {
  let cognito: LazyCognito | undefined;
  return async (typed: string, answers: Answer[]) => {
    cognito ??= lazyCognito(() => ({ region: REGION, endpoint: context().double.endpoint }));
    const run = flowRun(answers);
    run.deps.connections = singleConnection(cognito);
    const session = await signInAsUser(run.deps, { ...onDefault({ id: context().poolId, name: 'pool' }), username: typed });
    run.prompter.assertDone();
    return { run, session };
  };
}

/** Signs in, refreshes and signs out: each step's SECRET_HASH has to be over the right name. */
async function signInRefreshSignOut(context: () => SignInDouble, signIn: ReturnType<typeof signInThrough>, typed: string, answers: Answer[], internal: string) {
  const { run, session } = await signIn(typed, answers);
  assert.equal(session.client.hasSecret, true);
  assert.equal(session.username, typed, 'the session names the user as typed');
  assert.equal(decodeJwt(session.tokens.idToken ?? '').claims['cognito:username'], internal);
  const before = session.tokens.accessToken;
  await refreshTokens(run.deps, session);
  assert.notEqual(run.signIns.get(session.id)?.tokens.accessToken, before, 'the refresh brought a new access token');
  await signOut(run.deps, session);
  assert.equal(run.signIns.get(session.id), undefined);
  assert.ok(context().double.calls.some((c) => c.operation === 'RevokeToken'));
}

describe('Sign In as User with a name that is not the username (AWS-faithful double, clients with a secret)', function () {
  this.timeout(30_000);

  describe('an e-mail sign-in pool: the username is a UUID, people type their e-mail address', () => {
    const context = useSignInDouble({ pools: [EMAIL_POOL], region: REGION });
    const signIn = signInThrough(context);

    it('SRP: InitiateAuth hashed over the e-mail, PASSWORD_VERIFIER over USER_ID_FOR_SRP, the refresh over cognito:username', async () => {
      context().double.calls.length = 0;
      await signInRefreshSignOut(context, signIn, 'Erin.Jones@example.com', [{ pick: 'srp-secret' }, { input: PASSWORD }], ERIN_SUB);
      const answer = context().double.calls.find((c) => c.operation === 'RespondToAuthChallenge')?.input as { ChallengeResponses: Record<string, string> };
      assert.equal(answer.ChallengeResponses.USERNAME, ERIN_SUB, 'the challenge is answered with the username, never the alias');
    });

    it('USER_PASSWORD_AUTH: answers NEW_PASSWORD_REQUIRED as the username, not the e-mail, and leaves the user CONFIRMED', async () => {
      await signInRefreshSignOut(context, signIn, 'frank@example.com', [{ pick: 'password-secret' }, { input: TEMPORARY_PASSWORD }, { input: 'Brand-New-Pass1' }], FRANK_SUB);
      const user = await context().client.send(new AdminGetUserCommand({ UserPoolId: context().poolId, Username: FRANK_SUB }));
      assert.equal(user.UserStatus, 'CONFIRMED');
    });

    it('ADMIN_USER_PASSWORD_AUTH: signs in with the e-mail and refreshes as the admin flow over the username', async () => {
      await signInRefreshSignOut(context, signIn, 'erin.jones@example.com', [{ pick: 'admin-secret' }, { input: PASSWORD }], ERIN_SUB);
    });
  });

  describe('a username pool, the username typed in another case', () => {
    const context = useSignInDouble({ pools: [CASE_POOL], region: REGION });
    const signIn = signInThrough(context);

    it('SRP: signs in as GRACE, PASSWORD_VERIFIER answered and hashed over Cognito’s own "grace", the refresh too', async () => {
      context().double.calls.length = 0;
      await signInRefreshSignOut(context, signIn, 'GRACE', [{ pick: 'srp-secret' }, { input: PASSWORD }], 'grace');
      const answer = context().double.calls.find((c) => c.operation === 'RespondToAuthChallenge')?.input as { ChallengeResponses: Record<string, string> };
      assert.equal(answer.ChallengeResponses.USERNAME, 'grace', 'the verifier is answered as USER_ID_FOR_SRP');
    });

    it('USER_PASSWORD_AUTH: signs in as Grace, refreshes over Cognito’s own "grace"', async () => {
      await signInRefreshSignOut(context, signIn, 'Grace', [{ pick: 'password-secret' }, { input: PASSWORD }], 'grace');
    });
  });
});
