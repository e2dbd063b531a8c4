// Cognito's request-rate quotas on the double, with a plain SDK client that does not retry (maxAttempts 1)
// and the double's injectable clock (no real waiting): a burst of one second's quota passes, the rest is
// TooManyRequestsException (HTTP 400), the bucket refills with time, categories are separate, and a
// seeded random share of calls can be throttled.
import * as assert from 'node:assert/strict';
import {
  AdminAddUserToGroupCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  ListGroupsCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { COGNITO_DEFAULT_QUOTAS, OPERATION_CATEGORY, startCognitoDouble, type CognitoDouble } from '../cognitoDouble';
import { emulatorClient } from '../../support/emulatorClient';
import { rejectsWith } from '../../support/signInDouble';
import { BY_EMAIL_POOL, PEOPLE_POOL, useUsersDouble } from '../../support/usersDouble';

/** Outcomes of calls fired at once: how many succeeded, and the names and HTTP statuses of the failures. */
async function burst(calls: Array<() => Promise<unknown>>) {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const failures = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected').map((s) => s.reason as { name: string; $metadata?: { httpStatusCode?: number } });
  return { succeeded: settled.length - failures.length, names: new Set(failures.map((f) => f.name)), statuses: new Set(failures.map((f) => f.$metadata?.httpStatusCode)), failed: failures.length };
}

const pad = (n: number) => String(n).padStart(6, '0');

describe('Cognito request-rate quotas on the double', () => {
  describe("with 'cognito-defaults' and a fixed clock", () => {
    let clock = Date.UTC(2025, 0, 1);
    const context = useUsersDouble({ pools: [PEOPLE_POOL, BY_EMAIL_POOL], quotas: 'cognito-defaults', now: () => clock }, { maxAttempts: 1 });
    const disable = (n: number) => () => context().client.send(new AdminDisableUserCommand({ UserPoolId: context().poolId, Username: `user${pad(n)}` }));
    const enable = (n: number) => () => context().client.send(new AdminEnableUserCommand({ UserPoolId: context().poolId, Username: `user${pad(n)}` }));
    beforeEach(() => {
      clock += 60_000; // every bucket full again
      context().double.resetQuotas();
      context().double.calls.length = 0;
    });

    it('lets 25 of 40 AdminDisableUser calls fired at once through (UserUpdate, 25 RPS) and answers the rest TooManyRequestsException', async () => {
      const outcome = await burst(Array.from({ length: 40 }, (_, i) => disable(i + 1)));
      assert.equal(outcome.succeeded, 25);
      assert.deepEqual([...outcome.names], ['TooManyRequestsException']);
      assert.deepEqual([...outcome.statuses], [400]);
      assert.deepEqual(context().double.quotaUsage(), { UserUpdate: { calls: 40, throttled: 15, overQuota: 15, busiestSecond: 40 } }, 'all 40 arrived in one second of the fixed clock');
      const throttled = context().double.calls.filter((c) => c.outcome === 'throttled');
      assert.equal(throttled.length, 15);
      assert.ok(throttled.every((c) => c.error === 'TooManyRequestsException'));
    });

    it('refills with time: after a second a full burst passes again, after 200 ms a fifth of it', async () => {
      assert.equal((await burst(Array.from({ length: 30 }, (_, i) => disable(i + 1)))).succeeded, 25);
      await rejectsWith(disable(1)(), 'TooManyRequestsException', 'Too many requests');
      clock += 1000;
      assert.equal((await burst(Array.from({ length: 30 }, (_, i) => enable(i + 1)))).succeeded, 25);
      clock += 200;
      assert.equal((await burst(Array.from({ length: 10 }, (_, i) => enable(i + 1)))).succeeded, 5);
    });

    it('keeps categories apart: AdminGetUser (UserRead) and AdminAddUserToGroup (UserResourceUpdate) pass while UserUpdate is spent', async () => {
      await burst(Array.from({ length: 30 }, (_, i) => disable(i + 1)));
      await rejectsWith(disable(1)(), 'TooManyRequestsException');
      assert.equal((await context().client.send(new AdminGetUserCommand({ UserPoolId: context().poolId, Username: 'alice' }))).Username, 'alice');
      await context().client.send(new AdminAddUserToGroupCommand({ UserPoolId: context().poolId, Username: 'alice', GroupName: 'admins' }));
      const usage = context().double.quotaUsage();
      assert.deepEqual(usage.UserRead, { calls: 1, throttled: 0, overQuota: 0, busiestSecond: 1 });
      assert.deepEqual(usage.UserResourceUpdate, { calls: 1, throttled: 0, overQuota: 0, busiestSecond: 1 });
      assert.equal(usage.UserUpdate?.throttled, 6);
      assert.equal(usage.UserUpdate?.overQuota, 6);
    });

    it('holds ListGroups to 5 RPS per user pool (UserPoolResourceRead), whatever the account-wide 20', async () => {
      const listGroups = (poolId: string) => () => context().client.send(new ListGroupsCommand({ UserPoolId: poolId }));
      assert.equal((await burst(Array.from({ length: 8 }, () => listGroups(context().poolId)))).succeeded, 5);
      assert.equal((await burst(Array.from({ length: 8 }, () => listGroups(context().double.pools[1].id)))).succeeded, 5);
    });
  });

  describe('with chosen categories', () => {
    let clock = Date.UTC(2025, 0, 1);
    const context = useUsersDouble({ pools: [PEOPLE_POOL], quotas: { UserUpdate: 2 }, now: () => clock }, { maxAttempts: 1 });

    it('limits only those: UserUpdate at 2 RPS, shared by AdminEnableUser and AdminDisableUser; AdminGetUser unlimited', async () => {
      const { client, poolId } = context();
      const outcome = await burst([
        () => client.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: 'user000001' })),
        () => client.send(new AdminEnableUserCommand({ UserPoolId: poolId, Username: 'user000001' })),
        () => client.send(new AdminEnableUserCommand({ UserPoolId: poolId, Username: 'user000002' })),
      ]);
      assert.deepEqual([outcome.succeeded, outcome.failed], [2, 1]);
      assert.equal((await burst(Array.from({ length: 200 }, () => () => client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'alice' }))))).succeeded, 200);
      clock += 500;
      assert.equal((await burst(Array.from({ length: 3 }, () => () => client.send(new AdminEnableUserCommand({ UserPoolId: poolId, Username: 'user000001' }))))).succeeded, 1);
    });
  });

  describe('the busiest second it received', () => {
    let clock = Date.UTC(2026, 2, 14, 15, 9, 26);
    const context = useUsersDouble({ pools: [PEOPLE_POOL], quotas: { UserUpdate: 40 }, now: () => clock }, { maxAttempts: 1 });

    it('counts the most requests of a category within any one second of its clock, a request exactly a second later in the next', async () => {
      const { client, poolId } = context();
      const enable = () => client.send(new AdminEnableUserCommand({ UserPoolId: poolId, Username: 'user000003' }));
      await burst(Array.from({ length: 6 }, () => enable));
      clock += 999;
      await burst(Array.from({ length: 7 }, () => enable));
      clock += 1; // a second after the first six: a window from here holds the seven and these four
      await burst(Array.from({ length: 4 }, () => enable));
      const usage = context().double.quotaUsage().UserUpdate;
      assert.deepEqual(usage, { calls: 17, throttled: 0, overQuota: 0, busiestSecond: 13 });
    });
  });

  describe('throttleFraction', () => {
    const doubles: CognitoDouble[] = [];
    const clients: CognitoIdentityProviderClient[] = [];
    after(async () => {
      for (const client of clients) client.destroy();
      for (const double of doubles) await double.stop();
    });
    const throttledOf200 = async (seed: number) => {
      const double = await startCognitoDouble({ pools: [PEOPLE_POOL], throttleFraction: 0.1, randomSeed: seed });
      const client = emulatorClient(double.endpoint, { maxAttempts: 1 });
      doubles.push(double);
      clients.push(client);
      const outcome = await burst(Array.from({ length: 200 }, () => () => client.send(new AdminGetUserCommand({ UserPoolId: double.pools[0].id, Username: 'alice' }))));
      assert.deepEqual([...outcome.names], ['TooManyRequestsException']);
      const { calls, throttled, overQuota } = double.quotaUsage().UserRead ?? {};
      assert.deepEqual({ calls, throttled, overQuota }, { calls: 200, throttled: outcome.failed, overQuota: 0 }, 'throttled at random, none over a quota (none set)');
      return outcome.failed;
    };

    it('throttles about a tenth of the calls, the same number for the same seed', async () => {
      const first = await throttledOf200(7);
      assert.ok(first >= 8 && first <= 35, `${first} of 200 throttled`);
      assert.equal(await throttledOf200(7), first);
    });

    it('can be switched on and off while running, and is off by default', async () => {
      const double = await startCognitoDouble({ pools: [PEOPLE_POOL] });
      const client = emulatorClient(double.endpoint, { maxAttempts: 1 });
      doubles.push(double);
      clients.push(client);
      const get = () => client.send(new AdminGetUserCommand({ UserPoolId: double.pools[0].id, Username: 'alice' }));
      assert.equal((await burst(Array.from({ length: 100 }, () => get))).succeeded, 100);
      double.setFaults({ throttleFraction: 1 });
      await rejectsWith(get(), 'TooManyRequestsException');
      double.setFaults({ throttleFraction: 0 });
      await get();
    });
  });

  it("maps the operations to the developer guide's categories and default rates", () => {
    assert.equal(COGNITO_DEFAULT_QUOTAS.UserCreation, 50);
    assert.equal(COGNITO_DEFAULT_QUOTAS.UserUpdate, 25);
    assert.equal(COGNITO_DEFAULT_QUOTAS.UserList, 30);
    for (const op of ['SignUp', 'ConfirmSignUp', 'AdminCreateUser', 'AdminConfirmSignUp']) assert.equal(OPERATION_CATEGORY.get(op), 'UserCreation', op);
    for (const op of ['ListUsers', 'ListUsersInGroup']) assert.equal(OPERATION_CATEGORY.get(op), 'UserList', op);
    for (const op of ['AdminSetUserPassword', 'AdminResetUserPassword']) assert.equal(OPERATION_CATEGORY.get(op), 'UserAccountRecovery', op);
    for (const op of ['DescribeUserPool', 'ListUserPools']) assert.equal(OPERATION_CATEGORY.get(op), 'UserPoolRead', op);
    for (const op of ['DescribeUserPoolClient', 'ListUserPoolClients']) assert.equal(OPERATION_CATEGORY.get(op), 'UserPoolClientRead', op);
    assert.equal(OPERATION_CATEGORY.get('AdminListGroupsForUser'), 'UserResourceRead');
    assert.equal(OPERATION_CATEGORY.get('AdminAddUserToGroup'), 'UserResourceUpdate');
    assert.equal(OPERATION_CATEGORY.get('ListGroups'), 'UserPoolResourceRead');
  });
});
