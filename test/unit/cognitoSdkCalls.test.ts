import * as assert from 'node:assert/strict';
import { callCognito } from '../../src/aws/serviceCall';
import { callLogLine } from '../../src/shared/callLogLine';
import { ClientCalls, DEFAULT_FLOWS } from '../../src/aws/cognito/clientCalls';
import { GroupCalls } from '../../src/aws/cognito/groupCalls';
import { CognitoError } from '../../src/shared/errors';
import { PoolCalls } from '../../src/aws/cognito/poolCalls';
import { UserCalls } from '../../src/aws/cognito/userCalls';
import { awsError, RecordingSdk } from '../support/recordingSdk';

// The SDK calls for one pool, one app client and one user, against a recording SDK client: which
// commands go out with what, how the answers are read, and what each call leaves in the call log.

describe('a call to Cognito', () => {
  it('logs the operation, region, duration and request id, and never the parameters', async () => {
    const sdk = new RecordingSdk();
    const out = await callCognito(sdk.context(), 'ListUserPools', async () => ({ $metadata: { requestId: 'req-1' }, secret: 'x' }));
    assert.equal(out.secret, 'x');
    assert.equal(sdk.logged.length, 1);
    const [entry] = sdk.logged;
    assert.deepEqual({ ...entry, ms: 0 }, { operation: 'ListUserPools', region: 'eu-west-1', ms: 0, requestId: 'req-1' });
    assert.ok(entry.ms >= 0 && entry.ms < 5000, `a duration, not a timestamp: ${entry.ms}`);
  });

  it('turns a failure into a CognitoError with the attempts, and logs its AWS name, else its kind', async () => {
    const sdk = new RecordingSdk();
    const failing = callCognito(sdk.context(), 'AdminGetUser', async () => {
      throw awsError('UserNotFoundException', 'User does not exist.', 3, 'req-9');
    });
    await assert.rejects(failing, (error: unknown) => error instanceof CognitoError && error.kind === 'notFound' && error.attempts === 3);
    await assert.rejects(
      callCognito(sdk.context(), 'ListUserPools', async () => {
        throw new CognitoError('Cognito is busy.', 'throttled');
      }),
      CognitoError,
    );
    assert.deepEqual(
      sdk.logged.map((e) => ({ ...e, ms: 0 })),
      [
        { operation: 'AdminGetUser', region: 'eu-west-1', ms: 0, requestId: 'req-9', error: 'UserNotFoundException' },
        { operation: 'ListUserPools', region: 'eu-west-1', ms: 0, requestId: undefined, error: 'throttled' },
      ],
    );
    for (const entry of sdk.logged) assert.ok(entry.ms >= 0 && entry.ms < 5000, `a duration: ${entry.ms}`);
  });

  it('is one log line with what is known', () => {
    assert.equal(callLogLine({ operation: 'ListUsers', region: 'eu-west-1', ms: 12 }), 'ListUsers eu-west-1 12 ms');
    assert.equal(callLogLine({ operation: 'ListUsers', region: 'eu-west-1', ms: 12, requestId: 'r-1', error: 'TooManyRequestsException' }), 'ListUsers eu-west-1 12 ms request r-1 failed: TooManyRequestsException');
  });
});

describe('one pool through the SDK', () => {
  it('turns deletion protection on and off by sending the whole configuration with only that changed', async () => {
    const sdk = new RecordingSdk();
    const pool = { Id: 'eu-west-1_a', Name: 'shop', Policies: { PasswordPolicy: { MinimumLength: 10 } }, MfaConfiguration: 'OFF', DeletionProtection: 'INACTIVE', AutoVerifiedAttributes: ['email'], UserPoolTier: 'LITE' };
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: pool });
    const calls = new PoolCalls(sdk.client, sdk.context());
    await calls.setDeletionProtection('eu-west-1_a', true);
    await calls.setDeletionProtection('eu-west-1_a', false);
    assert.deepEqual(sdk.names(), ['DescribeUserPool', 'UpdateUserPool', 'DescribeUserPool', 'UpdateUserPool']);
    const [on, off] = [sdk.sent[1].input, sdk.sent[3].input];
    assert.deepEqual([on.UserPoolId, on.DeletionProtection, off.DeletionProtection], ['eu-west-1_a', 'ACTIVE', 'INACTIVE']);
    assert.deepEqual([on.PoolName, on.Policies, on.MfaConfiguration, on.AutoVerifiedAttributes], ['shop', pool.Policies, 'OFF', ['email']]);
    // UserPoolTier "Defaults to ESSENTIALS" when left out, so the pool's own plan is sent back.
    assert.equal(on.UserPoolTier, 'LITE');
    assert.deepEqual(sdk.logged.map((e) => e.operation), ['DescribeUserPool', 'UpdateUserPool', 'DescribeUserPool', 'UpdateUserPool']);
  });

  it('sends back what Describe reports in a form UpdateUserPool accepts', async () => {
    const sdk = new RecordingSdk();
    const template = { DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailMessage: 'Code {####}', EmailSubject: 'Code', EmailMessageByLink: 'Click {##here##}', EmailSubjectByLink: 'Confirm', SmsMessage: 'Code {####}' };
    sdk.answers.set('DescribeUserPoolCommand', {
      UserPool: {
        Id: 'eu-west-1_a',
        Name: 'ledger',
        Arn: 'arn:aws:cognito-idp:eu-west-1:210987654321:userpool/eu-west-1_a',
        Domain: 'ledger-login',
        Policies: { PasswordPolicy: { MinimumLength: 11, TemporaryPasswordValidityDays: 4 }, SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } },
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true, UnusedAccountValidityDays: 4, InviteMessageTemplate: { EmailSubject: 'Hi' } },
        VerificationMessageTemplate: template,
        EmailVerificationMessage: 'Code {####}',
        EmailVerificationSubject: 'Code',
        SmsVerificationMessage: 'Code {####}',
        UserPoolTier: 'PLUS',
        DcrConfiguration: { EnableStatus: 'Enabled' },
        KeyConfiguration: { KeyType: 'AWS_OWNED_KEY' },
        IssuerConfiguration: { Type: 'UPDATED' },
        AcrConfiguration: { level1: { AcrValue: 'urn:ledger:basic' } },
      },
    });
    await new PoolCalls(sdk.client, sdk.context()).setDeletionProtection('eu-west-1_a', false);
    const sent = sdk.sent[1].input;
    assert.deepEqual(sent.Policies, { PasswordPolicy: { MinimumLength: 11, TemporaryPasswordValidityDays: 4 }, SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } });
    assert.deepEqual(sent.AdminCreateUserConfig, { AllowAdminCreateUserOnly: true, InviteMessageTemplate: { EmailSubject: 'Hi' } });
    assert.deepEqual(sent.VerificationMessageTemplate, { DefaultEmailOption: 'CONFIRM_WITH_LINK', EmailSubject: 'Code', EmailMessageByLink: 'Click {##here##}', EmailSubjectByLink: 'Confirm', SmsMessage: 'Code {####}' });
    assert.deepEqual(
      ['EmailVerificationMessage', 'EmailVerificationSubject', 'SmsVerificationMessage', 'DcrConfiguration', 'Domain', 'Arn', 'Id'].filter((member) => member in sent),
      [],
    );
    assert.equal(sent.UserPoolTier, 'PLUS', 'the feature plan is sent back: left out, it would go back to Essentials');
    assert.deepEqual([sent.KeyConfiguration, sent.IssuerConfiguration, sent.AcrConfiguration], [{ KeyType: 'AWS_OWNED_KEY' }, { Type: 'UPDATED' }, { level1: { AcrValue: 'urn:ledger:basic' } }]);
  });

  it('keeps an old pool’s settings that only the deprecated members hold', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolCommand', {
      UserPool: { Id: 'eu-west-1_old', Name: 'legacy', AdminCreateUserConfig: { UnusedAccountValidityDays: 12 }, EmailVerificationMessage: 'Old {####}', EmailVerificationSubject: 'Old', SmsVerificationMessage: 'Old {####}' },
    });
    await new PoolCalls(sdk.client, sdk.context()).setDeletionProtection('eu-west-1_old', false);
    const sent = sdk.sent[1].input;
    assert.deepEqual([sent.Policies, sent.AdminCreateUserConfig], [{ PasswordPolicy: { TemporaryPasswordValidityDays: 12 } }, {}]);
    assert.deepEqual([sent.EmailVerificationMessage, sent.EmailVerificationSubject, sent.SmsVerificationMessage], ['Old {####}', 'Old', 'Old {####}']);
  });

  it('names iam:PassRole on the SMS role when the update carrying it is refused', async () => {
    const sdk = new RecordingSdk();
    const role = 'arn:aws:iam::210987654321:role/ledger-sms';
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: { Id: 'eu-west-1_a', Name: 'ledger', SmsConfiguration: { SnsCallerArn: role, ExternalId: 'ext-7' } } });
    sdk.answers.set('UpdateUserPoolCommand', () => {
      throw awsError('AccessDeniedException', `User: arn:aws:iam::210987654321:user/dev is not authorized to perform: iam:PassRole on resource: ${role}`);
    });
    const calls = new PoolCalls(sdk.client, sdk.context());
    await assert.rejects(calls.setDeletionProtection('eu-west-1_a', false), {
      kind: 'accessDenied',
      message: `Access denied: UpdateUserPool hands Cognito the pool's SMS role, so your credentials need both cognito-idp:UpdateUserPool and iam:PassRole on ${role}; ask for them or choose another profile.`,
    });
    sdk.answers.set('UpdateUserPoolCommand', () => {
      throw awsError('NotAuthorizedException', 'Not authorized.');
    });
    await assert.rejects(calls.setDeletionProtection('eu-west-1_a', false), { message: /iam:PassRole on arn:aws:iam::210987654321:role\/ledger-sms/ });

    // Without an SMS role nothing is passed: the sentence names the Cognito action alone.
    sdk.answers.set('DescribeUserPoolCommand', { UserPool: { Id: 'eu-west-1_a', Name: 'ledger' } });
    await assert.rejects(calls.setDeletionProtection('eu-west-1_a', false), { message: "Cognito refused UpdateUserPool for these credentials; check the profile's permissions." });
  });

  it('deletes a pool by id, and describes an unknown answer as the pool asked for', async () => {
    const sdk = new RecordingSdk();
    const calls = new PoolCalls(sdk.client, sdk.context());
    await calls.delete('eu-west-1_a');
    assert.deepEqual(sdk.sent, [{ name: 'DeleteUserPoolCommand', input: { UserPoolId: 'eu-west-1_a' } }]);
    assert.deepEqual(sdk.logged.map((e) => e.operation), ['DeleteUserPool']);
    const details = await calls.describe('eu-west-1_b');
    assert.deepEqual([details.id, details.name], ['eu-west-1_b', '']);
  });
});

describe('one app client through the SDK', () => {
  it('reads a client’s flows, token lifetimes and settings, and whether it has a secret without passing it on', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', {
      UserPoolClient: {
        ClientName: 'web',
        ClientSecret: 'top-secret',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'],
        AccessTokenValidity: 5,
        IdTokenValidity: 6,
        RefreshTokenValidity: 7,
        TokenValidityUnits: { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'hours' },
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid'],
        CallbackURLs: ['https://app.example.com/cb'],
        LogoutURLs: ['https://app.example.com/out'],
        DefaultRedirectURI: 'https://app.example.com/cb',
        SupportedIdentityProviders: ['COGNITO'],
        ReadAttributes: ['email'],
        WriteAttributes: ['name'],
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
      },
    });
    const details = await new ClientCalls(sdk.client, sdk.context()).describe('eu-west-1_a', 'c1');
    assert.ok(!JSON.stringify(details).includes('top-secret'), 'the secret is never passed on');
    assert.deepEqual(details, {
      userPoolId: 'eu-west-1_a',
      clientId: 'c1',
      name: 'web',
      authFlows: ['ALLOW_USER_PASSWORD_AUTH'],
      hasSecret: true,
      rotatesRefreshTokens: false,
      settings: {
        accessToken: { value: 5, unit: 'hours' },
        idToken: { value: 6, unit: 'hours' },
        refreshToken: { value: 7, unit: 'hours' },
        oauthEnabled: true,
        oauthFlows: ['code'],
        oauthScopes: ['openid'],
        callbackUrls: ['https://app.example.com/cb'],
        logoutUrls: ['https://app.example.com/out'],
        defaultRedirectUri: 'https://app.example.com/cb',
        identityProviders: ['COGNITO'],
        readAttributes: ['email'],
        writeAttributes: ['name'],
        preventUserExistenceErrors: 'ENABLED',
        tokenRevocation: true,
        authSessionMinutes: 3,
        rotationGracePeriodSeconds: undefined,
        created: undefined,
        lastModified: undefined,
      },
    });
    assert.deepEqual(sdk.sent[0], { name: 'DescribeUserPoolClientCommand', input: { UserPoolId: 'eu-west-1_a', ClientId: 'c1' } });
  });

  it('fills in AWS’s defaults for what a client does not say', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { ExplicitAuthFlows: [] } });
    const details = await new ClientCalls(sdk.client, sdk.context()).describe('eu-west-1_a', 'c1');
    assert.deepEqual([details.name, details.authFlows, details.hasSecret], ['', DEFAULT_FLOWS, false]);
    assert.deepEqual(details.settings && [details.settings.accessToken, details.settings.idToken, details.settings.refreshToken, details.settings.authSessionMinutes], [{ value: 60, unit: 'minutes' }, { value: 60, unit: 'minutes' }, { value: 30, unit: 'days' }, 3]);
    assert.deepEqual(details.settings && [details.settings.oauthFlows, details.settings.oauthScopes, details.settings.callbackUrls, details.settings.logoutUrls, details.settings.identityProviders, details.settings.readAttributes, details.settings.writeAttributes], [[], [], [], [], [], [], []]);
  });

  it('changes only the flows, sending the rest of the configuration as it is, and deletes a client', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('DescribeUserPoolClientCommand', { UserPoolClient: { ClientName: 'web', ClientSecret: 's', RefreshTokenValidity: 10, CallbackURLs: ['https://x'], ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] } });
    const calls = new ClientCalls(sdk.client, sdk.context());
    await calls.updateAuthFlows('eu-west-1_a', 'c1', ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    await calls.delete('eu-west-1_a', 'c1');
    assert.deepEqual(sdk.names(), ['DescribeUserPoolClient', 'UpdateUserPoolClient', 'DeleteUserPoolClient']);
    const update = sdk.sent[1].input;
    assert.deepEqual([update.UserPoolId, update.ClientId, update.ClientName, update.RefreshTokenValidity, update.CallbackURLs, update.ExplicitAuthFlows], ['eu-west-1_a', 'c1', 'web', 10, ['https://x'], ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']]);
    assert.equal('ClientSecret' in update, false, 'the secret cannot be updated and is not sent');
    assert.deepEqual(sdk.sent[2].input, { UserPoolId: 'eu-west-1_a', ClientId: 'c1' });
    assert.deepEqual(sdk.logged.map((e) => e.operation), ['DescribeUserPoolClient', 'UpdateUserPoolClient', 'DeleteUserPoolClient']);
  });
});

describe('one user through the SDK', () => {
  const USER = {
    Username: 'alice',
    UserStatus: 'CONFIRMED',
    Enabled: true,
    UserAttributes: [
      { Name: 'email', Value: 'a@example.com' },
      { Name: 'phone_number', Value: '' },
      { Name: 'nickname' },
    ],
    UserCreateDate: new Date(1000),
    UserLastModifiedDate: new Date(2000),
    PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA',
  };

  it('reads a user’s details: every attribute, the dates, MFA and the groups over every page', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('AdminGetUserCommand', { ...USER, UserMFASettingList: ['SOFTWARE_TOKEN_MFA'] });
    sdk.answers.set('AdminListGroupsForUserCommand', (input) => (input.NextToken ? { Groups: [{ GroupName: 'c' }], NextToken: '' } : { Groups: [{ GroupName: 'a' }, { GroupName: 'b' }], NextToken: 'p2' }));
    const details = await new UserCalls(sdk.client, sdk.context()).getDetails('eu-west-1_a', 'alice');
    assert.deepEqual(details, {
      username: 'alice',
      status: 'CONFIRMED',
      enabled: true,
      email: 'a@example.com',
      phoneNumber: '',
      attributes: [
        { name: 'email', value: 'a@example.com' },
        { name: 'phone_number', value: '' },
        { name: 'nickname', value: '' },
      ],
      created: new Date(1000),
      modified: new Date(2000),
      mfaMethods: ['SOFTWARE_TOKEN_MFA'],
      preferredMfa: 'SOFTWARE_TOKEN_MFA',
      groups: ['a', 'b', 'c'],
    });
    assert.deepEqual(sdk.sent.slice(1).map((c) => c.input), [
      { UserPoolId: 'eu-west-1_a', Username: 'alice', Limit: 60, NextToken: undefined },
      { UserPoolId: 'eu-west-1_a', Username: 'alice', Limit: 60, NextToken: 'p2' },
    ]);
  });

  it('reads old-style SMS MFA options when the user has no MFA setting list, and no groups from an empty answer', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('AdminGetUserCommand', { Username: 'bob', MFAOptions: [{ DeliveryMedium: 'SMS', AttributeName: 'phone_number' }] });
    const details = await new UserCalls(sdk.client, sdk.context()).getDetails('eu-west-1_a', 'bob');
    assert.deepEqual([details.mfaMethods, details.groups, details.attributes], [['SMS_MFA'], [], []]);
  });

  it('sends each admin action with the pool and the user, and enables or disables by the right command', async () => {
    const sdk = new RecordingSdk();
    const calls = new UserCalls(sdk.client, sdk.context());
    await calls.setPassword('p', 'alice', 'Pw-1', true);
    await calls.setEnabled('p', 'alice', true);
    await calls.setEnabled('p', 'alice', false);
    await calls.confirm('p', 'alice');
    await calls.delete('p', 'alice');
    await calls.updateAttributes('p', 'alice', [{ name: 'nickname', value: 'Al' }]);
    await calls.deleteAttributes('p', 'alice', ['nickname']);
    await calls.resetPassword('p', 'alice');
    await calls.signOutEverywhere('p', 'alice');
    const who = { UserPoolId: 'p', Username: 'alice' };
    assert.deepEqual(sdk.sent, [
      { name: 'AdminSetUserPasswordCommand', input: { ...who, Password: 'Pw-1', Permanent: true } },
      { name: 'AdminEnableUserCommand', input: who },
      { name: 'AdminDisableUserCommand', input: who },
      { name: 'AdminConfirmSignUpCommand', input: who },
      { name: 'AdminDeleteUserCommand', input: who },
      { name: 'AdminUpdateUserAttributesCommand', input: { ...who, UserAttributes: [{ Name: 'nickname', Value: 'Al' }] } },
      { name: 'AdminDeleteUserAttributesCommand', input: { ...who, UserAttributeNames: ['nickname'] } },
      { name: 'AdminResetUserPasswordCommand', input: who },
      { name: 'AdminUserGlobalSignOutCommand', input: who },
    ]);
    assert.deepEqual(sdk.logged.map((e) => e.operation), [
      'AdminSetUserPassword',
      'AdminEnableUser',
      'AdminDisableUser',
      'AdminConfirmSignUp',
      'AdminDeleteUser',
      'AdminUpdateUserAttributes',
      'AdminDeleteUserAttributes',
      'AdminResetUserPassword',
      'AdminUserGlobalSignOut',
    ]);
  });

  it('counts "no such user" on a retried delete as deleted, and not on a first attempt or for another error', async () => {
    const deleteWith = async (error: Error) => {
      const sdk = new RecordingSdk();
      sdk.answers.set('AdminDeleteUserCommand', () => {
        throw error;
      });
      return new UserCalls(sdk.client, sdk.context()).delete('p', 'alice');
    };
    await deleteWith(awsError('UserNotFoundException', 'User does not exist.', 2));
    await assert.rejects(deleteWith(awsError('UserNotFoundException', 'User does not exist.', 1)), (error: unknown) => error instanceof CognitoError && error.kind === 'notFound');
    await assert.rejects(deleteWith(awsError('ResourceNotFoundException', 'User pool p does not exist.', 2)), CognitoError);
  });

  it('resends an invitation by exactly the mediums given, without reading the user', async () => {
    const mediums = async (given: ('EMAIL' | 'SMS')[]) => {
      const sdk = new RecordingSdk();
      await new UserCalls(sdk.client, sdk.context()).resendInvitation('p', 'alice', given);
      assert.deepEqual(sdk.sent.map((c) => c.name), ['AdminCreateUserCommand']);
      const create = sdk.sent[0].input;
      assert.deepEqual([create.UserPoolId, create.Username, create.MessageAction], ['p', 'alice', 'RESEND']);
      return create.DesiredDeliveryMediums;
    };
    assert.deepEqual(await mediums(['SMS']), ['SMS']);
    assert.deepEqual(await mediums(['EMAIL', 'SMS']), ['EMAIL', 'SMS']);
  });

  it('reads one user as the tree shows it', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('AdminGetUserCommand', USER);
    assert.deepEqual(await new UserCalls(sdk.client, sdk.context()).get('p', 'alice'), { username: 'alice', status: 'CONFIRMED', enabled: true, email: 'a@example.com', phoneNumber: '' });
    assert.deepEqual(sdk.sent, [{ name: 'AdminGetUserCommand', input: { UserPoolId: 'p', Username: 'alice' } }]);
  });
});

describe('groups through the SDK', () => {
  it('lists groups and members page by page, and reads what each group says', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('ListGroupsCommand', { Groups: [{ GroupName: 'admins', Description: 'All', Precedence: 1, RoleArn: 'arn:role' }, {}], NextToken: '' });
    sdk.answers.set('ListUsersInGroupCommand', { Users: [{ Username: 'alice', UserStatus: 'CONFIRMED', Enabled: true }], NextToken: 'm2' });
    const groups = new GroupCalls(sdk.client, sdk.context());
    assert.deepEqual(await groups.list('p', 'g1'), {
      items: [
        { userPoolId: 'p', name: 'admins', description: 'All', precedence: 1, roleArn: 'arn:role' },
        { userPoolId: 'p', name: '', description: undefined, precedence: undefined, roleArn: undefined },
      ],
      nextToken: undefined,
    });
    assert.deepEqual(await groups.listMembers('p', 'admins'), { items: [{ username: 'alice', status: 'CONFIRMED', enabled: true, email: undefined, phoneNumber: undefined }], nextToken: 'm2' });
    assert.deepEqual(sdk.sent.map((c) => c.input), [
      { UserPoolId: 'p', Limit: 60, NextToken: 'g1' },
      { UserPoolId: 'p', GroupName: 'admins', Limit: 60, NextToken: undefined },
    ]);
  });

  it('creates, deletes and changes memberships with the pool, the group and the user', async () => {
    const sdk = new RecordingSdk();
    const groups = new GroupCalls(sdk.client, sdk.context());
    const request = { userPoolId: 'p', name: 'admins', description: 'All', precedence: 2, roleArn: 'arn:role' };
    assert.deepEqual(await groups.create(request), request, 'without an answer, the group as asked');
    sdk.answers.set('CreateGroupCommand', { Group: { GroupName: 'admins', Precedence: 3 } });
    assert.deepEqual(await groups.create(request), { userPoolId: 'p', name: 'admins', description: undefined, precedence: 3, roleArn: undefined });
    await groups.delete('p', 'admins');
    await groups.addUser('p', 'alice', 'admins');
    await groups.removeUser('p', 'alice', 'admins');
    assert.deepEqual(sdk.sent.map((c) => [c.name, c.input]).slice(1), [
      ['CreateGroupCommand', { UserPoolId: 'p', GroupName: 'admins', Description: 'All', Precedence: 2, RoleArn: 'arn:role' }],
      ['DeleteGroupCommand', { UserPoolId: 'p', GroupName: 'admins' }],
      ['AdminAddUserToGroupCommand', { UserPoolId: 'p', Username: 'alice', GroupName: 'admins' }],
      ['AdminRemoveUserFromGroupCommand', { UserPoolId: 'p', Username: 'alice', GroupName: 'admins' }],
    ]);
    assert.deepEqual(sdk.logged.map((e) => e.operation), ['CreateGroup', 'CreateGroup', 'DeleteGroup', 'AdminAddUserToGroup', 'AdminRemoveUserFromGroup']);
  });
});
