import { TOKENS_VIEW_TYPE } from '../../src/shared/views/viewMessages';
import * as assert from 'node:assert/strict';
import { COMMANDS } from '../../src/commands/allCommands';
import type { AppClientDetails, UserDetails, UserPoolDetails } from '../../src/shared/types';
import type { ViewAction, ViewModel } from '../../src/shared/views/viewModel';
import { contextValueOf } from '../../src/tree/contextValue';
import { appClientNode, identityPoolNode, poolNode, userNode, type TreeNode } from '../../src/tree/nodes';
import { identityPoolDetailsModel } from '../../src/views/models/identityPoolDetailsModel';
import { appClientDetailsModel } from '../../src/views/models/appClientDetailsModel';
import { poolDetailsModel } from '../../src/views/models/poolDetailsModel';
import { signedOutModel, tokensModel } from '../../src/views/models/tokensModel';
import { userDetailsModel } from '../../src/views/models/userDetailsModel';
import { TOKENS_SCHEME } from '../../src/views/tokensUri';
import { commandsOffered } from '../support/menus';
import { addSignIn } from '../support/signInSession';
import { unsignedJwt } from '../support/unsignedJwt';

// A rendered view's buttons run the extension's commands on the view's subject (the coordinator calls
// `executeCommand(action.id, node)`), so each button must be a declared command, with its title, that the
// tree's menus offer on that node in that state: a view never offers what the tree would not. Every id
// in a model is unique, since a click names a field or an action by its id alone.

const CONNECTION = 'eu-west-3|profile-ops';
const POOL: UserPoolDetails = {
  id: 'eu-west-3_Act10ns',
  name: 'actions',
  arn: 'arn:aws:cognito-idp:eu-west-3:109876543210:userpool/eu-west-3_Act10ns',
  signIn: 'username',
  attributes: [],
  passwordPolicy: { minimumLength: 11, requireUppercase: false, requireLowercase: true, requireNumbers: true, requireSymbols: false },
  autoVerifiedAttributes: ['email'],
  smsConfigured: false,
  settings: {
    usernameAttributes: [],
    aliasAttributes: [],
    mfa: 'ON',
    deletionProtection: true,
    emailSending: "Cognito's default e-mail",
    triggers: [{ name: 'PreTokenGeneration', arn: 'arn:aws:lambda:eu-west-3:109876543210:function:claims' }],
    lastModified: new Date(Date.UTC(2026, 3, 1)),
    selfSignUp: false,
    keepOriginalUntilVerified: ['email'],
    accountRecovery: ['admin_only'],
    tags: { team: 'ops' },
  },
};
const CLIENT: AppClientDetails = {
  userPoolId: POOL.id,
  clientId: '3h9client0actions',
  name: 'back-office',
  authFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH'],
  hasSecret: true,
  settings: {
    accessToken: { value: 5, unit: 'minutes' },
    idToken: { value: 5, unit: 'minutes' },
    refreshToken: { value: 1, unit: 'days' },
    authSessionMinutes: 3,
    oauthFlows: [],
    oauthScopes: [],
    callbackUrls: ['https://ops.example/cb', 'https://ops.example/cb2'],
    logoutUrls: ['https://ops.example/cb'],
    identityProviders: ['COGNITO'],
    readAttributes: [],
    writeAttributes: [],
  },
};

// OAuth on, with a default redirect URI: the OAuth section's Edit OAuth Settings… and its copy-only URLs.
const OAUTH_CLIENT: AppClientDetails = {
  ...CLIENT,
  clientId: '3h9client0oauth',
  name: 'ops-portal',
  settings: { ...CLIENT.settings!, oauthEnabled: true, oauthFlows: ['code'], oauthScopes: ['openid'], defaultRedirectUri: 'https://ops.example/cb2' },
};

function user(enabled: boolean, status: string): UserDetails {
  return {
    username: `vic-${status.toLowerCase()}`,
    status,
    enabled,
    mfaMethods: [],
    groups: ['ops'],
    attributes: [
      { name: 'sub', value: 'c0ffee00-1111-4222-8333-944445555666' },
      { name: 'email', value: 'vic@ops.example' },
      { name: 'email_verified', value: 'true' },
    ],
  };
}

/** Every details model and the node it is about, on AWS and on an emulator, users in every state. */
function detailsCases(): { name: string; model: ViewModel; node: TreeNode; emulator: boolean }[] {
  const cases = [];
  for (const emulator of [false, true]) {
    const where = emulator ? 'on an emulator' : 'on AWS';
    cases.push({ name: `pool ${where}`, model: poolDetailsModel(POOL, { issuer: 'https://i.example/p', jwks: 'https://i.example/p/jwks' }, emulator), node: poolNode(CONNECTION, POOL), emulator });
    // Unprotected, the deletion-protection field offers Turn On instead.
    const unprotected = { ...POOL, settings: { ...POOL.settings!, deletionProtection: false } };
    cases.push({ name: `pool unprotected ${where}`, model: poolDetailsModel(unprotected, { issuer: 'https://i.example/p', jwks: 'https://i.example/p/jwks' }, emulator), node: poolNode(CONNECTION, unprotected), emulator });
    cases.push({ name: `app client ${where}`, model: appClientDetailsModel(CLIENT, POOL.name, emulator), node: appClientNode(CONNECTION, CLIENT), emulator });
    cases.push({ name: `app client with OAuth ${where}`, model: appClientDetailsModel(OAUTH_CLIENT, POOL.name, emulator), node: appClientNode(CONNECTION, OAUTH_CLIENT), emulator });
    const identityPool = {
      id: 'eu-west-3:0a0b0c0d-1111-4222-8333-944445555666',
      name: 'ops identities',
      allowGuests: true,
      classicFlow: false,
      trustedClients: [{ providerName: `cognito-idp.eu-west-3.amazonaws.com/${POOL.id}`, clientId: CLIENT.clientId, serverSideTokenCheck: true }],
      loginProviders: {},
      openIdConnectProviderArns: [],
      samlProviderArns: [],
      tags: {},
    };
    const roles = { authenticated: 'arn:aws:iam::109876543210:role/ops-readers', mappings: {} };
    cases.push({ name: `identity pool ${where}`, model: identityPoolDetailsModel(identityPool, roles), node: identityPoolNode(CONNECTION, identityPool), emulator });
    for (const enabled of [true, false]) {
      for (const status of ['CONFIRMED', 'UNCONFIRMED', 'FORCE_CHANGE_PASSWORD', 'RESET_REQUIRED', 'EXTERNAL_PROVIDER']) {
        const details = user(enabled, status);
        cases.push({ name: `user ${enabled ? 'enabled' : 'disabled'} ${status} ${where}`, model: userDetailsModel(details, POOL.name, POOL.id, emulator), node: userNode(CONNECTION, POOL.id, details), emulator });
      }
    }
  }
  return cases;
}

function actionsOf(model: ViewModel): ViewAction[] {
  return [...model.actions, ...model.sections.flatMap((s) => s.fields.flatMap((f) => f.actions ?? []))];
}

function idsOf(model: ViewModel): string[] {
  const tokens = model.tokens ?? [];
  return [...model.sections.flatMap((s) => [...s.fields.map((f) => f.id), ...(s.images ?? []).map((i) => i.id)]), ...tokens.flatMap((t) => [t.id, ...t.header.map((f) => f.id), ...t.claims.map((f) => f.id)])];
}

function assertDeclared(model: ViewModel, name: string): void {
  for (const action of actionsOf(model)) {
    const declared = COMMANDS.find((c) => c.id === action.id);
    assert.ok(declared, `${name}: ${action.id} is a declared command`);
    assert.equal(action.label, declared.title, `${name}: ${action.id} is labelled with its title`);
  }
  const actionIds = actionsOf(model).map((a) => a.id);
  assert.equal(new Set(actionIds).size, actionIds.length, `${name}: action ids are unique: ${actionIds.join(', ')}`);
}

const session = (refreshToken?: string) =>
  addSignIn(undefined, {
    tokens: { idToken: unsignedJwt({ token_use: 'id', sub: 's-7', exp: 1_900_000_000 }, 'kid-ops'), accessToken: unsignedJwt({ token_use: 'access', sub: 's-7' }, 'kid-ops'), refreshToken, expiresIn: 300 },
  });

describe('rendered views’ buttons and ids', () => {
  for (const { name, model, node, emulator } of detailsCases()) {
    it(`${name}: every button is a declared command the tree offers on that row, and every id is unique`, () => {
      assertDeclared(model, name);
      const offered = commandsOffered(contextValueOf(node), emulator ? { 'cognito.emulatorsOnly': true } : {});
      for (const action of actionsOf(model)) assert.ok(offered.includes(action.id), `${name}: the ${node.kind} row (${contextValueOf(node)}) offers ${action.id}`);
      const ids = idsOf(model);
      assert.equal(new Set(ids).size, ids.length, `${name}: field ids are unique: ${ids.join(', ')}`);
    });
  }

  it('offers Edit OAuth Settings… in App Client Details’ OAuth section, beside whether OAuth is on', () => {
    for (const client of [CLIENT, OAUTH_CLIENT]) {
      const oauth = appClientDetailsModel(client, POOL.name).sections.find((s) => s.title === 'OAuth');
      assert.deepEqual(oauth?.fields.flatMap((f) => (f.actions ?? []).map((a) => `${f.id} ${a.id}`)), ['oauth cognito.editOAuthSettings'], client.name);
    }
  });

  it('offers the user’s state commands where they fit: Enable on a disabled user, Confirm on an unconfirmed one', () => {
    const ids = (enabled: boolean, status: string) => actionsOf(userDetailsModel(user(enabled, status), 'p', POOL.id)).map((a) => a.id);
    assert.ok(ids(false, 'CONFIRMED').includes('cognito.enableUser') && !ids(false, 'CONFIRMED').includes('cognito.disableUser'));
    assert.ok(ids(true, 'UNCONFIRMED').includes('cognito.confirmUser') && !ids(true, 'CONFIRMED').includes('cognito.confirmUser'));
  });

  for (const [name, model] of [
    ['tokens with a refresh token', tokensModel(session('refresh-ops-1'), {}, new Date(), 'ops')],
    ['tokens without a refresh token', tokensModel(session(), {}, new Date(), 'ops')],
    ['a sign-in that is gone', signedOutModel()],
  ] as const) {
    it(`${name}: every button is a Tokens view command, and every id is unique`, () => {
      assertDeclared(model, name);
      for (const action of actionsOf(model)) {
        const declared = COMMANDS.find((c) => c.id === action.id);
        assert.ok(declared?.editorTitle?.some((place) => 'scheme' in place && place.scheme === TOKENS_SCHEME), `${action.id} is in the Tokens document’s title bar`);
        assert.ok(declared?.editorTitle?.some((place) => 'webview' in place && place.webview === TOKENS_VIEW_TYPE), `${action.id} is in the rendered Tokens view’s title bar`);
      }
      const ids = idsOf(model);
      assert.equal(new Set(ids).size, ids.length, `${name}: field ids are unique: ${ids.join(', ')}`);
    });
  }

  it('offers Copy Refresh Token and Refresh Tokens only with a refresh token', () => {
    const ids = (refreshToken?: string) => tokensModel(session(refreshToken), {}, new Date(), 'ops').actions.map((a) => a.id);
    assert.deepEqual(ids('refresh-ops-1'), [
      'cognito.copyIdToken',
      'cognito.copyAccessToken',
      'cognito.copyRefreshToken',
      'cognito.copyAuthorizationHeader',
      'cognito.copyAsCurl',
      'cognito.refreshTokens',
      'cognito.signOutUser',
    ]);
    assert.deepEqual(ids(), ['cognito.copyIdToken', 'cognito.copyAccessToken', 'cognito.copyAuthorizationHeader', 'cognito.copyAsCurl', 'cognito.signOutUser']);
  });
});
