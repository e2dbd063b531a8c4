import * as assert from 'node:assert/strict';
import {
  AdminInitiateAuthCommand,
  CreateUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  GetTokensFromRefreshTokenCommand,
  type CreateUserPoolClientCommandInput,
  type UserPoolClientType,
} from '@aws-sdk/client-cognito-identity-provider';
import { signInAsUser } from '../../src/commands/flows/auth/signInAsUser';
import { refreshTokens } from '../../src/commands/flows/auth/tokenActions';
import { editAppClientAuthFlows } from '../../src/commands/flows/pools/editAuthFlows';
import { showAppClientDetails } from '../../src/commands/flows/pools/poolDetails';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { Cancelled, NothingToPick } from '../../src/ui/prompter';
import { appClientAwayFromDefaults } from '../support/awayFromDefaults';
import { onDefault, singleConnection } from '../support/connections';
import { assertOnlyChanged } from '../support/onlyChanged';
import { flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { PASSWORD, rejectsWith, useSignInDouble } from '../support/signInDouble';

// Show App Client Details' OAuth section, Edit Authentication Flows and Refresh Tokens through the extension's own wiring against the AWS-faithful
// double, for app clients cognito-local does not know: choice-based sign-in (ALLOW_USER_AUTH), the legacy
// flow names, and refresh token rotation. Every result is read back with a plain SDK client.

const ROTATION = { Feature: 'ENABLED' as const, RetryGracePeriodSeconds: 0 };

/** A client with every member UpdateUserPoolClient takes set away from its default. */
const CONFIGURED = appClientAwayFromDefaults('configured');

describe('app client flows and token refresh against the AWS-faithful double', function () {
  this.timeout(30_000);
  const context = useSignInDouble();
  let cognito: LazyCognito;
  const ids: Record<string, string> = {};

  before(async () => {
    cognito = lazyCognito(() => ({ region: 'eu-north-1', endpoint: context().double.endpoint }));
    const { client, poolId } = context();
    const make = async (input: Omit<CreateUserPoolClientCommandInput, 'UserPoolId'>) => {
      ids[input.ClientName as string] = (await client.send(new CreateUserPoolClientCommand({ ...input, UserPoolId: poolId }))).UserPoolClient?.ClientId ?? '';
    };
    await make({ ClientName: 'choice', ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    await make({ ClientName: 'legacy', ExplicitAuthFlows: ['ADMIN_NO_SRP_AUTH', 'USER_PASSWORD_AUTH'] });
    await make({ ClientName: 'rotating', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'], RefreshTokenRotation: ROTATION });
    await make({ ClientName: 'rotating-secret', GenerateSecret: true, ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'], RefreshTokenRotation: ROTATION });
    await make(CONFIGURED);
  });

  const run = (answers: Answer[]) => {
    const flow = flowRun(answers);
    flow.deps.connections = singleConnection(cognito);
    return flow;
  };
  const target = (name: string) => ({ connectionId: SINGLE_CONNECTION_ID, client: { userPoolId: context().poolId, clientId: ids[name], name } });
  const readBack = async (name: string): Promise<UserPoolClientType> =>
    (await context().client.send(new DescribeUserPoolClientCommand({ UserPoolId: context().poolId, ClientId: ids[name] }))).UserPoolClient ?? {};
  const sorted = (flows: string[] | undefined) => [...(flows ?? [])].sort();

  describe('Show App Client Details', () => {
    it('shows the OAuth settings DescribeUserPoolClient reports: on, flows, scopes, URLs, the default redirect URI, providers', async () => {
      const flow = run([]);
      await showAppClientDetails(flow.deps, target('configured'), 'double pool');
      const oauth = flow.details[0].text.split('## OAuth\n')[1].split('\n## ')[0];
      assert.deepEqual(oauth.split('\n').filter((l) => l.startsWith('- ')), [
        '- OAuth for this client: on',
        `- Flows: ${CONFIGURED.AllowedOAuthFlows?.join(', ')}`,
        `- Scopes: ${CONFIGURED.AllowedOAuthScopes?.join(', ')}`,
        ...(CONFIGURED.CallbackURLs ?? []).map((url) => `- Callback URL: \`${url}\``),
        ...(CONFIGURED.LogoutURLs ?? []).map((url) => `- Sign-out URL: \`${url}\``),
        `- Default redirect URI: \`${CONFIGURED.DefaultRedirectURI}\``,
        `- Identity providers: ${CONFIGURED.SupportedIdentityProviders?.join(', ')}`,
      ]);
    });
  });

  describe('Edit Authentication Flows', () => {
    it('offers choice-based sign-in, already chosen on a client that has it, and keeps it', async () => {
      const flow = run([{ pickMany: ['Choice-based sign-in', 'Secure Remote Password (SRP)', 'Username and password'] }, { confirm: true }]);
      await editAppClientAuthFlows(flow.deps, target('choice'));
      const asked = flow.prompter.asked[0];
      const chosen = asked.labels?.filter((_, i) => asked.picked?.[i]);
      assert.deepEqual(chosen, ['Secure Remote Password (SRP)', 'Choice-based sign-in']);
      assert.deepEqual(sorted((await readBack('choice')).ExplicitAuthFlows), ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']);
    });

    it('shows what the legacy flow names allow as chosen, and saves them under their ALLOW_ names (AWS refuses the two kinds mixed)', async () => {
      const flow = run([{ pickMany: ['Secure Remote Password (SRP)', 'Username and password', 'Admin username and password'] }, { confirm: true }]);
      await editAppClientAuthFlows(flow.deps, target('legacy'));
      const asked = flow.prompter.asked[0];
      assert.deepEqual(
        asked.labels?.filter((_, i) => asked.picked?.[i]),
        ['Secure Remote Password (SRP)', 'Username and password', 'Admin username and password'],
      );
      assert.match(asked.text, /legacy names ADMIN_NO_SRP_AUTH, USER_PASSWORD_AUTH are saved as their ALLOW_ names/);
      assert.deepEqual(sorted((await readBack('legacy')).ExplicitAuthFlows), [
        'ALLOW_ADMIN_USER_PASSWORD_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_USER_SRP_AUTH',
      ]);
      // What ADMIN_NO_SRP_AUTH allowed still works.
      const admin = await context().client.send(
        new AdminInitiateAuthCommand({ UserPoolId: context().poolId, ClientId: ids.legacy, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD } }),
      );
      assert.ok(admin.AuthenticationResult?.AccessToken);
    });

    it('changes the flows of a client with refresh token rotation without adding ALLOW_REFRESH_TOKEN_AUTH, and rotation stays on', async () => {
      await editAppClientAuthFlows(run([{ pickMany: ['Secure Remote Password (SRP)', 'Username and password'] }, { confirm: true }]).deps, target('rotating'));
      const after = await readBack('rotating');
      assert.deepEqual(sorted(after.ExplicitAuthFlows), ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']);
      assert.deepEqual(after.RefreshTokenRotation, ROTATION);
    });

    it('sends nothing on Cancel at the summary, nor when the same flows are picked: the client reads back as it was', async () => {
      const before = await readBack('configured');
      const cancelled = run([{ pickMany: ['Username and password'] }, { confirm: false }]);
      await assert.rejects(editAppClientAuthFlows(cancelled.deps, target('configured')), Cancelled);
      assert.match(cancelled.prompter.asked[1].detail ?? '', /no one is signed out: tokens already issued stay valid until they expire\.$/);
      // The client's own flows (SRP and custom; it rotates refresh tokens, so no ALLOW_REFRESH_TOKEN_AUTH).
      await assert.rejects(editAppClientAuthFlows(run([{ pickMany: ['Custom authentication', 'Secure Remote Password (SRP)'] }]).deps, target('configured')), NothingToPick);
      assert.deepEqual(await readBack('configured'), before);
    });

    it('keeps every other member of the client, each set away from its default', async () => {
      const before = await readBack('configured');
      await editAppClientAuthFlows(run([{ pickMany: ['Secure Remote Password (SRP)', 'Custom authentication', 'Username and password'] }, { confirm: true }]).deps, target('configured'));
      const after = await readBack('configured');
      assert.deepEqual(sorted(after.ExplicitAuthFlows), ['ALLOW_CUSTOM_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']);
      assertOnlyChanged(before, after, ['ExplicitAuthFlows']);
      const { GenerateSecret: _secret, ExplicitAuthFlows: _asked, ...configured } = CONFIGURED;
      for (const [member, value] of Object.entries(configured)) assert.deepEqual(after[member as keyof UserPoolClientType], value, member);
    });
  });

  describe('Refresh Tokens', () => {
    async function signIn(clientName: string) {
      const flow = run([{ pick: clientName }, { input: PASSWORD }]);
      const session = await signInAsUser(flow.deps, { ...onDefault({ id: context().poolId, name: 'sign-in' }), username: 'alice' });
      return { flow, session };
    }
    const renew = (clientName: string, refreshToken: string) =>
      context().client.send(new GetTokensFromRefreshTokenCommand({ ClientId: ids[clientName], RefreshToken: refreshToken }));

    it('refreshes on a client with rotation and keeps the new refresh token; the old one is then refused', async () => {
      const { flow, session } = await signIn('rotating');
      const first = session.tokens.refreshToken ?? '';
      await refreshTokens(flow.deps, session);
      const kept = flow.signIns.get(session.id)?.tokens.refreshToken ?? '';
      assert.ok(kept && kept !== first, 'a new refresh token is kept');
      await rejectsWith(renew('rotating', first), 'RefreshTokenReuseException');
      assert.ok((await renew('rotating', kept)).AuthenticationResult?.AccessToken, 'the kept token works');
    });

    it('refreshes on a client with rotation and a secret (ClientSecret, read for the call)', async () => {
      const { flow, session } = await signIn('rotating-secret');
      const first = session.tokens.refreshToken;
      await refreshTokens(flow.deps, session);
      const kept = flow.signIns.get(session.id)?.tokens.refreshToken;
      assert.ok(kept && kept !== first);
      const calls = context().double.calls.filter((c) => c.operation === 'GetTokensFromRefreshToken');
      assert.equal(calls.at(-1)?.outcome, 'ok');
    });
  });
});
