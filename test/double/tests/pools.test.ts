// Pools, domains and app clients on the Cognito double with a plain SDK client (no extension code):
// creating, updating and deleting them as AWS does (an update sets what it leaves out back to its
// default), deletion protection and the domain refusing DeleteUserPool, and the faults a create has to
// survive: an answer lost after the pool was made, and an InternalErrorException with nothing done.
// Clients make one attempt (maxAttempts 1) unless a test is about retries.
import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolCommand,
  DeleteUserPoolDomainCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
  type CreateUserPoolClientCommandInput,
  type CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { DELETION_PROTECTED, HAS_DOMAIN } from '../cognitoDouble';
import { doubleClient } from '../../support/doubleClient';
import { MESSAGE_INVALID, UNUSED_ACCOUNT_VALIDITY_DAYS } from '../poolRequestRules';
import { rejectsWith } from '../../support/signInDouble';
import { useDouble } from '../../support/sessionHooks';

const START = Date.UTC(2025, 0, 1);

describe('the Cognito double manages pools, domains and app clients', () => {
  let clock = START;
  const tick = () => (clock += 60_000);
  const session = useDouble(
    {
      now: () => clock,
      pools: [
        { name: 'kept', deletionProtection: true, domain: 'kept-login' },
        { name: 'seeded', appClients: 2 },
      ],
    },
    { maxAttempts: 1 },
  );

  beforeEach(() => {
    session.double.calls.length = 0;
    tick();
  });

  const createPool = async (input: CreateUserPoolCommandInput) => {
    const { UserPool } = await session.client.send(new CreateUserPoolCommand(input));
    assert.ok(UserPool?.Id);
    return UserPool;
  };
  const describePool = async (UserPoolId: string) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId }))).UserPool;
  const poolNames = async () => (await session.client.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools?.map((p) => p.Name);
  const createClient = async (UserPoolId: string, input: Omit<CreateUserPoolClientCommandInput, 'UserPoolId'>) => {
    const { UserPoolClient } = await session.client.send(new CreateUserPoolClientCommand({ UserPoolId, ...input }));
    assert.ok(UserPoolClient?.ClientId);
    return UserPoolClient;
  };

  describe('user pools', () => {
    it('creates a pool with an id, an ARN, dates and the settings asked for, and it works at once', async () => {
      const pool = await createPool({
        PoolName: 'made here',
        Policies: { PasswordPolicy: { MinimumLength: 10, RequireNumbers: true } },
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        DeletionProtection: 'ACTIVE',
        Schema: [
          { Name: 'email', AttributeDataType: 'String', Required: true },
          { Name: 'team', AttributeDataType: 'String', StringAttributeConstraints: { MaxLength: '20' } },
        ],
        UserPoolTags: { env: 'test' },
      });

      assert.match(pool.Id ?? '', /^us-east-1_[0-9A-Za-z]{9}$/);
      assert.equal(pool.Arn, `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${pool.Id}`);
      assert.equal(pool.CreationDate?.getTime(), clock);
      assert.equal(pool.LastModifiedDate?.getTime(), clock);
      // A boolean the PasswordPolicy leaves out is false; TemporaryPasswordValidityDays defaults to 7.
      assert.deepEqual(pool.Policies?.PasswordPolicy, { MinimumLength: 10, RequireUppercase: false, RequireLowercase: false, RequireNumbers: true, RequireSymbols: false, TemporaryPasswordValidityDays: 7 });
      assert.deepEqual([pool.UsernameAttributes, pool.AutoVerifiedAttributes, pool.DeletionProtection, pool.UserPoolTags], [['email'], ['email'], 'ACTIVE', { env: 'test' }]);
      const described = await describePool(pool.Id as string);
      assert.equal(described?.SchemaAttributes?.find((a) => a.Name === 'email')?.Required, true);
      assert.deepEqual(described?.SchemaAttributes?.find((a) => a.Name === 'custom:team')?.StringAttributeConstraints, { MinLength: '0', MaxLength: '20' });
      assert.deepEqual((await poolNames())?.slice(0, 3), ['kept', 'seeded', 'made here']);
      assert.equal(session.double.findPool(pool.Id as string)?.name, 'made here');

      // Its password policy and sign-in attribute apply to the users made in it.
      const user = (Username: string, TemporaryPassword: string) =>
        session.client.send(new AdminCreateUserCommand({ UserPoolId: pool.Id, Username, TemporaryPassword, MessageAction: 'SUPPRESS' }));
      await rejectsWith(user('ann@example.com', 'Short1'), 'InvalidPasswordException', 'Password does not conform to policy: Password not long enough');
      await rejectsWith(user('ann', 'longenough1'), 'InvalidParameterException', 'Username should be an email.');
      assert.equal((await user('ann@example.com', 'longenough1')).User?.UserStatus, 'FORCE_CHANGE_PASSWORD');
    });

    it("gives a pool made with a name alone AWS's defaults", async () => {
      const pool = await createPool({ PoolName: 'minimal' });

      assert.deepEqual(pool.Policies?.PasswordPolicy, { MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true, TemporaryPasswordValidityDays: 7 });
      assert.deepEqual(
        [pool.DeletionProtection, pool.MfaConfiguration, pool.UserPoolTier, pool.EstimatedNumberOfUsers, pool.UsernameAttributes, pool.AutoVerifiedAttributes, pool.Domain],
        ['INACTIVE', 'OFF', 'ESSENTIALS', 0, undefined, undefined, undefined],
      );
      assert.deepEqual([pool.LambdaConfig, pool.EmailConfiguration, pool.AdminCreateUserConfig], [{}, {}, { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 }]);
      assert.equal(pool.SchemaAttributes?.filter((a) => a.Required).map((a) => a.Name).join(), 'sub');
    });

    it('refuses what the service model and AWS refuse', async () => {
      await rejectsWith(session.client.send(new CreateUserPoolCommand({ PoolName: 'bad/name' })), 'InvalidParameterException', "1 validation error detected: Value 'bad/name' at 'poolName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+");
      await rejectsWith(session.client.send(new CreateUserPoolCommand({ PoolName: 'x'.repeat(129) })), 'InvalidParameterException', /at 'poolName' failed to satisfy constraint: Member must have length less than or equal to 128$/);
      await rejectsWith(
        session.client.send(new CreateUserPoolCommand({ PoolName: 'short', Policies: { PasswordPolicy: { MinimumLength: 5 } } })),
        'InvalidParameterException',
        "1 validation error detected: Value '5' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value greater than or equal to 6",
      );
      await rejectsWith(
        session.client.send(new CreateUserPoolCommand({ PoolName: 'both', UsernameAttributes: ['email'], AliasAttributes: ['preferred_username'] })),
        'InvalidParameterException',
        'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.',
      );
      await rejectsWith(
        session.client.send(new CreateUserPoolCommand({ PoolName: 'required', Schema: [{ Name: 'team', AttributeDataType: 'String', Required: true }] })),
        'InvalidParameterException',
        'Required custom attributes are not supported currently.',
      );
      await rejectsWith(describePool('us-east-1_NoSuchPoo'), 'ResourceNotFoundException', 'User pool us-east-1_NoSuchPoo does not exist.');
    });

    it('sets every setting UpdateUserPool leaves out back to its default (the feature plan to Essentials), keeping the name and sign-in attributes', async () => {
      const pool = await createPool({
        PoolName: 'to update',
        UsernameAttributes: ['email'],
        Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: true } },
        DeletionProtection: 'ACTIVE',
        AutoVerifiedAttributes: ['email'],
        LambdaConfig: { PreSignUp: 'arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up' },
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        UserPoolTier: 'PLUS',
      });
      const id = pool.Id as string;
      tick();

      await session.client.send(new UpdateUserPoolCommand({ UserPoolId: id, AutoVerifiedAttributes: ['phone_number'] }));

      const updated = await describePool(id);
      assert.deepEqual(updated?.AutoVerifiedAttributes, ['phone_number']);
      assert.deepEqual(
        [updated?.DeletionProtection, updated?.LambdaConfig, updated?.AdminCreateUserConfig, updated?.Policies?.PasswordPolicy?.MinimumLength],
        ['INACTIVE', {}, { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 }, 8],
      );
      assert.deepEqual([updated?.Name, updated?.UserPoolTier, updated?.UsernameAttributes], ['to update', 'ESSENTIALS', ['email']]);
      assert.equal(updated?.CreationDate?.getTime(), pool.CreationDate?.getTime());
      assert.equal(updated?.LastModifiedDate?.getTime(), clock);

      await session.client.send(new UpdateUserPoolCommand({ UserPoolId: id, PoolName: 'renamed' }));
      assert.equal((await describePool(id))?.Name, 'renamed');
      assert.equal((await describePool(id))?.AutoVerifiedAttributes, undefined);
      await rejectsWith(session.client.send(new UpdateUserPoolCommand({ UserPoolId: 'us-east-1_NoSuchPoo' })), 'ResourceNotFoundException');
    });

    it('reports both temporary-password validities, and refuses a request that carries both (a Describe answer sent back)', async () => {
      const pool = await createPool({ PoolName: 'temporary days', Policies: { PasswordPolicy: { MinimumLength: 9, TemporaryPasswordValidityDays: 3 } }, DeletionProtection: 'ACTIVE' });
      const id = pool.Id as string;
      const described = await describePool(id);
      assert.deepEqual([described?.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays, described?.AdminCreateUserConfig?.UnusedAccountValidityDays], [3, 3]);

      // The whole Describe answer, as a tool sends it back to change one setting.
      const sentBack = { UserPoolId: id, Policies: described?.Policies, AdminCreateUserConfig: described?.AdminCreateUserConfig, DeletionProtection: 'INACTIVE' as const };
      await rejectsWith(session.client.send(new UpdateUserPoolCommand(sentBack)), 'InvalidParameterException', UNUSED_ACCOUNT_VALIDITY_DAYS);
      await rejectsWith(
        session.client.send(new CreateUserPoolCommand({ PoolName: 'both days', Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 5 } }, AdminCreateUserConfig: { UnusedAccountValidityDays: 5 } })),
        'InvalidParameterException',
        UNUSED_ACCOUNT_VALIDITY_DAYS,
      );
      assert.equal((await describePool(id))?.DeletionProtection, 'ACTIVE', 'a refused update changes nothing');

      // The deprecated member alone still sets the duration; the current one alone does too.
      await session.client.send(new UpdateUserPoolCommand({ UserPoolId: id, AdminCreateUserConfig: { AllowAdminCreateUserOnly: true, UnusedAccountValidityDays: 4 } }));
      const older = await describePool(id);
      assert.deepEqual([older?.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays, older?.AdminCreateUserConfig], [4, { AllowAdminCreateUserOnly: true, UnusedAccountValidityDays: 4 }]);
      await session.client.send(new UpdateUserPoolCommand({ UserPoolId: id, Policies: { PasswordPolicy: { TemporaryPasswordValidityDays: 11 } }, AdminCreateUserConfig: { AllowAdminCreateUserOnly: true } }));
      assert.equal((await describePool(id))?.AdminCreateUserConfig?.UnusedAccountValidityDays, 11);
    });

    it('refuses a verification template with both e-mail messages, and the deprecated e-mail members beside a link-style one', async () => {
      const { Id } = await createPool({ PoolName: 'messages' });
      const update = (extra: Omit<ConstructorParameters<typeof UpdateUserPoolCommand>[0], 'UserPoolId'>) => session.client.send(new UpdateUserPoolCommand({ UserPoolId: Id, ...extra }));
      await rejectsWith(
        update({ VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE', EmailMessage: 'Code {####}', EmailMessageByLink: 'Click {##here##}' } }),
        'InvalidParameterException',
        MESSAGE_INVALID,
      );
      await rejectsWith(
        update({ EmailVerificationMessage: 'Code {####}', VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailMessageByLink: 'Click {##here##}' } }),
        'InvalidParameterException',
        MESSAGE_INVALID,
      );
      await update({ EmailVerificationMessage: 'Code {####}', VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE', EmailMessage: 'Code {####}' } });
      await update({ VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailMessageByLink: 'Click {##here##}' } });
      assert.deepEqual((await describePool(Id as string))?.VerificationMessageTemplate, { DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailMessageByLink: 'Click {##here##}' });
    });

    it('refuses to delete a pool with deletion protection, then one with a domain, and deletes it once both are gone', async () => {
      const kept = session.double.pools[0];
      const described = await describePool(kept.id);
      assert.deepEqual([described?.DeletionProtection, described?.Domain], ['ACTIVE', 'kept-login']);
      const remove = () => session.client.send(new DeleteUserPoolCommand({ UserPoolId: kept.id }));

      await rejectsWith(remove(), 'InvalidParameterException', DELETION_PROTECTED);
      assert.equal(DELETION_PROTECTED, 'The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.');
      // An update that does not name DeletionProtection turns it off: the default is INACTIVE.
      await session.client.send(new UpdateUserPoolCommand({ UserPoolId: kept.id }));
      await rejectsWith(remove(), 'InvalidParameterException', HAS_DOMAIN);

      const domain = (await session.client.send(new DescribeUserPoolDomainCommand({ Domain: 'kept-login' }))).DomainDescription;
      assert.deepEqual([domain?.UserPoolId, domain?.Domain, domain?.Status, domain?.AWSAccountId], [kept.id, 'kept-login', 'ACTIVE', '123456789012']);
      await rejectsWith(session.client.send(new DeleteUserPoolDomainCommand({ UserPoolId: kept.id, Domain: 'other-login' })), 'InvalidParameterException', 'No such domain or user pool exists.');
      await session.client.send(new DeleteUserPoolDomainCommand({ UserPoolId: kept.id, Domain: 'kept-login' }));
      assert.deepEqual((await session.client.send(new DescribeUserPoolDomainCommand({ Domain: 'kept-login' }))).DomainDescription, {});
      assert.equal((await describePool(kept.id))?.Domain, undefined);

      await remove();
      await rejectsWith(describePool(kept.id), 'ResourceNotFoundException', `User pool ${kept.id} does not exist.`);
      await rejectsWith(remove(), 'ResourceNotFoundException');
      assert.ok(!(await poolNames())?.includes('kept'));
      assert.equal(session.double.findPool(kept.id), undefined);
      assert.equal(session.double.pools[0].id, kept.id, 'the seeded pools stay as seeded');
    });

    it('gives a pool one prefix domain, a prefix one pool, with AWS’s refusals', async () => {
      const first = (await createPool({ PoolName: 'first' })).Id as string;
      const second = (await createPool({ PoolName: 'second' })).Id as string;
      const create = (UserPoolId: string, Domain: string) => session.client.send(new CreateUserPoolDomainCommand({ UserPoolId, Domain }));

      await rejectsWith(create(first, 'Not_Valid'), 'InvalidParameterException', /^The domain name contains an invalid character\. Domain names can only contain lower-case letters, numbers, and hyphens\./);
      await create(first, 'first-login');
      assert.equal((await describePool(first))?.Domain, 'first-login');
      await rejectsWith(create(first, 'first-again'), 'InvalidParameterException', 'User pool already has a domain configured.');
      await rejectsWith(create(second, 'first-login'), 'InvalidParameterException', 'Domain already associated with another user pool.');
      await rejectsWith(session.client.send(new DeleteUserPoolCommand({ UserPoolId: first })), 'InvalidParameterException', HAS_DOMAIN);
    });
  });

  describe('app clients', () => {
    let poolId: string;
    before(async () => {
      poolId = (await createPool({ PoolName: 'with clients', Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true }] })).Id as string;
    });
    const describeClient = async (ClientId: string) => (await session.client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId }))).UserPoolClient;

    it("creates a client with AWS's defaults: only what was asked for is reported", async () => {
      const made = await createClient(poolId, { ClientName: 'web' });

      assert.match(made.ClientId ?? '', /^[a-z0-9]{26}$/);
      assert.deepEqual(
        [made.ClientSecret, made.RefreshTokenValidity, made.AccessTokenValidity, made.IdTokenValidity, made.TokenValidityUnits, made.ExplicitAuthFlows, made.CallbackURLs],
        [undefined, 30, undefined, undefined, undefined, undefined, undefined],
      );
      assert.deepEqual(
        [made.PreventUserExistenceErrors, made.EnableTokenRevocation, made.AllowedOAuthFlowsUserPoolClient, made.AuthSessionValidity, made.EnablePropagateAdditionalUserContextData],
        ['LEGACY', true, false, 3, false],
      );
      assert.equal(made.CreationDate?.getTime(), clock);
      assert.deepEqual(await describeClient(made.ClientId as string), made);
    });

    it('creates a client with a secret and token validities in their units, and sign-in uses them', async () => {
      const made = await createClient(poolId, {
        ClientName: 'server',
        GenerateSecret: true,
        ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        AccessTokenValidity: 30,
        IdTokenValidity: 2,
        RefreshTokenValidity: 12,
        TokenValidityUnits: { AccessToken: 'minutes', RefreshToken: 'hours' },
      });
      assert.match(made.ClientSecret ?? '', /^[a-z0-9]{51}$/);
      assert.deepEqual([made.AccessTokenValidity, made.IdTokenValidity, made.RefreshTokenValidity], [30, 2, 12]);
      assert.deepEqual(made.TokenValidityUnits, { AccessToken: 'minutes', RefreshToken: 'hours' });

      await session.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'carol', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'carol@example.com' }] }));
      await session.client.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: 'carol', Password: 'Correct-Horse1', Permanent: true }));
      const secretHash = createHmac('sha256', made.ClientSecret as string).update(`carol${made.ClientId}`).digest('base64');
      const signedIn = await session.client.send(
        new AdminInitiateAuthCommand({
          UserPoolId: poolId,
          ClientId: made.ClientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'carol', PASSWORD: 'Correct-Horse1', SECRET_HASH: secretHash },
        }),
      );
      assert.equal(signedIn.AuthenticationResult?.ExpiresIn, 30 * 60);
    });

    it('refuses token validities out of range in their units, and what else AWS refuses', async () => {
      const refused = (input: Omit<CreateUserPoolClientCommandInput, 'UserPoolId' | 'ClientName'>) => session.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'refused', ...input }));
      await rejectsWith(refused({ AccessTokenValidity: 25 }), 'InvalidParameterException', 'Invalid range for token validity.'); // hours
      await rejectsWith(refused({ IdTokenValidity: 4, TokenValidityUnits: { IdToken: 'minutes' } }), 'InvalidParameterException', 'Invalid range for token validity.');
      await rejectsWith(refused({ RefreshTokenValidity: 3651 }), 'InvalidParameterException', 'Invalid range for token validity.'); // days
      await rejectsWith(session.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'a/b' })), 'InvalidParameterException', /at 'clientName' failed to satisfy constraint: Member must satisfy regular expression pattern/);
      await rejectsWith(refused({ AllowedOAuthFlowsUserPoolClient: true }), 'InvalidParameterException', 'AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.');
      await rejectsWith(
        refused({ AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code'], AllowedOAuthScopes: ['openid'] }),
        'InvalidOAuthFlowException',
        'CallbackUrls can not be empty when code flow or implicit flow is selected',
      );
      await rejectsWith(
        refused({ AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['email'] }),
        'InvalidOAuthFlowException',
        'client_credentials flow can not be selected if client does not have a client secret.',
      );
      await rejectsWith(refused({ AllowedOAuthScopes: ['orders/read'] }), 'ScopeDoesNotExistException', 'Invalid scope requested: orders/read');
      await rejectsWith(refused({ WriteAttributes: ['name'] }), 'InvalidParameterException', 'Invalid write attributes specified while creating a client'); // email is required
      await rejectsWith(refused({ SupportedIdentityProviders: ['COGNITO', 'Google'] }), 'InvalidParameterException', `The provider Google does not exist for User Pool ${poolId}`);
      await rejectsWith(describeClient('nosuchclient'), 'ResourceNotFoundException', 'User pool client nosuchclient does not exist.');
    });

    it('sets what UpdateUserPoolClient leaves out back to its default: only ExplicitAuthFlows clears the callback URLs', async () => {
      const made = await createClient(poolId, {
        ClientName: 'hosted',
        CallbackURLs: ['https://app.example.com/callback'],
        LogoutURLs: ['https://app.example.com/'],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO'],
        PreventUserExistenceErrors: 'ENABLED',
        AccessTokenValidity: 2,
        WriteAttributes: ['email', 'name'],
      });
      assert.deepEqual(made.CallbackURLs, ['https://app.example.com/callback']);
      tick();

      const { UserPoolClient: updated } = await session.client.send(
        new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: made.ClientId, ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }),
      );

      assert.deepEqual(updated?.ExplicitAuthFlows, ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
      assert.deepEqual([updated?.ClientName, updated?.ClientId], ['hosted', made.ClientId], 'the name and id stay');
      assert.deepEqual(
        [updated?.CallbackURLs, updated?.LogoutURLs, updated?.AllowedOAuthFlows, updated?.AllowedOAuthScopes, updated?.SupportedIdentityProviders, updated?.WriteAttributes, updated?.AccessTokenValidity],
        [undefined, undefined, undefined, undefined, undefined, undefined, undefined],
      );
      assert.deepEqual([updated?.AllowedOAuthFlowsUserPoolClient, updated?.PreventUserExistenceErrors], [false, 'LEGACY']);
      assert.equal(updated?.CreationDate?.getTime(), made.CreationDate?.getTime());
      assert.equal(updated?.LastModifiedDate?.getTime(), clock);
      assert.deepEqual(await describeClient(made.ClientId as string), updated);
    });

    it('lists clients in creation order after the seeded ones, and deletes one', async () => {
      const seeded = session.double.pools[1];
      const listed = async () => (await session.client.send(new ListUserPoolClientsCommand({ UserPoolId: seeded.id, MaxResults: 60 }))).UserPoolClients?.map((c) => c.ClientName);
      const made = await createClient(seeded.id, { ClientName: 'added' });
      assert.deepEqual(await listed(), ['client-001', 'client-002', 'added']);

      const seededClient = seeded.appClient(0);
      await session.client.send(new DeleteUserPoolClientCommand({ UserPoolId: seeded.id, ClientId: seededClient.clientId }));
      assert.deepEqual(await listed(), ['client-002', 'added']);
      await rejectsWith(session.client.send(new DescribeUserPoolClientCommand({ UserPoolId: seeded.id, ClientId: seededClient.clientId })), 'ResourceNotFoundException');
      await rejectsWith(session.client.send(new DeleteUserPoolClientCommand({ UserPoolId: seeded.id, ClientId: seededClient.clientId })), 'ResourceNotFoundException');
      assert.equal(seeded.findAppClient(made.ClientId as string)?.name, 'added');
      assert.deepEqual([seeded.appClientCount, seeded.appClient(0).name], [2, 'client-002']);
    });
  });

  describe('faults around a create', () => {
    it('loses the answer of a CreateUserPool that made the pool: the caller sees a network error, the pool exists', async () => {
      session.double.loseAnswerNext(1, 'CreateUserPool');

      await session.client.send(new ListUserPoolsCommand({ MaxResults: 60 })); // another operation: answered
      await assert.rejects(session.client.send(new CreateUserPoolCommand({ PoolName: 'lost answer' })), (error: Error & { code?: string }) => {
        assert.match(`${error.code} ${error.message}`, /ECONNRESET|socket hang up/);
        return true;
      });

      assert.deepEqual(session.double.calls.map((c) => [c.operation, c.outcome]), [['ListUserPools', 'ok'], ['CreateUserPool', 'lost']]);
      assert.ok((await poolNames())?.includes('lost answer'));
      assert.equal(session.double.livePools().filter((p) => p.name === 'lost answer').length, 1);
    });

    it('makes the pool twice when the SDK retries a create whose answer was lost', async () => {
      const retrying = doubleClient(session.endpoint);
      try {
        session.double.loseAnswerNext(1);
        const { UserPool } = await retrying.send(new CreateUserPoolCommand({ PoolName: 'retried create' }));
        assert.deepEqual(session.double.calls.map((c) => c.outcome), ['lost', 'ok']);
        const made = session.double.livePools().filter((p) => p.name === 'retried create');
        assert.equal(made.length, 2);
        assert.equal(made[1].id, UserPool?.Id);
      } finally {
        retrying.destroy();
      }
    });

    it('records a lost answer that was an error, with its exception', async () => {
      session.double.loseAnswerNext(1, 'DeleteUserPool');
      await assert.rejects(session.client.send(new DeleteUserPoolCommand({ UserPoolId: 'us-east-1_NoSuchPoo' })));
      assert.deepEqual([session.double.calls[0].outcome, session.double.calls[0].error], ['lost', 'ResourceNotFoundException']);
    });

    it('answers InternalErrorException (HTTP 500, or the status asked for) without acting', async () => {
      const before = session.double.livePools().length;
      session.double.failNext(1);
      await assert.rejects(session.client.send(new CreateUserPoolCommand({ PoolName: 'never made' })), (error: Error & { $metadata?: { httpStatusCode?: number } }) => {
        assert.equal(error.name, 'InternalErrorException');
        assert.equal(error.$metadata?.httpStatusCode, 500);
        return true;
      });
      session.double.failNext(1, 503);
      await assert.rejects(session.client.send(new CreateUserPoolCommand({ PoolName: 'never made' })), (error: Error & { $metadata?: { httpStatusCode?: number } }) => error.$metadata?.httpStatusCode === 503);

      assert.equal(session.double.livePools().length, before);
      assert.deepEqual(session.double.calls.map((c) => [c.outcome, c.error]), [
        ['failed', 'InternalErrorException'],
        ['failed', 'InternalErrorException'],
      ]);
      await createPool({ PoolName: 'made after' }); // the fault is spent
    });
  });
});
