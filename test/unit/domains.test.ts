import * as assert from 'node:assert/strict';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { managedLoginBaseUrl, managedLoginUrl, openIdConfigurationUrl } from '../../src/connection/poolUrls';
import { assignDefaultBranding } from '../../src/commands/flows/domains/assignDefaultBranding';
import { copyManagedLoginUrl, copyOpenIdConfigurationUrl } from '../../src/commands/flows/domains/copyManagedLoginUrls';
import { createDomain, suggestedPrefix } from '../../src/commands/flows/domains/createDomain';
import { deleteDomain } from '../../src/commands/flows/domains/deleteDomain';
import { showPoolDetails } from '../../src/commands/flows/pools/poolDetails';
import type { AppClient, AppClientSettings, CognitoApi } from '../../src/shared/types';
import { NothingToPick } from '../../src/ui/prompter';
import { checkDomainPrefix } from '../../src/validation/domainPrefix';
import { listedConnections, onDefault } from '../support/connections';
import { FakeCognito } from '../support/fakeCognito';
import { assertEscAtEveryStepCreatesNothing, flowRun, type FlowRun } from '../support/flowHarness';

// The domain flows against FakeCognito: Create Domain… (the prefix checked as typed, managed login version 2
// by default), Delete Domain (a modal naming the domain), Assign Default Branding (asking the client only
// when several lack a style), the copied URLs for AWS and for an emulator connection, and what Pool Details
// says of the domain and its managed login.

const POOL_ID_PREFIX = 'us-east-1_';

function shop(clientNames: string[] = ['web']): { cognito: FakeCognito; clients: AppClient[] } {
  const cognito = new FakeCognito();
  cognito.addPool('other');
  const pool = cognito.addPool('Shop Users');
  const clients = clientNames.map((name, i) => ({ userPoolId: pool.id, clientId: `${name}client${i}x7`, name }));
  cognito.data.clients.push(...clients);
  return { cognito, clients };
}

const poolOf = (cognito: FakeCognito) => cognito.data.pools[1];
const withCallbacks = (callbackUrls: string[]) => ({ settings: { callbackUrls } as unknown as AppClientSettings });

/** The run's one connection as an emulator endpoint with a path and credentials in it. */
function onEmulator(run: FlowRun, cognito: CognitoApi): string {
  const directory = listedConnections({ local: cognito });
  run.deps.connections = directory;
  (directory.byLabel('local').settings as { endpoint?: string }).endpoint = 'http://admin:s3cret@127.0.0.1:9229/cognito';
  return directory.byLabel('local').id;
}

describe('domain prefix, as Cognito checks it', () => {
  it('accepts lower-case letters, numbers and inner hyphens, 1 to 63 characters', () => {
    for (const ok of ['a', '7', 'shop-login-7', 'x'.repeat(63), 'a--b']) assert.equal(checkDomainPrefix(ok), undefined, ok);
  });

  it('says what is wrong with each kind of prefix AWS refuses', () => {
    assert.equal(checkDomainPrefix(''), 'Enter a domain prefix.');
    assert.equal(checkDomainPrefix('x'.repeat(64)), 'A domain prefix has at most 63 characters (now 64).');
    assert.match(checkDomainPrefix('Shop') ?? '', /no capitals/);
    assert.match(checkDomainPrefix('shop_login') ?? '', /only contain lower-case letters, numbers, and hyphens/);
    assert.match(checkDomainPrefix('shop.login') ?? '', /only contain lower-case letters, numbers, and hyphens/);
    assert.match(checkDomainPrefix('-shop') ?? '', /cannot start or end with a hyphen/);
    assert.match(checkDomainPrefix('shop-') ?? '', /cannot start or end with a hyphen/);
  });

  it('suggests a prefix from the pool name that passes the rule', () => {
    assert.equal(suggestedPrefix('Shop Users'), 'shop-users');
    assert.equal(suggestedPrefix('__'), 'my-app');
    assert.equal(checkDomainPrefix(suggestedPrefix(`${'Ab-'.repeat(30)}x`)), undefined);
  });
});

describe('managed login URLs', () => {
  it('are AWS’s prefix domain in the pool’s region, and the issuer’s discovery document', () => {
    assert.equal(managedLoginBaseUrl('eu-west-3_AbC123', 'shop-login-7'), 'https://shop-login-7.auth.eu-west-3.amazoncognito.com');
    assert.equal(openIdConfigurationUrl('eu-west-3_AbC123'), 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_AbC123/.well-known/openid-configuration');
    assert.equal(
      managedLoginUrl('https://shop-login-7.auth.eu-west-3.amazoncognito.com', 'abc123', 'https://app.example.org/cb?x=1'),
      'https://shop-login-7.auth.eu-west-3.amazoncognito.com/login?client_id=abc123&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.org%2Fcb%3Fx%3D1',
    );
  });

  it('are the connection’s managedLoginUrl when it names one (a custom domain, an emulator serving them elsewhere)', () => {
    assert.equal(managedLoginBaseUrl('eu-west-3_Shop', 'shop-login-7', { managedLoginUrl: 'https://auth.shop.example.org/' }), 'https://auth.shop.example.org');
    assert.equal(managedLoginBaseUrl('local_Pool1', '', { endpoint: 'http://127.0.0.1:9229', managedLoginUrl: 'http://127.0.0.1:9300/pages' }), 'http://127.0.0.1:9300/pages');
  });

  it('are the emulator’s own origin and issuer for an endpoint connection, without its credentials', () => {
    const endpoint = 'http://admin:s3cret@127.0.0.1:9229/cognito';
    assert.equal(managedLoginBaseUrl('local_Pool1', 'shop-login-7', { endpoint }), 'http://127.0.0.1:9229');
    assert.equal(openIdConfigurationUrl('local_Pool1', endpoint), 'http://127.0.0.1:9229/cognito/local_Pool1/.well-known/openid-configuration');
  });
});

describe('Create Domain', () => {
  it('from the palette: the pool, a prefix checked as typed, managed login version 2 first', async () => {
    const { cognito } = shop();
    const run = flowRun([{ pick: 'Shop Users' }, { input: 'shop-login-7' }, { pick: 'Managed login' }], cognito);
    await createDomain(run.deps);
    run.prompter.assertDone();
    assert.deepEqual(run.prompter.asked.map((a) => `${a.step}/${a.totalSteps}`), ['1/3', '2/3', '3/3']);
    assert.equal(run.prompter.asked[1].placeholder, 'shop-users');
    assert.deepEqual(run.prompter.asked[2].labels, ['Managed login', 'Hosted UI (classic)']);
    assert.deepEqual(cognito.writeCalls, [{ method: 'domains.create', args: [poolOf(cognito).id, 'shop-login-7', 2] }]);
    assert.match(run.statusMessages[0], /Created the domain https:\/\/shop-login-7\.auth\.us-east-1\.amazoncognito\.com; .*Assign Default Branding/);
    assert.ok(run.detailsChanged.some((key) => key.includes(poolOf(cognito).id)));
  });

  it('creates a classic hosted UI domain when chosen', async () => {
    const { cognito } = shop();
    const run = flowRun([{ input: 'classic-9' }, { pick: 'Hosted UI (classic)' }], cognito);
    await createDomain(run.deps, onDefault(poolOf(cognito)));
    assert.deepEqual(cognito.writeCalls[0].args, [poolOf(cognito).id, 'classic-9', 1]);
    assert.doesNotMatch(run.statusMessages[0], /branding/i);
  });

  it('refuses a prefix AWS would refuse while it is typed', async () => {
    const { cognito } = shop();
    const run = flowRun([{ input: 'Shop_Login' }], cognito);
    await assert.rejects(createDomain(run.deps, onDefault(poolOf(cognito))), /rejected by the box's validation: A domain prefix has only lower-case letters/);
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('says the pool has a domain already and asks nothing more', async () => {
    const { cognito } = shop();
    cognito.poolDomains.set(poolOf(cognito).id, 'shop-old-1');
    const run = flowRun([], cognito);
    await assert.rejects(createDomain(run.deps, onDefault(poolOf(cognito))), (e: unknown) => e instanceof NothingToPick && /already has the domain shop-old-1/.test(e.message));
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('creates nothing when Esc is pressed at any step', async () => {
    await assertEscAtEveryStepCreatesNothing([{ pick: 'Shop Users' }, { input: 'shop-login-7' }, { pick: 'Managed login' }], () => shop().cognito, (deps) => createDomain(deps));
  });
});

describe('Delete Domain', () => {
  it('confirms in a modal naming the domain and what stops working, then deletes it', async () => {
    const { cognito } = shop();
    cognito.poolDomains.set(poolOf(cognito).id, 'shop-login-7');
    const run = flowRun([{ pick: 'Shop Users' }, { confirm: true }], cognito);
    await deleteDomain(run.deps);
    const modal = run.prompter.asked[1];
    assert.equal(modal.text, 'Delete the domain shop-login-7 of Shop Users?');
    assert.match(modal.detail ?? '', /Apps that use its hosted sign-in pages .* stop working/);
    assert.deepEqual(cognito.writeCalls, [{ method: 'domains.delete', args: [poolOf(cognito).id, 'shop-login-7'] }]);
    assert.equal(cognito.poolDomains.has(poolOf(cognito).id), false);
  });

  it('says when the pool has no domain', async () => {
    const { cognito } = shop();
    await assert.rejects(deleteDomain(flowRun([], cognito).deps, onDefault(poolOf(cognito))), /The pool "Shop Users" has no domain\./);
  });

  it('deletes nothing on Esc or Cancel', async () => {
    const setup = () => {
      const { cognito } = shop();
      cognito.poolDomains.set(poolOf(cognito).id, 'shop-login-7');
      return cognito;
    };
    await assertEscAtEveryStepCreatesNothing([{ pick: 'Shop Users' }, { confirm: true }], setup, (deps) => deleteDomain(deps));
    const cancelled = flowRun([{ confirm: false }], setup());
    await assert.rejects(deleteDomain(cancelled.deps, onDefault(poolOf(cancelled.cognito))));
    assert.deepEqual(cancelled.cognito.writeCalls, []);
  });
});

describe('Assign Default Branding', () => {
  it('asks which app client when several have no style, offering only those', async () => {
    const { cognito, clients } = shop(['web', 'admin', 'mobile']);
    cognito.brandedClients.add(`${clients[1].userPoolId}/${clients[1].clientId}`);
    const run = flowRun([{ pick: 'Shop Users' }, { pick: 'mobile' }], cognito);
    await assignDefaultBranding(run.deps);
    assert.deepEqual(run.prompter.asked[1].labels, ['web', 'mobile']);
    assert.deepEqual(cognito.writeCalls, [{ method: 'domains.assignDefaultBranding', args: [clients[2].userPoolId, clients[2].clientId] }]);
    assert.match(run.statusMessages[0], /mobile of Shop Users has Cognito's default branding/);
  });

  it('asks nothing when one app client lacks a style', async () => {
    const { cognito, clients } = shop(['web']);
    const run = flowRun([], cognito);
    await assignDefaultBranding(run.deps, onDefault(poolOf(cognito)));
    assert.deepEqual(cognito.writeCalls[0].args, [clients[0].userPoolId, clients[0].clientId]);
  });

  it('reads every client’s style in small batches, past the first five', async () => {
    const names = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7'];
    const { cognito, clients } = shop(names);
    for (const c of clients.slice(0, 6)) cognito.brandedClients.add(`${c.userPoolId}/${c.clientId}`);
    await assignDefaultBranding(flowRun([], cognito).deps, onDefault(poolOf(cognito)));
    assert.equal(cognito.calls.filter((c) => c.method === 'domains.hasBranding').length, 7);
    assert.deepEqual(cognito.writeCalls[0].args, [clients[6].userPoolId, clients[6].clientId]);
  });

  it('says when there is no app client, or every one has a style', async () => {
    const none = shop([]).cognito;
    await assert.rejects(assignDefaultBranding(flowRun([], none).deps, onDefault(poolOf(none))), /has no app clients yet; create one first/);
    const { cognito, clients } = shop(['web']);
    cognito.brandedClients.add(`${clients[0].userPoolId}/${clients[0].clientId}`);
    await assert.rejects(assignDefaultBranding(flowRun([], cognito).deps, onDefault(poolOf(cognito))), /Every app client of Shop Users already has a branding style/);
    assert.deepEqual(cognito.writeCalls, []);
  });

  it('assigns nothing when Esc is pressed at any step', async () => {
    await assertEscAtEveryStepCreatesNothing([{ pick: 'Shop Users' }, { pick: 'admin' }], () => shop(['web', 'admin']).cognito, (deps) => assignDefaultBranding(deps));
  });
});

describe('Copy Managed Login URL / Copy OpenID Configuration URL', () => {
  it('copies the client’s sign-in page with its first callback URL', async () => {
    const { cognito, clients } = shop(['web']);
    cognito.poolDomains.set(poolOf(cognito).id, 'shop-login-7');
    cognito.clientDetails.set(clients[0].clientId, withCallbacks(['https://app.example.org/signed-in', 'https://other.example.org/']));
    const run = flowRun([{ pick: 'Shop Users' }, { pick: 'web' }], cognito);
    const url = await copyManagedLoginUrl(run.deps);
    const expected = `https://shop-login-7.auth.us-east-1.amazoncognito.com/login?client_id=${clients[0].clientId}&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.org%2Fsigned-in`;
    assert.equal(url, expected);
    assert.deepEqual(run.clipboard, [expected]);
  });

  it('copies nothing and says why without a domain or without a callback URL', async () => {
    const { cognito, clients } = shop(['web']);
    const ref = { connectionId: SINGLE_CONNECTION_ID, client: clients[0] };
    const noDomain = flowRun([], cognito);
    assert.equal(await copyManagedLoginUrl(noDomain.deps, ref), undefined);
    assert.deepEqual(noDomain.clipboard, []);
    assert.match(noDomain.statusMessages[0], /Nothing copied: the pool of web has no domain; create one first/);

    cognito.poolDomains.set(poolOf(cognito).id, 'shop-login-7');
    cognito.clientDetails.set(clients[0].clientId, withCallbacks([]));
    const noCallback = flowRun([], cognito);
    assert.equal(await copyManagedLoginUrl(noCallback.deps, ref), undefined);
    assert.deepEqual(noCallback.clipboard, []);
    assert.match(noCallback.statusMessages[0], /Nothing copied: web has no callback URL/);
  });

  it('uses the emulator’s own origin and issuer for an endpoint connection', async () => {
    const { cognito, clients } = shop(['web']);
    cognito.poolDomains.set(poolOf(cognito).id, 'shop-login-7');
    cognito.clientDetails.set(clients[0].clientId, withCallbacks(['http://localhost:3000/cb']));
    const run = flowRun([], cognito);
    const connectionId = onEmulator(run, cognito);
    const url = await copyManagedLoginUrl(run.deps, { connectionId, client: clients[0] });
    assert.equal(url, `http://127.0.0.1:9229/login?client_id=${clients[0].clientId}&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb`);
    const config = await copyOpenIdConfigurationUrl(run.deps, { connectionId, pool: poolOf(cognito) });
    assert.equal(config, `http://127.0.0.1:9229/cognito/${poolOf(cognito).id}/.well-known/openid-configuration`);
    assert.doesNotMatch(run.clipboard.join(' '), /s3cret/);
  });

  it('copies the pool’s OpenID configuration URL on AWS', async () => {
    const { cognito } = shop();
    const run = flowRun([{ pick: 'Shop Users' }], cognito);
    const url = await copyOpenIdConfigurationUrl(run.deps);
    assert.ok(poolOf(cognito).id.startsWith(POOL_ID_PREFIX));
    assert.equal(url, `https://cognito-idp.us-east-1.amazonaws.com/${poolOf(cognito).id}/.well-known/openid-configuration`);
    assert.deepEqual(run.clipboard, [url]);
  });
});

describe('Pool Details: the domain and its managed login', () => {
  const fields = async (cognito: FakeCognito, emulator = false) => {
    const run = flowRun([], cognito);
    const ref = emulator ? { connectionId: onEmulator(run, cognito), pool: poolOf(cognito) } : onDefault(poolOf(cognito));
    await showPoolDetails(run.deps, ref);
    const all = run.details[0].model.sections.flatMap((s) => s.fields);
    return (id: string) => all.find((f) => f.id === id);
  };

  it('offers Create Domain… when the pool has none', async () => {
    const field = await fields(shop().cognito);
    assert.equal(field('domain')?.value, 'none');
    assert.deepEqual(field('domain')?.actions?.map((a) => a.id), ['cognito.createDomain']);
    assert.equal(field('signInBaseUrl'), undefined);
  });

  it('says "Login pages unavailable" for version 2 without branding and offers Assign Default Branding', async () => {
    const { cognito, clients } = shop(['web', 'admin']);
    cognito.poolDomains.set(poolOf(cognito).id, 'shop-login-7');
    cognito.domainVersions.set('shop-login-7', 2);
    cognito.brandedClients.add(`${clients[0].userPoolId}/${clients[0].clientId}`);
    const field = await fields(cognito);
    assert.equal(field('domain')?.value, 'shop-login-7');
    assert.deepEqual(field('domain')?.actions?.map((a) => a.id), ['cognito.deleteDomain']);
    assert.equal(field('signInBaseUrl')?.value, 'https://shop-login-7.auth.us-east-1.amazoncognito.com');
    assert.equal(field('managedLogin')?.value, 'Login pages unavailable: managed login (version 2) and no branding style for admin');
    assert.deepEqual(field('managedLogin')?.actions?.map((a) => a.id), ['cognito.assignDefaultBranding']);
  });

  it('says every client has a style, or that the domain is the classic hosted UI', async () => {
    const { cognito, clients } = shop(['web']);
    cognito.poolDomains.set(poolOf(cognito).id, 'shop-login-7');
    cognito.domainVersions.set('shop-login-7', 2);
    cognito.brandedClients.add(`${clients[0].userPoolId}/${clients[0].clientId}`);
    assert.equal((await fields(cognito))('managedLogin')?.actions, undefined);
    cognito.domainVersions.set('shop-login-7', 1);
    assert.equal((await fields(cognito))('managedLogin')?.value, 'Hosted UI (classic, version 1)');
  });

  it('shows the emulator’s own origin as the sign-in base URL', async () => {
    const { cognito } = shop();
    cognito.poolDomains.set(poolOf(cognito).id, 'shop-login-7');
    assert.equal((await fields(cognito, true))('signInBaseUrl')?.value, 'http://127.0.0.1:9229');
  });

  it('still shows the pool when the managed login cannot be read', async () => {
    const { cognito } = shop();
    cognito.poolDomains.set(poolOf(cognito).id, 'shop-login-7');
    cognito.domainVersions.set('shop-login-7', 2);
    cognito.failNext.set('clients.list', new Error('Access denied: your credentials lack the IAM permission cognito-idp:ListUserPoolClients.'));
    assert.match((await fields(cognito))('managedLogin')?.value ?? '', /^unknown: Access denied/);
  });
});
