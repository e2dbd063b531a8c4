import * as assert from 'node:assert/strict';
import { CognitoError } from '../../src/shared/errors';
import { toAttributeSchema, toPoolDetails } from '../../src/aws/cognito/mapPool';
import { AnswerLostError, sendOnce } from '../../src/aws/cognito/sendOnce';
import { cognitoService } from '../../src/aws/cognito/service';
import { signInFromPoolSettings, signInToPoolSettings } from '../../src/shared/signIn';
import { COGNITO_DEFAULT_PASSWORD_POLICY, type SignInOption } from '../../src/shared/types';
import { awsError, RecordingSdk } from '../support/recordingSdk';

// The service's lists and creates against a recording SDK client: what is read from each answer (and
// what is not passed on), and how a create whose answer was lost finds what it made instead of making
// it twice. Plus the pure mappings it uses: sign-in settings, pool details, the send-once middleware.

const lost = () => {
  throw new AnswerLostError();
};

describe('the service’s lists', () => {
  it('reads pools, app clients (never a secret), users and user records, with an empty token as the end', async () => {
    const sdk = new RecordingSdk();
    const created = new Date(5000);
    sdk.answers.set('ListUserPoolsCommand', { UserPools: [{ Id: 'p1', Name: 'shop', CreationDate: created }, {}], NextToken: '' });
    sdk.answers.set('ListUserPoolClientsCommand', { UserPoolClients: [{ ClientId: 'c1', ClientName: 'web', ClientSecret: 'leak' }, {}], NextToken: 'n2' });
    sdk.answers.set('ListUsersCommand', {
      Users: [{ Username: 'alice', UserStatus: 'CONFIRMED', Enabled: false, UserCreateDate: created, Attributes: [{ Name: 'email', Value: 'a@example.com' }, { Name: 'nickname' }], MFAOptions: [{ DeliveryMedium: 'SMS' }, {}] }, {}],
      PaginationToken: 'u2',
    });
    const service = cognitoService(sdk.client, sdk.context());
    assert.deepEqual(await service.pools.list('t1'), { items: [{ id: 'p1', name: 'shop', creationDate: created }, { id: '', name: '', creationDate: undefined }], nextToken: undefined });
    const clients = await service.clients.list('p1');
    assert.deepEqual(clients, { items: [{ userPoolId: 'p1', clientId: 'c1', name: 'web' }, { userPoolId: 'p1', clientId: '', name: '' }], nextToken: 'n2' });
    assert.deepEqual(await service.users.list('p1', { filter: 'username ^= "a"', nextToken: 'u1' }), {
      items: [{ username: 'alice', status: 'CONFIRMED', enabled: false, email: 'a@example.com', phoneNumber: undefined }, { username: '', status: 'UNKNOWN', enabled: true, email: undefined, phoneNumber: undefined }],
      nextToken: 'u2',
    });
    const records = await service.users.listRecords('p1');
    assert.deepEqual(records.items, [
      { username: 'alice', status: 'CONFIRMED', enabled: false, created, modified: undefined, attributes: [{ name: 'email', value: 'a@example.com' }, { name: 'nickname', value: '' }], mfaMethods: ['SMS_MFA', '_MFA'] },
      { username: '', status: 'UNKNOWN', enabled: true, created: undefined, modified: undefined, attributes: [], mfaMethods: [] },
    ]);
    assert.deepEqual(sdk.sent.map((c) => c.input), [
      { MaxResults: 60, NextToken: 't1' },
      { UserPoolId: 'p1', MaxResults: 60, NextToken: undefined },
      { UserPoolId: 'p1', Limit: 60, PaginationToken: 'u1', Filter: 'username ^= "a"' },
      { UserPoolId: 'p1', Limit: 60, PaginationToken: undefined, Filter: undefined },
    ]);
  });
});

describe('creating through the service', () => {
  const POOL_REQUEST = { name: 'shop', signIn: 'email' as const, passwordPolicy: { ...COGNITO_DEFAULT_PASSWORD_POLICY, minimumLength: 12, requireSymbols: false }, autoVerifyEmail: true };

  it('creates a pool with its sign-in, policy and verification, case-insensitive usernames', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('CreateUserPoolCommand', { UserPool: { Id: 'p1', Name: 'shop', Arn: 'arn:p1' } });
    const pool = await cognitoService(sdk.client, sdk.context()).pools.create(POOL_REQUEST);
    assert.deepEqual(pool, { id: 'p1', name: 'shop', arn: 'arn:p1', creationDate: undefined });
    assert.deepEqual(sdk.sent[0].input, {
      PoolName: 'shop',
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: false, TemporaryPasswordValidityDays: 7 } },
    });
    const quiet = new RecordingSdk();
    await cognitoService(quiet.client, quiet.context()).pools.create({ ...POOL_REQUEST, signIn: 'username', autoVerifyEmail: false });
    assert.equal(quiet.sent[0].input.AutoVerifiedAttributes, undefined);
    assert.equal('UsernameAttributes' in quiet.sent[0].input, false);
  });

  it('finds the pool a lost answer made: the newest of that name since the call, not an older one', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('CreateUserPoolCommand', lost);
    const now = Date.now();
    sdk.answers.set('ListUserPoolsCommand', {
      UserPools: [
        { Id: 'old', Name: 'shop', CreationDate: new Date(now - 10 * 60_000) },
        { Id: 'other', Name: 'blog', CreationDate: new Date(now) },
        { Id: 'first', Name: 'shop', CreationDate: new Date(now - 30_000) },
        { Id: 'new', Name: 'shop', CreationDate: new Date(now + 1000) },
      ],
    });
    const pool = await cognitoService(sdk.client, sdk.context()).pools.create(POOL_REQUEST);
    assert.deepEqual([pool.id, pool.recovered], ['new', true]);
    assert.deepEqual(sdk.names(), ['CreateUserPool', 'ListUserPools']);
  });

  it('sends a pool again once when the lost answer made nothing, and gives up after that', async () => {
    const sdk = new RecordingSdk();
    let sends = 0;
    sdk.answers.set('CreateUserPoolCommand', () => (++sends === 1 ? lost() : { UserPool: { Id: 'p2' } }));
    const pool = await cognitoService(sdk.client, sdk.context()).pools.create(POOL_REQUEST);
    assert.deepEqual(pool, { id: 'p2', name: 'shop', arn: undefined, creationDate: undefined });
    assert.deepEqual(sdk.names(), ['CreateUserPool', 'ListUserPools', 'CreateUserPool']);

    const never = new RecordingSdk();
    never.answers.set('CreateUserPoolCommand', lost);
    await assert.rejects(cognitoService(never.client, never.context()).pools.create(POOL_REQUEST), (error: unknown) => error instanceof CognitoError && error.awsName === 'AnswerLost');
    assert.deepEqual(never.names(), ['CreateUserPool', 'ListUserPools', 'CreateUserPool', 'ListUserPools']);

    const refused = new RecordingSdk();
    refused.answers.set('CreateUserPoolCommand', () => {
      throw awsError('LimitExceededException', 'Too many pools.');
    });
    await assert.rejects(cognitoService(refused.client, refused.context()).pools.create(POOL_REQUEST), CognitoError);
    assert.deepEqual(refused.names(), ['CreateUserPool'], 'a refusal is final: nothing looked up, nothing sent again');
  });

  const CLIENT_REQUEST = { userPoolId: 'p1', name: 'web', generateSecret: true, authFlows: ['ALLOW_USER_SRP_AUTH' as const, 'ALLOW_REFRESH_TOKEN_AUTH' as const] };

  it('creates an app client, and after a lost answer takes the one client of that name that was not there before', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('CreateUserPoolClientCommand', { UserPoolClient: { ClientId: 'c9', ClientName: 'web' } });
    assert.deepEqual(await cognitoService(sdk.client, sdk.context()).clients.create(CLIENT_REQUEST), { userPoolId: 'p1', clientId: 'c9', name: 'web' });
    assert.deepEqual(sdk.sent[1].input, { UserPoolId: 'p1', ClientName: 'web', GenerateSecret: true, ExplicitAuthFlows: CLIENT_REQUEST.authFlows });

    const recovering = new RecordingSdk();
    let lists = 0;
    recovering.answers.set('ListUserPoolClientsCommand', () => ({ UserPoolClients: ++lists === 1 ? [{ ClientId: 'c1', ClientName: 'web' }] : [{ ClientId: 'c1', ClientName: 'web' }, { ClientId: 'c2', ClientName: 'web' }, { ClientId: 'c3', ClientName: 'api' }] }));
    recovering.answers.set('CreateUserPoolClientCommand', lost);
    assert.deepEqual(await cognitoService(recovering.client, recovering.context()).clients.create(CLIENT_REQUEST), { userPoolId: 'p1', clientId: 'c2', name: 'web', recovered: true });
  });

  it('gives up on a lost app client answer it cannot tell apart, or without the list from before', async () => {
    const ambiguous = new RecordingSdk();
    let lists = 0;
    ambiguous.answers.set('ListUserPoolClientsCommand', () => ({ UserPoolClients: ++lists === 1 ? [] : [{ ClientId: 'c1', ClientName: 'web' }, { ClientId: 'c2', ClientName: 'web' }] }));
    ambiguous.answers.set('CreateUserPoolClientCommand', lost);
    await assert.rejects(cognitoService(ambiguous.client, ambiguous.context()).clients.create(CLIENT_REQUEST), (error: unknown) => error instanceof CognitoError && error.awsName === 'AnswerLost');
    assert.deepEqual(ambiguous.names(), ['ListUserPoolClients', 'CreateUserPoolClient', 'ListUserPoolClients'], 'two new clients of that name: not sent again');

    const none = new RecordingSdk();
    none.answers.set('CreateUserPoolClientCommand', lost);
    await assert.rejects(cognitoService(none.client, none.context()).clients.create(CLIENT_REQUEST), CognitoError);
    assert.deepEqual(none.names(), ['ListUserPoolClients', 'CreateUserPoolClient', 'ListUserPoolClients', 'CreateUserPoolClient', 'ListUserPoolClients'], 'made none: sent once more, then given up');

    const blind = new RecordingSdk();
    blind.answers.set('ListUserPoolClientsCommand', () => {
      throw awsError('TooManyRequestsException', 'Slow down.');
    });
    blind.answers.set('CreateUserPoolClientCommand', lost);
    await assert.rejects(cognitoService(blind.client, blind.context()).clients.create(CLIENT_REQUEST), CognitoError);
    assert.deepEqual(blind.names(), ['ListUserPoolClients', 'CreateUserPoolClient'], 'without the list from before, nothing can be told apart');
  });

  it('creates a user with its contact attributes, verified flags, further attributes and invitation', async () => {
    const sdk = new RecordingSdk();
    const service = cognitoService(sdk.client, sdk.context());
    const user = await service.users.create({ userPoolId: 'p1', username: 'alice', temporaryPassword: '', email: 'a@example.com', emailVerified: true, phoneNumber: '+14155550100', phoneNumberVerified: true, invitation: 'EMAIL', otherAttributes: [{ name: 'custom:team', value: 'red' }] });
    assert.deepEqual(user, { username: 'alice', status: 'FORCE_CHANGE_PASSWORD', enabled: true, email: 'a@example.com' });
    assert.deepEqual(sdk.sent[0].input, {
      UserPoolId: 'p1',
      Username: 'alice',
      TemporaryPassword: undefined,
      UserAttributes: [
        { Name: 'email', Value: 'a@example.com' },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'phone_number', Value: '+14155550100' },
        { Name: 'phone_number_verified', Value: 'true' },
        { Name: 'custom:team', Value: 'red' },
      ],
      MessageAction: undefined,
      DesiredDeliveryMediums: ['EMAIL'],
    });
    sdk.answers.set('AdminCreateUserCommand', { User: { Username: 'bob', UserStatus: 'FORCE_CHANGE_PASSWORD', Enabled: true } });
    await service.users.create({ userPoolId: 'p1', username: 'bob', temporaryPassword: 'Pw-1', email: 'b@example.com', emailVerified: false, phoneNumberVerified: true, invitation: 'SUPPRESS' });
    assert.deepEqual(sdk.sent[1].input, { UserPoolId: 'p1', Username: 'bob', TemporaryPassword: 'Pw-1', UserAttributes: [{ Name: 'email', Value: 'b@example.com' }], MessageAction: 'SUPPRESS', DesiredDeliveryMediums: undefined });
  });

  it('counts "username exists" on a retried create as created, with the user as Cognito has it, but not on a first attempt', async () => {
    const request = { userPoolId: 'p1', username: 'alice', emailVerified: false, phoneNumberVerified: false, invitation: 'SUPPRESS' as const, temporaryPassword: 'Pw-1' };
    const retried = new RecordingSdk();
    retried.answers.set('AdminCreateUserCommand', () => {
      throw awsError('UsernameExistsException', 'User account already exists', 2);
    });
    retried.answers.set('AdminGetUserCommand', { Username: 'alice', UserStatus: 'FORCE_CHANGE_PASSWORD', Enabled: true });
    assert.deepEqual(await cognitoService(retried.client, retried.context()).users.create(request), { username: 'alice', status: 'FORCE_CHANGE_PASSWORD', enabled: true, email: undefined, phoneNumber: undefined, recovered: true });

    const first = new RecordingSdk();
    first.answers.set('AdminCreateUserCommand', () => {
      throw awsError('UsernameExistsException', 'User account already exists', 1);
    });
    await assert.rejects(cognitoService(first.client, first.context()).users.create(request), (error: unknown) => error instanceof CognitoError && error.kind === 'alreadyExists');
  });
});

describe('send-once middleware', () => {
  async function through(error: object): Promise<unknown> {
    let middleware: ((next: (args: unknown) => Promise<unknown>) => (args: unknown) => Promise<unknown>) | undefined;
    let options: unknown;
    sendOnce.applyToStack({ add: (m, o) => ((middleware = m), (options = o)) });
    assert.deepEqual(options, { step: 'finalizeRequest', priority: 'low', name: 'cognitoSendOnce' });
    return middleware!(async () => {
      throw error;
    })({}).catch((thrown: unknown) => thrown);
  }

  it('turns a 5xx or a connection lost after sending into AnswerLost, and leaves other errors alone', async () => {
    for (const error of [{ $metadata: { httpStatusCode: 500 } }, { $metadata: { httpStatusCode: 503 } }, { code: 'ECONNRESET' }, { name: 'TimeoutError' }, { message: 'socket hang up' }, { message: 'Request aborted' }, { code: 'EPIPE' }, { code: 'ETIMEDOUT' }]) {
      const thrown = await through(error);
      assert.ok(thrown instanceof AnswerLostError, JSON.stringify(error));
      assert.equal((thrown as Error).name, 'AnswerLost');
      assert.equal((thrown as Error).message, 'The connection ended after the request was sent');
    }
    for (const error of [{ $metadata: { httpStatusCode: 499 } }, { name: 'TooManyRequestsException', $metadata: { httpStatusCode: 400 } }, { code: 'ECONNREFUSED' }, {}]) {
      assert.equal(await through(error), error, JSON.stringify(error));
    }
  });

  it('passes an answer through', async () => {
    let middleware: ((next: (args: unknown) => Promise<unknown>) => (args: unknown) => Promise<unknown>) | undefined;
    sendOnce.applyToStack({ add: (m) => void (middleware = m) });
    assert.equal(await middleware!(async (args) => args)('answer'), 'answer');
  });
});

describe('pool mappings', () => {
  it('maps each sign-in option to CreateUserPool’s settings and back', () => {
    const options: SignInOption[] = ['username', 'email', 'phone', 'emailOrPhone', 'usernameOrEmail'];
    assert.deepEqual(options.map(signInToPoolSettings), [{}, { UsernameAttributes: ['email'] }, { UsernameAttributes: ['phone_number'] }, { UsernameAttributes: ['email', 'phone_number'] }, { AliasAttributes: ['email'] }]);
    for (const option of options) {
      const settings = signInToPoolSettings(option);
      assert.equal(signInFromPoolSettings(settings.UsernameAttributes, settings.AliasAttributes), option);
    }
    assert.equal(signInFromPoolSettings(), 'username');
    assert.equal(signInFromPoolSettings([], ['phone_number', 'preferred_username']), 'username');
  });

  it('reads a pool’s details, with Cognito’s defaults for what it does not say', () => {
    const bare = toPoolDetails({}, 'p1');
    assert.deepEqual(bare, {
      id: 'p1',
      name: '',
      arn: undefined,
      creationDate: undefined,
      signIn: 'username',
      passwordPolicy: COGNITO_DEFAULT_PASSWORD_POLICY,
      attributes: [],
      autoVerifiedAttributes: [],
      smsConfigured: false,
      messaging: { email: { kind: 'cognito', replyTo: undefined, sourceArn: undefined }, sms: undefined },
      settings: {
        usernameAttributes: [],
        aliasAttributes: [],
        mfa: 'OFF',
        deletionProtection: false,
        emailSending: "Cognito's default e-mail (50 a day)",
        emailFrom: undefined,
        smsRoleArn: undefined,
        triggers: [],
        preTokenVersion: undefined,
        customSenders: [],
        estimatedUsers: undefined,
        domain: undefined,
        customDomain: undefined,
        lastModified: undefined,
        temporaryPasswordDays: 7,
        passwordHistorySize: 0,
        plan: 'ESSENTIALS',
        firstFactors: ['PASSWORD'],
        threatProtection: undefined,
        selfSignUp: true,
        keepOriginalUntilVerified: [],
        accountRecovery: [],
        tags: {},
      },
    });
    const full = toPoolDetails(
      {
        Id: 'p2',
        Name: 'shop',
        UsernameAttributes: ['email'],
        Policies: {
          PasswordPolicy: { MinimumLength: 12, RequireUppercase: false, RequireLowercase: false, RequireNumbers: false, RequireSymbols: false },
          SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'SMS_OTP', 'WEB_AUTHN'] },
        },
        SmsConfiguration: { SnsCallerArn: 'arn:role' },
        DeletionProtection: 'ACTIVE',
        MfaConfiguration: 'ON',
        EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', SourceArn: 'arn:ses', From: 'no-reply@example.com' },
        LambdaConfig: { PreSignUp: 'arn:lambda', CustomSMSSender: { LambdaArn: 'arn:x', LambdaVersion: 'V1_0' } },
      },
      'ignored',
    );
    assert.deepEqual([full.id, full.name, full.signIn, full.passwordPolicy.minimumLength, full.passwordPolicy.requireSymbols, full.smsConfigured], ['p2', 'shop', 'email', 12, false, true]);
    assert.deepEqual(full.settings && [full.settings.mfa, full.settings.deletionProtection, full.settings.emailSending, full.settings.emailFrom, full.settings.smsRoleArn, full.settings.triggers], [
      'ON',
      true,
      'Amazon SES (arn:ses)',
      'no-reply@example.com',
      'arn:role',
      [{ name: 'PreSignUp', arn: 'arn:lambda' }],
    ]);
    assert.deepEqual(full.settings?.customSenders, ['CustomSMSSender']);
    assert.deepEqual(full.settings?.firstFactors, ['PASSWORD', 'SMS_OTP', 'WEB_AUTHN']);
    assert.equal(toPoolDetails({ EmailConfiguration: { EmailSendingAccount: 'DEVELOPER' } }, 'p').settings?.emailSending, 'Amazon SES (identity not named)');
  });

  it('reads the Lambda triggers Edit Lambda Triggers offers: pre token generation by either member with its version, never the KMS key or a custom sender', () => {
    const fn = (name: string) => `arn:aws:lambda:eu-west-2:210987654321:function:${name}`;
    const settings = (LambdaConfig: object) => toPoolDetails({ LambdaConfig }, 'p').settings;
    const current = settings({ PreTokenGenerationConfig: { LambdaArn: fn('claims'), LambdaVersion: 'V2_0' }, KMSKeyID: 'arn:aws:kms:eu-west-2:210987654321:key/k', CustomEmailSender: { LambdaArn: fn('mail'), LambdaVersion: 'V1_0' }, UserMigration: fn('migrate') });
    assert.deepEqual([current?.triggers, current?.preTokenVersion, current?.customSenders], [
      [{ name: 'PreTokenGeneration', arn: fn('claims') }, { name: 'UserMigration', arn: fn('migrate') }],
      'V2_0',
      ['CustomEmailSender'],
    ]);
    const legacy = settings({ PreTokenGeneration: fn('old-claims') });
    assert.deepEqual([legacy?.triggers, legacy?.preTokenVersion], [[{ name: 'PreTokenGeneration', arn: fn('old-claims') }], 'V1_0']);
  });

  it('reads schema attributes: custom ones with their prefix, limits as numbers', () => {
    assert.deepEqual(toAttributeSchema({ Name: 'team', AttributeDataType: 'String', StringAttributeConstraints: { MinLength: '1', MaxLength: '' } }), {
      name: 'custom:team',
      type: 'String',
      mutable: true,
      required: false,
      custom: true,
      minLength: 1,
      maxLength: undefined,
      minValue: undefined,
      maxValue: undefined,
    });
    assert.deepEqual(toAttributeSchema({ Name: 'custom:level', AttributeDataType: 'Number', Mutable: false, Required: true, NumberAttributeConstraints: { MinValue: '0', MaxValue: 'x' } }), {
      name: 'custom:level',
      type: 'Number',
      mutable: false,
      required: true,
      custom: true,
      minLength: undefined,
      maxLength: undefined,
      minValue: 0,
      maxValue: undefined,
    });
    const email = toAttributeSchema({ Name: 'email' });
    assert.deepEqual([email.name, email.type, email.custom], ['email', 'String', false]);
  });
});

describe('the service hands each call to its resource', () => {
  it('sends the command of every pool, client, user, group and sign-in call', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { ClientSecret: 'shh' } });
    sdk.answers.set('AdminGetUserCommand', { Username: 'alice' });
    sdk.answers.set('InitiateAuthCommand', { AuthenticationResult: { AccessToken: 'a' } });
    sdk.answers.set('RespondToAuthChallengeCommand', { AuthenticationResult: { AccessToken: 'a' } });
    const service = cognitoService(sdk.client, sdk.context());
    const client = { userPoolId: 'p', clientId: 'c', hasSecret: false };
    const calls: [string, () => Promise<unknown>][] = [
      ['DescribeUserPool', () => service.pools.describe('p')],
      ['DescribeUserPool UpdateUserPool', () => service.pools.setDeletionProtection('p', false)],
      ['DeleteUserPool', () => service.pools.delete('p')],
      ['DescribeUserPoolClient', () => service.clients.describe('p', 'c')],
      ['DescribeUserPoolClient UpdateUserPoolClient', () => service.clients.updateAuthFlows('p', 'c', ['ALLOW_USER_SRP_AUTH'])],
      ['DeleteUserPoolClient', () => service.clients.delete('p', 'c')],
      ['AdminGetUser', () => service.users.get('p', 'alice')],
      ['AdminGetUser AdminListGroupsForUser', () => service.users.getDetails('p', 'alice')],
      ['AdminSetUserPassword', () => service.users.setPassword('p', 'alice', 'Pw-1', false)],
      ['AdminEnableUser', () => service.users.setEnabled('p', 'alice', true)],
      ['AdminConfirmSignUp', () => service.users.confirm('p', 'alice')],
      ['AdminDeleteUser', () => service.users.delete('p', 'alice')],
      ['AdminUpdateUserAttributes', () => service.users.updateAttributes('p', 'alice', [])],
      ['AdminDeleteUserAttributes', () => service.users.deleteAttributes('p', 'alice', ['nickname'])],
      ['AdminResetUserPassword', () => service.users.resetPassword('p', 'alice')],
      ['AdminCreateUser', () => service.users.resendInvitation('p', 'alice', ['EMAIL'])],
      ['AdminUserGlobalSignOut', () => service.users.signOutEverywhere('p', 'alice')],
      ['ListGroups', () => service.groups.list('p')],
      ['ListUsersInGroup', () => service.groups.listMembers('p', 'admins')],
      ['CreateGroup', () => service.groups.create({ userPoolId: 'p', name: 'admins' })],
      ['DeleteGroup', () => service.groups.delete('p', 'admins')],
      ['AdminAddUserToGroup', () => service.groups.addUser('p', 'alice', 'admins')],
      ['AdminRemoveUserFromGroup', () => service.groups.removeUser('p', 'alice', 'admins')],
      ['InitiateAuth', () => service.auth.signIn({ ...client, username: 'alice', password: 'Pw-1', flow: 'USER_PASSWORD_AUTH' })],
      ['RespondToAuthChallenge', () => service.auth.answerChallenge({ ...client, admin: false, username: 'alice', challenge: 'SMS_MFA', session: 's', responses: {} })],
      ['DescribeUserPoolClient InitiateAuth', () => service.auth.refreshTokens({ ...client, admin: false, username: 'alice', refreshToken: 'r' })],
      ['RevokeToken', () => service.auth.revokeToken({ ...client, refreshToken: 'r' })],
    ];
    for (const [expected, call] of calls) {
      const before = sdk.sent.length;
      const result = call();
      assert.ok(result instanceof Promise, expected);
      await result;
      assert.equal(sdk.names().slice(before).join(' '), expected);
    }
  });
});
