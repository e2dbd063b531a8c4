import * as assert from 'node:assert/strict';
import { CreateResourceServerCommand, CreateUserPoolClientCommand, DescribeUserPoolClientCommand, type UserPoolClientType } from '@aws-sdk/client-cognito-identity-provider';
import { editAttributePermissions } from '../../src/commands/flows/appClientSettings/editAttributePermissions';
import { editClientSettings } from '../../src/commands/flows/appClientSettings/editClientSettings';
import { editOAuthSettings } from '../../src/commands/flows/appClientSettings/editOAuthSettings';
import { editTokenValidity } from '../../src/commands/flows/appClientSettings/editTokenValidity';
import type { FlowDeps } from '../../src/commands/flows/deps';
import type { ClientRef } from '../../src/connection/connections';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { appClientAwayFromDefaults } from '../support/awayFromDefaults';
import { flowAgainst } from '../support/flowHarness';
import { assertOnlyChanged } from '../support/onlyChanged';
import type { Answer } from '../support/scriptedPrompter';
import { useSignInDouble } from '../support/signInDouble';

// The app-client edits through the extension's own wiring (flows, lazyCognito, the SDK) against the
// AWS-faithful double, which resets whatever UpdateUserPoolClient leaves out. Each edit starts from a client
// with every member away from its default (refresh token rotation on, 45 minutes / 3 hours / 900 minutes,
// own read and write lists, OAuth, analytics, a secret, …), makes one change through the flow, and the whole
// DescribeUserPoolClient answer, read with a plain SDK client, differs before and after only there.

describe('app client settings edits against the AWS-faithful double', function () {
  this.timeout(30_000);
  const context = useSignInDouble();
  let cognito: LazyCognito;
  let made = 0;

  before(() => {
    cognito = lazyCognito(() => ({ region: 'eu-north-1', endpoint: context().double.endpoint }));
  });

  /** A fresh client away from every default, named as the test says. */
  async function configured(name: string): Promise<ClientRef> {
    const { client, poolId } = context();
    const created = await client.send(new CreateUserPoolClientCommand({ ...appClientAwayFromDefaults(name), UserPoolId: poolId }));
    made += 1;
    return { connectionId: SINGLE_CONNECTION_ID, client: { userPoolId: poolId, clientId: created.UserPoolClient?.ClientId ?? '', name } };
  }
  const readBack = async ({ client }: ClientRef): Promise<UserPoolClientType> =>
    (await context().client.send(new DescribeUserPoolClientCommand({ UserPoolId: client.userPoolId, ClientId: client.clientId }))).UserPoolClient ?? {};

  /** Runs `flow` on `target` with these answers, and returns the client before and after, as Describe tells it. */
  async function edit(target: ClientRef, answers: Answer[], flow: (deps: FlowDeps, ref: ClientRef) => Promise<unknown>) {
    const before = await readBack(target);
    const run = flowAgainst(cognito, answers);
    await flow(run.deps, target);
    run.prompter.assertDone();
    return { before, after: await readBack(target), run };
  }

  it('Edit Token Validity: the ID token to 90 minutes changes its lifetime and unit, nothing else', async () => {
    const target = await configured(`lifetimes-${made}`);
    const { before, after } = await edit(target, [{ input: '45 minutes' }, { input: '90 minutes' }, { input: '900 minutes' }, { confirm: true }], editTokenValidity);
    assertOnlyChanged(before, after, ['IdTokenValidity', 'TokenValidityUnits.IdToken']);
    assert.deepEqual([after.IdTokenValidity, after.TokenValidityUnits], [90, { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' }]);
  });

  it('Edit Token Validity: the refresh token to 10 years (3650 days)', async () => {
    const target = await configured(`refresh-${made}`);
    const { before, after } = await edit(target, [{ input: '45 minutes' }, { input: '3 hours' }, { input: '3650 days' }, { confirm: true }], editTokenValidity);
    assertOnlyChanged(before, after, ['RefreshTokenValidity', 'TokenValidityUnits.RefreshToken']);
    assert.deepEqual([after.RefreshTokenValidity, after.TokenValidityUnits?.RefreshToken], [3650, 'days']);
  });

  it('Edit Attribute Permissions: new read and write lists, nothing else', async () => {
    const target = await configured(`attributes-${made}`);
    const { before, after } = await edit(target, [{ pickMany: ['given_name', 'family_name', 'email'] }, { pickMany: ['given_name'] }, { confirm: true }], editAttributePermissions);
    assertOnlyChanged(before, after, ['ReadAttributes', 'WriteAttributes']);
    assert.deepEqual([after.ReadAttributes, after.WriteAttributes], [['given_name', 'family_name', 'email'], ['given_name']]);
  });

  const SAME = { name: '', prevent: 'On', revocation: 'Off', session: '11', rotation: 'On', grace: '25' };
  const settingsAnswers = (name: string, change: Partial<typeof SAME>): Answer[] => {
    const a = { ...SAME, name, ...change };
    return [{ input: a.name }, { pick: a.prevent }, { pick: a.revocation }, { input: a.session }, { pick: a.rotation }, ...(a.rotation === 'On' ? [{ input: a.grace }] : []), { confirm: true }];
  };

  for (const [what, change, members] of [
    ['prevent user existence errors off (LEGACY)', { prevent: 'Off' }, ['PreventUserExistenceErrors']],
    ['token revocation on', { revocation: 'On' }, ['EnableTokenRevocation']],
    ['a 15-minute sign-in session', { session: '15' }, ['AuthSessionValidity']],
    ['a 60-second rotation grace period', { grace: '60' }, ['RefreshTokenRotation.RetryGracePeriodSeconds']],
    ['rotation off, which puts ALLOW_REFRESH_TOKEN_AUTH back', { rotation: 'Off' }, ['RefreshTokenRotation', 'ExplicitAuthFlows']],
  ] as const) {
    it(`Edit App Client Settings: ${what}, nothing else`, async () => {
      const target = await configured(`settings-${made}`);
      const { before, after } = await edit(target, settingsAnswers(target.client.name, change), editClientSettings);
      assertOnlyChanged(before, after, members);
    });
  }

  it('Edit App Client Settings: a new name, shown in the tree at once and nothing else changed', async () => {
    const target = await configured(`renamed-${made}`);
    const { before, after, run } = await edit(target, settingsAnswers('renamed, at last', {}), editClientSettings);
    assertOnlyChanged(before, after, ['ClientName']);
    assert.equal(after.ClientName, 'renamed, at last');
    assert.deepEqual(run.changedItems.flatMap((n) => (n.kind === 'appClient' ? [n.client.name] : [])), ['renamed, at last']);
  });

  it('Edit App Client Settings: rotation on from a client without it takes ALLOW_REFRESH_TOKEN_AUTH out, as AWS requires', async () => {
    const { client, poolId } = context();
    const created = await client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'plain', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }));
    const target = { connectionId: SINGLE_CONNECTION_ID, client: { userPoolId: poolId, clientId: created.UserPoolClient?.ClientId ?? '', name: 'plain' } };
    const { before, after } = await edit(target, [{ input: 'plain' }, { pick: 'Off' }, { pick: 'On' }, { input: '3' }, { pick: 'On' }, { input: '0' }, { confirm: true }], editClientSettings);
    assertOnlyChanged(before, after, ['RefreshTokenRotation', 'ExplicitAuthFlows']);
    assert.deepEqual([after.ExplicitAuthFlows, after.RefreshTokenRotation], [['ALLOW_USER_PASSWORD_AUTH'], { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 }]);
  });
  it('Edit OAuth Settings: implicit beside code, a custom scope, new URLs; the default redirect whose URL is gone goes too, nothing else', async () => {
    const target = await configured(`oauth-${made}`);
    const orders = `https://orders-${made}.example.org`;
    await context().client.send(new CreateResourceServerCommand({ UserPoolId: target.client.userPoolId, Identifier: orders, Name: 'Orders', Scopes: [{ ScopeName: 'orders.read', ScopeDescription: 'Read the orders' }] }));
    const { before, after } = await edit(
      target,
      [
        { pick: 'On' },
        { pickMany: ['code', 'implicit'] },
        { pickMany: ['openid', 'email', `${orders}/orders.read`] },
        { input: 'https://shop.example.org/signed-in http://localhost:5173/cb' },
        { input: 'https://shop.example.org/bye https://shop.example.org/' },
        { pickMany: ['COGNITO'] },
        { confirm: true },
      ],
      editOAuthSettings,
    );
    assertOnlyChanged(before, after, ['AllowedOAuthFlows', 'AllowedOAuthScopes', 'CallbackURLs', 'LogoutURLs', 'DefaultRedirectURI']);
    assert.deepEqual([after.AllowedOAuthFlows, after.AllowedOAuthScopes, after.CallbackURLs, after.DefaultRedirectURI], [
      ['code', 'implicit'],
      ['openid', 'email', `${orders}/orders.read`],
      ['https://shop.example.org/signed-in', 'http://localhost:5173/cb'],
      undefined,
    ]);
  });

  it('Edit OAuth Settings: OAuth off keeps the flows, scopes and URLs, nothing else changed', async () => {
    const target = await configured(`oauth-off-${made}`);
    const { before, after } = await edit(target, [{ pick: 'Off' }, { confirm: true }], editOAuthSettings);
    assertOnlyChanged(before, after, ['AllowedOAuthFlowsUserPoolClient']);
    assert.equal(after.AllowedOAuthFlowsUserPoolClient, false);
  });
});
