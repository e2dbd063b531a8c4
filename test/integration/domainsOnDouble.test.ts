// The domain flows through the extension's own wiring against the AWS-faithful double, read back with a plain
// SDK client: Create Domain… (DescribeUserPoolDomain's ManagedLoginVersion, DescribeUserPool's Domain), Pool
// Details' "Login pages unavailable" until Assign Default Branding (DescribeManagedLoginBrandingByClient),
// Copy Managed Login URL, Delete Domain, and Delete User Pool once the domain is gone; and each refusal
// Cognito answers, as the one sentence the person reads.
import * as assert from 'node:assert/strict';
import {
  CreateManagedLoginBrandingCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeManagedLoginBrandingByClientCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { assignDefaultBranding } from '../../src/commands/flows/domains/assignDefaultBranding';
import { copyManagedLoginUrl } from '../../src/commands/flows/domains/copyManagedLoginUrls';
import { createDomain } from '../../src/commands/flows/domains/createDomain';
import { deleteDomain } from '../../src/commands/flows/domains/deleteDomain';
import { deleteUserPool } from '../../src/commands/flows/pools/deleteResources';
import { showPoolDetails } from '../../src/commands/flows/pools/poolDetails';
import { SINGLE_CONNECTION_ID, type PoolRef } from '../../src/connection/connections';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { CognitoError } from '../../src/shared/errors';
import { NothingToPick } from '../../src/ui/prompter';
import { onDefault } from '../support/connections';
import { flowAgainst } from '../support/flowHarness';
import { useDouble } from '../support/sessionHooks';

const REGION = 'ap-southeast-5';

describe('Domains and managed login against the AWS-faithful double', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
  });

  const createPool = async (name: string): Promise<PoolRef> => {
    const { UserPool } = await session.client.send(new CreateUserPoolCommand({ PoolName: name }));
    return onDefault({ id: UserPool?.Id as string, name });
  };
  const createClient = async (pool: PoolRef, name: string, callbacks: string[] = []) => {
    const oauth = callbacks.length
      ? { CallbackURLs: callbacks, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code' as const], AllowedOAuthScopes: ['openid'], SupportedIdentityProviders: ['COGNITO'] }
      : {};
    const { UserPoolClient } = await session.client.send(new CreateUserPoolClientCommand({ UserPoolId: pool.pool.id, ClientName: name, ...oauth }));
    return { userPoolId: pool.pool.id, clientId: UserPoolClient?.ClientId as string, name };
  };
  const describeDomain = async (domain: string) => (await session.client.send(new DescribeUserPoolDomainCommand({ Domain: domain }))).DomainDescription;
  const poolDomain = async (pool: PoolRef) => (await session.client.send(new DescribeUserPoolCommand({ UserPoolId: pool.pool.id }))).UserPool?.Domain;
  const managedLoginField = async (pool: PoolRef) => {
    const run = flowAgainst(cognito, []);
    await showPoolDetails(run.deps, pool);
    return run.details[0].model.sections.flatMap((s) => s.fields).find((f) => f.id === 'managedLogin');
  };

  it('creates a version 2 domain, says its login pages are unavailable until the client gets the default branding, copies the sign-in page, deletes it', async () => {
    const pool = await createPool('atlas-shop');
    const web = await createClient(pool, 'atlas-web', ['https://atlas.example.org/signed-in']);

    await createDomain(flowAgainst(cognito, [{ input: 'atlas-shop-42' }, { pick: 'Managed login' }]).deps, pool);
    const described = await describeDomain('atlas-shop-42');
    assert.equal(described?.UserPoolId, pool.pool.id);
    assert.equal(described?.ManagedLoginVersion, 2);
    assert.equal(await poolDomain(pool), 'atlas-shop-42');

    assert.equal((await managedLoginField(pool))?.value, 'Login pages unavailable: managed login (version 2) and no app client has a branding style');

    await assignDefaultBranding(flowAgainst(cognito, []).deps, pool);
    const branding = await session.client.send(new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: pool.pool.id, ClientId: web.clientId }));
    assert.equal(branding.ManagedLoginBranding?.UseCognitoProvidedValues, true);
    assert.equal((await managedLoginField(pool))?.value, 'Managed login (version 2), every app client with a branding style');

    const copy = flowAgainst(cognito, []);
    const url = await copyManagedLoginUrl(copy.deps, { connectionId: SINGLE_CONNECTION_ID, client: web });
    assert.equal(url, `https://atlas-shop-42.auth.${REGION}.amazoncognito.com/login?client_id=${web.clientId}&response_type=code&redirect_uri=https%3A%2F%2Fatlas.example.org%2Fsigned-in`);

    await deleteDomain(flowAgainst(cognito, [{ confirm: true }]).deps, pool);
    assert.deepEqual(await describeDomain('atlas-shop-42'), {});
    assert.equal(await poolDomain(pool), undefined);
  });

  it('creates a classic hosted UI domain when chosen', async () => {
    const pool = await createPool('atlas-classic');
    await createDomain(flowAgainst(cognito, [{ input: 'atlas-classic-42' }, { pick: 'Hosted UI (classic)' }]).deps, pool);
    assert.equal((await describeDomain('atlas-classic-42'))?.ManagedLoginVersion, 1);
    assert.equal((await managedLoginField(pool))?.value, 'Hosted UI (classic, version 1)');
  });

  it('turns each refusal into one sentence and changes nothing', async () => {
    const holder = await createPool('atlas-holder');
    const other = await createPool('atlas-other');
    await createDomain(flowAgainst(cognito, [{ input: 'atlas-taken-42' }, { pick: 'Managed login' }]).deps, holder);

    // A prefix another pool holds.
    await assert.rejects(
      createDomain(flowAgainst(cognito, [{ input: 'atlas-taken-42' }, { pick: 'Managed login' }]).deps, other),
      (e: unknown) => e instanceof CognitoError && e.message === 'Cognito rejected the request: Domain already associated with another user pool; correct the input and try again.',
    );
    assert.equal(await poolDomain(other), undefined);

    // A second style for a client that has one: the flow offers no such client; the call says so.
    const web = await createClient(holder, 'holder-web');
    await session.client.send(new CreateManagedLoginBrandingCommand({ UserPoolId: holder.pool.id, ClientId: web.clientId, UseCognitoProvidedValues: true }));
    await assert.rejects(assignDefaultBranding(flowAgainst(cognito, []).deps, holder), (e: unknown) => e instanceof NothingToPick && /already has a branding style/.test(e.message));
    await assert.rejects(cognito.domains.assignDefaultBranding(holder.pool.id, web.clientId), (e: unknown) => e instanceof CognitoError && e.kind === 'alreadyExists' && /already has a managed login branding style/.test(e.message));

    // Deleting a prefix the pool does not hold.
    await assert.rejects(cognito.domains.delete(other.pool.id, 'atlas-taken-42'), /No such domain or user pool exists/);
    assert.equal(await poolDomain(holder), 'atlas-taken-42');

    // No copy without a callback URL.
    const copy = flowAgainst(cognito, []);
    assert.equal(await copyManagedLoginUrl(copy.deps, { connectionId: SINGLE_CONNECTION_ID, client: web }), undefined);
    assert.deepEqual(copy.clipboard, []);
  });

  it('keeps Delete User Pool refusing a pool with a domain, and deleting it once Delete Domain ran', async () => {
    const pool = await createPool('atlas-gone');
    await createDomain(flowAgainst(cognito, [{ input: 'atlas-gone-42' }, { pick: 'Managed login' }]).deps, pool);
    await assert.rejects(deleteUserPool(flowAgainst(cognito, []).deps, pool), /still has the domain atlas-gone-42; run Delete Domain on the pool first/);
    await deleteDomain(flowAgainst(cognito, [{ confirm: true }]).deps, pool);
    await deleteUserPool(flowAgainst(cognito, [{ input: 'atlas-gone' }]).deps, pool);
    const { UserPools } = await session.client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    assert.equal(UserPools?.some((p) => p.Id === pool.pool.id), false);
  });
});
