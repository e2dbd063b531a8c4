// ListUsers' Filter on `sub` with the starts-with operator, as the API reference describes it (ListUsers,
// "Filter": `sub` is one of the searchable standard attributes, `^=` is a prefix match, one attribute per
// request, the value in double quotes). Export Users lists a pool in parts by these filters, so the double
// must keep every part to exactly its users. Read with a plain SDK client; the expectations come from the
// seeded subs below.
import * as assert from 'node:assert/strict';
import { ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useDouble } from '../../support/sessionHooks';
import { doubleClient } from '../../support/doubleClient';

/** Users with chosen subs: three start with 7 (two with 7c), one each with 0 and f. */
const SEEDED = [
  { username: 'mira@example.net', sub: '7c0a1b2c-3d4e-4f50-8a6b-7c8d9e0f1a2b' },
  { username: '+61412345678', sub: '7cffeedd-0000-4abc-9def-0123456789ab' },
  { username: 'Zoë_山田', sub: '7a000000-1111-4222-8333-444455556666' },
  { username: 'f00d', sub: '0f00d000-aaaa-4bbb-8ccc-dddddddddddd' },
  { username: 'last', sub: 'ffffffff-ffff-4fff-bfff-ffffffffffff' },
];

describe('the Cognito double lists users whose sub starts with a prefix', () => {
  const context = useDouble(
    { region: 'ap-southeast-4', pools: [{ name: 'by-sub', users: 300, extraUsers: SEEDED.map(({ username, sub }) => ({ username, attributes: { sub } })) }] },
    doubleClient,
  );

  async function listed(filter?: string): Promise<{ username: string; sub: string }[]> {
    const users: { username: string; sub: string }[] = [];
    let token: string | undefined;
    do {
      const page = await context.client.send(new ListUsersCommand({ UserPoolId: context.double.pools[0].id, Filter: filter, PaginationToken: token }));
      for (const u of page.Users ?? []) users.push({ username: u.Username ?? '', sub: u.Attributes?.find((a) => a.Name === 'sub')?.Value ?? '' });
      token = page.PaginationToken;
    } while (token);
    return users;
  }

  it('keeps exactly the users whose sub starts with 7c, and with 7, the seeded ones among them', async () => {
    const all = await listed();
    for (const prefix of ['7c', '7']) {
      const expected = all.filter((u) => u.sub.startsWith(prefix)).map((u) => u.username).sort();
      assert.deepEqual((await listed(`sub ^= "${prefix}"`)).map((u) => u.username).sort(), expected);
    }
    const sevens = (await listed('sub ^= "7"')).map((u) => u.username);
    assert.ok(['Zoë_山田', '+61412345678', 'mira@example.net'].every((name) => sevens.includes(name)));
    assert.ok(!sevens.includes('f00d') && !sevens.includes('last'));
  });

  it('lists, over the sixteen prefixes 0–f, every user of the unfiltered listing exactly once', async () => {
    const all = await listed();
    assert.equal(all.length, 305);
    const byParts: string[] = [];
    for (const digit of '0123456789abcdef') byParts.push(...(await listed(`sub ^= "${digit}"`)).map((u) => u.username));
    assert.deepEqual(byParts.sort(), all.map((u) => u.username).sort());
  });

  it('matches a whole sub exactly with =', async () => {
    assert.deepEqual((await listed('sub = "ffffffff-ffff-4fff-bfff-ffffffffffff"')).map((u) => u.username), ['last']);
  });
});
