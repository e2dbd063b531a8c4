import * as assert from 'node:assert/strict';
import { editClientSettings } from '../../src/commands/flows/appClientSettings/editClientSettings';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { TreeModel } from '../../src/tree/model';
import type { TreeNode } from '../../src/tree/nodes';
import { treeUpdates } from '../../src/tree/treeUpdates';
import { singleConnection } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { flowRun } from '../support/flowHarness';

// A renamed app client shows its new name in the tree at once, in place: the flow tells the tree, the row is
// replaced in its loaded listing (same key, new name), and nothing is listed again.

describe('a renamed app client in the tree', () => {
  it('shows the new name in place, without listing the clients again', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('storefront');
    cognito.data.clients.push({ userPoolId: pool.id, clientId: 'c7web', name: 'web-shop' }, { userPoolId: pool.id, clientId: 'c8app', name: 'mobile' });
    const model = new TreeModel(singleConnection(cognito));
    const [poolRow] = await model.getChildren();
    const [clientsFolder] = await model.getChildren(poolRow);
    const names = async () => (await model.getChildren(clientsFolder)).map((n: TreeNode) => (n.kind === 'appClient' ? n.client.name : n.kind));
    assert.deepEqual(await names(), ['web-shop', 'mobile']);
    const listed = () => cognito.calls.filter((c) => c.method === 'clients.list').length;
    const listedBefore = listed();

    const run = flowRun([{ input: 'web-shop, renamed' }, { pick: 'Off' }, { pick: 'On' }, { input: '3' }, { pick: 'Off' }, { confirm: true }], cognito);
    run.deps.tree = treeUpdates(model, { visible: false } as unknown as Parameters<typeof treeUpdates>[1]);
    const [web] = (await model.getChildren(clientsFolder)).filter((n) => n.kind === 'appClient');
    assert.ok(web.kind === 'appClient');
    await editClientSettings(run.deps, { connectionId: SINGLE_CONNECTION_ID, client: web.client });

    assert.deepEqual(await names(), ['web-shop, renamed', 'mobile']);
    assert.equal(listed(), listedBefore, 'the row changed in place');
  });
});
