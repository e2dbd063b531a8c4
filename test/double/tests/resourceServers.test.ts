// Resource servers on the Cognito double with a plain SDK client (no extension code): create, describe,
// list (MaxResults 1–50, NextToken), update (the whole server: scopes left out are gone) and delete, AWS's
// refusals (member rules, an identifier taken, an unknown server, 25 a pool), and app clients allowed the
// custom scopes `<identifier>/<scope>` their pool's resource servers define, and only those (and a
// DefaultRedirectURI only among the CallbackURLs).
import * as assert from 'node:assert/strict';
import {
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  DeleteResourceServerCommand,
  DescribeResourceServerCommand,
  DescribeUserPoolClientCommand,
  ListIdentityProvidersCommand,
  ListResourceServersCommand,
  UpdateResourceServerCommand,
  UpdateUserPoolClientCommand,
  type ResourceServerScopeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { rejectsWith } from '../../support/signInDouble';
import { useUsersDouble } from '../../support/usersDouble';

const ORDERS = 'https://orders.example.com/v2';
const SCOPES: ResourceServerScopeType[] = [
  { ScopeName: 'orders.read', ScopeDescription: 'Read the orders, "all" of them' },
  { ScopeName: 'orders:write', ScopeDescription: 'Place, change = cancel · Bestellungen' },
];

describe('the Cognito double manages resource servers', () => {
  const context = useUsersDouble();
  const poolId = () => context().poolId;
  const client = () => context().client;
  const create = (Identifier: string, Name: string, Scopes?: ResourceServerScopeType[]) => client().send(new CreateResourceServerCommand({ UserPoolId: poolId(), Identifier, Name, Scopes }));
  const describe_ = (Identifier: string) => client().send(new DescribeResourceServerCommand({ UserPoolId: poolId(), Identifier }));
  const list = (MaxResults?: number, NextToken?: string) => client().send(new ListResourceServersCommand({ UserPoolId: poolId(), MaxResults, NextToken }));

  it('creates a server with its scopes, describes it, and refuses its identifier a second time', async () => {
    const { ResourceServer } = await create(ORDERS, 'Orders API', SCOPES);
    assert.deepEqual(ResourceServer, { UserPoolId: poolId(), Identifier: ORDERS, Name: 'Orders API', Scopes: SCOPES });
    assert.deepEqual((await describe_(ORDERS)).ResourceServer?.Scopes, SCOPES);
    await rejectsWith(create(ORDERS, 'Again'), 'InvalidParameterException', /already exists/);
    await rejectsWith(describe_('https://nowhere.example.com'), 'ResourceNotFoundException');
  });

  it('checks the members as the API reference constrains them', async () => {
    await rejectsWith(create('has space', 'x'), 'InvalidParameterException', /identifier.*regular expression pattern/);
    await rejectsWith(create('x'.repeat(257), 'x'), 'InvalidParameterException', /identifier.*less than or equal to 256/);
    await rejectsWith(create('ok-id', 'Name with / slash'), 'InvalidParameterException', /name.*regular expression pattern/);
    await rejectsWith(create('ok-id', 'ok', [{ ScopeName: 'a/b', ScopeDescription: 'slash' }]), 'InvalidParameterException', /scopes/);
    await rejectsWith(create('ok-id', 'ok', [{ ScopeName: 'a', ScopeDescription: '' }]), 'InvalidParameterException', /scopes.*greater than or equal to 1/);
    const many = Array.from({ length: 101 }, (_, i) => ({ ScopeName: `s${i}`, ScopeDescription: 'd' }));
    await rejectsWith(create('ok-id', 'ok', many), 'InvalidParameterException', /scopes.*less than or equal to 100/);
    // The longest identifier, name and scope AWS allows are taken.
    await create('i'.repeat(256), 'n'.repeat(256), [{ ScopeName: 's'.repeat(256), ScopeDescription: 'ü'.repeat(256) }, ...many.slice(1, 100)]);
    assert.equal((await describe_('i'.repeat(256))).ResourceServer?.Scopes?.length, 100);
    await client().send(new DeleteResourceServerCommand({ UserPoolId: poolId(), Identifier: 'i'.repeat(256) }));
  });

  it('replaces the whole server on update: a name and scopes left out are refused or gone', async () => {
    await create('inventory', 'Inventory', SCOPES);
    const update = (input: { Name?: string; Scopes?: ResourceServerScopeType[] }) => client().send(new UpdateResourceServerCommand({ UserPoolId: poolId(), Identifier: 'inventory', ...input } as never));
    await rejectsWith(update({ Scopes: SCOPES }), 'InvalidParameterException', /name.*must not be null/);
    await update({ Name: 'Stock' });
    assert.deepEqual((await describe_('inventory')).ResourceServer, { UserPoolId: poolId(), Identifier: 'inventory', Name: 'Stock', Scopes: [] });
    await update({ Name: 'Stock', Scopes: [SCOPES[1]] });
    assert.deepEqual((await describe_('inventory')).ResourceServer?.Scopes, [SCOPES[1]]);
    await rejectsWith(client().send(new UpdateResourceServerCommand({ UserPoolId: poolId(), Identifier: 'nothing', Name: 'x' })), 'ResourceNotFoundException');
  });

  it('lists by MaxResults 1–50 with a NextToken, and deletes', async () => {
    await rejectsWith(list(51), 'InvalidParameterException', /maxResults.*less than or equal to 50/);
    await rejectsWith(list(0), 'InvalidParameterException', /maxResults.*greater than or equal to 1/);
    const first = await list(1);
    assert.equal(first.ResourceServers?.length, 1);
    assert.ok(first.NextToken);
    const rest = await list(50, first.NextToken);
    assert.deepEqual([...(first.ResourceServers ?? []), ...(rest.ResourceServers ?? [])].map((s) => s.Identifier), [ORDERS, 'inventory']);
    assert.equal(rest.NextToken, undefined);
    await client().send(new DeleteResourceServerCommand({ UserPoolId: poolId(), Identifier: 'inventory' }));
    await rejectsWith(client().send(new DeleteResourceServerCommand({ UserPoolId: poolId(), Identifier: 'inventory' })), 'ResourceNotFoundException');
    assert.deepEqual((await list()).ResourceServers?.map((s) => s.Identifier), [ORDERS]);
  });

  it('lets app clients name the custom scopes its pool defines, and no others', async () => {
    const oauth = { AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code' as const], CallbackURLs: ['https://app.example.com/callback'] };
    const made = await client().send(new CreateUserPoolClientCommand({ UserPoolId: poolId(), ClientName: 'orders-web', ...oauth, AllowedOAuthScopes: ['openid', `${ORDERS}/orders.read`] }));
    const clientId = made.UserPoolClient?.ClientId ?? '';
    const read = await client().send(new DescribeUserPoolClientCommand({ UserPoolId: poolId(), ClientId: clientId }));
    assert.deepEqual(read.UserPoolClient?.AllowedOAuthScopes, ['openid', `${ORDERS}/orders.read`]);
    const update = (scopes: string[]) => client().send(new UpdateUserPoolClientCommand({ UserPoolId: poolId(), ClientId: clientId, ...oauth, AllowedOAuthScopes: scopes }));
    await rejectsWith(update([`${ORDERS}/orders.delete`]), 'ScopeDoesNotExistException', `Invalid scope requested: ${ORDERS}/orders.delete`);
    await rejectsWith(update(['inventory/orders.read']), 'ScopeDoesNotExistException');
    await update([`${ORDERS}/orders:write`]);
    // DefaultRedirectURI (CreateUserPoolClient, API reference): "Must be in the CallbackURLs list."
    const redirect = (DefaultRedirectURI: string) => client().send(new UpdateUserPoolClientCommand({ UserPoolId: poolId(), ClientId: clientId, ...oauth, AllowedOAuthScopes: ['openid'], DefaultRedirectURI }));
    await rejectsWith(redirect('https://app.example.com/elsewhere'), 'InvalidParameterException', 'DefaultRedirectURI must be one of the CallbackURLs.');
    await redirect('https://app.example.com/callback');
  });

  it('holds at most 25 resource servers in a pool (LimitExceededException)', async () => {
    const existing = (await list()).ResourceServers?.length ?? 0;
    for (let i = existing; i < 25; i++) await create(`api-${i}`, `API ${i}`);
    await rejectsWith(create('api-25', 'One too many'), 'LimitExceededException');
  });

  it('lists no identity providers (the double has no federation), with ListIdentityProviders’ MaxResults 1–60', async () => {
    assert.deepEqual((await client().send(new ListIdentityProvidersCommand({ UserPoolId: poolId(), MaxResults: 60 }))).Providers, []);
    await rejectsWith(client().send(new ListIdentityProvidersCommand({ UserPoolId: poolId(), MaxResults: 61 })), 'InvalidParameterException', /maxResults.*less than or equal to 60/);
    await rejectsWith(client().send(new ListIdentityProvidersCommand({ UserPoolId: 'eu-central-2_Nothing' })), 'ResourceNotFoundException');
  });
});
