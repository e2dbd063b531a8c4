// The double refuses an app client's settings where AWS does, and keeps what AWS keeps, with a plain SDK
// client (no extension code): token lifetimes in each unit at both ends of their ranges (access and ID
// 5 minutes – 1 day, refresh 60 minutes – 10 years; "Invalid range for token validity."), the units
// TokenValidityUnits takes, AuthSessionValidity 3–15, RetryGracePeriodSeconds 0–60, the attributes a client
// may write, and read and write lists as AWS keeps them (an empty list is the default; writing what it does
// not read is allowed). Sources: the comments of test/double/appClientRequests.ts and clientAttributeLists.ts.
import * as assert from 'node:assert/strict';
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  UpdateUserPoolClientCommand,
  type TimeUnitsType,
  type UpdateUserPoolClientCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { rejectsWith } from '../../support/signInDouble';
import { useDouble } from '../../support/sessionHooks';

const RANGE = 'Invalid range for token validity.';

describe('the Cognito double checks an app client’s settings as AWS does', () => {
  const session = useDouble({}, { maxAttempts: 1 });
  let poolId = '';
  let clientId = '';

  before(async () => {
    const { UserPool } = await session.client.send(
      new CreateUserPoolCommand({
        PoolName: 'settings',
        Schema: [
          { Name: 'email', AttributeDataType: 'String', Required: true },
          { Name: 'tier', AttributeDataType: 'String', Mutable: true },
        ],
      }),
    );
    poolId = UserPool?.Id ?? '';
    const { UserPoolClient } = await session.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'edited' }));
    clientId = UserPoolClient?.ClientId ?? '';
  });

  const update = (input: Omit<UpdateUserPoolClientCommandInput, 'UserPoolId' | 'ClientId'>) => session.client.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId, ...input }));
  const describe = async () => (await session.client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))).UserPoolClient ?? {};
  const lifetimes = (access: [number, TimeUnitsType], id: [number, TimeUnitsType], refresh: [number, TimeUnitsType]) =>
    update({
      AccessTokenValidity: access[0],
      IdTokenValidity: id[0],
      RefreshTokenValidity: refresh[0],
      TokenValidityUnits: { AccessToken: access[1], IdToken: id[1], RefreshToken: refresh[1] },
    });

  it('takes https callback URLs, an app’s own scheme and plain http on localhost or a loopback IP literal; refuses other http, a fragment, a relative URL', async () => {
    const accepted = ['https://app.example.org/cb', 'myapp://callback', 'http://localhost:3000/cb', 'http://127.0.0.1:47300/callback', 'http://[::1]:47300/callback'];
    await update({ CallbackURLs: accepted });
    assert.deepEqual((await describe()).CallbackURLs, accepted);
    for (const refused of ['http://app.example.org/cb', 'http://127.0.0.2:8080/cb', 'https://app.example.org/cb#top', '/cb']) {
      await assert.rejects(update({ CallbackURLs: [refused] }), (e: Error) => e.name === 'InvalidParameterException' && e.message.startsWith(`Invalid CallbackURL ${refused}:`), refused);
    }
    assert.deepEqual((await describe()).CallbackURLs, accepted, 'a refused update changes nothing');
  });

  it('takes access and ID tokens of 5 minutes to 1 day in each unit, and refuses one past either end', async () => {
    for (const [value, unit] of [
      [5, 'minutes'],
      [1440, 'minutes'],
      [1, 'hours'],
      [24, 'hours'],
      [1, 'days'],
      [300, 'seconds'],
    ] as const) {
      await lifetimes([value, unit], [value, unit], [30, 'days']);
      const after = await describe();
      assert.deepEqual([after.AccessTokenValidity, after.IdTokenValidity, after.TokenValidityUnits?.AccessToken], [value, value, unit], `${value} ${unit}`);
    }
    for (const [value, unit] of [
      [4, 'minutes'],
      [1441, 'minutes'],
      [25, 'hours'],
      [2, 'days'],
      [299, 'seconds'],
    ] as const) {
      await rejectsWith(lifetimes([value, unit], [1, 'hours'], [30, 'days']), 'InvalidParameterException', RANGE);
      await rejectsWith(lifetimes([1, 'hours'], [value, unit], [30, 'days']), 'InvalidParameterException', RANGE);
    }
  });

  it('takes refresh tokens of 60 minutes to 10 years in each unit, and refuses one past either end', async () => {
    for (const [value, unit] of [
      [60, 'minutes'],
      [1, 'hours'],
      [87_600, 'hours'],
      [3650, 'days'],
    ] as const) {
      await lifetimes([5, 'minutes'], [5, 'minutes'], [value, unit]);
      assert.equal((await describe()).RefreshTokenValidity, value);
    }
    for (const [value, unit] of [
      [59, 'minutes'],
      [87_601, 'hours'],
      [3651, 'days'],
    ] as const) {
      await rejectsWith(lifetimes([5, 'minutes'], [5, 'minutes'], [value, unit]), 'InvalidParameterException', RANGE);
    }
  });

  it('reads a lifetime without its unit in AWS’s default unit: 45 alone is 45 hours, refused', async () => {
    await rejectsWith(update({ AccessTokenValidity: 45 }), 'InvalidParameterException', RANGE);
    await update({ AccessTokenValidity: 45, TokenValidityUnits: { AccessToken: 'minutes' } });
    assert.deepEqual((await describe()).TokenValidityUnits, { AccessToken: 'minutes' });
  });

  it('takes only the units TokenValidityUnits lists', async () => {
    await rejectsWith(update({ TokenValidityUnits: { AccessToken: 'weeks' as TimeUnitsType } }), 'InvalidParameterException', /tokenValidityUnits.accessToken/);
  });

  it('takes a session of 3–15 minutes and a rotation grace period of 0–60 seconds', async () => {
    for (const minutes of [3, 15]) {
      await update({ AuthSessionValidity: minutes });
      assert.equal((await describe()).AuthSessionValidity, minutes);
    }
    await rejectsWith(update({ AuthSessionValidity: 2 }), 'InvalidParameterException', /authSessionValidity.*greater than or equal to 3/);
    await rejectsWith(update({ AuthSessionValidity: 16 }), 'InvalidParameterException', /authSessionValidity.*less than or equal to 15/);
    for (const seconds of [0, 60]) {
      await update({ ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: seconds } });
      assert.deepEqual((await describe()).RefreshTokenRotation, { Feature: 'ENABLED', RetryGracePeriodSeconds: seconds });
    }
    await rejectsWith(update({ ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'], RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 61 } }), 'InvalidParameterException', /retryGracePeriodSeconds/);
    await rejectsWith(update({ ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'], RefreshTokenRotation: { Feature: 'ENABLED' } }), 'InvalidParameterException', /ALLOW_REFRESH_TOKEN_AUTH is not a permitted ExplicitAuthFlow/);
  });

  it('refuses writes of sub and *_verified, and a write list without a required attribute', async () => {
    for (const WriteAttributes of [['email', 'sub'], ['email', 'email_verified'], ['custom:tier']]) {
      await rejectsWith(update({ WriteAttributes }), 'InvalidParameterException', 'Invalid write attributes specified while updating a client');
    }
  });

  it('keeps a client that writes what it does not read, and reads an empty list as the default (Describe reports none)', async () => {
    await update({ ReadAttributes: ['custom:tier'], WriteAttributes: ['email', 'name'] });
    const own = await describe();
    assert.deepEqual([own.ReadAttributes, own.WriteAttributes], [['custom:tier'], ['email', 'name']]);
    await update({ ReadAttributes: [], WriteAttributes: [] });
    const byDefault = await describe();
    assert.deepEqual([byDefault.ReadAttributes, byDefault.WriteAttributes], [undefined, undefined]);
  });
});
