import * as assert from 'node:assert/strict';
import { CognitoError } from '../../src/shared/errors';
import { TreeModel } from '../../src/tree/model';
import { appClientNode, poolNode, userNode, type LoadMoreNode, type TreeNode, type UserNode } from '../../src/tree/nodes';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { listedConnections, modelUpdates, singleConnection } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';

const labels = (nodes: TreeNode[]) =>
  nodes.map((n) => {
    switch (n.kind) {
      case 'pool':
        return n.pool.name;
      case 'appClient':
        return n.client.name;
      case 'user':
        return n.user.username;
      case 'appClientsFolder':
      case 'usersFolder':
      case 'groupsFolder':
      case 'resourceServersFolder':
      case 'identityPoolsFolder':
        return n.kind;
      case 'identityPool':
        return `identityPool: ${n.identityPool.name}`;
      case 'resourceServer':
        return `resourceServer: ${n.server.identifier}`;
      case 'group':
        return `group: ${n.group.name}`;
      case 'member':
        return `member: ${n.user.username}`;
      case 'loadMore':
        return 'Load more';
      case 'connection':
        return `connection: ${n.connection.label}`;
      default:
        return `${n.kind}: ${n.message}`;
    }
  });

describe('TreeModel', () => {
  let cognito: FakeCognito;
  let model: TreeModel;
  beforeEach(() => {
    cognito = new FakeCognito();
    model = new TreeModel(singleConnection(cognito));
  });

  it('lists pools with one call per page and a Load more node while a token remains', async () => {
    for (const name of ['a', 'b', 'c']) cognito.addPool(name);
    const first = await model.getChildren();
    assert.deepEqual(labels(first), ['a', 'b', 'Load more', 'identityPoolsFolder']);
    assert.equal(cognito.calls.length, 1);

    await model.loadMore(first[2] as LoadMoreNode);
    assert.deepEqual(labels(await model.getChildren()), ['a', 'b', 'c', 'identityPoolsFolder']);
    assert.equal(cognito.calls.length, 2);
    assert.equal(cognito.calls[1].args[0], 't:2', 'the continuation token is passed back');
  });

  it('loads a page once when Load more is clicked twice', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e']) cognito.addPool(name);
    const more = (await model.getChildren())[2] as LoadMoreNode;
    await Promise.all([model.loadMore(more), model.loadMore(more)]);
    assert.equal(cognito.calls.length, 2);
    assert.deepEqual(labels(await model.getChildren()), ['a', 'b', 'c', 'd', 'Load more', 'identityPoolsFolder']);
  });

  it('starts over from the first page on refresh', async () => {
    for (const name of ['a', 'b', 'c']) cognito.addPool(name);
    await model.loadMore((await model.getChildren())[2] as LoadMoreNode);
    model.refresh();
    assert.deepEqual(labels(await model.getChildren()), ['a', 'b', 'Load more', 'identityPoolsFolder']);
    assert.equal(cognito.calls.at(-1)?.args[0], undefined);
  });

  it('forgets the nodes below what it refreshes', async () => {
    const pool = cognito.addPool('p');
    cognito.data.users.set(pool.id, [{ username: 'gone', status: 'CONFIRMED', enabled: true }]);
    const [poolNode] = await model.getChildren();
    const [, usersFolder] = await model.getChildren(poolNode);
    const [gone] = await model.getChildren(usersFolder);
    cognito.data.users.set(pool.id, []);
    model.refresh(usersFolder);
    assert.equal(model.getNode(gone.key), undefined);
    assert.equal(model.getNode(usersFolder.key), usersFolder, 'the folder itself stays');
    assert.deepEqual(labels(await model.getChildren(usersFolder)), ['empty: No users']);
  });

  it('shares one request between concurrent first loads', async () => {
    cognito.addPool('a');
    await Promise.all([model.getChildren(), model.getChildren()]);
    assert.equal(cognito.calls.length, 1);
  });

  it('gives each pool four folders without a call, and one call per folder', async () => {
    const pool = cognito.addPool('p');
    cognito.data.clients.push({ userPoolId: pool.id, clientId: 'c1', name: 'web' });
    const [poolNode] = await model.getChildren();
    const folders = await model.getChildren(poolNode);
    assert.deepEqual(labels(folders), ['appClientsFolder', 'usersFolder', 'groupsFolder', 'resourceServersFolder']);
    assert.equal(cognito.calls.length, 1);
    assert.deepEqual(labels(await model.getChildren(folders[0])), ['web']);
    assert.deepEqual(labels(await model.getChildren(folders[1])), ['empty: No users']);
    assert.deepEqual(labels(await model.getChildren(folders[2])), ['empty: No groups']);
    assert.deepEqual(labels(await model.getChildren(folders[3])), ['empty: No resource servers']);
    assert.equal(cognito.calls.length, 5);
    assert.equal(model.getParent(folders[0]), poolNode);
  });

  it('shows an empty placeholder and a failed load as a node, and recovers on refresh', async () => {
    assert.deepEqual(labels(await model.getChildren()), ['empty: No user pools in this region', 'identityPoolsFolder']);
    model.refresh();
    cognito.failNext.set('pools.list', new CognitoError('Cognito is throttling requests right now; wait a moment and retry.', 'throttled'));
    const failed = await model.getChildren();
    assert.deepEqual(labels(failed), ['error: Cognito is throttling requests right now; wait a moment and retry.']);
    cognito.addPool('back');
    model.refresh(failed[0]);
    assert.deepEqual(labels(await model.getChildren()), ['back', 'identityPoolsFolder']);
  });

  it('keeps loaded items and the token when Load more fails', async () => {
    for (const name of ['a', 'b', 'c']) cognito.addPool(name);
    const more = (await model.getChildren())[2] as LoadMoreNode;
    cognito.failNext.set('pools.list', new CognitoError('Cannot reach the Cognito endpoint; check your network connection or that the local emulator is running.', 'unreachable'));
    await model.loadMore(more);
    assert.deepEqual(labels(await model.getChildren()), ['a', 'b', 'error: Cannot reach the Cognito endpoint; check your network connection or that the local emulator is running.', 'Load more']);
    await model.loadMore(more);
    assert.deepEqual(labels(await model.getChildren()), ['a', 'b', 'c', 'identityPoolsFolder']);
  });

  it('keeps a just-created user in its folder even when the listing lags', async () => {
    const pool = cognito.addPool('p');
    const [poolNode] = await model.getChildren();
    const [, usersFolder] = await model.getChildren(poolNode);
    await model.getChildren(usersFolder);
    const created = userNode(SINGLE_CONNECTION_ID, pool.id, { username: 'new', status: 'FORCE_CHANGE_PASSWORD', enabled: true });
    const shown = await model.showCreated(created);
    assert.equal(shown?.key, created.key);
    assert.deepEqual(labels(await model.getChildren(usersFolder)), ['new']);
    assert.equal(model.getParent(created), usersFolder);
  });

  it('does not touch a folder that was never opened when something is created in it', async () => {
    const pool = cognito.addPool('p');
    await model.getChildren();
    const callsBefore = cognito.calls.length;
    assert.equal(await model.showCreated(appClientNode(SINGLE_CONNECTION_ID, { userPoolId: pool.id, clientId: 'x', name: 'x' })), undefined);
    assert.equal(cognito.calls.length, callsBefore);
  });

  it('ignores a second click on a Load more node whose page has already arrived', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e']) cognito.addPool(name);
    const more = (await model.getChildren())[2] as LoadMoreNode;
    await model.loadMore(more);
    await model.loadMore(more);
    assert.equal(cognito.calls.length, 2);
    assert.deepEqual(labels(await model.getChildren()), ['a', 'b', 'c', 'd', 'Load more', 'identityPoolsFolder']);
  });

  it('never lists an item twice when a created one turns up on a later page', async () => {
    for (const name of ['a', 'b']) cognito.addPool(name);
    await model.getChildren();
    const created = cognito.addPool('c');
    await model.showCreated(poolNode(SINGLE_CONNECTION_ID, { id: created.id, name: 'c' }));
    const first = await model.getChildren();
    assert.deepEqual(labels(first), ['c', 'a', 'b', 'Load more', 'identityPoolsFolder']);
    await model.loadMore(first[3] as LoadMoreNode);
    assert.deepEqual(labels(await model.getChildren()), ['c', 'a', 'b', 'identityPoolsFolder']);
  });

  it('answers a load that was overtaken by a refresh with the fresh data', async () => {
    cognito.addPool('old');
    const pending = model.getChildren();
    model.refresh();
    cognito.data.pools = [];
    cognito.addPool('new');
    assert.deepEqual(labels(await pending), ['new', 'identityPoolsFolder']);
  });

  it('announces only the folder after Load more in a folder, so the rest of the tree stays', async () => {
    const pool = cognito.addPool('p');
    cognito.data.users.set(pool.id, ['a', 'b', 'c'].map((username) => ({ username, status: 'CONFIRMED', enabled: true })));
    const [poolNode] = await model.getChildren();
    const [, users] = await model.getChildren(poolNode);
    const more = (await model.getChildren(users)).find((n) => n.kind === 'loadMore') as LoadMoreNode;
    const events: (string | undefined)[] = [];
    model.onDidChange((node) => events.push(node?.key));
    await model.loadMore(more);
    assert.deepEqual(events, [users.key]);
  });

  it('announces changes: the folder after Load more, everything on a full refresh', async () => {
    for (const name of ['a', 'b', 'c']) cognito.addPool(name);
    const events: (string | undefined)[] = [];
    model.onDidChange((node) => events.push(node?.key));
    await model.loadMore((await model.getChildren())[2] as LoadMoreNode);
    model.refresh();
    assert.deepEqual(events, [undefined, undefined]);
  });
});

describe('TreeModel user search', () => {
  it('passes the folder filter to ListUsers and keeps it across refreshes until cleared', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('p');
    const model = new TreeModel(singleConnection(cognito));
    const [poolNode] = await model.getChildren();
    const [, usersFolder] = await model.getChildren(poolNode);
    model.setUserFilter(usersFolder.key, { expression: 'email ^= "a"', description: 'email starts with "a"' });
    await model.getChildren(usersFolder);
    model.refresh(usersFolder);
    await model.getChildren(usersFolder);
    model.setUserFilter(usersFolder.key, undefined);
    await model.getChildren(usersFolder);
    const filters = cognito.calls.filter((c) => c.method === 'users.list').map((c) => (c.args[1] as { filter?: string }).filter);
    assert.deepEqual(filters, ['email ^= "a"', 'email ^= "a"', undefined]);
    assert.equal(pool.id, (cognito.calls.at(-1)?.args[0] as string));
  });

  it('restarts a listing whose page token AWS no longer accepts', async () => {
    const cognito = new FakeCognito();
    for (const name of ['a', 'b', 'c']) cognito.addPool(name);
    const model = new TreeModel(singleConnection(cognito));
    const more = (await model.getChildren())[2] as LoadMoreNode;
    cognito.failNext.set('pools.list', new CognitoError('Cognito rejected the request: bad token; correct the input and try again.', 'invalidParameter'));
    await model.loadMore(more);
    assert.deepEqual(labels(await model.getChildren()), ['a', 'b', 'error: This list changed or its page token expired; click to reload it from the start.']);
  });
});

describe('TreeModel with several connections', () => {
  it('shows each connection as a root listing its own pools, and one failing connection as its own error node', async () => {
    const dev = new FakeCognito();
    const prod = new FakeCognito();
    dev.addPool('dev-pool');
    prod.addPool('prod-pool');
    const source = listedConnections({ dev, prod, broken: new FakeCognito() }, ['Connection 4 in cognito.connections: has no "region"; add one such as "eu-west-1".']);
    const broken = source.cognito(source.byLabel('broken').id) as FakeCognito;
    broken.failNext.set('pools.list', new CognitoError('Cannot reach the Cognito endpoint; check your network connection or that the local emulator is running.', 'unreachable'));
    const model = new TreeModel(source);

    const roots = await model.getChildren();
    assert.deepEqual(labels(roots), ['error: Connection 4 in cognito.connections: has no "region"; add one such as "eu-west-1".', 'connection: dev', 'connection: prod', 'connection: broken']);
    const [, devRoot, prodRoot, brokenRoot] = roots;
    assert.deepEqual(labels(await model.getChildren(devRoot)), ['dev-pool', 'identityPoolsFolder']);
    assert.deepEqual(labels(await model.getChildren(prodRoot)), ['prod-pool', 'identityPoolsFolder']);
    const [error] = await model.getChildren(brokenRoot);
    assert.deepEqual(labels([error]), ['error: Cannot reach the Cognito endpoint; check your network connection or that the local emulator is running.']);
    assert.equal(dev.calls.length, 1);
    assert.equal(prod.calls.length, 1);

    // Each pool and everything under it carries its connection; the parent chain leads back to the root.
    const [prodPool] = await model.getChildren(prodRoot);
    const [, users] = await model.getChildren(prodPool);
    prod.data.users.set(prod.data.pools[0].id, [{ username: 'p', status: 'CONFIRMED', enabled: true }]);
    const [user] = await model.getChildren(users);
    assert.deepEqual([prodPool, users, user].map((n) => 'connectionId' in n && n.connectionId), Array(3).fill(source.byLabel('prod').id));
    assert.equal(model.getParent(prodPool), prodRoot);
    assert.equal(model.getParent(prodRoot), undefined);

    // Clicking the error retries only that connection.
    model.refresh(error);
    assert.deepEqual(labels(await model.getChildren(brokenRoot)), ['empty: No user pools in this region', 'identityPoolsFolder']);
    assert.equal(dev.calls.length, 1, 'the other connections are not asked again');
  });

  it('keeps the same pool id under two connections apart', async () => {
    const a = new FakeCognito();
    const b = new FakeCognito();
    a.addPool('same');
    b.addPool('same');
    const model = new TreeModel(listedConnections({ a, b }));
    const [rootA, rootB] = await model.getChildren();
    const [poolA] = await model.getChildren(rootA);
    const [poolB] = await model.getChildren(rootB);
    assert.notEqual(poolA.key, poolB.key);
  });

  it('tells the view about credentials only for the single connection (its welcome content)', async () => {
    const reported: (string | undefined)[] = [];
    const none = new FakeCognito();
    none.failNext.set('pools.list', new CognitoError('No AWS credentials were found.', 'noCredentials'));
    assert.deepEqual(await new TreeModel(singleConnection(none), (e) => reported.push(e)).getChildren(), [], 'an empty root for the welcome content');
    const listed = new FakeCognito();
    listed.failNext.set('pools.list', new CognitoError('No AWS credentials were found.', 'noCredentials'));
    const model = new TreeModel(listedConnections({ listed }), (e) => reported.push(e));
    const [root] = await model.getChildren();
    assert.deepEqual(labels(await model.getChildren(root)), ['error: No AWS credentials were found.'], 'a listed connection shows the sentence under itself');
    assert.deepEqual(reported, ['noCredentials', undefined]);
  });
});

describe('TreeModel groups and in-place changes', () => {
  it('lists groups page by page and each group’s members', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('p');
    cognito.data.users.set(pool.id, [{ username: 'ann', status: 'CONFIRMED', enabled: true }, { username: 'ben', status: 'CONFIRMED', enabled: true }]);
    for (const name of ['admins', 'editors', 'readers']) cognito.data.groups.push({ userPoolId: pool.id, name, precedence: 1 });
    cognito.members.add(`${pool.id}/admins/ann`);
    const model = new TreeModel(singleConnection(cognito));
    const [poolNode] = await model.getChildren();
    const [, , groups] = await model.getChildren(poolNode);
    const page = await model.getChildren(groups);
    assert.deepEqual(labels(page), ['group: admins', 'group: editors', 'Load more']);
    assert.deepEqual(labels(await model.getChildren(page[0])), ['member: ann']);
    assert.deepEqual(labels(await model.getChildren(page[1])), ['empty: No members']);
  });

  it('updates a user in place and removes deleted ones without reloading the folder or losing loaded pages', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('p');
    cognito.data.users.set(pool.id, ['a', 'b', 'c', 'd'].map((username) => ({ username, status: 'FORCE_CHANGE_PASSWORD', enabled: true })));
    const model = new TreeModel(singleConnection(cognito));
    const [poolNode] = await model.getChildren();
    const [, users] = await model.getChildren(poolNode);
    const first = await model.getChildren(users);
    await model.loadMore(first[2] as LoadMoreNode);
    const loaded = await model.getChildren(users);
    assert.deepEqual(labels(loaded), ['a', 'b', 'c', 'd']);
    const calls = cognito.calls.length;
    const events: (string | undefined)[] = [];
    model.onDidChange((node) => events.push(node?.key));

    assert.equal(model.updateNode(userNode(SINGLE_CONNECTION_ID, pool.id, { username: 'c', status: 'CONFIRMED', enabled: false })), true);
    model.removeNodes([loaded[0] as UserNode, loaded[3] as UserNode]);
    const after = await model.getChildren(users);
    assert.deepEqual(labels(after), ['b', 'c']);
    assert.deepEqual(after[1].kind === 'user' && [after[1].user.status, after[1].user.enabled], ['CONFIRMED', false]);
    assert.equal(cognito.calls.length, calls, 'no call: the loaded pages are kept');
    assert.deepEqual(events, [users.key, users.key], 'the folder is announced, not the whole tree');
    assert.equal(model.updateNode(userNode(SINGLE_CONNECTION_ID, pool.id, { username: 'zz', status: 'CONFIRMED', enabled: true })), false);
  });

  it('shows a changed or deleted user the same under the open groups', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('p');
    cognito.data.users.set(pool.id, [{ username: 'ann', status: 'CONFIRMED', enabled: true }]);
    cognito.data.groups.push({ userPoolId: pool.id, name: 'admins' });
    cognito.members.add(`${pool.id}/admins/ann`);
    const model = new TreeModel(singleConnection(cognito));
    const updates = modelUpdates(model);
    const [poolNode] = await model.getChildren();
    const [, users, groups] = await model.getChildren(poolNode);
    const [ann] = await model.getChildren(users);
    const [admins] = await model.getChildren(groups);
    await model.getChildren(admins);
    await updates.userChanged(SINGLE_CONNECTION_ID, pool.id, { username: 'ann', status: 'CONFIRMED', enabled: false });
    const [member] = await model.getChildren(admins);
    assert.equal(member.kind === 'member' && member.user.enabled, false, 'the member row shows the disabled user');
    await updates.removed([ann as UserNode]);
    assert.deepEqual(labels(await model.getChildren(admins)), ['empty: No members']);
  });
});
