// Signing in against the Cognito double with a plain SDK client (no extension code), for what cognito-local
// lacks: the password flows and their errors as AWS names them, NEW_PASSWORD_REQUIRED against the pool's
// policy, SECRET_HASH, refresh, revocation, and tokens whose signatures check out against the served JWKS.
// SRP is in doubleSrp.test.ts.
import * as assert from 'node:assert/strict';
import {
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminListGroupsForUserCommand,
  DescribeUserPoolClientCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ListGroupsCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSecretHash } from 'cognito-srp-helper';
import { fetchJwks, PASSWORD, rejectsWith, TEMPORARY_PASSWORD, useSignInDouble, verifiedJwt } from '../../support/signInDouble';

describe('the Cognito double signs users in', () => {
  const context = useSignInDouble();

  const passwordSignIn = (clientName: string, username: string, password: string, extra: Record<string, string> = {}) =>
    context().client.send(
      new InitiateAuthCommand({
        ClientId: context().appClient(clientName).clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password, ...extra },
      }),
    );
  const adminSignIn = (clientName: string, username: string, password: string) =>
    context().client.send(
      new AdminInitiateAuthCommand({
        UserPoolId: context().poolId,
        ClientId: context().appClient(clientName).clientId,
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    );
  const tokensOf = (result: AuthenticationResultType | undefined) => {
    assert.ok(result?.IdToken && result.AccessToken, 'no tokens');
    return { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: result.RefreshToken };
  };

  describe('app clients', () => {
    it('describes a client with a secret and chosen flows, and one with AWS defaults', async () => {
      const { client, poolId, appClient } = context();
      const withSecret = await client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: appClient('with-secret').clientId }));
      assert.equal(withSecret.UserPoolClient?.ClientName, 'with-secret');
      assert.match(withSecret.UserPoolClient?.ClientSecret ?? '', /^[a-z0-9]{51}$/);
      assert.deepEqual(withSecret.UserPoolClient?.ExplicitAuthFlows, ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);

      const defaults = (await client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: appClient('defaults').clientId }))).UserPoolClient;
      assert.equal(defaults?.ClientSecret, undefined);
      assert.deepEqual(defaults?.ExplicitAuthFlows, ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
      assert.equal(defaults?.PreventUserExistenceErrors, 'ENABLED');
      assert.equal(defaults?.EnableTokenRevocation, true);
      assert.deepEqual([defaults?.AccessTokenValidity, defaults?.IdTokenValidity, defaults?.RefreshTokenValidity], [60, 60, 30]);
      assert.deepEqual(defaults?.TokenValidityUnits, { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' });
    });

    it('refuses an unknown client id', async () => {
      const { client, poolId } = context();
      await rejectsWith(client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: 'nosuchclient' })), 'ResourceNotFoundException', 'User pool client nosuchclient does not exist.');
      await rejectsWith(
        client.send(new InitiateAuthCommand({ ClientId: 'nosuchclient', AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD } })),
        'ResourceNotFoundException',
      );
    });
  });

  describe('USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH', () => {
    it('returns ID, access and refresh tokens whose signatures verify against the served JWKS, with Cognito claims', async () => {
      const { double, poolId, appClient } = context();
      const before = Math.floor(Date.now() / 1000);
      const answer = await passwordSignIn('open', 'alice', PASSWORD);
      assert.equal(answer.ChallengeName, undefined);
      assert.equal(answer.AuthenticationResult?.ExpiresIn, 3600);
      assert.equal(answer.AuthenticationResult?.TokenType, 'Bearer');
      const { idToken, accessToken, refreshToken } = tokensOf(answer.AuthenticationResult);
      assert.match(refreshToken ?? '', /^[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/);

      const jwks = await fetchJwks(double.endpoint, poolId);
      assert.equal(jwks.keys.length, 2);
      assert.ok(jwks.keys.every((k) => k.kty === 'RSA' && k.alg === 'RS256' && k.use === 'sig'));
      const sub = double.pools[0].findUser('alice')?.attributes.sub;
      const iss = `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`;

      const id = verifiedJwt(idToken, jwks).claims;
      assert.equal(id.token_use, 'id');
      assert.equal(id.aud, appClient('open').clientId);
      assert.equal(id.iss, iss);
      assert.equal(id.sub, sub);
      assert.equal(id['cognito:username'], 'alice');
      assert.equal(id.email, 'alice@example.com');
      assert.equal(id.email_verified, true);
      assert.deepEqual(id['cognito:groups'], ['admins', 'readers']);
      assert.ok(Number(id.iat) >= before && Number(id.auth_time) >= before);
      assert.equal(Number(id.exp) - Number(id.iat), 3600);

      const access = verifiedJwt(accessToken, jwks).claims;
      assert.equal(access.token_use, 'access');
      assert.equal(access.client_id, appClient('open').clientId);
      assert.equal(access.username, 'alice');
      assert.equal(access.scope, 'aws.cognito.signin.user.admin');
      assert.equal(access.iss, iss);
      assert.deepEqual(access['cognito:groups'], ['admins', 'readers']);
      assert.equal(access.aud, undefined);
      assert.equal(access.origin_jti, id.origin_jti);
      assert.notEqual(access.jti, id.jti);
    });

    it('leaves cognito:groups out for a user without groups, and takes the username in any case', async () => {
      const { double, poolId } = context();
      const { idToken } = tokensOf((await passwordSignIn('open', 'BOB', PASSWORD)).AuthenticationResult);
      const id = verifiedJwt(idToken, await fetchJwks(double.endpoint, poolId)).claims;
      assert.equal(id['cognito:username'], 'bob');
      assert.equal(id['cognito:groups'], undefined);
    });

    it('signs in with AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH', async () => {
      const { idToken } = tokensOf((await adminSignIn('open', 'alice', PASSWORD)).AuthenticationResult);
      assert.equal(verifiedJwt(idToken, await fetchJwks(context().double.endpoint, context().poolId)).claims['cognito:username'], 'alice');
    });

    it('refuses a flow the client does not enable, and a flow of the other operation', async () => {
      const { client, appClient } = context();
      await rejectsWith(passwordSignIn('defaults', 'alice', PASSWORD), 'InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client');
      await rejectsWith(adminSignIn('defaults', 'alice', PASSWORD), 'InvalidParameterException', 'Auth flow not enabled for this client');
      await rejectsWith(
        client.send(new InitiateAuthCommand({ ClientId: appClient('open').clientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD } })),
        'InvalidParameterException',
        'Initiate Auth method not supported.',
      );
      await rejectsWith(
        client.send(new InitiateAuthCommand({ ClientId: appClient('open').clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice' } })),
        'InvalidParameterException',
        'Missing required parameter PASSWORD',
      );
    });

    it('answers a wrong password and an unknown user alike, NotAuthorizedException, when user existence errors are prevented', async () => {
      await rejectsWith(passwordSignIn('open', 'alice', 'Wrong-Horse1'), 'NotAuthorizedException', 'Incorrect username or password.');
      await rejectsWith(passwordSignIn('open', 'nobody', PASSWORD), 'NotAuthorizedException', 'Incorrect username or password.');
      await rejectsWith(adminSignIn('open', 'nobody', PASSWORD), 'NotAuthorizedException', 'Incorrect username or password.');
    });

    it('answers UserNotFoundException for an unknown user when the client is LEGACY', async () => {
      await rejectsWith(passwordSignIn('legacy-errors', 'nobody', PASSWORD), 'UserNotFoundException', 'User does not exist.');
      await rejectsWith(passwordSignIn('legacy-errors', 'alice', 'Wrong-Horse1'), 'NotAuthorizedException', 'Incorrect username or password.');
    });

    it('refuses disabled, unconfirmed and reset-required users with their own errors', async () => {
      await rejectsWith(passwordSignIn('open', 'disabled', PASSWORD), 'NotAuthorizedException', 'User is disabled.');
      await rejectsWith(passwordSignIn('open', 'unconfirmed', PASSWORD), 'UserNotConfirmedException', 'User is not confirmed.');
      await rejectsWith(adminSignIn('open', 'reset', PASSWORD), 'PasswordResetRequiredException', 'Password reset required for the user');
    });
  });

  describe('NEW_PASSWORD_REQUIRED', () => {
    it('asks a user with a temporary password for a new one, checks it against the policy, then confirms the user', async () => {
      const { client, poolId, appClient } = context();
      const clientId = appClient('open').clientId;
      const challenge = await passwordSignIn('open', 'newbie', TEMPORARY_PASSWORD);
      assert.equal(challenge.ChallengeName, 'NEW_PASSWORD_REQUIRED');
      assert.equal(challenge.AuthenticationResult, undefined);
      assert.ok(challenge.Session);
      assert.equal(challenge.ChallengeParameters?.USER_ID_FOR_SRP, 'newbie');
      assert.equal(challenge.ChallengeParameters?.requiredAttributes, '[]');
      assert.deepEqual(JSON.parse(challenge.ChallengeParameters?.userAttributes ?? '{}'), { email: 'newbie@example.com' });

      // `null`: no Session at all.
      const answer = (newPassword: string, session: string | null = challenge.Session ?? null) =>
        client.send(
          new RespondToAuthChallengeCommand({
            ClientId: clientId,
            ChallengeName: 'NEW_PASSWORD_REQUIRED',
            Session: session ?? undefined,
            ChallengeResponses: { USERNAME: 'newbie', NEW_PASSWORD: newPassword },
          }),
        );
      await rejectsWith(answer('Short1!'), 'InvalidPasswordException', 'Password does not conform to policy: Password not long enough');
      await rejectsWith(answer('alllower1!'), 'InvalidPasswordException', 'Password does not conform to policy: Password must have uppercase characters');
      await rejectsWith(answer('NoSymbols123'), 'InvalidPasswordException', 'Password does not conform to policy: Password must have symbol characters');
      await rejectsWith(answer('Fresh-Pass1', 'not-a-session-the-double-issued'), 'NotAuthorizedException', 'Invalid session for the user.');
      await rejectsWith(answer('Fresh-Pass1', null), 'InvalidParameterException', 'Missing required parameter Session');

      tokensOf((await answer('Fresh-Pass1')).AuthenticationResult);
      await rejectsWith(answer('Other-Pass1'), 'NotAuthorizedException', 'Invalid session for the user.');
      const user = await client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'newbie' }));
      assert.equal(user.UserStatus, 'CONFIRMED');
      tokensOf((await passwordSignIn('open', 'newbie', 'Fresh-Pass1')).AuthenticationResult);
      await rejectsWith(passwordSignIn('open', 'newbie', TEMPORARY_PASSWORD), 'NotAuthorizedException');
    });
  });

  describe('refresh and revocation', () => {
    it('refreshes with REFRESH_TOKEN_AUTH: new ID and access tokens of the same sign-in, no new refresh token', async () => {
      const { client, double, poolId, appClient } = context();
      const first = tokensOf((await passwordSignIn('open', 'alice', PASSWORD)).AuthenticationResult);
      const refreshed = await client.send(
        new InitiateAuthCommand({ ClientId: appClient('open').clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: first.refreshToken ?? '' } }),
      );
      const second = tokensOf(refreshed.AuthenticationResult);
      assert.equal(second.refreshToken, undefined);
      const jwks = await fetchJwks(double.endpoint, poolId);
      const [before, after] = [verifiedJwt(first.idToken, jwks).claims, verifiedJwt(second.idToken, jwks).claims];
      assert.equal(after.origin_jti, before.origin_jti);
      assert.equal(after.auth_time, before.auth_time);
      assert.notEqual(after.jti, before.jti);

      const admin = await client.send(
        new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId: appClient('open').clientId, AuthFlow: 'REFRESH_TOKEN', AuthParameters: { REFRESH_TOKEN: first.refreshToken ?? '' } }),
      );
      tokensOf(admin.AuthenticationResult);
      await rejectsWith(
        client.send(new InitiateAuthCommand({ ClientId: appClient('legacy-errors').clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: first.refreshToken ?? '' } })),
        'NotAuthorizedException',
        'Invalid Refresh Token',
      );
    });

    it('revokes a refresh token and the access tokens it led to', async () => {
      const { client, appClient } = context();
      const clientId = appClient('open').clientId;
      const { accessToken, refreshToken } = tokensOf((await passwordSignIn('open', 'alice', PASSWORD)).AuthenticationResult);
      const me = await client.send(new GetUserCommand({ AccessToken: accessToken }));
      assert.equal(me.Username, 'alice');

      await rejectsWith(client.send(new RevokeTokenCommand({ ClientId: clientId, Token: accessToken })), 'UnsupportedTokenTypeException');
      await client.send(new RevokeTokenCommand({ ClientId: clientId, Token: refreshToken }));
      await rejectsWith(
        client.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: refreshToken ?? '' } })),
        'NotAuthorizedException',
        'Refresh Token has been revoked',
      );
      await rejectsWith(client.send(new GetUserCommand({ AccessToken: accessToken })), 'NotAuthorizedException', 'Access Token has been revoked');
    });

    it('refuses revocation on a client without it', async () => {
      const { client, appClient } = context();
      const { refreshToken } = tokensOf((await passwordSignIn('no-revocation', 'alice', PASSWORD)).AuthenticationResult);
      await rejectsWith(client.send(new RevokeTokenCommand({ ClientId: appClient('no-revocation').clientId, Token: refreshToken })), 'UnsupportedOperationException');
    });
  });

  describe('SECRET_HASH', () => {
    const hashFor = (username: string) => createSecretHash(username, context().appClient('with-secret').clientId, context().appClient('with-secret').clientSecret ?? '');

    it('is required and checked for a client with a secret', async () => {
      const clientId = context().appClient('with-secret').clientId;
      await rejectsWith(passwordSignIn('with-secret', 'alice', PASSWORD), 'NotAuthorizedException', `Client ${clientId} is configured with secret but SECRET_HASH was not received`);
      await rejectsWith(passwordSignIn('with-secret', 'alice', PASSWORD, { SECRET_HASH: hashFor('bob') }), 'NotAuthorizedException', `Unable to verify secret hash for client ${clientId}`);
      tokensOf((await passwordSignIn('with-secret', 'alice', PASSWORD, { SECRET_HASH: hashFor('alice') })).AuthenticationResult);
    });

    it('is checked on refresh, and RevokeToken needs the client secret', async () => {
      const { client, appClient } = context();
      const { clientId, clientSecret } = appClient('with-secret');
      const { refreshToken } = tokensOf((await passwordSignIn('with-secret', 'alice', PASSWORD, { SECRET_HASH: hashFor('alice') })).AuthenticationResult);
      const refresh = (secretHash?: string) =>
        client.send(
          new InitiateAuthCommand({
            ClientId: clientId,
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            AuthParameters: { REFRESH_TOKEN: refreshToken ?? '', ...(secretHash ? { SECRET_HASH: secretHash } : {}) },
          }),
        );
      await rejectsWith(refresh(), 'NotAuthorizedException', /configured with secret but SECRET_HASH was not received/);
      await rejectsWith(refresh(hashFor('bob')), 'NotAuthorizedException', `SecretHash does not match for the client: ${clientId}`);
      tokensOf((await refresh(hashFor('alice'))).AuthenticationResult);

      await rejectsWith(client.send(new RevokeTokenCommand({ ClientId: clientId, Token: refreshToken })), 'UnauthorizedException');
      await client.send(new RevokeTokenCommand({ ClientId: clientId, ClientSecret: clientSecret, Token: refreshToken }));
      await rejectsWith(refresh(hashFor('alice')), 'NotAuthorizedException', 'Refresh Token has been revoked');
    });
  });

  describe('users and groups', () => {
    it('reads a user with AdminGetUser and lists groups, all and per user', async () => {
      const { client, poolId } = context();
      const alice = await client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'alice' }));
      assert.equal(alice.UserStatus, 'CONFIRMED');
      assert.equal(alice.Enabled, true);
      assert.ok(alice.UserAttributes?.some((a) => a.Name === 'email' && a.Value === 'alice@example.com'));
      await rejectsWith(client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'nobody' })), 'UserNotFoundException', 'User does not exist.');

      const groups = await client.send(new ListGroupsCommand({ UserPoolId: poolId }));
      assert.deepEqual(groups.Groups?.map((g) => [g.GroupName, g.Precedence]), [['admins', 1], ['readers', undefined]]);
      const ofBob = await client.send(new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: 'bob' }));
      assert.deepEqual(ofBob.Groups, []);
      const ofAlice = await client.send(new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: 'alice', Limit: 1 }));
      assert.deepEqual(ofAlice.Groups?.map((g) => g.GroupName), ['admins']);
      assert.ok(ofAlice.NextToken);
    });

    it('serves no JWKS for a pool it does not have', async () => {
      const response = await fetch(`${context().double.endpoint}/us-east-1_nosuchpool/.well-known/jwks.json`);
      assert.equal(response.status, 404);
    });
  });
});
