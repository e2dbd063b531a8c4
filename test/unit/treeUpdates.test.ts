import * as assert from 'node:assert/strict';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { TreeModel } from '../../src/tree/model';
import { groupNode, memberNode, userNode, usersFolderNode, type TreeNode, type UserNode } from '../../src/tree/nodes';
import { treeUpdates } from '../../src/tree/treeUpdates';
import { userFilter } from '../../src/shared/userFilter';
import { onDefault, singleConnection } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';

// What flows change in the tree, through a view that records what it was asked to reveal: a created
// item is revealed (selected, not focused), a search opens the Users folder, a view that is hidden
// reveals nothing, and a failed reveal changes nothing.

interface Reveal {
  key: string;
  options: unknown;
}

function view(visible = true, fails = false) {
  const reveals: Reveal[] = [];
  const treeView = {
    visible,
    reveal: async (node: TreeNode, options: unknown) => {
      reveals.push({ key: node.key, options });
      if (fails) throw new Error('no such element');
    },
  };
  return { reveals, treeView: treeView as unknown as Parameters<typeof treeUpdates>[1] };
}

async function openShop(cognito = new FakeCognito()) {
  const pool = cognito.data.pools[0] ?? cognito.addPool('shop');
  if (!cognito.data.users.has(pool.id)) cognito.data.users.set(pool.id, [{ username: 'ann', status: 'CONFIRMED', enabled: true }]);
  const model = new TreeModel(singleConnection(cognito));
  const [poolRow] = await model.getChildren();
  const [, users, groups] = await model.getChildren(poolRow);
  return { cognito, pool, model, users, groups };
}

describe('tree updates', () => {
  it('reveals a created user, selected but not focused, once its folder lists it', async () => {
    const { cognito, pool, model, users } = await openShop();
    await model.getChildren(users);
    const { reveals, treeView } = view();
    const bob = { username: 'bob', status: 'FORCE_CHANGE_PASSWORD', enabled: true };
    await treeUpdates(model, treeView).showCreated(userNode(SINGLE_CONNECTION_ID, pool.id, bob));
    assert.deepEqual(reveals, [{ key: userNode(SINGLE_CONNECTION_ID, pool.id, bob).key, options: { select: true, focus: false, expand: false } }]);
    assert.ok(cognito.calls.filter((c) => c.method === 'users.list').length >= 2, 'the folder was listed again');
  });

  it('reveals nothing for a folder never opened, in a hidden view, and shrugs off a failed reveal', async () => {
    const { pool, model, users } = await openShop();
    const bob = userNode(SINGLE_CONNECTION_ID, pool.id, { username: 'bob', status: 'CONFIRMED', enabled: true });
    const closed = view();
    await treeUpdates(model, closed.treeView).showCreated(bob);
    assert.deepEqual(closed.reveals, [], 'the folder was never opened');

    await model.getChildren(users);
    const hidden = view(false);
    await treeUpdates(model, hidden.treeView).showCreated(bob);
    assert.deepEqual(hidden.reveals, []);

    const failing = view(true, true);
    await treeUpdates(model, failing.treeView).showCreated(bob);
    assert.equal(failing.reveals.length, 1);
  });

  it('filters the Users folder and reveals it expanded, even before it was ever shown', async () => {
    const { pool, model, users } = await openShop();
    const { reveals, treeView } = view();
    const filter = userFilter('username', 'startsWith', 'a');
    await treeUpdates(model, treeView).filterUsers(onDefault(pool), filter);
    assert.equal(model.userFilter(users.key), filter);
    assert.deepEqual(reveals, [{ key: users.key, options: { select: true, focus: false, expand: true } }]);

    const fresh = new TreeModel(singleConnection(new FakeCognito()));
    const unseen = view();
    await treeUpdates(fresh, unseen.treeView).filterUsers(onDefault(pool), filter);
    assert.deepEqual(unseen.reveals.map((r) => r.key), [usersFolderNode(SINGLE_CONNECTION_ID, pool).key]);
  });

  it('reloads the Users and Groups folders that are open after an import, and none that are not', async () => {
    const { cognito, pool, model, users, groups } = await openShop();
    const { treeView } = view();
    const updates = treeUpdates(model, treeView);
    await updates.reloadUsers(onDefault(pool));
    assert.equal(cognito.calls.filter((c) => c.method === 'users.list' || c.method === 'groups.list').length, 0, 'nothing open, nothing listed');

    await model.getChildren(users);
    await model.getChildren(groups);
    cognito.data.users.get(pool.id)!.push({ username: 'zed', status: 'CONFIRMED', enabled: true });
    cognito.data.groups.push({ userPoolId: pool.id, name: 'admins' });
    await updates.reloadUsers(onDefault(pool));
    const names = (nodes: TreeNode[]) => nodes.map((n) => (n.kind === 'user' ? n.user.username : n.kind === 'group' ? n.group.name : n.kind));
    assert.deepEqual(names(await model.getChildren(users)), ['ann', 'zed']);
    assert.deepEqual(names(await model.getChildren(groups)), ['admins']);
  });

  it('lists a new member under its group only when the group is open', async () => {
    const { cognito, pool, model, groups } = await openShop();
    const group = { userPoolId: pool.id, name: 'admins' };
    cognito.data.groups.push(group);
    const [admins] = await model.getChildren(groups);
    const { treeView } = view(false);
    const updates = treeUpdates(model, treeView);
    const ann = cognito.data.users.get(pool.id)![0];
    await updates.memberAdded(SINGLE_CONNECTION_ID, pool.id, 'admins', ann);
    assert.equal(model.isListed(admins.key), false, 'a closed group stays closed');

    await model.getChildren(admins);
    cognito.members.add(`${pool.id}/admins/ann`);
    await updates.memberAdded(SINGLE_CONNECTION_ID, pool.id, 'admins', ann);
    assert.deepEqual((await model.getChildren(admins)).map((n) => n.key), [memberNode(SINGLE_CONNECTION_ID, pool.id, 'admins', ann).key]);
    assert.equal(groupNode(SINGLE_CONNECTION_ID, group).key, admins.key);
  });

  it('takes a deleted user out of its folder and of every open group, and changes a user everywhere it is listed', async () => {
    const { cognito, pool, model, users, groups } = await openShop();
    cognito.data.users.get(pool.id)!.push({ username: 'bob', status: 'CONFIRMED', enabled: true });
    cognito.data.groups.push({ userPoolId: pool.id, name: 'admins' }, { userPoolId: pool.id, name: 'staff' });
    for (const g of ['admins', 'staff']) for (const u of ['ann', 'bob']) cognito.members.add(`${pool.id}/${g}/${u}`);
    const [ann] = (await model.getChildren(users)) as UserNode[];
    const [admins, staff] = await model.getChildren(groups);
    await model.getChildren(admins);
    await model.getChildren(staff);
    const updates = treeUpdates(model, view().treeView);

    await updates.userChanged(SINGLE_CONNECTION_ID, pool.id, { ...ann.user, enabled: false });
    const enabledOf = async (parent: TreeNode) => (await model.getChildren(parent)).map((n) => (n.kind === 'member' || n.kind === 'user' ? `${n.user.username}:${n.user.enabled}` : n.kind));
    assert.deepEqual(await enabledOf(users), ['ann:false', 'bob:true']);
    assert.deepEqual(await enabledOf(admins), ['ann:false', 'bob:true']);
    assert.deepEqual(await enabledOf(staff), ['ann:false', 'bob:true']);

    await updates.removed([ann]);
    assert.deepEqual(await enabledOf(users), ['bob:true']);
    assert.deepEqual(await enabledOf(admins), ['bob:true']);
    assert.deepEqual(await enabledOf(staff), ['bob:true']);
  });

  it('redraws an edited group in place, keeping its members listed and loading nothing again', async () => {
    const cognito = new FakeCognito();
    const shop = cognito.addPool('shop');
    cognito.data.users.set(shop.id, [{ username: 'ann', status: 'CONFIRMED', enabled: true }]);
    cognito.data.groups.push({ userPoolId: shop.id, name: 'admins', precedence: 1 });
    cognito.members.add(`${shop.id}/admins/ann`);
    const { model, groups } = await openShop(cognito);
    const [admins] = await model.getChildren(groups);
    await model.getChildren(admins);
    const listed = cognito.calls.length;
    await treeUpdates(model, view().treeView).itemChanged(groupNode(SINGLE_CONNECTION_ID, { userPoolId: shop.id, name: 'admins', precedence: 0, description: 'Owners' }));
    const [redrawn] = await model.getChildren(groups);
    assert.ok(redrawn.kind === 'group' && redrawn.group.precedence === 0 && redrawn.group.description === 'Owners');
    assert.deepEqual((await model.getChildren(redrawn)).map((n) => n.kind === 'member' && n.user.username), ['ann'], 'its members stay listed');
    assert.equal(cognito.calls.length, listed, 'nothing was listed again');
  });
});
