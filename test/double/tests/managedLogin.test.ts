// A pool's managed login in the Cognito double with a plain SDK client: CreateUserPoolDomain's
// ManagedLoginVersion as DescribeUserPoolDomain reports it, and the branding styles, one per app client
// (CreateManagedLoginBranding, DescribeManagedLoginBrandingByClient, DeleteManagedLoginBranding), with
// the refusals AWS's API reference documents.
import * as assert from 'node:assert/strict';
import {
  CreateManagedLoginBrandingCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteManagedLoginBrandingCommand,
  DescribeManagedLoginBrandingByClientCommand,
  DescribeUserPoolDomainCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { rejectsWith } from '../../support/signInDouble';
import { useDouble } from '../../support/sessionHooks';

describe('managed login in the Cognito double', () => {
  const session = useDouble();
  const newPool = async (name: string) => (await session.client.send(new CreateUserPoolCommand({ PoolName: name }))).UserPool?.Id as string;
  const newClient = async (poolId: string, name: string) =>
    (await session.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: name }))).UserPoolClient?.ClientId as string;

  it('keeps the managed login version a domain was created with, 1 when none is given', async () => {
    const v2 = await newPool('branded');
    const v1 = await newPool('classic');
    const created = await session.client.send(new CreateUserPoolDomainCommand({ UserPoolId: v2, Domain: 'branded-7q', ManagedLoginVersion: 2 }));
    assert.equal(created.ManagedLoginVersion, 2);
    await session.client.send(new CreateUserPoolDomainCommand({ UserPoolId: v1, Domain: 'classic-7q' }));
    const described = await session.client.send(new DescribeUserPoolDomainCommand({ Domain: 'branded-7q' }));
    assert.equal(described.DomainDescription?.ManagedLoginVersion, 2);
    assert.equal(described.DomainDescription?.UserPoolId, v2);
    assert.equal((await session.client.send(new DescribeUserPoolDomainCommand({ Domain: 'classic-7q' }))).DomainDescription?.ManagedLoginVersion, 1);
    await rejectsWith(session.client.send(new CreateUserPoolDomainCommand({ UserPoolId: v1, Domain: 'third-7q', ManagedLoginVersion: 3 })), 'InvalidParameterException', /managedLoginVersion/);
  });

  it('assigns one style per app client, describes it by client and deletes it by id', async () => {
    const pool = await newPool('styles');
    const web = await newClient(pool, 'web');
    const admin = await newClient(pool, 'admin');

    await rejectsWith(session.client.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: pool, ClientId: web })), 'ResourceNotFoundException');
    const made = await session.client.send(new CreateManagedLoginBrandingCommand({ UserPoolId: pool, ClientId: web, UseCognitoProvidedValues: true }));
    const id = made.ManagedLoginBranding?.ManagedLoginBrandingId as string;
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const described = await session.client.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: pool, ClientId: web }));
    assert.equal(described.ManagedLoginBranding?.ManagedLoginBrandingId, id);
    assert.equal(described.ManagedLoginBranding?.UseCognitoProvidedValues, true);
    // The other client has none of its own.
    await rejectsWith(session.client.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: pool, ClientId: admin })), 'ResourceNotFoundException');

    await rejectsWith(session.client.send(new CreateManagedLoginBrandingCommand({ UserPoolId: pool, ClientId: web, UseCognitoProvidedValues: true })), 'ManagedLoginBrandingExistsException');
    await session.client.send(new DeleteManagedLoginBrandingCommand({ UserPoolId: pool, ManagedLoginBrandingId: id }));
    await rejectsWith(session.client.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: pool, ClientId: web })), 'ResourceNotFoundException');
    await rejectsWith(session.client.send(new DeleteManagedLoginBrandingCommand({ UserPoolId: pool, ManagedLoginBrandingId: id })), 'ResourceNotFoundException');
  });

  it('refuses defaults with settings, an unknown client and an unknown pool', async () => {
    const pool = await newPool('refusals');
    const web = await newClient(pool, 'web');
    await rejectsWith(
      session.client.send(new CreateManagedLoginBrandingCommand({ UserPoolId: pool, ClientId: web, UseCognitoProvidedValues: true, Settings: { categories: {} } })),
      'InvalidParameterException',
    );
    await rejectsWith(session.client.send(new CreateManagedLoginBrandingCommand({ UserPoolId: pool, ClientId: 'nosuchclient1', UseCognitoProvidedValues: true })), 'ResourceNotFoundException');
    await rejectsWith(session.client.send(new CreateManagedLoginBrandingCommand({ UserPoolId: 'us-east-1_Nope1', ClientId: web, UseCognitoProvidedValues: true })), 'ResourceNotFoundException');
  });
});
