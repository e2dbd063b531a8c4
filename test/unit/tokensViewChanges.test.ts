import * as assert from 'node:assert/strict';
import type { SignInSession } from '../../src/auth/signInSessions';
import { refreshTokens, signOut } from '../../src/commands/flows/auth/tokenActions';
import { markdownOf } from '../../src/views/models/markdown';
import { signInViewModel } from '../../src/views/models/signInViewModel';
import { sessionIdOf, TOKENS_SCHEME } from '../../src/views/tokensUri';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun, type FlowRun } from '../support/flowHarness';
import { unsignedJwt as jwt } from '../support/unsignedJwt';

// The Tokens view renders a tab again only when the sign-ins tell it that sign-in changed
// (SignInSessions.onDidChange → TokensDocuments fires onDidChange for that tab's URI). A test that
// checks only the sessions' state passes a Sign Out or a Refresh that never tells the view, which then
// keeps showing the old tokens. These tests listen as the view does and render the tab again from
// what they heard, so a change nobody announced leaves the old text and fails. A refresh that rotates
// the refresh token must keep the new one: the next call to Cognito shows which one was kept.

/** A Tokens tab as the view keeps it: re-rendered only when a change for its sign-in is heard. */
class TokensTab {
  text = '';
  constructor(
    private readonly run: FlowRun,
    readonly session: SignInSession,
  ) {}

  get uri() {
    return { scheme: TOKENS_SCHEME, path: `/${this.session.username} tokens.md`, query: `session=${this.session.id}` };
  }

  async render(): Promise<void> {
    const now = new Date('2026-12-01T10:00:00Z');
    this.text = markdownOf(await signInViewModel(sessionIdOf(this.uri), this.run.signIns, async () => ({}), now, () => 'local'), now);
  }
}

/** Two signed-in tabs and the ids of every change the view hears from now on. */
async function twoTabs() {
  const cognito = new FakeCognito();
  cognito.refreshedTokens = { idToken: jwt({ 'cognito:username': 'ann-internal', token_use: 'id', marker: 'after-refresh' }), accessToken: jwt({ token_use: 'access', marker: 'after-refresh' }), expiresIn: 3600 };
  const run = flowRun([], cognito);
  const add = (username: string) =>
    run.signIns.add({
      connectionId: 'default',
      poolName: 'shop',
      clientName: 'web',
      client: { userPoolId: 'eu-central-2_abc', clientId: 'web1', hasSecret: false },
      username,
      admin: false,
      tokens: { idToken: jwt({ 'cognito:username': `${username}-internal`, token_use: 'id', marker: 'first' }), accessToken: jwt({ token_use: 'access', marker: 'first' }), refreshToken: 'refresh-1', expiresIn: 3600 },
      issuedAt: new Date('2026-12-01T09:00:00Z'),
    });
  const tabs = [new TokensTab(run, add('ann')), new TokensTab(run, add('ben'))];
  for (const tab of tabs) await tab.render();
  const heard: string[] = [];
  run.signIns.onDidChange((id) => {
    heard.push(id);
    const tab = tabs.find((t) => t.session.id === id);
    void tab?.render();
  });
  return { run, tabs, heard, settle: () => new Promise((resolve) => setImmediate(resolve)) };
}

describe('the Tokens view is told of each change to a sign-in', () => {
  it('Sign Out tells the view that sign-in changed, once, and its tab then says the sign-in is gone', async () => {
    const { run, tabs, heard, settle } = await twoTabs();
    const [ann, ben] = tabs;
    const benBefore = ben.text;
    await signOut(run.deps, ann.session);
    await settle();
    assert.deepEqual(heard, [ann.session.id]);
    assert.match(ann.text, /^# This sign-in is gone$/m);
    assert.doesNotMatch(ann.text, /`marker`/, 'no token of the signed-out user is left in the tab');
    assert.equal(ben.text, benBefore, 'the other sign-in’s tab is not touched');
  });

  it('Refresh Tokens tells the view that sign-in changed, once, and its tab then shows the new tokens', async () => {
    const { run, tabs, heard, settle } = await twoTabs();
    const [ann, ben] = tabs;
    assert.match(ann.text, /\| `marker` \| `first` \|/);
    await refreshTokens(run.deps, ann.session);
    await settle();
    assert.deepEqual(heard, [ann.session.id]);
    assert.match(ann.text, /\| `marker` \| `after-refresh` \|/);
    assert.doesNotMatch(ann.text, /\| `marker` \| `first` \|/);
    assert.match(ben.text, /\| `marker` \| `first` \|/);
  });

  it('a failed refresh tells the view nothing and leaves the tab as it was', async () => {
    const { run, tabs, heard, settle } = await twoTabs();
    const [ann] = tabs;
    const before = ann.text;
    run.cognito.auth.refreshTokens = async () => {
      throw new Error('refused');
    };
    await assert.rejects(refreshTokens(run.deps, ann.session));
    await settle();
    assert.deepEqual(heard, []);
    assert.equal(ann.text, before);
  });

  it('after a refresh that rotates the refresh token, the next refresh and Sign Out send the new one', async () => {
    const { run, tabs } = await twoTabs();
    const [ann] = tabs;
    run.cognito.refreshedTokens = { ...run.cognito.refreshedTokens, refreshToken: 'rotated-refresh' };
    await refreshTokens(run.deps, ann.session);
    await refreshTokens(run.deps, ann.session);
    await signOut(run.deps, ann.session);
    const sent = run.cognito.calls
      .filter((c) => c.method === 'auth.refreshTokens' || c.method === 'auth.revokeToken')
      .map((c) => [c.method, (c.args[0] as { refreshToken: string }).refreshToken]);
    assert.deepEqual(sent, [
      ['auth.refreshTokens', 'refresh-1'],
      ['auth.refreshTokens', 'rotated-refresh'],
      ['auth.revokeToken', 'rotated-refresh'],
    ]);
  });
});
