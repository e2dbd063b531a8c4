import * as assert from 'node:assert/strict';
import type { AppClientDetails } from '../../src/shared/types';
import type { Field, ViewModel } from '../../src/shared/views/viewModel';
import { appClientDetailsModel } from '../../src/views/models/appClientDetailsModel';
import { markdownOf } from '../../src/views/models/markdown';

// App Client Details' OAuth section: whether the client may use OAuth at all, its flows, scopes, callback
// and sign-out URLs (copied, never opened: they are the app's), default redirect URI and identity providers,
// with Edit OAuth Settings… beside the first of them; and the same lines in Show as Text, which is made from
// the same model. The data differs from Cognito's defaults (implicit beside code, a custom scope, an app
// scheme, a federated provider).

const NOW = new Date(Date.UTC(2026, 10, 2, 8, 0, 0));

function client(oauth: Partial<NonNullable<AppClientDetails['settings']>>): AppClientDetails {
  return {
    userPoolId: 'ca-central-1_Otter42',
    clientId: '7ot7er0client9example',
    name: 'river-app',
    authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    hasSecret: false,
    settings: {
      accessToken: { value: 20, unit: 'minutes' },
      idToken: { value: 20, unit: 'minutes' },
      refreshToken: { value: 12, unit: 'days' },
      authSessionMinutes: 5,
      oauthEnabled: false,
      oauthFlows: [],
      oauthScopes: [],
      callbackUrls: [],
      logoutUrls: [],
      identityProviders: [],
      readAttributes: [],
      writeAttributes: [],
      ...oauth,
    },
  };
}

const WITH_OAUTH = client({
  oauthEnabled: true,
  oauthFlows: ['code', 'implicit'],
  oauthScopes: ['openid', 'email', 'river/fish.read'],
  callbackUrls: ['https://river.example/cb', 'riverapp://signed-in'],
  logoutUrls: ['https://river.example/bye'],
  defaultRedirectUri: 'riverapp://signed-in',
  identityProviders: ['COGNITO', 'SignInWithApple'],
});

const oauthSection = (model: ViewModel) => model.sections.find((s) => s.title === 'OAuth')?.fields ?? [];
const fieldOf = (model: ViewModel, id: string): Field => {
  const found = oauthSection(model).find((f) => f.id === id);
  assert.ok(found, `an OAuth field "${id}" in ${oauthSection(model).map((f) => f.id).join(', ')}`);
  return found;
};
/** The OAuth section of Show as Text, "- label: value" lines up to the next heading. */
function oauthText(details: AppClientDetails): string[] {
  const text = markdownOf(appClientDetailsModel(details, 'otters'), NOW);
  const after = text.slice(text.indexOf('## OAuth\n') + '## OAuth\n'.length);
  return after.slice(0, after.indexOf('\n## ')).split('\n').filter((l) => l.startsWith('- '));
}

describe('App Client Details: the OAuth section', () => {
  it('shows a client with OAuth: on, its flows, scopes, each URL, the default redirect URI and the providers', () => {
    const model = appClientDetailsModel(WITH_OAUTH, 'otters');
    assert.deepEqual(
      oauthSection(model).map((f) => [f.label, f.value]),
      [
        ['OAuth for this client', 'on'],
        ['Flows', 'code, implicit'],
        ['Scopes', 'openid, email, river/fish.read'],
        ['Callback URL', 'https://river.example/cb'],
        ['Callback URL', 'riverapp://signed-in'],
        ['Sign-out URL', 'https://river.example/bye'],
        ['Default redirect URI', 'riverapp://signed-in'],
        ['Identity providers', 'COGNITO, SignInWithApple'],
      ],
    );
  });

  it('puts Edit OAuth Settings… beside the on/off, and no other button in the section', () => {
    const model = appClientDetailsModel(WITH_OAUTH, 'otters');
    assert.deepEqual(fieldOf(model, 'oauth').actions?.map((a) => [a.id, a.label]), [['cognito.editOAuthSettings', 'Edit OAuth Settings…']]);
    assert.deepEqual(oauthSection(model).filter((f) => f.actions?.length).map((f) => f.id), ['oauth']);
  });

  it('gives each URL and the default redirect URI a copy button and no open button: they are the app’s', () => {
    const model = appClientDetailsModel(WITH_OAUTH, 'otters');
    for (const id of ['callbackUrl:https://river.example/cb', 'callbackUrl:riverapp://signed-in', 'signOutUrl:https://river.example/bye', 'defaultRedirectUri']) {
      const field = fieldOf(model, id);
      assert.deepEqual([field.copy, field.mono, field.link], [true, true, undefined], id);
    }
  });

  it('shows a client without OAuth as off, its empty lists as "none", Edit OAuth Settings… still beside it', () => {
    const model = appClientDetailsModel(client({}), 'otters');
    assert.deepEqual(
      oauthSection(model).map((f) => [f.label, f.value]),
      [
        ['OAuth for this client', 'off (the settings below are kept, unused)'],
        ['Flows', 'none'],
        ['Scopes', 'none'],
        ['Callback URLs', 'none'],
        ['Sign-out URLs', 'none'],
        ['Default redirect URI', 'none'],
        ['Identity providers', 'none'],
      ],
    );
    assert.equal(fieldOf(model, 'defaultRedirectUri').copy, undefined, 'nothing to copy');
    assert.deepEqual(fieldOf(model, 'oauth').actions?.map((a) => a.id), ['cognito.editOAuthSettings']);
  });

  it('shows OAuth turned off with the lists Cognito keeps, as they are', () => {
    const off = { ...WITH_OAUTH, settings: { ...WITH_OAUTH.settings!, oauthEnabled: false } };
    const model = appClientDetailsModel(off, 'otters');
    assert.equal(fieldOf(model, 'oauth').value, 'off (the settings below are kept, unused)');
    assert.equal(fieldOf(model, 'oauthFlows').value, 'code, implicit');
  });

  it('Show as Text has the same OAuth lines, URLs as code', () => {
    assert.deepEqual(oauthText(WITH_OAUTH), [
      '- OAuth for this client: on',
      '- Flows: code, implicit',
      '- Scopes: openid, email, river/fish.read',
      '- Callback URL: `https://river.example/cb`',
      '- Callback URL: `riverapp://signed-in`',
      '- Sign-out URL: `https://river.example/bye`',
      '- Default redirect URI: `riverapp://signed-in`',
      '- Identity providers: COGNITO, SignInWithApple',
    ]);
    assert.deepEqual(oauthText(client({})), [
      '- OAuth for this client: off (the settings below are kept, unused)',
      '- Flows: none',
      '- Scopes: none',
      '- Callback URLs: none',
      '- Sign-out URLs: none',
      '- Default redirect URI: none',
      '- Identity providers: none',
    ]);
  });
});
