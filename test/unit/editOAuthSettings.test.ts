import * as assert from 'node:assert/strict';
import { editOAuthSettings } from '../../src/commands/flows/appClientSettings/editOAuthSettings';
import { changedMembers } from '../../src/aws/cognito/clientChange';
import type { AppClientSettings, OAuthSettings } from '../../src/shared/types';
import { appClientNode } from '../../src/tree/nodes';
import { NothingToPick } from '../../src/ui/prompter';
import { checkUrls, urlList } from '../../src/validation/oauth';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';
import { ESC, type Answer } from '../support/scriptedPrompter';

// Edit OAuth Settings with scripted answers against the fake: pre-filled with the client's OAuth settings
// (away from the defaults), AWS's combination rules as the person chooses (client_credentials alone, only
// with a secret, custom scopes only), the pool's custom scopes offered, URLs checked as typed, one summary,
// and only the OAuth members in the change; nothing on Esc at any step.

const ORDERS = 'https://orders.example.com/v2';
const SETTINGS: AppClientSettings = {
  accessToken: { value: 45, unit: 'minutes' },
  idToken: { value: 3, unit: 'hours' },
  refreshToken: { value: 900, unit: 'minutes' },
  oauthEnabled: true,
  oauthFlows: ['code'],
  oauthScopes: ['openid', 'email'],
  callbackUrls: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
  logoutUrls: ['https://app.example.com/'],
  identityProviders: ['COGNITO', 'Google'],
  readAttributes: ['email'],
  writeAttributes: [],
  authSessionMinutes: 11,
};

function world(settings: Partial<AppClientSettings> = {}, hasSecret = false) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('storefront');
  const client = { userPoolId: pool.id, clientId: 'c7web', name: 'web-shop' };
  cognito.data.clients.push(client);
  cognito.clientDetails.set('c7web', { hasSecret, settings: { ...SETTINGS, ...settings } });
  cognito.data.identityProviders.set(pool.id, [{ name: 'CorpSAML', type: 'SAML' }, { name: 'Google', type: 'Google' }]);
  cognito.data.resourceServers.push({ userPoolId: pool.id, identifier: ORDERS, name: 'Orders', scopes: [{ name: 'orders.read', description: 'Read' }, { name: 'orders:write', description: 'Write' }] });
  const ref = { connectionId: onDefault(pool).connectionId, client };
  return { cognito, ref, key: appClientNode(ref.connectionId, client).key };
}

const sent = (cognito: FakeCognito) => cognito.writeCalls.map((c) => c.args[2]);
const KEEP: Answer[] = [
  { pick: 'On' },
  { pickMany: ['code'] },
  { pickMany: ['openid', 'email'] },
  { input: 'https://app.example.com/callback http://localhost:3000/callback' },
  { input: 'https://app.example.com/' },
  { pickMany: ['COGNITO', 'Google'] },
];

describe('Edit OAuth Settings', () => {
  it('pre-fills every answer with the client’s settings, offers the pool’s custom scopes, and sends only the OAuth members', async () => {
    const { cognito, ref, key } = world();
    const answers: Answer[] = [
      { pick: 'On' },
      { pickMany: ['code', 'implicit'] },
      { pickMany: ['openid', `${ORDERS}/orders:write`] },
      { input: 'https://app.example.com/callback,https://app.example.com/other' },
      { input: '' },
      { pickMany: ['COGNITO'] },
      { confirm: true },
    ];
    const run = flowRun(answers, cognito);
    await editOAuthSettings(run.deps, ref);
    const expected: OAuthSettings = {
      enabled: true,
      flows: ['code', 'implicit'],
      scopes: ['openid', `${ORDERS}/orders:write`],
      callbackUrls: ['https://app.example.com/callback', 'https://app.example.com/other'],
      logoutUrls: [],
      identityProviders: ['COGNITO'],
    };
    assert.deepEqual(sent(cognito), [{ oauth: expected }]);
    const [, flows, scopes, callbacks, logouts, providers, confirm] = run.prompter.asked;
    assert.deepEqual(flows.picked, [true, false, false]);
    assert.deepEqual(scopes.labels, ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin', `${ORDERS}/orders.read`, `${ORDERS}/orders:write`]);
    assert.deepEqual(scopes.picked, [true, true, false, false, false, false, false]);
    assert.equal(callbacks.value, 'https://app.example.com/callback http://localhost:3000/callback');
    assert.equal(logouts.value, 'https://app.example.com/');
    assert.deepEqual([providers.labels, providers.picked], [['COGNITO', 'CorpSAML', 'Google'], [true, false, true]]);
    assert.match(confirm.detail ?? '', /OAuth flows: code → code, implicit/);
    assert.match(confirm.detail ?? '', /Sign-out URLs: https:\/\/app\.example\.com\/ → none/);
    assert.doesNotMatch(confirm.detail ?? '', /^OAuth: /m);
    assert.deepEqual(run.detailsChanged, [key]);
  });

  it('asks again while client_credentials is combined, or chosen for a client without a secret', async () => {
    const { cognito, ref } = world();
    const run = flowRun([{ pick: 'On' }, { pickMany: ['code', 'client_credentials'] }, { pickMany: ['client_credentials'] }, ESC], cognito);
    await assert.rejects(editOAuthSettings(run.deps, ref));
    assert.match(run.prompter.asked[2].text, /^client_credentials cannot be combined/);
    assert.match(run.prompter.asked[3].text, /^client_credentials needs a client with a secret/);
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('offers only the custom scopes with client_credentials, and needs no callback URL then', async () => {
    const { cognito, ref } = world({ oauthFlows: ['client_credentials'], oauthScopes: [`${ORDERS}/orders.read`], callbackUrls: [], logoutUrls: [], identityProviders: ['COGNITO'] }, true);
    const run = flowRun([{ pick: 'On' }, { pickMany: ['client_credentials'] }, { pickMany: [`${ORDERS}/orders.read`, `${ORDERS}/orders:write`] }, { input: '' }, { input: '' }, { pickMany: ['COGNITO'] }, { confirm: true }], cognito);
    await editOAuthSettings(run.deps, ref);
    assert.deepEqual(run.prompter.asked[2].labels, [`${ORDERS}/orders.read`, `${ORDERS}/orders:write`]);
    assert.deepEqual(sent(cognito), [{ oauth: { enabled: true, flows: ['client_credentials'], scopes: [`${ORDERS}/orders.read`, `${ORDERS}/orders:write`], callbackUrls: [], logoutUrls: [], identityProviders: ['COGNITO'] } }]);
  });

  it('turns OAuth off keeping the lists as they are, and says so when nothing changes', async () => {
    const { cognito, ref } = world();
    const run = flowRun([{ pick: 'Off' }, { confirm: true }], cognito);
    await editOAuthSettings(run.deps, ref);
    const { oauthFlows, oauthScopes, callbackUrls, logoutUrls, identityProviders } = SETTINGS;
    assert.deepEqual(sent(cognito), [{ oauth: { enabled: false, flows: oauthFlows, scopes: oauthScopes, callbackUrls, logoutUrls, identityProviders } }]);
    const same = world();
    const unchanged = flowRun([...KEEP], same.cognito);
    await assert.rejects(editOAuthSettings(unchanged.deps, same.ref), NothingToPick);
    assert.deepEqual(same.cognito.writeCalls, []);
  });

  it('changes nothing on Esc at any step, from the palette too', async () => {
    await assertEscAtEveryStepCreatesNothing([{ pick: 'storefront' }, { pick: 'web-shop' }, ...KEEP.slice(0, 5), { pickMany: ['COGNITO'] }, { confirm: true }], () => world().cognito, (deps) => editOAuthSettings(deps));
  });

  it('checks callback and sign-out URLs as typed with Cognito’s rules', () => {
    assert.equal(checkUrls('https://app.example.com/cb http://localhost:8080/cb http://127.0.0.1:47300/callback http://[::1]:47300/callback myapp://callback', true), undefined);
    assert.equal(checkUrls('http://127.0.0.2:8080/cb', true), 'http://127.0.0.2:8080/cb uses http; Cognito requires https, except for http://localhost, http://127.0.0.1 and http://[::1].');
    assert.match(checkUrls('', true) ?? '', /at least one callback URL/);
    assert.equal(checkUrls('  ', false), undefined);
    assert.match(checkUrls('http://app.example.com/cb', true) ?? '', /requires https, except for http:\/\/localhost/);
    assert.match(checkUrls('https://app.example.com/cb#top', true) ?? '', /fragment/);
    assert.match(checkUrls('/relative/cb', true) ?? '', /not an absolute URL/);
    assert.match(checkUrls(`https://app.example.com/${'a'.repeat(1001)}`, true) ?? '', /at most 1024/);
    assert.match(checkUrls('https://a.example.com https://a.example.com', true) ?? '', /listed twice/);
    const hundred = Array.from({ length: 100 }, (_, i) => `https://app.example.com/${i}`);
    assert.equal(checkUrls(hundred.join(' '), true), undefined);
    assert.match(checkUrls([...hundred, 'https://app.example.com/x'].join(','), true) ?? '', /At most 100 URLs \(now 101\)/);
    assert.deepEqual(urlList(' https://a.example.com, https://b.example.com\n'), ['https://a.example.com', 'https://b.example.com']);
  });

  it('sends the six OAuth members and drops a DefaultRedirectURI whose URL is gone', () => {
    const oauth: OAuthSettings = { enabled: true, flows: ['code'], scopes: ['openid'], callbackUrls: ['https://b.example.com'], logoutUrls: [], identityProviders: ['COGNITO'] };
    const members = changedMembers({ DefaultRedirectURI: 'https://a.example.com', CallbackURLs: ['https://a.example.com'] }, { oauth });
    assert.deepEqual(members, {
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      CallbackURLs: ['https://b.example.com'],
      LogoutURLs: [],
      SupportedIdentityProviders: ['COGNITO'],
      DefaultRedirectURI: undefined,
    });
    assert.ok(!('DefaultRedirectURI' in changedMembers({ DefaultRedirectURI: 'https://b.example.com' }, { oauth })));
  });
});
