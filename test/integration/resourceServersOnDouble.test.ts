import * as assert from 'node:assert/strict';
import { CreateResourceServerCommand, DescribeResourceServerCommand, ListResourceServersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { addScope, createResourceServer, deleteResourceServer, removeScope } from '../../src/commands/flows/resourceServers/resourceServerActions';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { listAll } from '../../src/shared/paging';
import { resourceServerNode } from '../../src/tree/nodes';
import { flowAgainst } from '../support/flowHarness';
import { useSignInDouble } from '../support/signInDouble';

// The resource-server flows through the extension's own wiring (flows, lazyCognito, the SDK) against the
// AWS-faithful double, read back with a plain SDK client: the created server as typed, a scope added and one
// removed with the name and every other scope kept (UpdateResourceServer replaces the whole server), every
// server of a full pool (25, AWS's quota) listed, and the delete.

const ORDERS = 'https://orders.example.com/v2';

describe('resource servers against the AWS-faithful double', function () {
  this.timeout(30_000);
  const context = useSignInDouble();
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: 'ap-southeast-4', endpoint: context().double.endpoint }));
  });
  const readBack = async (Identifier: string) => (await context().client.send(new DescribeResourceServerCommand({ UserPoolId: context().poolId, Identifier }))).ResourceServer;
  const pool = () => ({ connectionId: SINGLE_CONNECTION_ID, pool: { id: context().poolId, name: 'sign-in pool' } });

  it('creates a server with scopes typed as "name — description", as typed', async () => {
    const run = flowAgainst(cognito, [{ input: ORDERS }, { input: 'Orders API, v2' }, { input: 'orders.read — Read the orders, "all" of them' }, { input: 'orders:write - Place = change · Bestellungen' }, { input: '' }]);
    await createResourceServer(run.deps, pool());
    run.prompter.assertDone();
    assert.deepEqual(await readBack(ORDERS), {
      UserPoolId: context().poolId,
      Identifier: ORDERS,
      Name: 'Orders API, v2',
      Scopes: [
        { ScopeName: 'orders.read', ScopeDescription: 'Read the orders, "all" of them' },
        { ScopeName: 'orders:write', ScopeDescription: 'Place = change · Bestellungen' },
      ],
    });
  });

  it('adds a scope and removes another, keeping the name and every other scope', async () => {
    const { client, poolId } = context();
    const identifier = 'https://inventory.example.com';
    const scopes = [
      { ScopeName: 'stock.read', ScopeDescription: 'Read the stock, "all" of it' },
      { ScopeName: 'stock:write', ScopeDescription: 'Change = count · Bestand' },
    ];
    await client.send(new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: identifier, Name: 'Inventory, v1', Scopes: scopes }));
    // The node as the tree listed it before: the flows read the server anew.
    const node = resourceServerNode(SINGLE_CONNECTION_ID, { userPoolId: poolId, identifier, name: 'Inventory, v1', scopes: [] });
    const adding = flowAgainst(cognito, [{ input: 'stock.delete: Write off stock' }]);
    await addScope(adding.deps, node);
    const removing = flowAgainst(cognito, [{ pick: 'stock.read' }, { confirm: true }]);
    await removeScope(removing.deps, node);
    const after = await readBack(identifier);
    assert.equal(after?.Name, 'Inventory, v1');
    assert.deepEqual(after?.Scopes, [scopes[1], { ScopeName: 'stock.delete', ScopeDescription: 'Write off stock' }]);
  });

  it('lists every server of a full pool through the extension, and deletes one', async () => {
    const { client, poolId } = context();
    const existing = (await client.send(new ListResourceServersCommand({ UserPoolId: poolId, MaxResults: 50 }))).ResourceServers?.length ?? 0;
    for (let i = existing; i < 25; i++) await client.send(new CreateResourceServerCommand({ UserPoolId: poolId, Identifier: `api-${String(i).padStart(2, '0')}`, Name: `API ${i}` }));
    const listed = await listAll((token) => cognito.resourceServers.list(poolId, token), 10);
    assert.equal(listed.length, 25);
    const run = flowAgainst(cognito, [{ confirm: true }]);
    await deleteResourceServer(run.deps, resourceServerNode(SINGLE_CONNECTION_ID, listed[1]));
    const left = (await client.send(new ListResourceServersCommand({ UserPoolId: poolId, MaxResults: 50 }))).ResourceServers?.map((s) => s.Identifier);
    assert.equal(left?.length, 24);
    assert.ok(!left?.includes(listed[1].identifier));
  });
});
