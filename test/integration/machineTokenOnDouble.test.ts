// Get Machine-to-Machine Token… through the extension's own wiring (the secret read with DescribeUserPoolClient,
// the token endpoint called over Node's fetch) against the AWS-faithful double at the endpoint's own origin.
// The token is checked here with this test's own code: its signature against the pool's JWKS (node:crypto),
// its claims read from the JWT. And each refusal the token endpoint answers, as the one sentence the person reads.
import * as assert from 'node:assert/strict';
import { CreateResourceServerCommand, CreateUserPoolClientCommand, CreateUserPoolCommand, DescribeUserPoolClientCommand, UpdateUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { getMachineToken } from '../../src/commands/flows/auth/getMachineToken';
import { refreshTokens } from '../../src/commands/flows/auth/tokenActions';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { CognitoError } from '../../src/shared/errors';
import { listedConnections, onDefault } from '../support/connections';
import { flowAgainst, type FlowRun } from '../support/flowHarness';
import { fetchJwks, verifiedJwt } from '../support/signInDouble';
import { useDouble } from '../support/sessionHooks';
import type { Answer } from '../support/scriptedPrompter';

const REGION = 'eu-north-1';
const READ = 'https://stock.example.net/read';
const AUDIT = 'https://stock.example.net/audit';

describe('Get Machine-to-Machine Token against the AWS-faithful double', function () {
  this.timeout(30_000);
  const session = useDouble({ region: REGION }, { region: REGION, maxAttempts: 1 });
  let cognito: LazyCognito;
  let poolId: string;

  before(async () => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: session.endpoint }));
    poolId = (await session.client.send(new CreateUserPoolCommand({ PoolName: 'warehouse-m2m' }))).UserPool?.Id as string;
    await session.client.send(
      new CreateResourceServerCommand({
        UserPoolId: poolId,
        Identifier: 'https://stock.example.net',
        Name: 'stock',
        Scopes: [
          { ScopeName: 'read', ScopeDescription: 'Read stock' },
          { ScopeName: 'audit', ScopeDescription: 'Audit stock' },
        ],
      }),
    );
  });

  const machineClient = async (name: string) => {
    const made = await session.client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: name,
        GenerateSecret: true,
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: [READ, AUDIT],
        AccessTokenValidity: 20,
        TokenValidityUnits: { AccessToken: 'minutes' },
      }),
    );
    return { userPoolId: poolId, clientId: made.UserPoolClient?.ClientId as string, name };
  };

  /** A run whose one connection is the double, as an emulator endpoint connection. */
  const onDouble = (answers: Answer[]): FlowRun => {
    const run = flowAgainst(cognito, answers);
    const directory = listedConnections({ double: cognito });
    (directory.byLabel('double').settings as { endpoint?: string }).endpoint = session.endpoint;
    run.deps.connections = directory;
    return run;
  };
  const target = (run: FlowRun, client: { userPoolId: string; clientId: string; name: string }) => ({
    ...onDefault({ id: poolId, name: 'warehouse-m2m' }),
    connectionId: run.deps.connections.list()[0].id,
    client,
  });

  it('gets a token with the chosen scope, signed by a key of the pool’s JWKS, shown in the Tokens view', async () => {
    const client = await machineClient('nightly-sync');
    const run = onDouble([{ pickMany: [AUDIT] }]);
    const signIn = await getMachineToken(run.deps, target(run, client));
    const { claims } = verifiedJwt(signIn.tokens.accessToken, await fetchJwks(session.endpoint, poolId));
    assert.equal(claims.token_use, 'access');
    assert.equal(claims.client_id, client.clientId);
    assert.equal(claims.scope, AUDIT);
    assert.equal(claims.username, undefined);
    assert.equal(Number(claims.exp) - Number(claims.iat), 20 * 60);
    assert.equal(signIn.tokens.refreshToken, undefined);
    assert.deepEqual(run.tokensShown, [signIn]);
    // Refresh Tokens asks again with the same scope.
    const first = signIn.tokens.accessToken;
    await refreshTokens(run.deps, signIn);
    const renewed = run.signIns.get(signIn.id)?.tokens.accessToken ?? '';
    assert.notEqual(renewed, first);
    assert.equal(verifiedJwt(renewed, await fetchJwks(session.endpoint, poolId)).claims.scope, AUDIT);
    // Neither the secret nor a token is in the log.
    const secret = (await session.client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: client.clientId }))).UserPoolClient?.ClientSecret as string;
    assert.ok(secret.length > 0);
    for (const line of run.logLines) for (const hidden of [secret, first, renewed]) assert.ok(!line.includes(hidden), line);
  });

  it('says what the token endpoint refused: a client not allowed client credentials, a scope it is not allowed', async () => {
    // Straight through the extension's AuthApi (the flow itself refuses such a client before asking): the
    // double's token endpoint answers, the extension turns the answer into its sentence.
    const client = await machineClient('reports');
    const ask = (scopes: string[]) => cognito.auth.machineToken({ userPoolId: poolId, clientId: client.clientId, baseUrl: session.endpoint, scopes });
    await assert.rejects(ask(['https://stock.example.net/delete']), (e: unknown) =>
      e instanceof CognitoError && e.message === 'The token endpoint refused the scope https://stock.example.net/delete: each must be a custom scope of a resource server that the app client allows (Edit OAuth Settings…).',
    );
    await session.client.send(new UpdateUserPoolClientCommand({ UserPoolId: poolId, ClientId: client.clientId, ClientName: 'reports', AllowedOAuthFlowsUserPoolClient: false }));
    await assert.rejects(ask([READ]), (e: unknown) => e instanceof CognitoError && e.message === 'This app client may not use the client credentials grant; allow Client credentials in Edit OAuth Settings….');
    // And the flow, reading the client anew, says so before asking anything.
    const run = onDouble([]);
    await assert.rejects(getMachineToken(run.deps, target(run, client)), /reports is not allowed the client credentials grant; allow Client credentials in Edit OAuth Settings… first\./);
  });
});
