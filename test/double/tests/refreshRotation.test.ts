// Refresh token rotation and the newer ExplicitAuthFlows values on the Cognito double, with a plain SDK
// client (no extension code): what CreateUserPoolClient / UpdateUserPoolClient accept and refuse, and how
// GetTokensFromRefreshToken renews a sign-in where REFRESH_TOKEN_AUTH is refused.
import * as assert from 'node:assert/strict';
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSecretHash } from 'cognito-srp-helper';
import { PASSWORD, rejectsWith, SIGN_IN_POOL, useSignInDouble } from '../../support/signInDouble';

const ROTATION = { Feature: 'ENABLED' as const, RetryGracePeriodSeconds: 0 };
let clock = Date.parse('2026-03-04T05:06:07Z');

describe('the Cognito double rotates refresh tokens', () => {
  const context = useSignInDouble({
    now: () => clock,
    pools: [
      {
        ...SIGN_IN_POOL,
        extraAppClients: [
          ...(SIGN_IN_POOL.extraAppClients ?? []),
          { name: 'rotating', explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'], refreshTokenRotation: ROTATION },
          { name: 'rotating-grace', explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'], refreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 45 } },
          { name: 'rotating-secret', explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'], generateSecret: true, refreshTokenRotation: ROTATION },
        ],
      },
    ],
  });

  const describeClient = async (clientId: string) =>
    (await context().client.send(new DescribeUserPoolClientCommand({ UserPoolId: context().poolId, ClientId: clientId }))).UserPoolClient;
  const signIn = async (clientName: string, extra: Record<string, string> = {}) => {
    const out = await context().client.send(
      new InitiateAuthCommand({ ClientId: context().appClient(clientName).clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD, ...extra } }),
    );
    return out.AuthenticationResult?.RefreshToken ?? '';
  };
  const renew = (clientName: string, refreshToken: string, clientSecret?: string) =>
    context().client.send(new GetTokensFromRefreshTokenCommand({ ClientId: context().appClient(clientName).clientId, RefreshToken: refreshToken, ClientSecret: clientSecret }));

  describe('app client settings', () => {
    it('refuses ALLOW_REFRESH_TOKEN_AUTH beside rotation, on create and on update', async () => {
      const { client, poolId } = context();
      const refused = 'ALLOW_REFRESH_TOKEN_AUTH is not a permitted ExplicitAuthFlow when refresh token rotation is enabled.';
      await rejectsWith(
        client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'both', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], RefreshTokenRotation: ROTATION })),
        'InvalidParameterException',
        refused,
      );
      const made = (await client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'rotates', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 30 } })))
        .UserPoolClient;
      assert.deepEqual((await describeClient(made?.ClientId ?? ''))?.RefreshTokenRotation, { Feature: 'ENABLED', RetryGracePeriodSeconds: 30 });
      await rejectsWith(
        client.send(
          new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: made?.ClientId, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], RefreshTokenRotation: ROTATION }),
        ),
        'InvalidParameterException',
        refused,
      );
      await rejectsWith(
        client.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: made?.ClientId, RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 61 } })),
        'InvalidParameterException',
        /refreshTokenRotation\.retryGracePeriodSeconds' failed to satisfy constraint: Member must have value less than or equal to 60/,
      );
    });

    it('turns rotation off when an update leaves RefreshTokenRotation out, as it resets every member left out', async () => {
      const { client, poolId } = context();
      const made = (await client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'forgets', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], RefreshTokenRotation: ROTATION }))).UserPoolClient;
      await client.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: made?.ClientId, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }));
      assert.equal((await describeClient(made?.ClientId ?? ''))?.RefreshTokenRotation, undefined);
    });

    it('takes ALLOW_USER_AUTH and the legacy flow names, but never both kinds together', async () => {
      const { client, poolId } = context();
      const choice = (await client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'choice', ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }))).UserPoolClient;
      assert.deepEqual((await describeClient(choice?.ClientId ?? ''))?.ExplicitAuthFlows, ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
      const legacy = (await client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'legacy', ExplicitAuthFlows: ['ADMIN_NO_SRP_AUTH', 'USER_PASSWORD_AUTH'] }))).UserPoolClient;
      assert.deepEqual((await describeClient(legacy?.ClientId ?? ''))?.ExplicitAuthFlows, ['ADMIN_NO_SRP_AUTH', 'USER_PASSWORD_AUTH']);
      await rejectsWith(
        client.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: legacy?.ClientId, ExplicitAuthFlows: ['ADMIN_NO_SRP_AUTH', 'ALLOW_USER_AUTH'] })),
        'InvalidParameterException',
      );
    });
    it('refuses ALLOW_USER_AUTH in a pool of the Lite feature plan', async () => {
      const { client } = context();
      const lite = (await client.send(new CreateUserPoolCommand({ PoolName: 'lite', UserPoolTier: 'LITE' }))).UserPool?.Id;
      await rejectsWith(
        client.send(new CreateUserPoolClientCommand({ UserPoolId: lite, ClientName: 'choice', ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] })),
        'FeatureUnavailableInTierException',
      );
      const plain = (await client.send(new CreateUserPoolClientCommand({ UserPoolId: lite, ClientName: 'plain', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }))).UserPoolClient;
      await rejectsWith(
        client.send(new UpdateUserPoolClientCommand({ UserPoolId: lite, ClientId: plain?.ClientId, ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] })),
        'FeatureUnavailableInTierException',
      );
    });
  });

  describe('GetTokensFromRefreshToken', () => {
    it('refuses REFRESH_TOKEN_AUTH on a rotating client, and renews there with a new refresh token; the old one is then refused', async () => {
      const first = await signIn('rotating');
      await rejectsWith(
        context().client.send(new InitiateAuthCommand({ ClientId: context().appClient('rotating').clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: first } })),
        'InvalidParameterException',
      );
      const renewed = (await renew('rotating', first)).AuthenticationResult;
      assert.ok(renewed?.AccessToken && renewed.IdToken, 'new ID and access tokens');
      assert.ok(renewed.RefreshToken && renewed.RefreshToken !== first, 'a new refresh token');
      await rejectsWith(renew('rotating', first), 'RefreshTokenReuseException');
      assert.ok((await renew('rotating', renewed.RefreshToken)).AuthenticationResult?.RefreshToken);
    });

    it('keeps the old refresh token good for RetryGracePeriodSeconds', async () => {
      const first = await signIn('rotating-grace');
      await renew('rotating-grace', first);
      clock += 44_000;
      assert.ok((await renew('rotating-grace', first)).AuthenticationResult?.AccessToken, 'still good within the grace period');
      clock += 2_000;
      await rejectsWith(renew('rotating-grace', first), 'RefreshTokenReuseException');
    });

    it('needs the client secret itself from a client with a secret', async () => {
      const { appClient } = context();
      const { clientId, clientSecret = '' } = appClient('rotating-secret');
      const first = await signIn('rotating-secret', { SECRET_HASH: createSecretHash('alice', clientId, clientSecret) });
      await rejectsWith(renew('rotating-secret', first), 'NotAuthorizedException', /configured with secret but ClientSecret was not received/);
      await rejectsWith(renew('rotating-secret', first, `${clientSecret}x`), 'NotAuthorizedException');
      assert.ok((await renew('rotating-secret', first, clientSecret)).AuthenticationResult?.RefreshToken);
    });

    it('renews without a new refresh token on a client without rotation', async () => {
      const first = await signIn('open');
      const renewed = (await renew('open', first)).AuthenticationResult;
      assert.ok(renewed?.AccessToken);
      assert.equal(renewed.RefreshToken, undefined);
      assert.ok((await renew('open', first)).AuthenticationResult?.AccessToken, 'the same refresh token keeps working');
    });
  });
});
