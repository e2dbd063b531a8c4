// A user's admin-driven life on the Cognito double with a plain SDK client (no extension code): creating
// (with AWS's username, password, delivery and RESEND rules), passwords, enabling, confirming, resetting,
// deleting, attributes against the pool's schema, DescribeUserPool's schema, and global sign-out
// breaking refresh. Groups are in doubleGroups.test.ts, quotas in doubleQuotas.test.ts.
import * as assert from 'node:assert/strict';
import {
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminResetUserPasswordCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  DescribeUserPoolCommand,
  GetUserCommand,
  ListUsersCommand,
  type AdminCreateUserCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { rejectsWith } from '../../support/signInDouble';
import { adminSignIn, attributesOf, claimsOf, PASSWORD, signedIn, TEMPORARY_PASSWORD, useUsersDouble } from '../../support/usersDouble';

describe('the Cognito double manages users as an administrator', () => {
  const context = useUsersDouble();
  const send = {
    create: (input: Omit<AdminCreateUserCommandInput, 'UserPoolId'>, poolId = context().poolId) => context().client.send(new AdminCreateUserCommand({ UserPoolId: poolId, ...input })),
    get: (Username: string, poolId = context().poolId) => context().client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username })),
    setPassword: (Username: string, Password: string, Permanent: boolean) =>
      context().client.send(new AdminSetUserPasswordCommand({ UserPoolId: context().poolId, Username, Password, Permanent })),
    update: (Username: string, attributes: Record<string, string>) =>
      context().client.send(
        new AdminUpdateUserAttributesCommand({ UserPoolId: context().poolId, Username, UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })) }),
      ),
    deleteAttributes: (Username: string, ...UserAttributeNames: string[]) =>
      context().client.send(new AdminDeleteUserAttributesCommand({ UserPoolId: context().poolId, Username, UserAttributeNames })),
  };
  const statusOf = async (username: string) => (await send.get(username)).UserStatus;

  describe('AdminCreateUser', () => {
    it('creates a user in FORCE_CHANGE_PASSWORD with a `sub` first, listed and signing in with the new-password challenge', async () => {
      const { User } = await send.create({ Username: 'carol', TemporaryPassword: TEMPORARY_PASSWORD, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'carol@example.com' }] });
      assert.equal(User?.Username, 'carol');
      assert.equal(User?.UserStatus, 'FORCE_CHANGE_PASSWORD');
      assert.equal(User?.Enabled, true);
      assert.deepEqual(User?.Attributes?.map((a) => a.Name), ['sub', 'email']);
      assert.match(User?.Attributes?.[0].Value ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);

      const listed = await context().client.send(new ListUsersCommand({ UserPoolId: context().poolId, Filter: 'username = "carol"' }));
      assert.deepEqual(listed.Users?.map((u) => u.Username), ['carol']);
      assert.equal((await adminSignIn(context(), 'carol', TEMPORARY_PASSWORD)).ChallengeName, 'NEW_PASSWORD_REQUIRED');
    });

    it('may set an immutable custom attribute when creating, and a custom one in the schema', async () => {
      await send.create({
        Username: 'dave',
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: 'dave@example.com' },
          { Name: 'custom:tenant', Value: 't2' },
          { Name: 'custom:level', Value: '3' },
        ],
      });
      const attributes = attributesOf((await send.get('dave')).UserAttributes);
      assert.equal(attributes['custom:tenant'], 't2');
      assert.equal(attributes['custom:level'], '3');
    });

    it('refuses a username in use (in any case), a password the policy refuses and members the model refuses', async () => {
      await rejectsWith(send.create({ Username: 'ALICE', MessageAction: 'SUPPRESS' }), 'UsernameExistsException', 'User account already exists');
      await rejectsWith(send.create({ Username: 'erin', TemporaryPassword: 'Short1!', MessageAction: 'SUPPRESS' }), 'InvalidPasswordException', 'Password does not conform to policy: Password not long enough');
      await rejectsWith(send.create({ Username: 'erin', TemporaryPassword: 'nouppercase1!', MessageAction: 'SUPPRESS' }), 'InvalidPasswordException', /uppercase/);
      await rejectsWith(
        send.create({ Username: 'x'.repeat(129), MessageAction: 'SUPPRESS' }),
        'InvalidParameterException',
        "1 validation error detected: Value at 'username' failed to satisfy constraint: Member must have length less than or equal to 128",
      );
      await rejectsWith(send.create({ Username: 'has space', MessageAction: 'SUPPRESS' }), 'InvalidParameterException', /regular expression pattern/);
      await rejectsWith(send.create({ Username: 'erin', MessageAction: 'SHOUT' as 'SUPPRESS' }), 'InvalidParameterException', /Member must satisfy enum value set: \[RESEND, SUPPRESS\]/);
      await rejectsWith(send.create({ Username: 'erin', MessageAction: 'SUPPRESS' }, 'us-east-1_NoSuchPoo'), 'ResourceNotFoundException', 'User pool us-east-1_NoSuchPoo does not exist.');
    });

    it('refuses attributes outside the schema, `sub`, values too long and a malformed e-mail address', async () => {
      const create = (Name: string, Value: string) => send.create({ Username: 'erin', MessageAction: 'SUPPRESS', UserAttributes: [{ Name, Value }] });
      await rejectsWith(create('custom:nope', 'x'), 'InvalidParameterException', /custom:nope: Attribute does not exist in the schema/);
      await rejectsWith(create('sub', 'mine'), 'InvalidParameterException', /sub: Attribute cannot be updated/);
      await rejectsWith(create('custom:team', 'much-too-long'), 'InvalidParameterException', /custom:team/);
      await rejectsWith(create('custom:level', '9'), 'InvalidParameterException', /custom:level/);
      await rejectsWith(create('email', 'not-an-address'), 'InvalidParameterException', 'Invalid email address format.');
      await rejectsWith(create('phone_number', '555-1212'), 'InvalidParameterException', 'Invalid phone number format.');
      await rejectsWith(send.get('erin'), 'UserNotFoundException', 'User does not exist.');
    });

    it('sends the invitation only where the user can get it: SMS by default needs a phone number, EMAIL an e-mail address', async () => {
      await rejectsWith(send.create({ Username: 'frank', UserAttributes: [{ Name: 'email', Value: 'frank@example.com' }] }), 'InvalidParameterException', /phone_number/);
      await rejectsWith(send.create({ Username: 'frank', DesiredDeliveryMediums: ['EMAIL'] }), 'InvalidParameterException', 'No email provided but desired delivery medium was Email');
      const { User } = await send.create({ Username: 'frank', DesiredDeliveryMediums: ['EMAIL'], UserAttributes: [{ Name: 'email', Value: 'frank@example.com' }] });
      assert.equal(User?.UserStatus, 'FORCE_CHANGE_PASSWORD');
      const generated = context().pool.findUser('frank')?.password ?? '';
      assert.ok(generated.length >= 8 && /[A-Z]/.test(generated) && /[a-z]/.test(generated) && /[0-9]/.test(generated) && /[^A-Za-z0-9]/.test(generated), 'a generated temporary password meets the policy');
      assert.equal((await adminSignIn(context(), 'frank', generated)).ChallengeName, 'NEW_PASSWORD_REQUIRED');
    });

    it('records each invitation it delivers (by medium, to the address), none with SUPPRESS, and RESEND as resent', async () => {
      const delivered = () => context().pool.users.invitations.filter((i) => i.username.startsWith('gina') || i.username.startsWith('hugo') || i.username === 'newbie');
      const start = context().pool.users.invitations.length;
      await send.create({ Username: 'gina', DesiredDeliveryMediums: ['EMAIL', 'SMS'], UserAttributes: [{ Name: 'email', Value: 'gina@example.org' }, { Name: 'phone_number', Value: '+35312345678' }] });
      await send.create({ Username: 'hugo', MessageAction: 'SUPPRESS', DesiredDeliveryMediums: ['EMAIL'], UserAttributes: [{ Name: 'email', Value: 'hugo@example.org' }] });
      await send.create({ Username: 'newbie', MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] });
      assert.deepEqual(context().pool.users.invitations.slice(start), delivered());
      assert.deepEqual(delivered(), [
        { username: 'gina', medium: 'EMAIL', destination: 'gina@example.org', action: 'created' },
        { username: 'gina', medium: 'SMS', destination: '+35312345678', action: 'created' },
        { username: 'newbie', medium: 'EMAIL', destination: 'newbie@example.com', action: 'resent' },
      ]);
    });

    it('RESEND gives a FORCE_CHANGE_PASSWORD user a new temporary password, and is refused for other states and unknown users', async () => {
      await send.create({ Username: 'newbie', MessageAction: 'RESEND', TemporaryPassword: 'Fresh-Temp2!', DesiredDeliveryMediums: ['EMAIL'] });
      await rejectsWith(adminSignIn(context(), 'newbie', TEMPORARY_PASSWORD), 'NotAuthorizedException', 'Incorrect username or password.');
      assert.equal((await adminSignIn(context(), 'newbie', 'Fresh-Temp2!')).ChallengeName, 'NEW_PASSWORD_REQUIRED');
      await rejectsWith(send.create({ Username: 'bob', MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] }), 'UnsupportedUserStateException', /status is not FORCE_CHANGE_PASSWORD/);
      await rejectsWith(send.create({ Username: 'nobody', MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] }), 'UserNotFoundException', 'User does not exist.');
    });

    it('an invitation goes by each medium asked (SMS when none is asked), RESEND included, and is recorded so', async () => {
      const attributes = [
        { Name: 'email', Value: 'hana@example.com' },
        { Name: 'phone_number', Value: '+14325550147' },
      ];
      await send.create({ Username: 'hana', UserAttributes: attributes });
      await send.create({ Username: 'hana', MessageAction: 'RESEND' });
      await send.create({ Username: 'hana', MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL', 'SMS'] });
      await send.create({ Username: 'hana', MessageAction: 'RESEND', DesiredDeliveryMediums: ['EMAIL'] });
      await send.create({ Username: 'ivan', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'ivan@example.com' }] });
      const sent = context().pool.users.invitations.filter((i) => i.username === 'hana' || i.username === 'ivan');
      assert.deepEqual(
        sent.map((i) => `${i.username} ${i.action === 'resent' ? 'RESEND' : 'new'} ${i.medium}`),
        ['hana new SMS', 'hana RESEND SMS', 'hana RESEND EMAIL', 'hana RESEND SMS', 'hana RESEND EMAIL'],
      );
    });

    it('in a pool where users sign in with an e-mail address, makes the username a UUID and finds the user by the address', async () => {
      const poolId = context().double.pools[1].id;
      const { User } = await send.create({ Username: 'gina@example.com', MessageAction: 'SUPPRESS' }, poolId);
      const attributes = attributesOf(User?.Attributes);
      assert.equal(User?.Username, attributes.sub);
      assert.equal(attributes.email, 'gina@example.com');
      assert.equal((await send.get('gina@example.com', poolId)).Username, User?.Username);
      await rejectsWith(send.create({ Username: 'gina', MessageAction: 'SUPPRESS' }, poolId), 'InvalidParameterException', 'Username should be an email.');
      await rejectsWith(send.create({ Username: 'GINA@example.com', MessageAction: 'SUPPRESS' }, poolId), 'UsernameExistsException', 'An account with the given email already exists.');
      const described = await context().client.send(new DescribeUserPoolCommand({ UserPoolId: poolId }));
      assert.deepEqual(described.UserPool?.UsernameAttributes, ['email']);
    });
  });

  describe('passwords and states', () => {
    it('AdminSetUserPassword: permanent makes the user CONFIRMED, temporary FORCE_CHANGE_PASSWORD', async () => {
      await send.setPassword('user000010', 'Brand-New1!', true);
      assert.equal(await statusOf('user000010'), 'CONFIRMED');
      await signedIn(context(), 'user000010', 'Brand-New1!');

      await send.setPassword('user000010', 'Temp-Again1!', false);
      assert.equal(await statusOf('user000010'), 'FORCE_CHANGE_PASSWORD');
      assert.equal((await adminSignIn(context(), 'user000010', 'Temp-Again1!')).ChallengeName, 'NEW_PASSWORD_REQUIRED');
    });

    it('AdminSetUserPassword refuses a password against the policy, a blank one and an unknown user', async () => {
      await rejectsWith(send.setPassword('user000011', 'alllowercase1!', true), 'InvalidPasswordException', 'Password does not conform to policy: Password must have uppercase characters');
      await rejectsWith(send.setPassword('user000011', 'has space 1A!', true), 'InvalidParameterException', "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\S]+");
      await rejectsWith(send.setPassword('nobody', PASSWORD, true), 'UserNotFoundException', 'User does not exist.');
    });

    it('AdminDisableUser stops sign-in and revokes access tokens; AdminEnableUser lets the user in again', async () => {
      const { accessToken } = await signedIn(context(), 'bob', PASSWORD);
      await context().client.send(new AdminDisableUserCommand({ UserPoolId: context().poolId, Username: 'bob' }));
      assert.equal((await send.get('bob')).Enabled, false);
      await rejectsWith(adminSignIn(context(), 'bob', PASSWORD), 'NotAuthorizedException', 'User is disabled.');
      await rejectsWith(context().client.send(new GetUserCommand({ AccessToken: accessToken })), 'NotAuthorizedException', 'Access Token has been revoked');

      await context().client.send(new AdminEnableUserCommand({ UserPoolId: context().poolId, Username: 'bob' }));
      assert.equal((await send.get('bob')).Enabled, true);
      const fresh = await signedIn(context(), 'bob', PASSWORD);
      assert.equal((await context().client.send(new GetUserCommand({ AccessToken: fresh.accessToken }))).Username, 'bob');
    });

    it('AdminConfirmSignUp confirms an UNCONFIRMED user once', async () => {
      const confirm = () => context().client.send(new AdminConfirmSignUpCommand({ UserPoolId: context().poolId, Username: 'pending' }));
      await rejectsWith(adminSignIn(context(), 'pending', PASSWORD), 'UserNotConfirmedException');
      await confirm();
      assert.equal(await statusOf('pending'), 'CONFIRMED');
      await signedIn(context(), 'pending', PASSWORD);
      await rejectsWith(confirm(), 'NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED');
      await rejectsWith(
        context().client.send(new AdminConfirmSignUpCommand({ UserPoolId: context().poolId, Username: 'newbie' })),
        'NotAuthorizedException',
        'User cannot be confirmed. Current status is FORCE_CHANGE_PASSWORD',
      );
    });

    it('AdminResetUserPassword puts a user with a verified e-mail or phone into RESET_REQUIRED, and refuses others', async () => {
      const reset = (Username: string) => context().client.send(new AdminResetUserPasswordCommand({ UserPoolId: context().poolId, Username }));
      await reset('phoned');
      assert.equal(await statusOf('phoned'), 'RESET_REQUIRED');
      await rejectsWith(adminSignIn(context(), 'phoned', PASSWORD), 'PasswordResetRequiredException', 'Password reset required for the user');
      await rejectsWith(reset('user000012'), 'InvalidParameterException', 'Cannot reset password for the user as there is no registered/verified email or phone_number');
      await rejectsWith(reset('user000020'), 'NotAuthorizedException', 'User password cannot be reset in the current state.');
    });

    it('AdminDeleteUser removes the user from reads, listings and the estimate; the name can be used again', async () => {
      const estimate = async () => (await context().client.send(new DescribeUserPoolCommand({ UserPoolId: context().poolId }))).UserPool?.EstimatedNumberOfUsers;
      const before = await estimate();
      const oldSub = attributesOf((await send.get('user000013')).UserAttributes).sub;
      await context().client.send(new AdminDeleteUserCommand({ UserPoolId: context().poolId, Username: 'user000013' }));
      await rejectsWith(send.get('user000013'), 'UserNotFoundException', 'User does not exist.');
      await rejectsWith(context().client.send(new AdminDeleteUserCommand({ UserPoolId: context().poolId, Username: 'user000013' })), 'UserNotFoundException');
      const listed = await context().client.send(new ListUsersCommand({ UserPoolId: context().poolId, Filter: 'username ^= "user00001"' }));
      assert.ok(!listed.Users?.some((u) => u.Username === 'user000013'));
      assert.equal(await estimate(), (before ?? 0) - 1);

      const { User } = await send.create({ Username: 'user000013', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'again@example.com' }] });
      assert.notEqual(attributesOf(User?.Attributes).sub, oldSub);
    });

    it('finds a user by `sub` as well as by username', async () => {
      const sub = context().pool.findUser('alice')?.attributes.sub ?? '';
      assert.equal((await send.get(sub)).Username, 'alice');
    });
  });

  describe('attributes', () => {
    it('AdminUpdateUserAttributes sets standard and custom attributes; a changed e-mail address becomes unverified unless set verified', async () => {
      await send.update('user000014', { name: 'Fourteen', 'custom:team': 'red', 'custom:level': '2' });
      let attributes = attributesOf((await send.get('user000014')).UserAttributes);
      assert.deepEqual([attributes.name, attributes['custom:team'], attributes['custom:level']], ['Fourteen', 'red', '2']);

      await send.update('user000014', { email: 'fourteen@example.com', email_verified: 'true' });
      attributes = attributesOf((await send.get('user000014')).UserAttributes);
      assert.deepEqual([attributes.email, attributes.email_verified], ['fourteen@example.com', 'true']);
      await send.update('user000014', { email: 'other@example.com' });
      assert.equal(attributesOf((await send.get('user000014')).UserAttributes).email_verified, 'false');

      await send.update('user000014', { name: '' });
      assert.equal(attributesOf((await send.get('user000014')).UserAttributes).name, undefined);
    });

    it('AdminUpdateUserAttributes refuses immutable, unknown and out-of-range attributes, and malformed values', async () => {
      await rejectsWith(send.update('alice', { 'custom:tenant': 't9' }), 'InvalidParameterException', /custom:tenant: Attribute cannot be updated/);
      await rejectsWith(send.update('alice', { sub: 'mine' }), 'InvalidParameterException', /sub: Attribute cannot be updated/);
      await rejectsWith(send.update('alice', { shoe_size: '9' }), 'InvalidParameterException', /shoe_size: Attribute does not exist in the schema/);
      await rejectsWith(send.update('alice', { 'custom:level': '0' }), 'InvalidParameterException', /custom:level/);
      await rejectsWith(send.update('alice', { birthdate: '1990-1-1' }), 'InvalidParameterException', /birthdate/);
      await rejectsWith(send.update('alice', { email: 'alice-at-example' }), 'InvalidParameterException', 'Invalid email address format.');
      await rejectsWith(send.update('alice', { email: '' }), 'InvalidParameterException', /email: The attribute is required/);
      await rejectsWith(send.update('nobody', { name: 'x' }), 'UserNotFoundException');
      assert.equal(attributesOf((await send.get('alice')).UserAttributes)['custom:tenant'], 't1');
    });

    it('AdminDeleteUserAttributes deletes optional attributes and refuses required, immutable and unknown ones', async () => {
      await send.update('user000015', { name: 'Fifteen', 'custom:team': 'blue' });
      await send.deleteAttributes('user000015', 'name', 'custom:team');
      const attributes = attributesOf((await send.get('user000015')).UserAttributes);
      assert.deepEqual([attributes.name, attributes['custom:team']], [undefined, undefined]);
      await rejectsWith(send.deleteAttributes('user000015', 'email'), 'InvalidParameterException', /email: The attribute is required/);
      await rejectsWith(send.deleteAttributes('alice', 'custom:tenant'), 'InvalidParameterException', /custom:tenant: Attribute cannot be updated/);
      await rejectsWith(send.deleteAttributes('alice', 'custom:nope'), 'InvalidParameterException', /Attribute does not exist in the schema/);
    });

    it('shows attribute changes in the ID token of the next sign-in', async () => {
      await send.update('alice', { given_name: 'Alicia', email_verified: 'false' });
      const { idToken } = await signedIn(context(), 'alice', PASSWORD);
      const claims = claimsOf(idToken);
      assert.equal(claims.given_name, 'Alicia');
      assert.equal(claims.email_verified, false);
      assert.equal(claims['custom:tenant'], 't1');
    });
  });

  describe('DescribeUserPool', () => {
    it('lists the schema as AWS does: standard attributes in order with their constraints, then the custom ones', async () => {
      const { UserPool } = await context().client.send(new DescribeUserPoolCommand({ UserPoolId: context().poolId }));
      const schema = UserPool?.SchemaAttributes ?? [];
      assert.deepEqual(
        schema.map((a) => a.Name),
        [
          'sub',
          'name',
          'given_name',
          'family_name',
          'middle_name',
          'nickname',
          'preferred_username',
          'profile',
          'picture',
          'website',
          'email',
          'email_verified',
          'gender',
          'birthdate',
          'zoneinfo',
          'locale',
          'phone_number',
          'phone_number_verified',
          'address',
          'updated_at',
          'custom:team',
          'custom:tenant',
          'custom:level',
        ],
      );
      const byName = Object.fromEntries(schema.map((a) => [a.Name, a]));
      assert.deepEqual(byName.sub, {
        Name: 'sub',
        AttributeDataType: 'String',
        DeveloperOnlyAttribute: false,
        Mutable: false,
        Required: true,
        StringAttributeConstraints: { MinLength: '1', MaxLength: '2048' },
      });
      assert.equal(byName.email.Required, true);
      assert.equal(byName.name.Required, false);
      assert.deepEqual(byName.email_verified, { Name: 'email_verified', AttributeDataType: 'Boolean', DeveloperOnlyAttribute: false, Mutable: true, Required: false });
      assert.deepEqual(byName.birthdate.StringAttributeConstraints, { MinLength: '10', MaxLength: '10' });
      assert.deepEqual(byName.updated_at.NumberAttributeConstraints, { MinValue: '0' });
      assert.deepEqual(byName['custom:team'].StringAttributeConstraints, { MinLength: '0', MaxLength: '10' });
      assert.equal(byName['custom:tenant'].Mutable, false);
      assert.deepEqual(byName['custom:level'].NumberAttributeConstraints, { MinValue: '1', MaxValue: '5' });
      assert.deepEqual(UserPool?.Policies?.PasswordPolicy, { MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true, TemporaryPasswordValidityDays: 7 });
    });
  });

  describe('AdminUserGlobalSignOut', () => {
    it('revokes the refresh tokens (REFRESH_TOKEN_AUTH then fails) and the access tokens; a new sign-in works', async () => {
      const refresh = (token: string) =>
        context().client.send(
          new AdminInitiateAuthCommand({ UserPoolId: context().poolId, ClientId: context().clientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: token } }),
        );
      await send.setPassword('user000016', PASSWORD, true);
      const first = await signedIn(context(), 'user000016', PASSWORD);
      const second = await signedIn(context(), 'user000016', PASSWORD);
      assert.ok((await refresh(first.refreshToken)).AuthenticationResult?.IdToken);

      await context().client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: context().poolId, Username: 'user000016' }));
      for (const session of [first, second]) {
        await rejectsWith(refresh(session.refreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
        await rejectsWith(context().client.send(new GetUserCommand({ AccessToken: session.accessToken })), 'NotAuthorizedException', 'Access Token has been revoked');
      }
      const again = await signedIn(context(), 'user000016', PASSWORD);
      assert.ok((await refresh(again.refreshToken)).AuthenticationResult?.AccessToken);
      await rejectsWith(context().client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: context().poolId, Username: 'nobody' })), 'UserNotFoundException');
    });
  });
});
