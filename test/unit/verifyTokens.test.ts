import * as assert from 'node:assert/strict';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyTokens } from '../../src/aws/signIn/verifyTokens';

// Checking a sign-in's tokens against the pool's keys. An emulator endpoint's keys are fetched here (over
// plain http, which aws-jwt-verify does not fetch) from a small server of this test that signs with its
// own RSA key; against AWS only what needs no network is checked (a token of another pool is refused before
// any key is fetched).

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

function signed(key: KeyObject, kid: string, claims: object): string {
  const data = `${b64({ alg: 'RS256', kid, typ: 'JWT' })}.${b64(claims)}`;
  return `${data}.${sign('sha256', Buffer.from(data), key).toString('base64url')}`;
}

describe('verifying a sign-in’s tokens', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const KID = 'emu-key-4';
  let server: http.Server;
  let endpoint: string;
  let requests: { path: string; authorization?: string }[];
  let status: number;

  before(async () => {
    server = http.createServer((request, response) => {
      requests.push({ path: request.url ?? '', authorization: request.headers.authorization });
      if (status !== 200) {
        response.writeHead(status).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    requests = [];
    status = 200;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const POOL = 'local_Quokka7';
  const CLIENT = 'quokkaclient9';
  const idClaims = () => ({ sub: 'q-1', aud: CLIENT, token_use: 'id', iss: `${endpoint}/${POOL}`, exp: nowSeconds() + 900, iat: nowSeconds() });
  const accessClaims = () => ({ sub: 'q-1', client_id: CLIENT, token_use: 'access', iss: `${endpoint}/${POOL}`, exp: nowSeconds() + 900, iat: nowSeconds() });

  it('verifies both tokens against the emulator’s own keys, fetched without the endpoint’s user:password', async () => {
    const withUserinfo = endpoint.replace('http://', 'http://ops:Hunter2-pw@');
    const checks = await verifyTokens({ userPoolId: POOL, clientId: CLIENT, endpoint: withUserinfo, idToken: signed(privateKey, KID, idClaims()), accessToken: signed(privateKey, KID, accessClaims()) });
    const keys = `${endpoint}/${POOL}/.well-known/jwks.json`;
    assert.deepEqual(checks, { id: { verified: true, detail: `signed by a key of ${keys}` }, access: { verified: true, detail: `signed by a key of ${keys}` } });
    assert.deepEqual(requests, [{ path: `/${POOL}/.well-known/jwks.json`, authorization: undefined }]);
  });

  it('refuses a token signed by another key, and an ID token for another client, naming the check', async () => {
    const checks = await verifyTokens({
      userPoolId: POOL,
      clientId: CLIENT,
      endpoint,
      idToken: signed(privateKey, KID, { ...idClaims(), aud: 'someone-else' }),
      accessToken: signed(other, KID, accessClaims()),
    });
    assert.equal(checks.id?.verified, false);
    assert.match(checks.id!.detail, /: Audience not allowed: someone-else\b/);
    assert.equal(checks.access?.verified, false);
    assert.match(checks.access!.detail, /: Invalid signature\b/i);
  });

  it('checks the access token alone when there is no ID token', async () => {
    const checks = await verifyTokens({ userPoolId: POOL, clientId: CLIENT, endpoint, accessToken: signed(privateKey, KID, accessClaims()) });
    assert.equal(checks.id, undefined);
    assert.equal(checks.access?.verified, true);
  });

  it('says the keys could not be read when the endpoint does not serve them, for each token it was given', async () => {
    status = 503;
    const keys = `${endpoint}/${POOL}/.well-known/jwks.json`;
    const failed = { verified: false, detail: `the keys at ${keys} could not be read (Error)` };
    assert.deepEqual(await verifyTokens({ userPoolId: POOL, clientId: CLIENT, endpoint, idToken: 'x.y.z', accessToken: 'x.y.z' }), { id: failed, access: failed });
    assert.deepEqual(await verifyTokens({ userPoolId: POOL, clientId: CLIENT, endpoint, accessToken: 'x.y.z' }), { id: undefined, access: failed });
  });

  it('on AWS, refuses a token another pool issued before fetching any key, for each pool on its own', async () => {
    const iss = (pool: string) => `https://cognito-idp.ap-northeast-3.amazonaws.com/${pool}`;
    const token = (pool: string, use: string) => signed(privateKey, KID, { iss: iss(pool), token_use: use, aud: CLIENT, client_id: CLIENT, exp: nowSeconds() + 900 });
    // Pools of their own each run: verifiers are kept per pool for the window's life, and a kept one would
    // answer for the code that makes them when this test runs again in the same process (mutation testing).
    const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    const numbat = `ap-northeast-3_Numbat${run}`;
    const bilby = `ap-northeast-3_Bilby${run}`;
    for (const [pool, issuer] of [[numbat, bilby], [bilby, numbat]]) {
      const checks = await verifyTokens({ userPoolId: pool, clientId: CLIENT, idToken: token(issuer, 'id'), accessToken: token(issuer, 'access') });
      for (const check of [checks.id, checks.access]) {
        assert.equal(check?.verified, false);
        assert.match(check!.detail, new RegExp(`issuer not configured: ${iss(issuer)}$`), `${pool}: ${check!.detail}`);
      }
    }
  });
});
