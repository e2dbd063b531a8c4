// Cognito Identity on the double, with plain SDK clients (no extension code): identity pools created, read,
// listed, replaced and deleted as the API reference describes (identityPools.ts), and a user pool's real ID
// token (AdminInitiateAuth against the same double) turned into credentials for the pool's roles, with each
// refusal AWS answers (identityCredentials.ts).
import * as assert from 'node:assert/strict';
import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  DeleteIdentityPoolCommand,
  DescribeIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  GetIdentityPoolRolesCommand,
  ListIdentityPoolsCommand,
  SetIdentityPoolRolesCommand,
  UpdateIdentityPoolCommand,
  type CreateIdentityPoolCommandInput,
} from '@aws-sdk/client-cognito-identity';
import {
  AdminCreateUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { LOGINS_DO_NOT_MATCH, NO_ROLE, UNAUTHENTICATED_OFF, UNSUPPORTED_PROVIDER } from '../identityCredentials';
import { doubleClient } from '../../support/doubleClient';
import { useDouble } from '../../support/sessionHooks';
import { rejectsWith } from '../../support/signInDouble';

const REGION = 'eu-central-1';
const ACCOUNT = '123456789012';
const AUTH_ROLE = `arn:aws:iam::${ACCOUNT}:role/cognito/tide-readers`;
const GUEST_ROLE = `arn:aws:iam::${ACCOUNT}:role/cognito/tide-visitors`;
const PASSWORD = 'Harbour-Lights7';
const START = Date.parse('2026-03-14T09:26:53Z');

const identityClient = (endpoint: string) => new CognitoIdentityClient({ endpoint, region: REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });

/** A user pool with two app clients and a confirmed user, made through the double's user-pool API. */
async function userPoolWithUser(idp: CognitoIdentityProviderClient, name: string) {
  const poolId = (await idp.send(new CreateUserPoolCommand({ PoolName: name }))).UserPool?.Id as string;
  const newClient = async (ClientName: string) =>
    (await idp.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName, ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }))).UserPoolClient?.ClientId as string;
  const clientId = await newClient('harbour-app');
  const otherClientId = await newClient('lighthouse-app');
  await idp.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'marisol', MessageAction: 'SUPPRESS' }));
  await idp.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: 'marisol', Password: PASSWORD, Permanent: true }));
  const signIn = async (ClientId = clientId) => {
    const result = (await idp.send(new AdminInitiateAuthCommand({ UserPoolId: poolId, ClientId, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'marisol', PASSWORD } }))).AuthenticationResult;
    return { idToken: result?.IdToken as string, accessToken: result?.AccessToken as string };
  };
  return { poolId, clientId, otherClientId, provider: `cognito-idp.${REGION}.amazonaws.com/${poolId}`, signIn };
}

const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

describe('the Cognito double: identity pools (Cognito Identity) on the same endpoint', () => {
  let clock = START;
  const session = useDouble({ region: REGION, now: () => clock }, (endpoint) => doubleClient(endpoint, { maxAttempts: 1 }));
  let identity: CognitoIdentityClient;
  let harbour: Awaited<ReturnType<typeof userPoolWithUser>>;
  before(async () => {
    identity = identityClient(session.endpoint);
    harbour = await userPoolWithUser(session.client, 'harbour');
  });
  after(() => identity.destroy());
  afterEach(() => void (clock = START));

  const create = async (input: Partial<CreateIdentityPoolCommandInput> = {}) => {
    const created = await identity.send(new CreateIdentityPoolCommand({ IdentityPoolName: 'Harbour Readers', AllowUnauthenticatedIdentities: false, ...input }));
    return created.IdentityPoolId as string;
  };
  /** An identity pool trusting harbour's first app client, with both roles set. */
  const trustingPool = async (input: Partial<CreateIdentityPoolCommandInput> = {}) => {
    const id = await create({ CognitoIdentityProviders: [{ ProviderName: harbour.provider, ClientId: harbour.clientId, ServerSideTokenCheck: false }], ...input });
    await identity.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: id, Roles: { authenticated: AUTH_ROLE, unauthenticated: GUEST_ROLE } }));
    return id;
  };
  const getId = (IdentityPoolId: string, token?: string, provider = harbour.provider) => identity.send(new GetIdCommand({ IdentityPoolId, Logins: token ? { [provider]: token } : undefined }));
  const credentialsFor = (IdentityId: string, token?: string, provider = harbour.provider) =>
    identity.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins: token ? { [provider]: token } : undefined }));

  it('creates an identity pool for an app client, with an id REGION:GUID, and describes what it was given', async () => {
    const created = await identity.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: 'Harbour Readers',
        AllowUnauthenticatedIdentities: false,
        CognitoIdentityProviders: [{ ProviderName: harbour.provider, ClientId: harbour.clientId, ServerSideTokenCheck: true }],
        IdentityPoolTags: { team: 'tides' },
      }),
    );
    assert.match(created.IdentityPoolId ?? '', /^eu-central-1:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const { $metadata: _created, ...answer } = created;
    assert.deepEqual(answer, {
      IdentityPoolId: created.IdentityPoolId,
      IdentityPoolName: 'Harbour Readers',
      AllowUnauthenticatedIdentities: false,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [{ ProviderName: harbour.provider, ClientId: harbour.clientId, ServerSideTokenCheck: true }],
      IdentityPoolTags: { team: 'tides' },
    });
    const { $metadata: _described, ...described } = await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: created.IdentityPoolId }));
    assert.deepEqual(described, answer);
  });

  it('refuses members outside the reference’s constraints, and an unknown or malformed id', async () => {
    await rejectsWith(create({ IdentityPoolName: 'harbour/readers' }), 'InvalidParameterException', /at 'identityPoolName' failed to satisfy constraint: Member must satisfy regular expression pattern: \[\\w\\s\+=,\.@-\]\+$/);
    await rejectsWith(create({ IdentityPoolName: 'h'.repeat(129) }), 'InvalidParameterException', /Member must have length less than or equal to 128/);
    await rejectsWith(create({ AllowUnauthenticatedIdentities: undefined }), 'InvalidParameterException', "1 validation error detected: Value null at 'allowUnauthenticatedIdentities' failed to satisfy constraint: Member must not be null");
    await rejectsWith(create({ CognitoIdentityProviders: [{ ProviderName: harbour.provider, ClientId: 'harbour-app' }] }), 'InvalidParameterException', /cognitoIdentityProviders\.1\.member\.clientId' failed to satisfy constraint: Member must satisfy regular expression pattern: \[\\w_\]\+/);
    await rejectsWith(create({ DeveloperProviderName: 'login harbour' }), 'InvalidParameterException', /developerProviderName/);
    const unknown = `${REGION}:0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9`;
    await rejectsWith(identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: unknown })), 'ResourceNotFoundException', `IdentityPool '${unknown}' not found.`);
    await rejectsWith(identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: 'harbour' })), 'InvalidParameterException', /Member must satisfy regular expression pattern: \[\\w-\]\+:\[0-9a-f-\]\+/);
  });

  it('UpdateIdentityPool replaces the whole configuration: what it leaves out is reset, the roles and developer provider stay', async () => {
    const id = await trustingPool({ AllowClassicFlow: true, SupportedLoginProviders: { 'accounts.google.com': 'harbour.apps.example' }, DeveloperProviderName: 'login.harbour', IdentityPoolTags: { team: 'tides' } });
    const { $metadata: _updated, ...updated } = await identity.send(new UpdateIdentityPoolCommand({ IdentityPoolId: id, IdentityPoolName: 'Harbour Guests', AllowUnauthenticatedIdentities: true }));
    const expected = { IdentityPoolId: id, IdentityPoolName: 'Harbour Guests', AllowUnauthenticatedIdentities: true, AllowClassicFlow: false, DeveloperProviderName: 'login.harbour', IdentityPoolTags: {} };
    assert.deepEqual(updated, expected);
    const { $metadata: _described, ...described } = await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: id }));
    assert.deepEqual(described, expected);
    assert.deepEqual((await identity.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: id }))).Roles, { authenticated: AUTH_ROLE, unauthenticated: GUEST_ROLE });

    await rejectsWith(identity.send(new UpdateIdentityPoolCommand({ IdentityPoolId: id, IdentityPoolName: 'Harbour Guests', AllowUnauthenticatedIdentities: true, DeveloperProviderName: 'login.lighthouse' })), 'InvalidParameterException');
    await rejectsWith(identity.send(new UpdateIdentityPoolCommand({ IdentityPoolId: id, AllowUnauthenticatedIdentities: true } as never)), 'InvalidParameterException', /'identityPoolName' failed to satisfy constraint: Member must not be null/);
  });

  it('deletes an identity pool: describe and the listing no longer find it', async () => {
    const id = await create({ IdentityPoolName: 'Short Lived' });
    await identity.send(new DeleteIdentityPoolCommand({ IdentityPoolId: id }));
    await rejectsWith(identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: id })), 'ResourceNotFoundException');
    await rejectsWith(identity.send(new DeleteIdentityPoolCommand({ IdentityPoolId: id })), 'ResourceNotFoundException');
    const listed = (await identity.send(new ListIdentityPoolsCommand({ MaxResults: 60 }))).IdentityPools ?? [];
    assert.ok(!listed.some((pool) => pool.IdentityPoolId === id));
  });

  it('sets and gets the roles and role mappings; refuses a key other than authenticated / unauthenticated', async () => {
    const id = await create();
    assert.deepEqual((await identity.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: id }))).Roles, {});
    const RoleMappings = { [`${harbour.provider}:${harbour.clientId}`]: { Type: 'Token' as const, AmbiguousRoleResolution: 'AuthenticatedRole' as const } };
    await identity.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: id, Roles: { authenticated: AUTH_ROLE }, RoleMappings }));
    const { $metadata: _roles, ...roles } = await identity.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: id }));
    assert.deepEqual(roles, { IdentityPoolId: id, Roles: { authenticated: AUTH_ROLE }, RoleMappings });
    await rejectsWith(identity.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: id, Roles: { admin: AUTH_ROLE } })), 'InvalidParameterException');
    await rejectsWith(identity.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: id, Roles: { authenticated: 'arn:aws:iam::1:r' } })), 'InvalidParameterException', /Member must have length greater than or equal to 20/);
  });

  it('turns a user’s ID token into credentials for the authenticated role, the same IdentityId for every sign-in', async () => {
    const id = await trustingPool();
    const first = (await getId(id, (await harbour.signIn()).idToken)).IdentityId as string;
    assert.match(first, /^eu-central-1:[0-9a-f-]{36}$/);
    const token = (await harbour.signIn()).idToken;
    assert.equal((await getId(id, token)).IdentityId, first, 'a second sign-in of the same user');

    const answer = await credentialsFor(first, token);
    assert.equal(answer.IdentityId, first);
    const credentials = answer.Credentials;
    assert.match(credentials?.AccessKeyId ?? '', /^ASIA[A-Z2-7]{16}$/);
    assert.ok(credentials?.SecretKey && credentials.SessionToken, 'a secret key and a session token');
    assert.equal(credentials?.Expiration?.getTime(), START + 3600_000);
    assert.deepEqual(session.double.identity.credentialsIssued.at(-1), {
      identityPoolId: id,
      identityId: first,
      kind: 'authenticated',
      roleArn: AUTH_ROLE,
      accessKeyId: credentials?.AccessKeyId,
      expiration: new Date(START + 3600_000),
      login: { provider: harbour.provider, sub: claimsOf(token).sub },
    });
    assert.ok(session.double.calls.some((call) => call.operation === 'GetCredentialsForIdentity' && call.outcome === 'ok'), 'recorded as a call');
    await rejectsWith(credentialsFor(first), 'NotAuthorizedException', LOGINS_DO_NOT_MATCH);
  });

  it('gives guests credentials for the unauthenticated role while the pool allows them, and refuses them once it does not', async () => {
    const id = await trustingPool({ AllowUnauthenticatedIdentities: true });
    const guest = (await getId(id)).IdentityId as string;
    assert.notEqual((await getId(id)).IdentityId, guest, 'each guest GetId is a new identity');
    const credentials = (await credentialsFor(guest)).Credentials;
    const issued = session.double.identity.credentialsIssued.at(-1);
    assert.deepEqual([issued?.kind, issued?.roleArn, issued?.accessKeyId, issued?.login], ['unauthenticated', GUEST_ROLE, credentials?.AccessKeyId, undefined]);

    await identity.send(new UpdateIdentityPoolCommand({ IdentityPoolId: id, IdentityPoolName: 'Harbour Readers', AllowUnauthenticatedIdentities: false, CognitoIdentityProviders: [{ ProviderName: harbour.provider, ClientId: harbour.clientId }] }));
    await rejectsWith(getId(id), 'NotAuthorizedException', UNAUTHENTICATED_OFF);
    await rejectsWith(credentialsFor(guest), 'NotAuthorizedException', UNAUTHENTICATED_OFF);
  });

  it('refuses a token of an app client or provider the pool does not trust, an access token, a forged token and an expired one', async () => {
    const id = await trustingPool();
    const { idToken, accessToken } = await harbour.signIn();
    await rejectsWith(getId(id, (await harbour.signIn(harbour.otherClientId)).idToken), 'NotAuthorizedException', UNSUPPORTED_PROVIDER);
    await rejectsWith(getId(id, idToken, `cognito-idp.${REGION}.amazonaws.com/${REGION}_Elsewhere9`), 'NotAuthorizedException', UNSUPPORTED_PROVIDER);
    await rejectsWith(getId(id, accessToken), 'NotAuthorizedException', 'Invalid login token. Missing a required claim: aud');
    const [header, , signature] = idToken.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claimsOf(idToken), sub: 'someone-else' })).toString('base64url');
    await rejectsWith(getId(id, `${header}.${forged}.${signature}`), 'NotAuthorizedException', "Invalid login token. Couldn't verify signed token.");

    const lighthouse = await userPoolWithUser(session.client, 'lighthouse');
    await rejectsWith(getId(id, (await lighthouse.signIn()).idToken), 'NotAuthorizedException', "Invalid login token. Issuer doesn't match providerName");

    const identityId = (await getId(id, idToken)).IdentityId as string;
    clock += 2 * 3600_000;
    const expired = /^Invalid login token\. Token expired: \d+ >= \d+$/;
    await rejectsWith(getId(id, idToken), 'NotAuthorizedException', expired);
    await rejectsWith(credentialsFor(identityId, idToken), 'NotAuthorizedException', expired);
  });

  it('answers InvalidIdentityPoolConfigurationException when the pool has no role for the identity', async () => {
    const id = await create({ AllowUnauthenticatedIdentities: true, CognitoIdentityProviders: [{ ProviderName: harbour.provider, ClientId: harbour.clientId }] });
    const { idToken } = await harbour.signIn();
    const user = (await getId(id, idToken)).IdentityId as string;
    await rejectsWith(credentialsFor(user, idToken), 'InvalidIdentityPoolConfigurationException', NO_ROLE);
    await identity.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: id, Roles: { authenticated: AUTH_ROLE } }));
    await credentialsFor(user, idToken);
    await rejectsWith(credentialsFor((await getId(id)).IdentityId as string), 'InvalidIdentityPoolConfigurationException', NO_ROLE);
    await rejectsWith(credentialsFor(`${REGION}:0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9`), 'ResourceNotFoundException');
  });

  describe('listing', () => {
    const NAMES = ['Anchorage', 'Breakwater', 'Cove', 'Dock', 'Estuary', 'Fjord', 'Gulf'];
    // The double's page-size options apply: no page holds more than 3, whatever MaxResults asks.
    const listing = useDouble({ region: REGION, pageSizeCap: 3 });
    let client: CognitoIdentityClient;
    before(async () => {
      client = identityClient(listing.endpoint);
      for (const IdentityPoolName of NAMES) await client.send(new CreateIdentityPoolCommand({ IdentityPoolName, AllowUnauthenticatedIdentities: false }));
    });
    after(() => client.destroy());

    it('pages MaxResults at a time with an opaque NextToken, never beyond the cap', async () => {
      const first = await client.send(new ListIdentityPoolsCommand({ MaxResults: 2 }));
      assert.deepEqual(first.IdentityPools?.map((pool) => pool.IdentityPoolName), NAMES.slice(0, 2));
      assert.ok(first.NextToken && !first.NextToken.includes('Cove'), 'an opaque token');
      const second = await client.send(new ListIdentityPoolsCommand({ MaxResults: 60, NextToken: first.NextToken }));
      assert.deepEqual(second.IdentityPools?.map((pool) => pool.IdentityPoolName), NAMES.slice(2, 5));
      const last = await client.send(new ListIdentityPoolsCommand({ MaxResults: 60, NextToken: second.NextToken }));
      assert.deepEqual([last.IdentityPools?.map((pool) => pool.IdentityPoolName), last.NextToken], [NAMES.slice(5), undefined]);
      assert.match(last.IdentityPools?.[0].IdentityPoolId ?? '', /^eu-central-1:/);
    });

    it('refuses MaxResults left out or outside 1–60, and an unknown NextToken', async () => {
      await rejectsWith(client.send(new ListIdentityPoolsCommand({} as never)), 'InvalidParameterException', /'maxResults' failed to satisfy constraint: Member must not be null/);
      await rejectsWith(client.send(new ListIdentityPoolsCommand({ MaxResults: 0 })), 'InvalidParameterException', /greater than or equal to 1/);
      await rejectsWith(client.send(new ListIdentityPoolsCommand({ MaxResults: 61 })), 'InvalidParameterException', /less than or equal to 60/);
      await rejectsWith(client.send(new ListIdentityPoolsCommand({ MaxResults: 5, NextToken: 'made-up' })), 'InvalidParameterException');
    });
  });

  describe('the quota of identity pools', () => {
    const limited = useDouble({ identityPoolQuota: 2 });
    it('answers LimitExceededException past it, and takes a new pool once one is deleted', async () => {
      const client = identityClient(limited.endpoint);
      const make = () => client.send(new CreateIdentityPoolCommand({ IdentityPoolName: 'Quay', AllowUnauthenticatedIdentities: true }));
      const first = (await make()).IdentityPoolId;
      await make();
      await rejectsWith(make(), 'LimitExceededException');
      await client.send(new DeleteIdentityPoolCommand({ IdentityPoolId: first }));
      await make();
      client.destroy();
    });
  });
});

