import * as assert from 'node:assert/strict';
import { getMachineToken } from '../../src/commands/flows/auth/getMachineToken';
import { refreshTokens, signOut } from '../../src/commands/flows/auth/tokenActions';
import { clientCredentialsToken, type Fetch } from '../../src/aws/oauth/tokenEndpoint';
import { CognitoError } from '../../src/shared/errors';
import type { AppClientDetails, AppClientSettings, MachineTokenRequest } from '../../src/shared/types';
import { NothingToPick } from '../../src/ui/prompter';
import { tokensModel } from '../../src/views/models/tokensModel';
import { listedConnections, onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun } from '../support/flowHarness';

// Get Machine-to-Machine Token… against FakeCognito (whose auth.machineToken stands in for the token
// endpoint), and the token endpoint call itself against a fake fetch: the request it sends (form body, HTTP
// Basic), the token it returns, and each refusal as one sentence that never holds the secret.

const READ = 'https://orders.example.org/read';
const WRITE = 'https://orders.example.org/write';
const SECRET = 'k3jd8s0a9f7g6h5j4k3l2m1n0b9v8c7x6z5a4s3d2f1g0h9j8k7l';

function shop(details: Partial<AppClientDetails> = {}, settings: Partial<AppClientSettings> = {}) {
  const cognito = new FakeCognito();
  const pool = cognito.addPool('Shop Users');
  cognito.data.clients.push({ userPoolId: pool.id, clientId: 'batchjob1x7', name: 'batch-job' });
  cognito.clientDetails.set('batchjob1x7', {
    hasSecret: true,
    settings: { oauthEnabled: true, oauthFlows: ['client_credentials'], oauthScopes: [READ, WRITE, 'openid'], ...settings } as AppClientSettings,
    ...details,
  });
  cognito.poolDomains.set(pool.id, 'shop-login-7');
  return { cognito, target: onDefault(pool), client: cognito.data.clients[0] };
}

const asked = (cognito: FakeCognito) => cognito.calls.filter((c) => c.method === 'auth.machineToken').map((c) => c.args[0] as MachineTokenRequest);

describe('Get Machine-to-Machine Token', () => {
  it('on an app client picks among its custom scopes (all pre-selected), asks the domain’s token endpoint and opens the token', async () => {
    const { cognito, target, client } = shop();
    const run = flowRun([{ pickMany: [READ] }], cognito);
    const session = await getMachineToken(run.deps, { ...target, client });
    run.prompter.assertDone();
    assert.deepEqual(run.prompter.asked.map((a) => [a.type, a.labels, a.picked]), [['pickMany', [READ, WRITE], [true, true]]]);
    assert.deepEqual(asked(cognito), [{ userPoolId: target.pool.id, clientId: 'batchjob1x7', baseUrl: 'https://shop-login-7.auth.us-east-1.amazoncognito.com', scopes: [READ] }]);
    assert.deepEqual(run.tokensShown, [session]);
    assert.equal(session.tokens.refreshToken, undefined);
    assert.deepEqual(session.machine, { baseUrl: 'https://shop-login-7.auth.us-east-1.amazoncognito.com', scopes: [READ] });
    const model = tokensModel(session, {}, new Date(), 'default');
    assert.equal(model.title, 'Machine-to-machine token of batch-job');
    assert.ok(model.actions.some((a) => a.id === 'cognito.refreshTokens'));
    assert.ok(!model.actions.some((a) => a.id === 'cognito.copyRefreshToken' || a.id === 'cognito.copyIdToken'));
  });

  it('from the palette asks pool, client and scopes; an emulator’s token endpoint is at its own origin', async () => {
    const { cognito } = shop();
    cognito.poolDomains.clear();
    const run = flowRun([{ pick: 'Shop Users' }, { pick: 'batch-job' }, { pickMany: [READ, WRITE] }], cognito);
    const directory = listedConnections({ local: cognito });
    run.deps.connections = directory;
    await getMachineToken(run.deps);
    run.prompter.assertDone();
    assert.deepEqual(run.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/3', '2/3', '3/3']);
    assert.equal(asked(cognito)[0].baseUrl, 'http://127.0.0.1:9001');
    assert.deepEqual(asked(cognito)[0].scopes, [READ, WRITE]);
  });

  it('Esc at every step asks for no token', async () => {
    await assertEscAtEveryStepCreatesNothing([{ pick: 'Shop Users' }, { pick: 'batch-job' }, { pickMany: [READ] }], () => shop().cognito, (deps) => getMachineToken(deps));
    const { cognito, target, client } = shop();
    const run = flowRun([{ pickMany: [] }], cognito);
    await assert.rejects(getMachineToken(run.deps, { ...target, client }), (e: unknown) => e instanceof NothingToPick && /No scope picked/.test(e.message));
    assert.deepEqual(asked(cognito), []);
  });

  it('says in one sentence what to change when the client cannot get one, and asks nothing', async () => {
    const cases: [Partial<AppClientDetails>, Partial<AppClientSettings>, RegExp][] = [
      [{ hasSecret: false }, {}, /^batch-job has no client secret, and only a confidential client can get a machine-to-machine token; create an app client with a secret for it\.$/],
      [{}, { oauthFlows: ['code'] }, /^batch-job is not allowed the client credentials grant; allow Client credentials in Edit OAuth Settings… first\.$/],
      [{}, { oauthEnabled: false }, /Edit OAuth Settings/],
      [{}, { oauthScopes: ['openid'] }, /^batch-job allows no custom scope, and a client-credentials token needs one; add a resource server scope in Edit OAuth Settings… first\.$/],
    ];
    for (const [details, settings, sentence] of cases) {
      const { cognito, target, client } = shop(details, settings);
      const run = flowRun([], cognito);
      await assert.rejects(getMachineToken(run.deps, { ...target, client }), (e: unknown) => e instanceof NothingToPick && sentence.test(e.message));
      assert.deepEqual(asked(cognito), []);
    }
    const { cognito, target, client } = shop();
    cognito.poolDomains.clear();
    await assert.rejects(getMachineToken(flowRun([], cognito).deps, { ...target, client }), /has no domain, so it has no token endpoint; create one first \(Create Domain…\)\./);
  });

  it('Refresh Tokens asks again with the same scopes; Sign Out forgets the token and revokes nothing', async () => {
    const { cognito, target, client } = shop();
    const run = flowRun([{ pickMany: [WRITE] }], cognito);
    const session = await getMachineToken(run.deps, { ...target, client });
    cognito.tokenEndpoint = async () => ({ accessToken: 'second.machine.token', expiresIn: 600 });
    await refreshTokens(run.deps, session);
    assert.deepEqual(asked(cognito).map((r) => r.scopes), [[WRITE], [WRITE]]);
    assert.equal(run.signIns.get(session.id)?.tokens.accessToken, 'second.machine.token');
    await signOut(run.deps, session);
    assert.deepEqual(run.signIns.all(), []);
    assert.equal(cognito.calls.filter((c) => c.method === 'auth.revokeToken').length, 0);
    assert.ok(run.logLines.every((line) => !line.includes('machine.token')), 'no token in the log');
  });

  it('a refusal of the token endpoint reaches the person as its sentence, with nothing kept', async () => {
    const { cognito, target, client } = shop();
    cognito.tokenEndpoint = async () => {
      throw new CognitoError('This app client may not use the client credentials grant; allow Client credentials in Edit OAuth Settings….', 'signInRefused', 'unauthorized_client');
    };
    const run = flowRun([{ pickMany: [READ] }], cognito);
    await assert.rejects(getMachineToken(run.deps, { ...target, client }), /allow Client credentials in Edit OAuth Settings/);
    assert.deepEqual(run.signIns.all(), []);
    assert.deepEqual(run.tokensShown, []);
  });
});

describe('the token endpoint’s client-credentials grant', () => {
  const request = { baseUrl: 'https://shop-login-7.auth.us-east-1.amazoncognito.com/', clientId: 'batchjob1x7', secret: SECRET, scopes: [READ, WRITE] };
  const answering = (status: number, body: unknown, seen: Parameters<Fetch>[] = []): Fetch =>
    async (...args) => {
      seen.push(args);
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    };

  it('posts the form with HTTP Basic to <base>/oauth2/token and returns the access token only', async () => {
    const seen: Parameters<Fetch>[] = [];
    const tokens = await clientCredentialsToken(request, answering(200, { access_token: 'a.b.c', expires_in: 3600, token_type: 'Bearer' }, seen));
    assert.deepEqual(tokens, { accessToken: 'a.b.c', expiresIn: 3600 });
    const [url, init] = seen[0];
    assert.equal(url, 'https://shop-login-7.auth.us-east-1.amazoncognito.com/oauth2/token');
    assert.equal(init.method, 'POST');
    assert.equal(init.headers['Content-Type'], 'application/x-www-form-urlencoded');
    assert.equal(init.headers.Authorization, `Basic ${Buffer.from(`batchjob1x7:${SECRET}`).toString('base64')}`);
    assert.deepEqual(Object.fromEntries(new URLSearchParams(init.body)), { grant_type: 'client_credentials', scope: `${READ} ${WRITE}` });
  });

  it('turns each refusal into one sentence that never holds the secret', async () => {
    const sentences: [string, RegExp][] = [
      ['invalid_client', /^The token endpoint refused the app client: its secret is wrong or the client is not confidential \(it has no secret\)\.$/],
      ['unauthorized_client', /^This app client may not use the client credentials grant; allow Client credentials in Edit OAuth Settings…\.$/],
      ['invalid_scope', new RegExp(`^The token endpoint refused the scopes ${READ}, ${WRITE}: each must be a custom scope of a resource server that the app client allows \\(Edit OAuth Settings…\\)\\.$`)],
      ['invalid_request', /refused the request \(invalid_request\)/],
    ];
    for (const [error, sentence] of sentences) {
      await assert.rejects(clientCredentialsToken(request, answering(400, { error })), (e: unknown) => e instanceof CognitoError && sentence.test(e.message) && !e.message.includes(SECRET) && e.awsName === error);
    }
    await assert.rejects(clientCredentialsToken(request, answering(404, 'Not Found')), /answered HTTP 404 instead of a token/);
    const unreachable: Fetch = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    };
    await assert.rejects(clientCredentialsToken(request, unreachable), (e: unknown) => e instanceof CognitoError && e.kind === 'unreachable' && /could not be reached \(ENOTFOUND\)/.test(e.message) && !e.message.includes(SECRET));
  });
});
