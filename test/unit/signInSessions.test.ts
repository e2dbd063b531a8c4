import * as assert from 'node:assert/strict';
import { signInFlows } from '../../src/auth/chooseFlow';
import { claimDate, decodeJwt, JwtFormatError } from '../../src/auth/jwt';
import { SignInSessions, type SignInSession } from '../../src/auth/signInSessions';
import { addSignIn } from '../support/signInSession';

// The window's sign-ins in memory: a refresh keeps the refresh token it does not replace, listeners hear
// each change (and only changes), and the flow chosen for a client is the most secure one it allows.

function add(sessions: SignInSessions, username: string): SignInSession {
  return addSignIn(sessions, {
    username,
    tokens: { idToken: 'id-1', accessToken: 'access-1', refreshToken: 'refresh-kept', expiresIn: 900 },
    issuedAt: new Date('2026-10-01T08:00:00Z'),
  });
}

describe('the window’s sign-ins', () => {
  it('keep the refresh token a refresh does not bring, and take one it does', () => {
    const sessions = new SignInSessions();
    const s = add(sessions, 'Echo');
    const later = new Date('2026-10-01T08:14:00Z');
    sessions.refreshed(s.id, { idToken: 'id-2', accessToken: 'access-2', expiresIn: 900 }, later);
    assert.deepEqual(sessions.get(s.id)?.tokens, { idToken: 'id-2', accessToken: 'access-2', refreshToken: 'refresh-kept', expiresIn: 900 });
    assert.equal(sessions.get(s.id)?.issuedAt, later);
    sessions.refreshed(s.id, { accessToken: 'access-3', refreshToken: 'refresh-rotated' }, later);
    assert.equal(sessions.get(s.id)?.tokens.refreshToken, 'refresh-rotated');
  });

  it('tell listeners of each sign-in, refresh and sign-out, and of nothing that did not happen', () => {
    const sessions = new SignInSessions();
    const heard: string[] = [];
    const subscription = sessions.onDidChange((id) => heard.push(id));
    const first = add(sessions, 'Echo');
    const second = add(sessions, 'Ida');
    sessions.refreshed(second.id, { accessToken: 'a' }, new Date());
    sessions.refreshed('no-such-sign-in', { accessToken: 'a' }, new Date());
    sessions.forget(first.id);
    sessions.forget(first.id);
    assert.deepEqual(heard, [first.id, second.id, second.id, first.id]);
    assert.deepEqual(sessions.all().map((s) => s.username), ['Ida']);
    assert.equal(sessions.get(first.id), undefined);
    subscription.dispose();
    sessions.forget(second.id);
    assert.equal(heard.length, 4, 'a disposed listener hears nothing more');
  });
});

describe('choosing a sign-in flow', () => {
  it('takes the most secure flow the client allows, in either naming', () => {
    assert.deepEqual(signInFlows(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']), ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH']);
    assert.deepEqual(signInFlows(['USER_PASSWORD_AUTH', 'ADMIN_NO_SRP_AUTH']), ['ADMIN_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH'], 'names from before 2019');
    assert.deepEqual(signInFlows(['ALLOW_ADMIN_USER_PASSWORD_AUTH']), ['ADMIN_USER_PASSWORD_AUTH']);
    assert.deepEqual(signInFlows(['ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']), []);
  });
});

describe('date claims', () => {
  it('are seconds since 1970, and nothing else is a date', () => {
    assert.equal(claimDate({ exp: 1_790_000_000 }, 'exp')?.toISOString(), new Date(1_790_000_000_000).toISOString());
    assert.equal(claimDate({ exp: '1790000000' }, 'exp'), undefined);
    assert.equal(claimDate({ exp: Number.POSITIVE_INFINITY }, 'exp'), undefined);
    assert.equal(claimDate({}, 'exp'), undefined);
  });
});

describe('decoding a token that is not a JWT', () => {
  const part = (json: string) => Buffer.from(json).toString('base64url');

  it('says "The token" when the caller names nothing, as a JwtFormatError', () => {
    assert.throws(
      () => decodeJwt('only.two'),
      (error: Error) => error instanceof JwtFormatError && error.name === 'JwtFormatError' && error.message === 'The token is not a JWT (it has 2 parts, not 3).',
    );
  });

  for (const json of ['null', '1790000000', '"a string"', 'true']) {
    it(`refuses claims that are JSON but not an object (${json})`, () => {
      assert.throws(() => decodeJwt(`${part('{"alg":"RS256"}')}.${part(json)}.c2ln`, 'The access token'), {
        name: 'JwtFormatError',
        message: "The access token's claims is not a JSON object.",
      });
    });
  }
});
