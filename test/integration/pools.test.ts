import * as assert from 'node:assert/strict';
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { deleteAppClient, deleteUserPool } from '../../src/commands/flows/pools/deleteResources';
import { editAppClientAuthFlows } from '../../src/commands/flows/pools/editAuthFlows';
import { showAppClientDetails, showPoolDetails } from '../../src/commands/flows/pools/poolDetails';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { ConnectionRegistry } from '../../src/connection/connectionRegistry';
import { onDefault } from '../support/connections';
import { flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { cognitoLocalEndpoint } from '../support/cognitoLocal';
import { useEmulator } from '../support/sessionHooks';

// Details, Edit Authentication Flows and the deletes through the extension's own wiring against a real
// cognito-local; results are read back with a plain SDK client. Editing the flows must keep every other
// setting of the client, since UpdateUserPoolClient resets whatever a request leaves out; cognito-local
// merges what a request leaves out instead, so it cannot show a dropped member: that is proven on the
// AWS-faithful double (appClientsOnDouble.test.ts, "keeps every other member of the client, each set away
// from its default"). Here the command's wiring and the flows it saves are what is checked.

describe('pools and app clients against cognito-local', function () {
  this.timeout(30_000);
  const emulator = useEmulator();
  let cognito: LazyCognito;
  let poolId: string;
  let clientId: string;

  before(async () => {
    cognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: cognitoLocalEndpoint() }));
    poolId = (await emulator.client.send(new CreateUserPoolCommand({ PoolName: `pools ${Date.now()}` }))).UserPool?.Id ?? '';
    clientId =
      (
        await emulator.client.send(
          new CreateUserPoolClientCommand({
            UserPoolId: poolId,
            ClientName: 'configured',
            ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
            AccessTokenValidity: 2,
            IdTokenValidity: 3,
            RefreshTokenValidity: 7,
            TokenValidityUnits: { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'days' },
            CallbackURLs: ['https://app.example.com/callback'],
            LogoutURLs: ['https://app.example.com/bye'],
            ReadAttributes: ['email', 'name'],
            WriteAttributes: ['name'],
          }),
        )
      ).UserPoolClient?.ClientId ?? '';
  });

  function run(answers: Answer[] = []) {
    const scripted = flowRun(answers);
    // The extension's own registry, so the connection knows its endpoint (for the emulator's JWKS URL).
    scripted.deps.connections = new ConnectionRegistry({ single: () => ({ region: 'us-east-1', endpoint: cognitoLocalEndpoint() }), list: () => [] });
    return scripted;
  }

  const client = () => ({ connectionId: SINGLE_CONNECTION_ID, client: { userPoolId: poolId, clientId, name: 'configured' } });

  it('shows the pool’s details with its id and issuer, and the client’s settings', async () => {
    const scripted = run();
    await showPoolDetails(scripted.deps, onDefault({ id: poolId, name: 'pools' }));
    await showAppClientDetails(scripted.deps, client(), 'pools');
    const [pool, app] = scripted.details.map((d) => d.text);
    assert.match(pool, new RegExp(`Pool Id: \`${poolId}\``));
    assert.match(pool, new RegExp(`JWKS URL: \`${cognitoLocalEndpoint()}/${poolId}/\\.well-known/jwks\\.json\``));
    assert.match(app, /Callback URL: `https:\/\/app\.example\.com\/callback`/);
    assert.match(app, /Access token valid for: 2 hours/);
  });

  it('changes an app client’s flows, and cognito-local still reports its token validities, callback URLs and attributes', async () => {
    await editAppClientAuthFlows(run([{ pickMany: ['Username and password'] }, { confirm: true }]).deps, client());
    const after = (await emulator.client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))).UserPoolClient;
    assert.deepEqual([...(after?.ExplicitAuthFlows ?? [])].sort(), ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH']);
    assert.deepEqual(
      { access: after?.AccessTokenValidity, id: after?.IdTokenValidity, refresh: after?.RefreshTokenValidity, units: after?.TokenValidityUnits },
      { access: 2, id: 3, refresh: 7, units: { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'days' } },
    );
    assert.deepEqual(after?.CallbackURLs, ['https://app.example.com/callback']);
    assert.deepEqual(after?.LogoutURLs, ['https://app.example.com/bye']);
    assert.deepEqual(after?.ReadAttributes, ['email', 'name']);
    assert.deepEqual(after?.WriteAttributes, ['name']);
    assert.equal(after?.ClientName, 'configured');
  });

  it('deletes the app client, then the pool after its name is typed', async () => {
    await deleteAppClient(run([{ confirm: true }]).deps, client());
    const clients = await emulator.client.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 }));
    assert.deepEqual(clients.UserPoolClients ?? [], []);
    const name = (await cognito.pools.describe(poolId)).name;
    await deleteUserPool(run([{ input: name }]).deps, onDefault({ id: poolId, name }));
    const pools = await emulator.client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    assert.ok(!(pools.UserPools ?? []).some((p) => p.Id === poolId));
  });
});
