import * as assert from 'node:assert/strict';
import type { SignInSessions } from '../../src/auth/signInSessions';
import { refreshTokens, signOut } from '../../src/commands/flows/auth/tokenActions';
import { FakeCognito } from './support/fakeCognito';
import { flowRun } from './support/flowHarness';

// The Tokens view re-renders a sign-in's tab when the sign-ins announce a change to it (onDidChange; the
// view listens, src/views/tokensView.ts). Sign Out and Refresh Tokens must announce theirs, or the tab keeps
// showing tokens that are gone or replaced; and a refresh that rotates the refresh token keeps the new one.

function signedIn(sessions: SignInSessions) {
  return sessions.add({
    connectionId: 'default',
    poolName: 'shop',
    clientName: 'web',
    client: { userPoolId: 'eu-central-2_Tokens9', clientId: 'web9', hasSecret: false },
    username: 'bruno',
    admin: false,
    tokens: { accessToken: 'first-access', refreshToken: 'first-refresh', expiresIn: 3600 },
    issuedAt: new Date('2026-12-01T08:00:00Z'),
  });
}

function announcements(sessions: SignInSessions): string[] {
  const ids: string[] = [];
  sessions.onDidChange((id) => ids.push(id));
  return ids;
}

describe('the Tokens view is told of each change to a sign-in', () => {
  it('Sign Out announces the sign-in it forgot', async () => {
    const run = flowRun([], new FakeCognito());
    const session = signedIn(run.signIns);
    const told = announcements(run.signIns);
    await signOut(run.deps, session);
    assert.deepEqual(told, [session.id]);
  });

  it('Refresh Tokens announces the new tokens, and keeps a rotated refresh token', async () => {
    const cognito = new FakeCognito();
    cognito.refreshedTokens = { accessToken: 'second-access', refreshToken: 'rotated-refresh', expiresIn: 900 };
    const run = flowRun([], cognito);
    const session = signedIn(run.signIns);
    const told = announcements(run.signIns);
    await refreshTokens(run.deps, session);
    assert.deepEqual(told, [session.id]);
    assert.equal(run.signIns.get(session.id)?.tokens.refreshToken, 'rotated-refresh');
    assert.equal(run.signIns.get(session.id)?.tokens.accessToken, 'second-access');
  });
});
