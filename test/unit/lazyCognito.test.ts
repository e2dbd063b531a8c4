import * as assert from 'node:assert/strict';
import * as createService from '../../src/aws/createService';
import * as identityEntry from '../../src/aws/identity/index';
import * as lambdaEntry from '../../src/aws/lambda/index';
import { CognitoError } from '../../src/shared/errors';
import type { CognitoApi } from '../../src/shared/types';
import type { ConnectionSettings } from '../../src/shared/settings';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';

// lazyCognito builds the real service on its first call (the AWS bundle's createCognitoService) and passes
// every call on. Here the bundle's factory is swapped for one that hands out a recording service, so each
// method of each resource is checked for what reaches the service and what comes back, without an SDK client.

type Factory = typeof createService.createCognitoService;
type LambdaFactory = typeof lambdaEntry.createFunctionsService;
type IdentityFactory = typeof identityEntry.createIdentityService;
type Recorded = { method: string; args: unknown[] };

/**
 * Every method of CognitoApi, by resource. The type makes it complete: a method the API gains and this
 * list lacks (or one it lists that the API lost) fails the typecheck.
 */
const EVERY_METHOD = {
  pools: { list: true, describe: true, create: true, delete: true, setDeletionProtection: true, addCustomAttributes: true, update: true, getMfaConfig: true, setMfaConfig: true },
  clients: { list: true, describe: true, create: true, updateAuthFlows: true, update: true, delete: true },
  users: {
    list: true,
    listRecords: true,
    get: true,
    getDetails: true,
    create: true,
    setPassword: true,
    setEnabled: true,
    confirm: true,
    delete: true,
    updateAttributes: true,
    deleteAttributes: true,
    resetPassword: true,
    resendInvitation: true,
    signOutEverywhere: true,
    setMfaPreference: true,
  },
  groups: { list: true, listMembers: true, create: true, update: true, delete: true, addUser: true, removeUser: true },
  auth: { signIn: true, answerChallenge: true, chooseFactor: true, refreshTokens: true, revokeToken: true, machineToken: true, codeTokens: true, userInfo: true },
  mfa: { associateSoftwareToken: true, verifySoftwareToken: true, preferSoftwareToken: true },
  resourceServers: { list: true, describe: true, create: true, update: true, delete: true },
  identityProviders: { list: true },
  domains: { create: true, describe: true, delete: true, hasBranding: true, assignDefaultBranding: true },
  functions: { list: true, allowCognito: true },
  identityPools: { list: true, describe: true, create: true, addTrustedClient: true, delete: true, roles: true, setRoles: true, credentials: true },
  roles: { listForIdentityPools: true },
} satisfies { [R in keyof CognitoApi]: Record<keyof CognitoApi[R], true> };

/** `resource.method` for every method of CognitoApi. */
const methods = Object.entries(EVERY_METHOD).flatMap(([resource, names]) => Object.keys(names).map((name) => `${resource}.${name}`));

/** Calls a method of the API by its `resource.method` path. */
function callByPath(api: CognitoApi, path: string, ...args: unknown[]): Promise<unknown> {
  const [resource, name] = path.split('.');
  return (api as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>)[resource][name](...args);
}

/** A CognitoApi whose every method answers with its own `resource.method` and arguments. Like any
 *  resource, it has no `then`: a resource is handed over through a promise. */
function recordingService(): CognitoApi {
  const answer = (name: string, method: string) => async (...args: unknown[]) => ({ method: `${name}.${method}`, args }) satisfies Recorded;
  const resource = (name: string) => new Proxy({}, { get: (_target, method) => (typeof method === 'string' && method !== 'then' ? answer(name, method) : undefined) });
  return Object.fromEntries(Object.keys(EVERY_METHOD).map((name) => [name, resource(name)])) as unknown as CognitoApi;
}

describe('LazyCognito', () => {
  const original = createService.createCognitoService;
  const originalLambda = lambdaEntry.createFunctionsService;
  const originalIdentity = identityEntry.createIdentityService;
  /** What each identity service was built with (dist/identity.js's factory). */
  let identityBuilt: Parameters<IdentityFactory>[0][];
  let built: ConnectionSettings[];
  /** What each Lambda service was built with (dist/lambda.js's factory). */
  let lambdaBuilt: Parameters<LambdaFactory>[0][];
  let factory: Factory;

  beforeEach(() => {
    built = [];
    lambdaBuilt = [];
    identityBuilt = [];
    factory = async (settings) => {
      built.push(settings);
      return { service: recordingService(), region: 'me-central-1', credentials: createService.PLACEHOLDER_CREDENTIALS, profile: settings.profile };
    };
    (createService as { createCognitoService: Factory }).createCognitoService = (settings, log) => factory(settings, log);
    (lambdaEntry as { createFunctionsService: LambdaFactory }).createFunctionsService = (connection) => {
      lambdaBuilt.push(connection);
      return { functions: recordingService().functions };
    };
    (identityEntry as { createIdentityService: IdentityFactory }).createIdentityService = (connection) => {
      identityBuilt.push(connection);
      const { identityPools, roles } = recordingService();
      return { identityPools, roles };
    };
  });

  afterEach(() => {
    (createService as { createCognitoService: Factory }).createCognitoService = original;
    (lambdaEntry as { createFunctionsService: LambdaFactory }).createFunctionsService = originalLambda;
    (identityEntry as { createIdentityService: IdentityFactory }).createIdentityService = originalIdentity;
  });

  it('passes every call on with its arguments and gives back the answer', async () => {
    const lazy: LazyCognito = lazyCognito(() => ({ profile: 'ops', region: 'me-central-1' }));
    assert.ok(methods.length >= 34, `the methods: ${methods.join(', ')}`);
    for (const method of methods) {
      const args = [`${method}-pool`, { page: method.length }];
      const answer = await callByPath(lazy, method, ...args);
      assert.deepEqual(answer, { method, args }, method);
    }
    assert.deepEqual(built, [{ profile: 'ops', region: 'me-central-1' }], 'one service for all the calls');
    assert.equal(await lazy.region(), 'me-central-1');
    assert.equal(lambdaBuilt.length, 1, 'one Lambda service for both of its calls');
    assert.equal(identityBuilt.length, 1, 'one identity service for the identity pool and role calls');
  });

  it('builds the identity service (dist/identity.js) only on the first identity-pool call, with the first service’s region and credentials, at the same endpoint', async () => {
    const lazy = lazyCognito(() => ({ profile: 'ops', endpoint: 'http://127.0.0.1:9229' }));
    await lazy.pools.list();
    await lazy.functions.list();
    assert.deepEqual(identityBuilt, [], 'user pool and Lambda calls do not load the identity bundle');
    await lazy.identityPools.list();
    await lazy.roles.listForIdentityPools();
    assert.deepEqual(
      identityBuilt.map(({ region, endpoint, credentials, profile }) => ({ region, endpoint, credentials, profile })),
      [{ region: 'me-central-1', endpoint: 'http://127.0.0.1:9229', credentials: createService.PLACEHOLDER_CREDENTIALS, profile: 'ops' }],
    );
    lazy.reset();
    await lazy.identityPools.list();
    assert.equal(identityBuilt.length, 2, 'a reset builds it anew');
  });

  it('builds the Lambda service (dist/lambda.js) only on the first `functions` call, in the region and with the credentials the first service resolved, at the same endpoint', async () => {
    const lazy = lazyCognito(() => ({ profile: 'ops', endpoint: 'http://127.0.0.1:9229' }));
    await lazy.pools.list();
    assert.deepEqual(lambdaBuilt, [], 'Cognito calls do not load the Lambda bundle');
    await lazy.functions.list();
    await lazy.functions.allowCognito('arn:aws:lambda:me-central-1:210987654321:function:f', 'arn:aws:cognito-idp:me-central-1:210987654321:userpool/p');
    assert.deepEqual(
      lambdaBuilt.map(({ region, endpoint, credentials, profile }) => ({ region, endpoint, credentials, profile })),
      [{ region: 'me-central-1', endpoint: 'http://127.0.0.1:9229', credentials: createService.PLACEHOLDER_CREDENTIALS, profile: 'ops' }],
    );
    lazy.reset();
    await lazy.functions.list();
    assert.equal(lambdaBuilt.length, 2, 'reset() forgets the Lambda service too');
  });

  it('names the call that failed when the service cannot even start', async () => {
    factory = async () => {
      throw new RangeError('broken config file');
    };
    const lazy = lazyCognito(() => ({ region: 'me-central-1' }));
    for (const method of methods) {
      await assert.rejects(callByPath(lazy, method), (error: CognitoError) => {
        assert.ok(error instanceof CognitoError, method);
        assert.equal(error.message, `${method} failed (RangeError); see the Cognito output channel and try again.`);
        return true;
      });
    }
  });

  it('refuses an endpoint the settings may not use, naming the setting, and tries again on the next call', async () => {
    let endpoint = 'http://10.20.30.40:9229';
    const lazy = lazyCognito(() => ({ region: 'me-central-1', endpoint }));
    await assert.rejects(lazy.pools.list(), (error: CognitoError) => {
      assert.equal(error.kind, 'invalidParameter');
      assert.equal(error.message, 'Plain http is allowed only for this machine (localhost, 127.0.0.1, ::1); use https:// for any other host (setting cognito.endpoint).');
      return true;
    });
    assert.deepEqual(built, [], 'no service built for a refused endpoint');
    endpoint = 'http://127.0.0.1:9238';
    assert.deepEqual(await lazy.pools.list(), { method: 'pools.list', args: [] }, 'a failed start does not stick');
    assert.deepEqual(built, [{ region: 'me-central-1', endpoint: 'http://127.0.0.1:9238' }]);
  });

  it('builds the service anew after reset(), with the settings of that moment', async () => {
    let region = 'me-central-1';
    const lazy = lazyCognito(() => ({ region }));
    await lazy.users.get('p', 'u');
    await lazy.users.get('p', 'u');
    region = 'af-south-1';
    lazy.reset();
    await lazy.users.get('p', 'u');
    assert.deepEqual(built, [{ region: 'me-central-1' }, { region: 'af-south-1' }]);
  });

  it('keeps a service that started while a failed start is forgotten', async () => {
    let fail = true;
    factory = async (settings) => {
      built.push(settings);
      if (fail) throw new Error('first start fails');
      return { service: recordingService(), region: 'me-central-1', credentials: createService.PLACEHOLDER_CREDENTIALS };
    };
    const lazy = lazyCognito(() => ({ region: 'me-central-1' }));
    await assert.rejects(lazy.groups.list('p'));
    fail = false;
    await lazy.groups.list('p');
    await lazy.groups.list('p');
    assert.equal(built.length, 2, 'started again once after the failure, then kept');
  });

  it('shares one service among the resources: the first call of any of them builds it', async () => {
    const lazy = lazyCognito(() => ({ region: 'me-central-1' }));
    await Promise.all([lazy.pools.list(), lazy.users.list('p'), lazy.auth.revokeToken({ userPoolId: 'p', clientId: 'c', hasSecret: false, refreshToken: 'r' })]);
    assert.equal(built.length, 1);
  });
});
