import * as assert from 'node:assert/strict';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { TreeModel } from '../../src/tree/model';
import {
  appClientNode,
  emptyNode,
  errorNode,
  folderNodes,
  groupNode,
  loadMoreNode,
  memberNode,
  poolNode,
  settingsProblemNode,
  userNode,
  type LoadMoreNode,
  type TreeNode,
} from '../../src/tree/nodes';
import { listedConnections, singleConnection } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';

// Node keys are the view's ids (expansion and selection survive a refresh by them) and the model's way
// to find what is below a node: each key is its parent's key plus one part, and no two nodes share one.
// Plus the model's parent links, change events and stale "Load more" clicks.

const POOL = { id: 'eu-west-1_a', name: 'shop' };
const alice = { username: 'alice', status: 'CONFIRMED', enabled: true };

describe('tree node keys', () => {
  it('nest every node under its parent’s key, with names made safe for a key', () => {
    const c = 'dev';
    const [clients, users, groups] = folderNodes(c, POOL);
    const table = [
      poolNode(c, POOL),
      clients,
      users,
      groups,
      appClientNode(c, { userPoolId: POOL.id, clientId: 'c1', name: 'web' }),
      userNode(c, POOL.id, alice),
      groupNode(c, { userPoolId: POOL.id, name: 'team/a b' }),
      memberNode(c, POOL.id, 'team/a b', alice),
      emptyNode(users.key, 'No users'),
      errorNode(users.key, 'Failed.', 'throttled', c),
      loadMoreNode(users.key, 't:2'),
      settingsProblemNode(1, 'Bad entry.'),
    ];
    assert.deepEqual(
      table.map((n) => [n.kind, n.key]),
      [
        ['pool', 'c/dev/pool/eu-west-1_a'],
        ['appClientsFolder', 'c/dev/pool/eu-west-1_a/appClients'],
        ['usersFolder', 'c/dev/pool/eu-west-1_a/users'],
        ['groupsFolder', 'c/dev/pool/eu-west-1_a/groups'],
        ['appClient', 'c/dev/pool/eu-west-1_a/appClients/c1'],
        ['user', 'c/dev/pool/eu-west-1_a/users/alice'],
        ['group', 'c/dev/pool/eu-west-1_a/groups/team%2Fa%20b'],
        ['member', 'c/dev/pool/eu-west-1_a/groups/team%2Fa%20b/alice'],
        ['empty', 'c/dev/pool/eu-west-1_a/users#empty'],
        ['error', 'c/dev/pool/eu-west-1_a/users#error'],
        ['loadMore', 'c/dev/pool/eu-west-1_a/users#more'],
        ['error', 'root#setting1'],
      ],
    );
    for (const node of table) if ('parentKey' in node && node.parentKey !== 'root') assert.ok(node.key.startsWith(node.parentKey), node.key);
    assert.deepEqual(
      table.map((n) => ('parentKey' in n ? n.parentKey : undefined)),
      [
        'c/dev',
        'c/dev/pool/eu-west-1_a',
        'c/dev/pool/eu-west-1_a',
        'c/dev/pool/eu-west-1_a',
        'c/dev/pool/eu-west-1_a/appClients',
        'c/dev/pool/eu-west-1_a/users',
        'c/dev/pool/eu-west-1_a/groups',
        'c/dev/pool/eu-west-1_a/groups/team%2Fa%20b',
        'c/dev/pool/eu-west-1_a/users',
        'c/dev/pool/eu-west-1_a/users',
        'c/dev/pool/eu-west-1_a/users',
        'root',
      ],
    );
  });
});

describe('TreeModel links and events', () => {
  it('gives each node its parent, and the hidden root of a single connection as none', async () => {
    const cognito = new FakeCognito();
    cognito.addPool('shop');
    const model = new TreeModel(singleConnection(cognito));
    const [pool] = await model.getChildren();
    const [clients] = await model.getChildren(pool);
    assert.equal(model.getParent(pool), undefined, 'pools are the roots of a single connection');
    assert.equal(model.getParent(clients), pool);

    const listed = new TreeModel(listedConnections({ a: cognito }));
    const [connection] = await listed.getChildren();
    const [listedPool] = await listed.getChildren(connection);
    assert.equal(listed.getParent(connection), undefined);
    assert.equal(listed.getParent(listedPool), connection);
  });

  it('stops telling a listener once it is disposed', async () => {
    const cognito = new FakeCognito();
    cognito.addPool('shop');
    const model = new TreeModel(singleConnection(cognito));
    const events: (string | undefined)[] = [];
    const subscription = model.onDidChange((node) => events.push(node?.key));
    model.refresh();
    subscription.dispose();
    model.refresh();
    assert.deepEqual(events, [undefined]);
  });

  it('refreshes the listing a leaf is in when the leaf is refreshed, and nothing else', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('shop');
    cognito.data.users.set(pool.id, [alice]);
    cognito.data.clients.push({ userPoolId: pool.id, clientId: 'c1', name: 'web' });
    const model = new TreeModel(singleConnection(cognito));
    const [poolRow] = await model.getChildren();
    const [clients, users] = await model.getChildren(poolRow);
    const [user] = await model.getChildren(users);
    await model.getChildren(clients);
    const events: (string | undefined)[] = [];
    model.onDidChange((node) => events.push(node?.key));
    model.refresh(user);
    assert.deepEqual(events, [users.key]);
    assert.equal(model.isListed(users.key), false, 'the users listing starts over');
    assert.equal(model.isListed(clients.key), true, 'the app clients keep theirs');
    assert.equal(model.getNode(user.key), undefined, 'nodes below the refreshed folder are forgotten');
    assert.ok(model.getNode(clients.key), 'the folder itself stays');
  });

  it('ignores a Load more node from a list that was refreshed or never loaded', async () => {
    const cognito = new FakeCognito();
    for (const name of ['a', 'b', 'c']) cognito.addPool(name);
    const model = new TreeModel(singleConnection(cognito));
    const more = (await model.getChildren())[2] as LoadMoreNode;
    model.refresh();
    const calls = cognito.calls.length;
    await model.loadMore(more);
    assert.equal(cognito.calls.length, calls, 'a stale Load more loads nothing');
    await model.loadMore(loadMoreNode('c/nowhere', 't:2'));
    assert.equal(cognito.calls.length, calls);
  });

  it('removes a group with its members, and keeps users of the same name elsewhere', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('shop');
    cognito.data.users.set(pool.id, [alice]);
    cognito.data.groups.push({ userPoolId: pool.id, name: 'admins' }, { userPoolId: pool.id, name: 'admins2' });
    cognito.members.add(`${pool.id}/admins/alice`).add(`${pool.id}/admins2/alice`);
    const model = new TreeModel(singleConnection(cognito));
    const [poolRow] = await model.getChildren();
    const [, users, groups] = await model.getChildren(poolRow);
    await model.getChildren(users);
    const [admins, admins2] = await model.getChildren(groups);
    const [member] = await model.getChildren(admins);
    const [member2] = await model.getChildren(admins2);
    model.removeNodes([admins as Extract<TreeNode, { kind: 'group' }>]);
    assert.equal(model.getNode(member.key), undefined);
    assert.ok(model.getNode(member2.key), 'admins2 is not below admins, though its key starts the same');
    assert.ok(model.getNode(userNode(SINGLE_CONNECTION_ID, pool.id, alice).key));
    assert.deepEqual((await model.getChildren(groups)).map((n) => n.key), [admins2.key]);
  });
});
