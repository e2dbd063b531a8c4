import * as assert from 'node:assert/strict';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type ExplicitAuthFlowsType,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt } from '../../src/auth/jwt';
import { verifyTokens } from '../../src/aws/signIn/verifyTokens';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { refreshTokens, signOut } from '../../src/commands/flows/auth/tokenActions';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { onDefault, singleConnection } from '../support/connections';
import { flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { cognitoLocalEndpoint } from '../support/cognitoLocal';
import { useEmulator } from '../support/sessionHooks';

// Sign In as User against a real cognito-local, through the extension's own wiring (LazyCognito → the
// AWS bundle → CognitoService → SDK). Pools, clients and users are made with a plain SDK client, and
// results (user status, token signatures against the emulator's JWKS) are read back independently.

const TEMPORARY = 'Temp-Passw0rd!';
const CHOSEN = 'Chosen-Passw0rd!';

describe('Sign In as User against cognito-local', function () {
  this.timeout(30_000);
  const emulator = useEmulator();
  let cognito: LazyCognito;
  let poolId: string;

  before(async () => {
    cognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: cognitoLocalEndpoint() }));
    poolId = (await emulator.client.send(new CreateUserPoolCommand({ PoolName: `sign-in ${Date.now()}` }))).UserPool?.Id ?? '';
    // Every test starts from here, so each passes alone too (mutation testing runs single tests): the
    // clients, and carol, who has already chosen her password.
    await client('web', ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    await client('server', ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    await client('confidential', ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], true);
    await client('choice', ['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    await user('carol');
    await signIn('carol', [{ pick: 'web' }, { input: TEMPORARY }, { input: CHOSEN }]);
  });

  async function client(name: string, flows: ExplicitAuthFlowsType[], secret = false): Promise<void> {
    await emulator.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: name, ExplicitAuthFlows: flows, GenerateSecret: secret }));
  }

  async function user(username: string): Promise<void> {
    await emulator.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, TemporaryPassword: TEMPORARY, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] }));
  }

  async function signIn(username: string, answers: Answer[]) {
    const run = flowRun(answers);
    run.deps.connections = singleConnection(cognito);
    const session = await signInAsUser(run.deps, { ...onDefault({ id: poolId, name: 'sign-in' }), username });
    run.prompter.assertDone();
    return { run, session };
  }

  it('answers the new-password challenge of a new user (SRP falls back to USER_PASSWORD_AUTH here) and gets tokens that verify against the emulator’s keys', async () => {
    await user('alice');
    const { run, session } = await signIn('alice', [{ pick: 'web' }, { input: TEMPORARY }, { input: CHOSEN }]);

    const status = await emulator.client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'alice' }));
    assert.equal(status.UserStatus, 'CONFIRMED', 'the emulator has the user confirmed');
    assert.deepEqual(run.changedUsers.map((u) => [u.username, u.status]), [['alice', 'CONFIRMED']], 'and the tree is told');
    assert.equal(decodeJwt(session.tokens.idToken ?? '').claims['cognito:username'], 'alice');

    const checks = await verifyTokens({ userPoolId: poolId, clientId: session.client.clientId, endpoint: cognitoLocalEndpoint(), idToken: session.tokens.idToken, accessToken: session.tokens.accessToken });
    assert.equal(checks.id?.verified, true, checks.id?.detail);
    assert.equal(checks.access?.verified, true, checks.access?.detail);

    // A token whose signature was tampered with does not verify.
    const [header, claims] = (session.tokens.idToken ?? '').split('.');
    const forged = await verifyTokens({ userPoolId: poolId, clientId: session.client.clientId, endpoint: cognitoLocalEndpoint(), idToken: `${header}.${claims}.AAAA`, accessToken: session.tokens.accessToken });
    assert.equal(forged.id?.verified, false);
  });

  it('signs in with the chosen password, refreshes the tokens and signs out', async () => {
    // A second sign-in: cognito-local keeps no refresh token issued by RespondToAuthChallenge (AWS does).
    const { run, session } = await signIn('carol', [{ pick: 'web' }, { input: CHOSEN }]);
    await refreshTokens(run.deps, session);
    const refreshed = run.signIns.get(session.id)?.tokens;
    assert.ok(refreshed?.accessToken && refreshed.refreshToken === session.tokens.refreshToken, 'new tokens, the same refresh token');
    assert.equal(decodeJwt(refreshed.idToken ?? '').claims['cognito:username'], 'carol');

    await signOut(run.deps, session);
    assert.equal(run.signIns.get(session.id), undefined, 'signed out: the tokens are forgotten');
  });

  it('signs in with ADMIN_USER_PASSWORD_AUTH when the client allows it', async () => {
    const { session } = await signIn('carol', [{ pick: 'server' }, { input: CHOSEN }]);
    assert.equal(session.admin, true);
    assert.equal(decodeJwt(session.tokens.accessToken).claims.token_use, 'access');
  });

  it('signs in through a client with a secret (SECRET_HASH)', async () => {
    const { session } = await signIn('carol', [{ pick: 'confidential' }, { input: CHOSEN }]);
    assert.equal(session.client.hasSecret, true);
    assert.ok(session.tokens.idToken);
  });

  it('says "Incorrect username or password" for a wrong password', async () => {
    const run = flowRun([{ pick: 'web' }, { input: 'Wrong-Passw0rd!' }]);
    run.deps.connections = singleConnection(cognito);
    await assert.rejects(signInAsUser(run.deps, { ...onDefault({ id: poolId, name: 'sign-in' }), username: 'carol' }), (error) => error instanceof Error && error.message === 'Incorrect username or password; check them and sign in again.');
  });

  it('through a choice-based client offers the password factors (cognito-local reports no sign-in policy) and, without USER_AUTH or SRP here, falls through to USER_PASSWORD_AUTH', async () => {
    const { run, session } = await signIn('carol', [{ pick: 'choice' }, { pick: 'Password, proven by SRP' }, { input: CHOSEN }]);
    assert.deepEqual(run.prompter.asked[1].descriptions, ['PASSWORD_SRP', 'PASSWORD', 'SELECT_CHALLENGE']);
    assert.deepEqual(session.factors, ['USER_PASSWORD_AUTH']);
    assert.equal(decodeJwt(session.tokens.idToken ?? '').claims['cognito:username'], 'carol');
  });

  it('through a choice-based client, says in one sentence that Cognito offering the choice needs an endpoint with USER_AUTH', async () => {
    const run = flowRun([{ pick: 'choice' }, { pick: 'Let Cognito offer' }]);
    run.deps.connections = singleConnection(cognito);
    await assert.rejects(
      signInAsUser(run.deps, { ...onDefault({ id: poolId, name: 'sign-in' }), username: 'carol' }),
      (error) => error instanceof Error && error.message === 'This Cognito endpoint does not support InitiateAuth with choice-based sign-in (USER_AUTH); it works against AWS.',
    );
    run.prompter.assertDone();
  });
});
