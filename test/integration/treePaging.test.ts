// The tree model on the real CognitoService, SDK and HTTP, against the AWS-faithful double: what a
// person sees when expanding "Users" of a huge pool, clicking "Load more" (twice), refreshing,
// searching, and meeting throttling.
import * as assert from 'node:assert/strict';
import { userFilter } from '../../src/shared/userFilter';
import { TreeModel } from '../../src/tree/model';
import type { FolderNode, LoadMoreNode, TreeNode } from '../../src/tree/nodes';
import { doubleClient, doubleService } from '../support/doubleClient';
import { singleConnection } from '../support/connections';
import { startCognitoDouble } from '../double/cognitoDouble';
import { useDouble } from '../support/sessionHooks';

const kinds = (nodes: TreeNode[]) => nodes.reduce<Record<string, number>>((count, n) => ({ ...count, [n.kind]: (count[n.kind] ?? 0) + 1 }), {});

describe('tree paging against the AWS-faithful double', function () {
  this.timeout(30_000);
  const session = useDouble({ pools: [{ name: 'huge', users: 100_000 }, { name: 'small', users: 100 }] });
  let model: TreeModel;
  let users: FolderNode;

  async function usersFolderOf(name: string): Promise<FolderNode> {
    const pool = (await model.getChildren()).find((n) => n.kind === 'pool' && n.pool.name === name);
    assert.ok(pool);
    const folder = (await model.getChildren(pool)).find((n) => n.kind === 'usersFolder');
    assert.ok(folder && folder.kind === 'usersFolder');
    return folder;
  }

  const loadMoreOf = (nodes: TreeNode[]) => nodes.find((n): n is LoadMoreNode => n.kind === 'loadMore');
  const listUsersCalls = () => session.double.calls.filter((c) => c.operation === 'ListUsers');

  beforeEach(async () => {
    model = new TreeModel(singleConnection(doubleService(doubleClient(session.endpoint))));
    users = await usersFolderOf('huge');
    session.double.calls.length = 0;
  });

  it('expands Users of a 100,000-user pool with one call, then one call per Load more, even double-clicked', async () => {
    const first = await model.getChildren(users);
    assert.deepEqual(kinds(first), { user: 60, loadMore: 1 });
    assert.equal(listUsersCalls().length, 1);

    const more = loadMoreOf(first);
    assert.ok(more);
    await Promise.all([model.loadMore(more), model.loadMore(more)]);
    assert.equal(listUsersCalls().length, 2, 'the double click loaded one page');
    const second = await model.getChildren(users);
    assert.deepEqual(kinds(second), { user: 120, loadMore: 1 });
    assert.equal(new Set(second.map((n) => n.key)).size, second.length, 'no user twice');

    model.refresh(users);
    assert.deepEqual(kinds(await model.getChildren(users)), { user: 60, loadMore: 1 });
    assert.equal(listUsersCalls().at(-1)?.input.PaginationToken, undefined, 'refresh starts over');
  });

  it('costs the same first page on a 100-user pool', async () => {
    const small = await usersFolderOf('small');
    session.double.calls.length = 0;
    assert.deepEqual(kinds(await model.getChildren(small)), { user: 60, loadMore: 1 });
    assert.equal(listUsersCalls().length, 1);
  });

  it('searches with an escaped ListUsers filter, server-side', async () => {
    model.setUserFilter(users.key, userFilter('username', 'startsWith', 'user00001'));
    const found = await model.getChildren(users);
    assert.deepEqual(kinds(found), { user: 10 }, 'user000010 … user000019');
    assert.deepEqual(listUsersCalls().map((c) => c.input.Filter), ['username ^= "user00001"']);
    model.setUserFilter(users.key, userFilter('email', 'equals', 'no"such\\user'));
    assert.deepEqual(kinds(await model.getChildren(users)), { empty: 1 });
    assert.equal(listUsersCalls().at(-1)?.input.Filter, 'email = "no\\"such\\\\user"');
    model.setUserFilter(users.key, undefined);
  });

  it('retries a throttled page, and shows persistent throttling as one sentence with the tree intact', async () => {
    const first = await model.getChildren(users);
    session.double.throttleNext(1);
    await model.loadMore(loadMoreOf(first)!);
    assert.deepEqual(kinds(await model.getChildren(users)), { user: 120, loadMore: 1 }, 'retried transparently');

    session.double.throttleNext(10);
    await model.loadMore(loadMoreOf(await model.getChildren(users))!);
    const afterThrottle = await model.getChildren(users);
    assert.deepEqual(kinds(afterThrottle), { user: 120, error: 1, loadMore: 1 });
    const error = afterThrottle.find((n) => n.kind === 'error');
    assert.equal(error?.kind === 'error' && error.message, 'Cognito is throttling requests right now; wait a moment and retry.');

    session.double.throttleNext(0);
    await model.loadMore(loadMoreOf(afterThrottle)!);
    assert.deepEqual(kinds(await model.getChildren(users)), { user: 180, loadMore: 1 }, 'Load more again recovers');
  });

  it('shows Load more after a short page that still carries a token', async () => {
    const short = await startCognitoDouble({ pools: [{ name: 'short', users: 100 }], shortPages: 25 });
    try {
      const shortModel = new TreeModel(singleConnection(doubleService(doubleClient(short.endpoint))));
      const [pool] = await shortModel.getChildren();
      const [, folder] = await shortModel.getChildren(pool);
      assert.deepEqual(kinds(await shortModel.getChildren(folder)), { user: 25, loadMore: 1 });
    } finally {
      await short.stop();
    }
  });
});
