import * as assert from 'node:assert/strict';
import { decodeJwt, JwtFormatError } from '../../src/auth/jwt';
import { SignInSessions, type SignInSession } from '../../src/auth/signInSessions';
import { copyAsCurl, copyAuthorizationHeader, copyToken, refreshTokens, signOut, chooseSignIn } from '../../src/commands/flows/auth/tokenActions';
import { CognitoError, toCognitoError } from '../../src/shared/errors';
import type { RefreshRequest, RevokeRequest } from '../../src/shared/types';
import type { SignInSessions as Sessions } from '../../src/auth/signInSessions';
import { markdownOf } from '../../src/views/models/markdown';
import { signInViewModel } from '../../src/views/models/signInViewModel';
import { signedOutModel, tokensModel, type TokenChecks } from '../../src/views/models/tokensModel';
import { sessionIdOf, TOKENS_SCHEME } from '../../src/views/tokensUri';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';
import { base64urlJson as b64, unsignedJwt as jwt } from '../support/unsignedJwt';
import { addSignIn } from '../support/signInSession';

const NOW = new Date('2026-11-28T12:00:00Z');
const renderTokens = (s: SignInSession, checks: TokenChecks, now: Date, label: string) => markdownOf(tokensModel(s, checks, now, label), now);
const renderSignedOut = () => markdownOf(signedOutModel(), NOW);
const renderTokensDocument = async (uri: unknown, sessions: Sessions, verify: (s: SignInSession) => Promise<TokenChecks>, now: Date, label: (id: string) => string) =>
  markdownOf(await signInViewModel(sessionIdOf(uri), sessions, verify, now, label), now);
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

const ID_TOKEN = jwt({ sub: 's-1', 'cognito:username': 'alice-internal', 'cognito:groups': ['admins', 'editors'], token_use: 'id', exp: seconds(NOW) + 45 * 60, iat: seconds(NOW) - 15 * 60, auth_time: seconds(NOW) - 15 * 60 });
const ACCESS_TOKEN = jwt({ sub: 's-1', username: 'alice-internal', token_use: 'access', client_id: 'web1', exp: seconds(NOW) - 60 });
const REFRESH_TOKEN = 'opaque-refresh-token-value';

function session(sessions = new SignInSessions()): SignInSession {
  return addSignIn(sessions, {
    connectionId: 'default',
    poolName: 'shop',
    clientName: 'web',
    client: { userPoolId: 'us-east-1_abc', clientId: 'web1', hasSecret: true },
    username: 'alice',
    admin: false,
    tokens: { idToken: ID_TOKEN, accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, expiresIn: 3600 },
    issuedAt: NOW,
  });
}

describe('decoding tokens', () => {
  it('gives the header and the claims', () => {
    const { header, claims } = decodeJwt(ID_TOKEN);
    assert.equal(header.kid, 'key-1');
    assert.equal(claims['cognito:username'], 'alice-internal');
  });

  for (const [token, expected] of [
    ['', /not a JWT \(it has 1 part, not 3\)/],
    ['a.b', /not a JWT \(it has 2 parts/],
    ['a.b.c.d', /4 parts/],
    ['!!.e30.x', /header is not base64url/],
    [`${b64({})}.bm90IGpzb24.x`, /claims is not JSON/],
    [`${b64({})}.${Buffer.from('[1]').toString('base64url')}.x`, /claims is not a JSON object/],
  ] as const) {
    it(`says what is wrong with "${token.slice(0, 12)}", in one sentence, without quoting it`, () => {
      assert.throws(
        () => decodeJwt(token, 'The ID token'),
        (error) => error instanceof JwtFormatError && expected.test(error.message) && (token === '' || !error.message.includes(token)),
      );
    });
  }
});

describe('the Tokens view text', () => {
  it('shows both tokens decoded, local times, expiry, groups and the checks, and no raw token', () => {
    const text = renderTokens(session(), { id: { verified: true, detail: 'signed by a key of http://x/jwks.json' }, access: { verified: false, detail: 'JwtExpiredError: Token expired' } }, NOW, 'local');
    assert.match(text, /# Signed in as alice/);
    assert.match(text, /^\| `cognito:username` \| `alice-internal` \|/m);
    assert.match(text, /Groups \(cognito:groups\): admins, editors/);
    assert.match(text, /expires in 45 min/);
    assert.match(text, /\*\*expired\*\* 1 min ago/);
    assert.match(text, /✓ verified — signed by a key of http:\/\/x\/jwks.json/);
    assert.match(text, /✗ not verified — JwtExpiredError: Token expired/);
    assert.match(text, new RegExp(`^\\| \`auth_time\` \\| \`${seconds(NOW) - 15 * 60}\` \\(${escape(new Date((seconds(NOW) - 15 * 60) * 1000).toLocaleString())}, 15 min ago\\) \\|`, 'm'));
    for (const secret of [ID_TOKEN, ACCESS_TOKEN, REFRESH_TOKEN, ...ID_TOKEN.split('.'), ...ACCESS_TOKEN.split('.')]) assert.ok(!text.includes(secret), 'no raw token, nor any of its parts, in the text');
  });

  it('shows the skew when the tokens’ iat is ahead of this computer’s clock, and counts the expiry by the issuer’s clock', () => {
    // Issued (by the local clock) at NOW, but the issuer's clock said NOW + 3 min; valid for an hour.
    const iat = seconds(NOW) + 3 * 60;
    const s = session();
    s.tokens.idToken = jwt({ token_use: 'id', iat, exp: iat + 60 * 60 });
    s.tokens.accessToken = jwt({ token_use: 'access', iat, exp: iat + 60 * 60 });
    const tenMinutesLater = new Date(NOW.getTime() + 10 * 60_000);
    const text = renderTokens(s, {}, tenMinutesLater, 'local');
    assert.match(text, /This computer’s clock is 3 min behind the token issuer; expiry counted by the issuer’s clock/);
    // By the issuer's clock it is NOW + 13 min, so 50 min are left (the local clock would say 53).
    assert.equal(text.match(/expires in 50 min/g)?.length, 2, text);
    assert.doesNotMatch(text, /expires in 53 min/);
  });

  it('shows no skew for tokens issued within a minute of this computer’s clock', () => {
    const iat = seconds(NOW) + 40;
    const s = session();
    s.tokens.idToken = jwt({ token_use: 'id', iat, exp: iat + 30 * 60 });
    const text = renderTokens(s, {}, NOW, 'local');
    assert.doesNotMatch(text, /clock is/);
    assert.match(text, /expires in 31 min/);
  });

  it('says so when a token cannot be decoded, and shows the other', () => {
    const s = session();
    s.tokens.idToken = 'garbage';
    const text = renderTokens(s, {}, NOW, 'local');
    assert.match(text, /The id token is not a JWT/);
    assert.match(text, /^\| `token_use` \| `access` \|/m);
  });

  it('shows a signed-out document once the tokens are forgotten', () => {
    assert.match(renderSignedOut(), /This sign-in is gone/);
  });

  it('hides the user:password of an endpoint URL that a check names', () => {
    const detail = 'the keys at http://ops:Hunter2-pw@127.0.0.1:9231/eu-west-2_abc/.well-known/jwks.json could not be read (TypeError)';
    const text = renderTokens(session(), { id: { verified: false, detail }, access: { verified: true, detail: 'signed by a key of https://ops:Hunter2-pw@cognito.example.test/keys' } }, NOW, 'local');
    assert.ok(!text.includes('Hunter2-pw') && !text.includes('ops:'), 'no user:password in the token text');
    assert.match(text, /the keys at http:\/\/127\.0\.0\.1:9231\/eu-west-2_abc\/\.well-known\/jwks\.json could not be read/);
    assert.match(text, /signed by a key of https:\/\/cognito\.example\.test\/keys/);
  });

  it('sign-in ids are random: a second window (a fresh store) does not reuse the first window’s ids', () => {
    const first = new SignInSessions();
    const second = new SignInSessions();
    const ids = [session(first).id, session(first).id, session(second).id, session(second).id];
    assert.equal(new Set(ids).size, 4, `ids repeat: ${ids.join(', ')}`);
    for (const id of ids) assert.match(id, /^[0-9a-f-]{36}$/, 'a UUID, not a counter');
  });

  it('a Tokens tab restored from another window says its sign-in is gone and shows nobody’s tokens', async () => {
    const earlierWindow = new SignInSessions();
    const staleUri = { scheme: TOKENS_SCHEME, path: '/alice tokens.md', query: `session=${session(earlierWindow).id}` };
    const thisWindow = new SignInSessions();
    const bob = thisWindow.add({ ...session(new SignInSessions()), username: 'bob' });
    const text = await renderTokensDocument(staleUri, thisWindow, async () => ({}), NOW, () => 'local');
    assert.match(text, /^# This sign-in is gone$/m);
    assert.match(text, /Run Cognito: Sign In as User… to sign in again/);
    assert.ok(!text.includes('Signed in as') && !text.includes('token_use'), 'no tokens of anyone in it');
    // This window's own tab still shows its own sign-in.
    assert.match(await renderTokensDocument({ scheme: TOKENS_SCHEME, query: `session=${bob.id}` }, thisWindow, async () => ({}), NOW, () => 'local'), /# Signed in as bob/);
  });

  it('the copy actions of a stale Tokens tab refuse in one sentence and copy nothing', async () => {
    const earlierWindow = new SignInSessions();
    const staleId = session(earlierWindow).id;
    const run = flowRun([]);
    run.signIns.add({ ...session(new SignInSessions()), username: 'bob' });
    await assert.rejects(
      chooseSignIn(run.deps, 'Copy ID Token', staleId).then((s) => copyToken(run.deps, s, 'id')),
      (error: Error) => /^This tab’s sign-in is gone \(signed out, or from before this window reloaded\); run "Cognito: Sign In as User…" to sign in again\.$/.test(error.message),
    );
    assert.deepEqual(run.clipboard, [], 'nothing copied');
  });

  it('finds the sign-in from its document URI and nothing from others', () => {
    assert.equal(sessionIdOf({ scheme: TOKENS_SCHEME, query: 'session=7' }), '7');
    assert.equal(sessionIdOf({ scheme: 'file', query: 'session=7' }), undefined);
    assert.equal(sessionIdOf('cognito-tokens:/x?session=7'), undefined);
  });
});

describe('token actions', () => {
  it('copy the ID, access and refresh tokens, naming only which one', async () => {
    const run = flowRun([]);
    const s = session(run.signIns);
    await copyToken(run.deps, s, 'id');
    await copyToken(run.deps, s, 'access');
    await copyToken(run.deps, s, 'refresh');
    assert.deepEqual(run.clipboard, [ID_TOKEN, ACCESS_TOKEN, REFRESH_TOKEN]);
    assert.deepEqual(run.statusMessages, ['$(check) Copied the ID token of alice', '$(check) Copied the access token of alice', '$(check) Copied the refresh token of alice']);
  });

  it('copy an Authorization header and a curl command with the chosen token', async () => {
    const run = flowRun([{ pick: 'Access token' }, { pick: 'ID token' }]);
    const s = session(run.signIns);
    await copyAuthorizationHeader(run.deps, s);
    await copyAsCurl(run.deps, s);
    assert.deepEqual(run.clipboard, [`Authorization: Bearer ${ACCESS_TOKEN}`, `curl -H 'Authorization: Bearer ${ID_TOKEN}' 'https://api.example.com/path'`]);
    for (const message of run.statusMessages) assert.ok(!message.includes(ID_TOKEN) && !message.includes(ACCESS_TOKEN));
  });

  it('refresh with the refresh token and Cognito’s own username (for SECRET_HASH), keeping the refresh token', async () => {
    const cognito = new FakeCognito();
    const run = flowRun([], cognito);
    const s = session(run.signIns);
    await refreshTokens(run.deps, s);
    const request = cognito.calls.find((c) => c.method === 'auth.refreshTokens')?.args[0] as RefreshRequest;
    assert.deepEqual(request, { userPoolId: 'us-east-1_abc', clientId: 'web1', hasSecret: true, admin: false, username: 'alice-internal', refreshToken: REFRESH_TOKEN });
    assert.deepEqual(run.signIns.get(s.id)?.tokens, { ...cognito.refreshedTokens, refreshToken: REFRESH_TOKEN });
  });

  it('sign out revokes the refresh token and forgets the tokens; an endpoint without RevokeToken still forgets them', async () => {
    const cognito = new FakeCognito();
    const run = flowRun([], cognito);
    const s = session(run.signIns);
    await signOut(run.deps, s);
    assert.deepEqual((cognito.calls.find((c) => c.method === 'auth.revokeToken')?.args[0] as RevokeRequest).refreshToken, REFRESH_TOKEN);
    assert.equal(run.signIns.get(s.id), undefined);

    const unsupported = new FakeCognito();
    unsupported.auth.revokeToken = async () => {
      throw new CognitoError('This Cognito endpoint does not support RevokeToken; it works against AWS.', 'unsupported');
    };
    const again = flowRun([], unsupported);
    const t = session(again.signIns);
    await signOut(again.deps, t);
    assert.equal(again.signIns.get(t.id), undefined);
    assert.match(again.statusMessages[0], /Forgot the tokens of alice; this endpoint cannot revoke tokens/);
  });

  it('act on the only sign-in, ask among several, and explain when there is none or it was signed out', async () => {
    const none = flowRun([]);
    await assert.rejects(chooseSignIn(none.deps, 'Copy ID Token'), /Nobody is signed in/);
    const one = flowRun([]);
    const s = session(one.signIns);
    assert.equal(await chooseSignIn(one.deps, 'Copy ID Token'), s);
    await assert.rejects(chooseSignIn(one.deps, 'Copy ID Token', 'gone'), /sign-in is gone/);
    const two = flowRun([{ pick: 'alice' }]);
    session(two.signIns);
    two.signIns.add({ ...s, username: 'bob' });
    assert.equal((await chooseSignIn(two.deps, 'Copy ID Token')).username, 'alice');
    two.prompter.assertDone();
  });
});

describe('sign-in errors', () => {
  const signIn = { operation: 'InitiateAuth', region: 'us-east-1' };
  const cases: [string, string, RegExp][] = [
    ['NotAuthorizedException', 'Incorrect username or password.', /^Incorrect username or password; check them and sign in again\.$/],
    ['NotAuthorizedException', 'User is disabled.', /^This user is disabled; enable the user, then sign in\.$/],
    ['NotAuthorizedException', 'Unable to verify secret hash for client 1example', /could not verify the SECRET_HASH/],
    ['NotAuthorizedException', 'Password attempts exceeded', /Too many failed sign-ins/],
    ['NotAuthorizedException', 'Invalid Refresh Token', /refresh token has expired or was revoked/],
    ['UserNotConfirmedException', 'User is not confirmed.', /has not confirmed the sign-up yet; confirm the user first/],
    ['PasswordResetRequiredException', 'Password reset required for the user', /must reset the password first/],
    ['UserNotFoundException', 'User does not exist.', /no user with that username in this pool/],
    ['CodeMismatchException', 'Invalid code received for user', /check it and sign in again/],
    ['Unsupported', 'InitAuth with AuthFlow=USER_SRP_AUTH', /^This Cognito endpoint does not support InitiateAuth with SRP; it works against AWS\.$/],
  ];
  for (const [name, message, expected] of cases) {
    it(`${name} "${message}" → one sentence`, () => {
      const error = toCognitoError(Object.assign(new Error(message), { name }), signIn);
      assert.match(error.message, expected);
      assert.ok(!error.message.includes('\n'));
    });
  }

  it('reads a wrong password as such whether Cognito says NotAuthorized or (cognito-local) InvalidPassword', () => {
    const error = toCognitoError(Object.assign(new Error('Invalid password'), { name: 'InvalidPasswordException' }), { operation: 'AdminInitiateAuth' });
    assert.equal(error.message, 'Incorrect username or password; check them and sign in again.');
    const policy = toCognitoError(Object.assign(new Error('Password did not conform with policy: Password not long enough'), { name: 'InvalidPasswordException' }), { operation: 'RespondToAuthChallenge' });
    assert.match(policy.message, /password policy \(password not long enough\)/);
  });

  it('keeps NotAuthorizedException about IAM credentials for other operations', () => {
    assert.equal(toCognitoError(Object.assign(new Error('x'), { name: 'NotAuthorizedException' }), { operation: 'ListUsers' }).kind, 'accessDenied');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
