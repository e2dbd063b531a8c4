// A connection's "Identity pools" folder: after its user pools (and their Load more), listed only when opened,
// one ListIdentityPools call per page, each identity pool by name and id; none while the user pools failed.
import * as assert from 'node:assert/strict';
import { TreeModel } from '../../src/tree/model';
import type { TreeNode } from '../../src/tree/nodes';
import { singleConnection } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';

const POOLS = ['orders', 'guests only', 'admin-tools'].map((name, i) => ({ id: `sa-east-1:0c0ffee0-0000-4000-8000-00000000000${i}`, name }));

describe('the Identity pools folder', () => {
  const labelOf = (n: TreeNode) => (n.kind === 'identityPool' ? `${n.identityPool.name} ${n.identityPool.id}` : n.kind === 'pool' ? n.pool.name : n.kind);

  it('comes after the user pools and lists the identity pools page by page only when opened', async () => {
    const cognito = new FakeCognito();
    cognito.addPool('shop');
    cognito.data.identityPools = POOLS.map((p) => ({ ...p, allowGuests: false, classicFlow: false, trustedClients: [], loginProviders: {}, openIdConnectProviderArns: [], samlProviderArns: [], tags: {} }));
    const model = new TreeModel(singleConnection(cognito));
    const roots = await model.getChildren();
    assert.deepEqual(roots.map(labelOf), ['shop', 'identityPoolsFolder']);
    assert.equal(cognito.calls.filter((c) => c.method === 'identityPools.list').length, 0, 'no call before the folder opens');
    const first = await model.getChildren(roots[1]);
    assert.deepEqual(first.map(labelOf), [`orders ${POOLS[0].id}`, `guests only ${POOLS[1].id}`, 'loadMore']);
    const last = first[2];
    assert.equal(last.kind, 'loadMore');
    if (last.kind === 'loadMore') await model.loadMore(last);
    assert.deepEqual((await model.getChildren(roots[1])).map(labelOf), [`orders ${POOLS[0].id}`, `guests only ${POOLS[1].id}`, `admin-tools ${POOLS[2].id}`]);
    assert.equal(cognito.calls.filter((c) => c.method === 'identityPools.list').length, 2);
  });

  it('is not shown while the user pools could not be listed', async () => {
    const cognito = new FakeCognito();
    cognito.failNext.set('pools.list', new Error('boom'));
    const roots = await new TreeModel(singleConnection(cognito)).getChildren();
    assert.deepEqual(roots.map((n) => n.kind), ['error']);
  });
});
