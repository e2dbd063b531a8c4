// The pool's OAuth 2.0 endpoints in the Cognito double, over plain HTTP as an app would call them: the
// client-credentials grant of `POST /oauth2/token` (a token checked against the pool's JWKS with node:crypto)
// and its refusals, and the OpenID Connect discovery document.
import * as assert from 'node:assert/strict';
import {
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { fetchJwks, verifiedJwt } from '../../support/signInDouble';
import { useDouble } from '../../support/sessionHooks';

describe('OAuth endpoints of the Cognito double', () => {
  const session = useDouble();
  let poolId: string;
  let machine: { id: string; secret: string };
  let noFlow: { id: string; secret: string };
  let publicId: string;

  before(async () => {
    poolId = (await session.client.send(new CreateUserPoolCommand({ PoolName: 'm2m-9k' }))).UserPool?.Id as string;
    await session.client.send(
      new CreateResourceServerCommand({
        UserPoolId: poolId,
        Identifier: 'https://orders.example.org',
        Name: 'orders',
        Scopes: [
          { ScopeName: 'read', ScopeDescription: 'Read orders' },
          { ScopeName: 'write', ScopeDescription: 'Write orders' },
        ],
      }),
    );
    const client = async (name: string, extra: Record<string, unknown>) => {
      const made = (await session.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: name, ...extra }))).UserPoolClient;
      return { id: made?.ClientId as string, secret: made?.ClientSecret as string };
    };
    machine = await client('batch-job', {
      GenerateSecret: true,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: ['https://orders.example.org/read', 'https://orders.example.org/write'],
    });
    noFlow = await client('secret-no-oauth', { GenerateSecret: true });
    publicId = (await client('web', {})).id;
  });

  const post = (form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${session.endpoint}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  const basic = (id: string, secret: string) => ({ Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` });
  const refusal = async (response: Response) => ({ status: response.status, body: (await response.json()) as unknown });

  it('issues an access token for the requested scope, signed by the pool key, with the client as subject', async () => {
    const response = await post({ grant_type: 'client_credentials', scope: 'https://orders.example.org/read' }, basic(machine.id, machine.secret));
    assert.equal(response.status, 200);
    const answer = (await response.json()) as Record<string, unknown>;
    assert.equal(answer.token_type, 'Bearer');
    assert.equal(answer.expires_in, 3600);
    assert.equal(answer.id_token, undefined);
    assert.equal(answer.refresh_token, undefined);
    const claims = verifiedJwt(String(answer.access_token), await fetchJwks(session.endpoint, poolId)).claims;
    assert.equal(claims.token_use, 'access');
    assert.equal(claims.client_id, machine.id);
    assert.equal(claims.sub, machine.id);
    assert.equal(claims.scope, 'https://orders.example.org/read');
    assert.equal(claims.username, undefined);
    assert.equal(claims.iss, `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`);
    assert.equal(Number(claims.exp) - Number(claims.iat), 3600);
  });

  it('grants every allowed custom scope when none is asked, and takes the secret in the body too', async () => {
    const response = await post({ grant_type: 'client_credentials', client_id: machine.id, client_secret: machine.secret });
    assert.equal(response.status, 200);
    const claims = verifiedJwt(String(((await response.json()) as Record<string, unknown>).access_token), await fetchJwks(session.endpoint, poolId)).claims;
    assert.equal(claims.scope, 'https://orders.example.org/read https://orders.example.org/write');
  });

  it('refuses as AWS does: invalid_client, unauthorized_client, invalid_scope, invalid_request, unsupported_grant_type', async () => {
    const grant = { grant_type: 'client_credentials' };
    assert.deepEqual(await refusal(await post(grant, basic(machine.id, `${machine.secret}x`))), { status: 400, body: { error: 'invalid_client' } });
    assert.deepEqual(await refusal(await post(grant, basic('nosuchclient123', 'whatever'))), { status: 400, body: { error: 'invalid_client' } });
    assert.deepEqual(await refusal(await post({ ...grant, client_id: publicId })), { status: 400, body: { error: 'invalid_client' } });
    assert.deepEqual(await refusal(await post(grant, basic(noFlow.id, noFlow.secret))), { status: 400, body: { error: 'unauthorized_client' } });
    assert.deepEqual(await refusal(await post({ ...grant, scope: 'https://orders.example.org/delete' }, basic(machine.id, machine.secret))), { status: 400, body: { error: 'invalid_scope' } });
    assert.deepEqual(await refusal(await post({ ...grant, scope: 'openid' }, basic(machine.id, machine.secret))), { status: 400, body: { error: 'invalid_scope' } });
    assert.deepEqual(await refusal(await post({}, basic(machine.id, machine.secret))), { status: 400, body: { error: 'invalid_request' } });
    assert.deepEqual(await refusal(await post({ ...grant, client_secret: machine.secret }, basic(machine.id, machine.secret))), { status: 400, body: { error: 'invalid_request' } });
    assert.deepEqual(await refusal(await post({ grant_type: 'password' }, basic(machine.id, machine.secret))), { status: 400, body: { error: 'unsupported_grant_type' } });
    const json = await fetch(`${session.endpoint}/oauth2/token`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...basic(machine.id, machine.secret) }, body: JSON.stringify(grant) });
    assert.deepEqual(await refusal(json), { status: 400, body: { error: 'invalid_request' } });
  });

  it('serves the pool discovery document beside its JWKS', async () => {
    const response = await fetch(`${session.endpoint}/${poolId}/.well-known/openid-configuration`);
    assert.equal(response.status, 200);
    const document = (await response.json()) as Record<string, unknown>;
    assert.equal(document.issuer, `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`);
    assert.equal(document.token_endpoint, `${session.endpoint}/oauth2/token`);
    assert.equal(document.jwks_uri, `${session.endpoint}/${poolId}/.well-known/jwks.json`);
    assert.equal((await fetch(`${session.endpoint}/us-east-1_Nope12345/.well-known/openid-configuration`)).status, 404);
  });
});
