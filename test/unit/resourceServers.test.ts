import * as assert from 'node:assert/strict';
import { addScope, createResourceServer, deleteResourceServer, removeScope } from '../../src/commands/flows/resourceServers/resourceServerActions';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { ResourceServerCalls } from '../../src/aws/cognito/resourceServerCalls';
import { toCognitoError } from '../../src/shared/errors';
import { resourceServerNode } from '../../src/tree/nodes';
import { NothingToPick } from '../../src/ui/prompter';
import { checkResourceServerIdentifier, checkResourceServerName, checkScope, parseScope } from '../../src/validation/resourceServer';
import { onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';
import { RecordingSdk } from '../support/recordingSdk';
import type { Answer } from '../support/scriptedPrompter';

const ORDERS = 'https://orders.example.com/v2';

function pool() {
  const cognito = new FakeCognito();
  const details = cognito.addPool('shop');
  return { cognito, target: onDefault(details), poolId: details.id };
}

function withServer() {
  const setup = pool();
  const server = {
    userPoolId: setup.poolId,
    identifier: ORDERS,
    name: 'Orders API',
    scopes: [
      { name: 'orders.read', description: 'Read the orders, "all" of them' },
      { name: 'orders:write', description: 'Place = change · Bestellungen' },
    ],
  };
  setup.cognito.data.resourceServers.push(structuredClone(server));
  return { ...setup, server, node: resourceServerNode(SINGLE_CONNECTION_ID, server) };
}

describe('resource servers', () => {
  it('creates a server with its identifier, name and scopes typed as "name — description", and shows it', async () => {
    const { cognito, target, poolId } = pool();
    const run = flowRun([{ input: ORDERS }, { input: 'Orders API' }, { input: 'orders.read — Read the orders, "all" of them' }, { input: 'orders:write - Place = change' }, { input: '' }], cognito);
    await createResourceServer(run.deps, target);
    const created = { userPoolId: poolId, identifier: ORDERS, name: 'Orders API', scopes: [{ name: 'orders.read', description: 'Read the orders, "all" of them' }, { name: 'orders:write', description: 'Place = change' }] };
    assert.deepEqual(cognito.data.resourceServers, [created]);
    assert.deepEqual(run.shown.map((n) => n.key), [resourceServerNode(SINGLE_CONNECTION_ID, created).key]);
    assert.deepEqual(run.prompter.asked.map((a) => [a.step, a.totalSteps]), [[1, 3], [2, 3], [3, 3], [3, 3], [3, 3]]);
  });

  it('creates a server without scopes when the first scope box is left empty', async () => {
    const { cognito, target } = pool();
    const run = flowRun([{ input: 'inventory' }, { input: 'Inventory' }, { input: '  ' }], cognito);
    await createResourceServer(run.deps, target);
    assert.deepEqual(cognito.data.resourceServers[0].scopes, []);
  });

  it('changes nothing on Esc at any step, from the palette too', async () => {
    const answers: Answer[] = [{ pick: 'shop' }, { input: ORDERS }, { input: 'Orders API' }, { input: 'orders.read — Read' }, { input: '' }];
    await assertEscAtEveryStepCreatesNothing(answers, () => pool().cognito, (deps) => createResourceServer(deps));
    const { node } = withServer();
    await assertEscAtEveryStepCreatesNothing([{ input: 'orders.delete — Cancel orders' }], () => withServer().cognito, (deps) => addScope(deps, node));
    await assertEscAtEveryStepCreatesNothing([{ pick: 'orders.read' }, { confirm: true }], () => withServer().cognito, (deps) => removeScope(deps, node));
    await assertEscAtEveryStepCreatesNothing([{ confirm: true }], () => withServer().cognito, (deps) => deleteResourceServer(deps, node));
  });

  it('adds a scope, sending the name and every other scope back unchanged, and redraws the row', async () => {
    const { cognito, node, server } = withServer();
    const run = flowRun([{ input: 'orders.delete: Cancel an order' }], cognito);
    await addScope(run.deps, node);
    const expected = { ...server, scopes: [...server.scopes, { name: 'orders.delete', description: 'Cancel an order' }] };
    assert.deepEqual(cognito.writeCalls.map((c) => c.args), [[expected]]);
    assert.deepEqual(run.changedItems, [resourceServerNode(SINGLE_CONNECTION_ID, expected)]);
  });

  it('reads the server anew before a scope edit, so a scope added elsewhere is kept', async () => {
    const { cognito, node, server } = withServer();
    cognito.data.resourceServers[0].scopes.push({ name: 'elsewhere', description: 'Added in the console' });
    const run = flowRun([{ pick: 'orders.read' }, { confirm: true }], cognito);
    await removeScope(run.deps, node);
    assert.deepEqual(cognito.data.resourceServers[0], { ...server, scopes: [server.scopes[1], { name: 'elsewhere', description: 'Added in the console' }] });
    assert.match(run.prompter.asked[1].text, new RegExp(`Remove the scope ${ORDERS}/orders.read`));
    assert.deepEqual(run.changedItems.map((n) => n.kind === 'resourceServer' && n.server.scopes.length), [2]);
  });

  it('says when there is no scope to remove, and sends nothing', async () => {
    const { cognito, node } = withServer();
    cognito.data.resourceServers[0].scopes = [];
    const run = flowRun([], cognito);
    await assert.rejects(removeScope(run.deps, node), NothingToPick);
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('deletes a server after a confirmation naming it, and it leaves the tree', async () => {
    const { cognito, node } = withServer();
    const run = flowRun([{ confirm: true }], cognito);
    await deleteResourceServer(run.deps, node);
    assert.deepEqual(cognito.data.resourceServers, []);
    assert.deepEqual(run.removed, [node]);
    assert.match(run.prompter.asked[0].text, /Orders API \(https:\/\/orders\.example\.com\/v2\)/);
  });

  it('validates as typed with Cognito’s rules', () => {
    assert.equal(checkResourceServerIdentifier(ORDERS), undefined);
    assert.equal(checkResourceServerIdentifier('i'.repeat(256)), undefined);
    assert.match(checkResourceServerIdentifier('i'.repeat(257)) ?? '', /at most 256/);
    assert.match(checkResourceServerIdentifier('has space') ?? '', /except spaces/);
    assert.match(checkResourceServerIdentifier('say "hi"') ?? '', /except spaces/);
    assert.match(checkResourceServerIdentifier('') ?? '', /Enter an identifier/);
    assert.equal(checkResourceServerName('Orders API, v2 @ example.com'), undefined);
    assert.match(checkResourceServerName('Orders/API') ?? '', /letters, numbers/);
    assert.match(checkResourceServerName('n'.repeat(257)) ?? '', /at most 256/);
    assert.equal(checkScope('orders.read — Read'), undefined);
    assert.match(checkScope('orders/read — Read') ?? '', /except spaces, ", \/ and \\/);
    assert.match(checkScope('orders.read') ?? '', /Add a description/);
    assert.match(checkScope('orders.read — Read', ['orders.read']) ?? '', /already has a scope named orders\.read/);
    assert.equal(checkScope(`${'s'.repeat(256)} — ${'ü'.repeat(256)}`), undefined);
    assert.match(checkScope(`s — ${'ü'.repeat(257)}`) ?? '', /at most 256/);
    assert.deepEqual(parseScope('  a-b – the "a" - b  '), { name: 'a-b', description: 'the "a" - b' });
  });

  it('pages ListResourceServers by 50, AWS’s most, and sends the whole server on update', async () => {
    const sdk = new RecordingSdk();
    sdk.answers.set('ListResourceServersCommand', { ResourceServers: [{ Identifier: ORDERS, Name: 'Orders API', Scopes: [{ ScopeName: 'r', ScopeDescription: 'Read' }] }], NextToken: 'next' });
    const calls = new ResourceServerCalls(sdk.client, sdk.context());
    const page = await calls.list('eu-central-2_Pool', 'token');
    assert.deepEqual(sdk.sent[0].input, { UserPoolId: 'eu-central-2_Pool', MaxResults: 50, NextToken: 'token' });
    assert.deepEqual(page, { items: [{ userPoolId: 'eu-central-2_Pool', identifier: ORDERS, name: 'Orders API', scopes: [{ name: 'r', description: 'Read' }] }], nextToken: 'next' });
    await calls.update({ userPoolId: 'eu-central-2_Pool', identifier: ORDERS, name: 'Orders API', scopes: [] });
    assert.deepEqual(sdk.sent[1].input, { UserPoolId: 'eu-central-2_Pool', Identifier: ORDERS, Name: 'Orders API', Scopes: [] });
  });

  it('says a resource server that went elsewhere no longer exists, and what the scope errors of a client mean', () => {
    const gone = toCognitoError({ name: 'ResourceNotFoundException', message: 'Resource server x does not exist.' }, { operation: 'UpdateResourceServer' });
    assert.equal(gone.message, 'That resource server no longer exists; refresh the Cognito view.');
    const scope = toCognitoError({ name: 'ScopeDoesNotExistException', message: 'Invalid scope requested: x/y' }, { operation: 'UpdateUserPoolClient' });
    assert.match(scope.message, /not defined by the pool's resource servers/);
    const flow = toCognitoError({ name: 'InvalidOAuthFlowException', message: 'client_credentials flow can not be selected along with code flow or implicit flow.' }, { operation: 'UpdateUserPoolClient' });
    assert.equal(flow.message, 'Cognito refused these OAuth settings: client_credentials flow can not be selected along with code flow or implicit flow; change them and try again.');
  });
});
