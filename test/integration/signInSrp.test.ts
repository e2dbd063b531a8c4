import * as assert from 'node:assert/strict';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from '../../src/auth/jwt';
import { verifyTokens } from '../../src/aws/signIn/verifyTokens';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { refreshTokens, signOut } from '../../src/commands/flows/auth/tokenActions';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { onDefault, singleConnection } from '../support/connections';
import { flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { PASSWORD, TEMPORARY_PASSWORD, useSignInDouble } from '../support/signInDouble';

// Sign In as User through the extension's own wiring against the AWS-faithful double, for what
// cognito-local cannot do: SRP (the double's server side is written from the protocol, the client side
// is cognito-srp-helper), SRP with a client secret, and AWS's refusals.

describe('Sign In as User with SRP against the AWS-faithful double', function () {
  this.timeout(30_000);
  const context = useSignInDouble();
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: context().double.endpoint }));
  });

  async function signIn(username: string, answers: Answer[]) {
    const run = flowRun(answers);
    run.deps.connections = singleConnection(cognito);
    const session = await signInAsUser(run.deps, { ...onDefault({ id: context().poolId, name: 'sign-in' }), username });
    run.prompter.assertDone();
    return { run, session };
  }

  const operations = () => context().double.calls.map((c) => c.operation);

  it('signs in with SRP (the password never sent), and the tokens verify against the pool’s JWKS and carry the groups', async () => {
    context().double.calls.length = 0;
    const { session } = await signIn('alice', [{ pick: 'open' }, { input: PASSWORD }]);
    assert.deepEqual(
      context().double.calls.filter((c) => c.operation === 'InitiateAuth').map((c) => (c.input as { AuthFlow: string }).AuthFlow),
      ['USER_SRP_AUTH'],
    );
    assert.ok(!JSON.stringify(context().double.calls.map((c) => c.input)).includes(PASSWORD), 'no request carried the password');
    const checks = await verifyTokens({ ...session.client, endpoint: context().double.endpoint, idToken: session.tokens.idToken, accessToken: session.tokens.accessToken });
    assert.equal(checks.id?.verified, true, checks.id?.detail);
    assert.equal(checks.access?.verified, true, checks.access?.detail);
    assert.deepEqual(decodeJwt(session.tokens.idToken ?? '').claims['cognito:groups'], ['admins', 'readers']);
  });

  it('signs in with SRP through a client with a secret (SECRET_HASH on both steps), refreshes, signs out', async () => {
    const { run, session } = await signIn('bob', [{ pick: 'with-secret' }, { input: PASSWORD }]);
    assert.equal(session.client.hasSecret, true);
    await refreshTokens(run.deps, session);
    assert.ok(run.signIns.get(session.id)?.tokens.accessToken);
    await signOut(run.deps, session);
    assert.ok(operations().includes('RevokeToken'));
    // The revoked refresh token no longer works.
    await assert.rejects(
      cognito.auth.refreshTokens({ ...session.client, admin: false, username: 'bob', refreshToken: session.tokens.refreshToken ?? '' }),
      /refresh token has expired or was revoked|Incorrect username or password/,
    );
  });

  it('answers NEW_PASSWORD_REQUIRED after SRP and leaves the user CONFIRMED', async () => {
    await signIn('newbie-srp', [{ pick: 'open' }, { input: TEMPORARY_PASSWORD }, { input: 'Brand-New-Pass1' }]);
    const user = await context().client.send(new AdminGetUserCommand({ UserPoolId: context().poolId, Username: 'newbie-srp' }));
    assert.equal(user.UserStatus, 'CONFIRMED');
  });

  for (const [username, password, expected] of [
    ['alice', 'Wrong-Pass1', /^Incorrect username or password; check them and sign in again\.$/],
    ['nobody', PASSWORD, /^Incorrect username or password; check them and sign in again\.$/],
    ['disabled', PASSWORD, /^This user is disabled; enable the user, then sign in\.$/],
    ['unconfirmed', PASSWORD, /^This user has not confirmed the sign-up yet/],
    ['reset', PASSWORD, /^This user must reset the password first/],
  ] as const) {
    it(`refuses ${username} with one sentence`, async () => {
      const run = flowRun([{ pick: 'open' }, { input: password }]);
      run.deps.connections = singleConnection(cognito);
      await assert.rejects(signInAsUser(run.deps, { ...onDefault({ id: context().poolId, name: 'sign-in' }), username }), (error) => error instanceof Error && expected.test(error.message));
      assert.deepEqual(run.tokensShown, []);
    });
  }
});
