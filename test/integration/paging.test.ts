// CognitoApi's paging against the Cognito double, which pages like AWS (cognito-local does not):
// one call per page, at most 60 a page, tokens passed through untouched, "more" decided by the token alone.
import * as assert from 'node:assert/strict';
import { CognitoError } from '../../src/shared/errors';
import type { CognitoApi } from '../../src/shared/types';
import type { CognitoDouble, CognitoDoubleOptions, PoolSeed } from '../double/cognitoDouble';
import { doubleClient, doubleService } from '../support/doubleClient';
import { allPages } from '../support/paging';
import { useDouble } from '../support/sessionHooks';

/** A ListUsers filter value in double quotes, escaped as Cognito requires: `\` → `\\`, `"` → `\"`. */
function quoted(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The shared session hook, with the extension's CognitoApi on its client and a fresh call log per test. */
function usePagingDouble(options: CognitoDoubleOptions): { double: () => CognitoDouble; service: () => CognitoApi } {
  const session = useDouble(options, (endpoint) => doubleClient(endpoint));
  let service: CognitoApi;
  before(() => {
    service = doubleService(session.client);
  });
  beforeEach(() => {
    session.double.calls.length = 0;
  });
  return { double: () => session.double, service: () => service };
}

const pad = (n: number) => String(n).padStart(6, '0');

describe('paging against the Cognito double', () => {
  describe('full pages', () => {
    const seeds: PoolSeed[] = Array.from({ length: 130 }, (_, i) => ({ name: `pool-${String(i).padStart(3, '0')}` }));
    seeds[0] = { name: 'pool-000', appClients: 130, users: 100_000 };
    const { double, service } = usePagingDouble({ pools: seeds });

    it('lists 130 pools in pages of 60, 60 and 10, one call per page, each token passed on', async () => {
      const pages = await allPages((token) => service().pools.list(token));

      assert.deepEqual(pages.map((p) => p.items.length), [60, 60, 10]);
      assert.deepEqual(pages.flatMap((p) => p.items.map((pool) => pool.name)), seeds.map((s) => s.name));
      assert.equal(pages[2].nextToken, undefined);
      const calls = double().calls;
      assert.deepEqual(calls.map((c) => c.operation), ['ListUserPools', 'ListUserPools', 'ListUserPools']);
      assert.deepEqual(calls.map((c) => c.input), [
        { MaxResults: 60 },
        { MaxResults: 60, NextToken: pages[0].nextToken },
        { MaxResults: 60, NextToken: pages[1].nextToken },
      ]);
    });

    it('lists 130 app clients in pages of 60, 60 and 10', async () => {
      const poolId = double().pools[0].id;
      const pages = await allPages((token) => service().clients.list(poolId, token));

      assert.deepEqual(pages.map((p) => p.items.length), [60, 60, 10]);
      const ids = pages.flatMap((p) => p.items.map((c) => c.clientId));
      assert.equal(new Set(ids).size, 130);
      assert.ok(pages.every((p) => p.items.every((c) => c.userPoolId === poolId)));
      assert.equal(pages[2].nextToken, undefined);
      assert.deepEqual(double().calls.map((c) => c.input), [
        { UserPoolId: poolId, MaxResults: 60 },
        { UserPoolId: poolId, MaxResults: 60, NextToken: pages[0].nextToken },
        { UserPoolId: poolId, MaxResults: 60, NextToken: pages[1].nextToken },
      ]);
    });

    it('fetches the first 60 of 100,000 users with exactly one call, and the next 60 with one more', async () => {
      const poolId = double().pools[0].id;
      const first = await service().users.list(poolId);

      assert.equal(double().calls.length, 1);
      assert.deepEqual(double().calls[0].input, { UserPoolId: poolId, Limit: 60 });
      assert.equal(first.items.length, 60);
      assert.equal(first.items[0].username, 'user000001');
      assert.equal(first.items[0].email, 'user000001@example.com');
      assert.equal(first.items[59].username, 'user000060');
      assert.ok(first.nextToken);

      const second = await service().users.list(poolId, { nextToken: first.nextToken });
      assert.equal(double().calls.length, 2);
      assert.equal(double().calls[1].input.PaginationToken, first.nextToken);
      assert.deepEqual(second.items.map((u) => u.username), Array.from({ length: 60 }, (_, i) => `user${pad(61 + i)}`));
      assert.ok(second.nextToken);
    });

    it('reports users as Cognito lists them: status and enabled', async () => {
      const poolId = double().pools[0].id;
      const users = (await service().users.list(poolId)).items;

      assert.equal(users[9].status, 'FORCE_CHANGE_PASSWORD'); // user000010
      assert.equal(users[24].enabled, false); // user000025
      assert.equal(users[0].status, 'CONFIRMED');
    });

    it('refuses a token from another listing with a CognitoError of kind invalidParameter', async () => {
      const poolId = double().pools[0].id;
      const { nextToken } = await service().pools.list();
      await assert.rejects(service().users.list(poolId, { nextToken }), (error: unknown) => {
        assert.ok(error instanceof CognitoError);
        assert.equal(error.kind, 'invalidParameter');
        return true;
      });
    });
  });

  describe('short pages', () => {
    const { double, service } = usePagingDouble({ pools: [{ name: 'hundred', users: 100 }], shortPages: 25 });

    it('yields nextToken for a page shorter than the limit that carries a token', async () => {
      const poolId = double().pools[0].id;
      const first = await service().users.list(poolId);

      assert.equal(first.items.length, 25);
      assert.ok(first.nextToken, 'a short page with a token means there is more');
      const pages = await allPages((token) => service().users.list(poolId, { nextToken: token }));
      assert.deepEqual(pages.map((p) => p.items.length), [25, 25, 25, 25]);
      assert.equal(pages[3].nextToken, undefined);
    });

    it('yields nextToken even for an empty filtered page', async () => {
      const poolId = double().pools[0].id;
      const filter = `username ^= ${quoted('user00009')}`; // user000090 … user000099, all in the last quarter
      const pages = await allPages((token) => service().users.list(poolId, { filter, nextToken: token }));

      assert.deepEqual(pages.map((p) => p.items.length), [0, 0, 0, 10]);
      assert.ok(pages.slice(0, 3).every((p) => p.nextToken !== undefined));
      assert.deepEqual(pages[3].items.map((u) => u.username), Array.from({ length: 10 }, (_, i) => `user${pad(90 + i)}`));
      assert.ok(double().calls.every((c) => c.input.Filter === filter));
    });
  });

  describe('a token on the last full page', () => {
    const { service } = usePagingDouble({ pools: Array.from({ length: 120 }, (_, i) => ({ name: `p${i}` })), emptyLastPage: true });

    it('leads to an empty page without a token', async () => {
      const pages = await allPages((token) => service().pools.list(token));

      assert.deepEqual(pages.map((p) => p.items.length), [60, 60, 0]);
      assert.equal(pages[2].nextToken, undefined);
    });
  });

  describe('ListUsers filter', () => {
    const tricky = 'Say "hi"\\there'; // a quote and a backslash
    const { double, service } = usePagingDouble({
      pools: [
        {
          name: 'people',
          users: 30,
          extraUsers: [
            { username: 'tricky', attributes: { name: tricky, email: 'tricky@example.com' } },
            { username: 'prefix', attributes: { name: 'Say "hi"' } },
            { username: 'other', attributes: { name: 'Say "hello"', family_name: 'O\\Brien' } },
          ],
        },
      ],
    });
    const usernames = async (filter: string) => {
      const page = await service().users.list(double().pools[0].id, { filter });
      assert.equal(page.nextToken, undefined);
      return page.items.map((u) => u.username);
    };

    it('matches = exactly, with a quote and a backslash in the value', async () => {
      const filter = `name = ${quoted(tricky)}`;
      assert.equal(filter, 'name = "Say \\"hi\\"\\\\there"');
      assert.deepEqual(await usernames(filter), ['tricky']);
      assert.equal(double().calls[0].input.Filter, filter);
    });

    it('matches ^= as a prefix, with an escaped quote in the value', async () => {
      assert.deepEqual(await usernames(`name ^= ${quoted('Say "hi"')}`), ['tricky', 'prefix']);
      assert.deepEqual(await usernames(`family_name ^= ${quoted('O\\')}`), ['other']);
    });

    it('filters generated users by username, email, status and enabled', async () => {
      assert.deepEqual(await usernames(`username ^= ${quoted('user00001')}`), Array.from({ length: 10 }, (_, i) => `user${pad(10 + i)}`));
      assert.deepEqual(await usernames(`email = ${quoted('user000007@example.com')}`), ['user000007']);
      assert.deepEqual(await usernames(`cognito:user_status = ${quoted('force_change_password')}`), ['user000010', 'user000020', 'user000030']);
      assert.deepEqual(await usernames(`status = ${quoted('Disabled')}`), ['user000025']);
      assert.deepEqual(await usernames(`name = ${quoted('nobody')}`), []);
    });

    it('rejects an unparsable filter with a CognitoError of kind invalidParameter', async () => {
      for (const filter of ['name = "unterminated', 'name = "bare " quote"', 'name ~ "x"', 'custom:team = "x"']) {
        await assert.rejects(service().users.list(double().pools[0].id, { filter }), (error: unknown) => {
          assert.ok(error instanceof CognitoError, filter);
          assert.equal(error.kind, 'invalidParameter', filter);
          return true;
        });
      }
    });
  });

  describe('an unknown pool', () => {
    const { service } = usePagingDouble({ pools: [{ name: 'only', users: 1, appClients: 1 }] });
    const missing = 'us-east-1_NoSuchPoo';

    it('fails with a CognitoError of kind notFound for users, app clients and details', async () => {
      for (const call of [() => service().users.list(missing), () => service().clients.list(missing), () => service().pools.describe(missing)]) {
        await assert.rejects(call(), (error: unknown) => {
          assert.ok(error instanceof CognitoError);
          assert.equal(error.kind, 'notFound');
          assert.equal(error.awsName, 'ResourceNotFoundException');
          return true;
        });
      }
    });
  });
});
