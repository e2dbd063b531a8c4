import * as assert from 'node:assert/strict';
import type { SignInSession, SignInSessions } from '../../src/auth/signInSessions';
import { chooseSignIn, copyAsCurl, copyAuthorizationHeader, copyToken, refreshTokens, signOut } from '../../src/commands/flows/auth/tokenActions';
import { NothingToPick } from '../../src/ui/prompter';
import { CognitoError } from '../../src/shared/errors';
import type { RefreshRequest, Tokens } from '../../src/shared/types';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { asked, told } from '../support/transcript';
import { unsignedJwt as jwt } from '../support/unsignedJwt';
import { addSignIn } from '../support/signInSession';

// The Tokens view's buttons word for word: which sign-in, which token goes in the header, and the status
// line each one leaves, including the three ways a sign-out can end.

function signIn(sessions: SignInSessions, tokens: Tokens, username = 'alice'): SignInSession {
  return addSignIn(sessions, {
    connectionId: 'default',
    poolName: 'shop',
    clientName: 'web',
    client: { userPoolId: 'us-east-1_abc', clientId: 'web1', hasSecret: false },
    username,
    tokens,
    issuedAt: new Date(0),
  });
}

const FULL: Tokens = { idToken: jwt({ 'cognito:username': 'alice-internal' }), accessToken: 'access-x', refreshToken: 'refresh-x', expiresIn: 3600 };
const refreshRequests = (cognito: FakeCognito) => cognito.calls.filter((c) => c.method === 'auth.refreshTokens').map((c) => c.args[0] as RefreshRequest);

describe('token actions, word for word', () => {
  it('asks which sign-in among several, each with its pool and client', async () => {
    const run = flowRun([{ pick: 'bob' }]);
    signIn(run.signIns, FULL);
    signIn(run.signIns, FULL, 'bob');
    assert.equal((await chooseSignIn(run.deps, 'Copy ID Token')).username, 'bob');
    assert.deepEqual(asked(run), ['pick 1/1 Copy ID Token: Which sign-in? — items: alice (shop · web) | bob (shop · web)']);
    const given = signIn(run.signIns, FULL, 'carol');
    assert.equal(await chooseSignIn(run.deps, 'Copy ID Token', given.id), given, 'the given sign-in, without asking');
    await assert.rejects(chooseSignIn(run.deps, 'Copy ID Token', 'gone'), (error: unknown) => error instanceof NothingToPick && error.message === 'This tab’s sign-in is gone (signed out, or from before this window reloaded); run "Cognito: Sign In as User…" to sign in again.');
    await assert.rejects(chooseSignIn(flowRun([]).deps, 'Copy ID Token'), (error: unknown) => error instanceof NothingToPick && error.message === 'Nobody is signed in; run "Cognito: Sign In as User…" first.');
  });

  it('asks which token goes in the header, and names it in the status line', async () => {
    const run = flowRun([{ pick: 'ID token' }, { pick: 'Access token' }]);
    const session = signIn(run.signIns, FULL);
    await copyAuthorizationHeader(run.deps, session);
    await copyAsCurl(run.deps, session);
    const choices = 'ID token [For API Gateway REST APIs with a Cognito user pool authorizer] | Access token [For APIs that check OAuth scopes (HTTP APIs with a JWT authorizer)]';
    assert.deepEqual(asked(run), [`pick 1/1 Copy Authorization Header: Which token goes in the header? — items: ${choices}`, `pick 1/1 Copy as curl: Which token goes in the header? — items: ${choices}`]);
    assert.deepEqual(told(run).status, [
      '$(check) Copied an Authorization header with the ID token of alice',
      '$(check) Copied a curl command with the access token of alice; replace the example URL',
    ]);
  });

  it('says which token a sign-in lacks, and copies nothing', async () => {
    const run = flowRun([]);
    const session = signIn(run.signIns, { accessToken: 'access-x', expiresIn: 3600 });
    await assert.rejects(copyToken(run.deps, session, 'id'), (error: unknown) => error instanceof NothingToPick && error.message === 'This sign-in has no ID token.');
    await assert.rejects(copyToken(run.deps, session, 'refresh'), /^NothingToPick: This sign-in has no refresh token\.$/);
    assert.deepEqual(run.clipboard, []);
  });

  it('refreshes with a progress, a log line and a status line, as the admin flow when the sign-in was one', async () => {
    const cognito = new FakeCognito();
    const run = flowRun([], cognito);
    const session = signIn(run.signIns, FULL);
    await refreshTokens(run.deps, session);
    assert.deepEqual(told(run), { progress: ['Refreshing the tokens of alice…'], status: ['$(check) New tokens for alice'], notifications: [] });
    assert.deepEqual(run.logLines, ['Refreshed the tokens of alice']);
    assert.deepEqual(refreshRequests(cognito), [{ userPoolId: 'us-east-1_abc', clientId: 'web1', hasSecret: false, admin: true, username: 'alice-internal', refreshToken: 'refresh-x' }]);
  });

  it('refreshes as the signed-in name when the ID token is missing, unreadable or has no cognito:username', async () => {
    for (const idToken of [undefined, 'not-a-jwt', jwt({ sub: 's-1' }), jwt({ 'cognito:username': 42 })]) {
      const cognito = new FakeCognito();
      const run = flowRun([], cognito);
      await refreshTokens(run.deps, signIn(run.signIns, { ...FULL, idToken }));
      assert.equal(refreshRequests(cognito)[0].username, 'alice', String(idToken));
    }
    const run = flowRun([]);
    await assert.rejects(refreshTokens(run.deps, signIn(run.signIns, { ...FULL, refreshToken: undefined })), (error: unknown) => error instanceof CognitoError && error.message === 'This sign-in has no refresh token; sign in again.' && error.kind === 'signInRefused');
  });

  it('signs out in three ways: revoked, not revocable here, revoking failed; and without a refresh token, just forgets', async () => {
    const statusAfterSignOut = async (revoke?: () => Promise<void>, tokens = FULL) => {
      const cognito = new FakeCognito();
      if (revoke) cognito.auth.revokeToken = revoke;
      const run = flowRun([], cognito);
      const session = signIn(run.signIns, tokens);
      await signOut(run.deps, session);
      assert.equal(run.signIns.get(session.id), undefined, 'forgotten in every case');
      assert.deepEqual(run.logLines, ['Signed out alice']);
      return { status: told(run).status, revokes: cognito.calls.filter((c) => c.method === 'auth.revokeToken').length };
    };
    assert.deepEqual(await statusAfterSignOut(), { status: ['$(check) Forgot the tokens of alice and revoked its refresh token'], revokes: 1 });
    assert.deepEqual(
      await statusAfterSignOut(async () => {
        throw new CognitoError('No RevokeToken here.', 'unsupported');
      }),
      { status: ['$(check) Forgot the tokens of alice; this endpoint cannot revoke tokens'], revokes: 0 },
    );
    for (const failure of [new CognitoError('Cognito is busy.', 'throttled'), new Error('socket hang up')]) {
      assert.deepEqual(
        await statusAfterSignOut(async () => {
          throw failure;
        }),
        { status: ['$(check) Forgot the tokens of alice; revoking the refresh token failed, it stays valid until it expires'], revokes: 0 },
      );
    }
    assert.deepEqual(await statusAfterSignOut(undefined, { ...FULL, refreshToken: undefined }), { status: ['$(check) Forgot the tokens of alice'], revokes: 0 });
  });
});
