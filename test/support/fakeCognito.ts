import { CognitoError } from '../../src/shared/errors';
import type {
  IdentityPool,
  IdentityPoolRoles,
  IdentityPoolsApi,
  IdentityRole,
  RolesApi,
  AppClient,
  AppClientDetails,
  AppClientsApi,
  AuthApi,
  CodeTokenRequest, MachineTokenRequest,
  CognitoApi,
  DomainsApi,
  ManagedLoginVersion,
  FunctionsApi,
  Group,
  LambdaFunction,
  GroupsApi,
  IdentityProvider,
  IdentityProvidersApi,
  Page,
  PoolsApi,
  ResourceServer,
  ResourceServersApi,
  Tokens,
  AuthStep,
  User,
  UserAttribute,
  UserPoolDetails,
  LambdaTriggerChange,
  MfaApi,
  MfaFactor,
  PoolMfaConfig,
  UserMfaPreference,
  UsersApi,
} from '../../src/shared/types';
import { COGNITO_DEFAULT_PASSWORD_POLICY } from '../../src/shared/types';

// An in-memory CognitoApi for unit tests of flows and the tree model: it records every call (by its
// path in the API, `users.setEnabled`), pages with a small page size and opaque tokens, and can be told
// to fail. Integration tests use the real service against cognito-local or the AWS-faithful double.
// What it holds is public, for tests to arrange and read back; the pools, app clients, users and groups
// themselves live under `data`, since `pools`, `clients`, `users` and `groups` are the API's resources.

/** A method of CognitoApi by its path: `pools.list`, `users.setEnabled`, … */
export type ApiMethod = { [R in keyof CognitoApi]: `${R}.${keyof CognitoApi[R] & string}` }[keyof CognitoApi];

export interface FakeCall {
  method: ApiMethod;
  args: unknown[];
}

const WRITES: ApiMethod[] = [
  'pools.create',
  'clients.create',
  'users.create',
  'users.setPassword',
  'users.setEnabled',
  'users.confirm',
  'users.delete',
  'users.updateAttributes',
  'users.deleteAttributes',
  'users.resetPassword',
  'users.resendInvitation',
  'users.signOutEverywhere',
  'groups.create',
  'groups.update',
  'groups.delete',
  'groups.addUser',
  'groups.removeUser',
  'clients.updateAuthFlows',
  'clients.update',
  'clients.delete',
  'pools.delete',
  'pools.setDeletionProtection',
  'pools.addCustomAttributes',
  'pools.update',
  'pools.setMfaConfig',
  'users.setMfaPreference',
  'functions.allowCognito',
  'resourceServers.create',
  'resourceServers.update',
  'resourceServers.delete',
  // Associating a secret enables nothing by itself; these two do.
  'mfa.verifySoftwareToken',
  'mfa.preferSoftwareToken',
  'domains.create',
  'domains.delete',
  'domains.assignDefaultBranding',
  'identityPools.create',
  'identityPools.addTrustedClient',
  'identityPools.delete',
  'identityPools.setRoles',
];

/** Every call that sends a password, a challenge answer or a token to Cognito. */
export const AUTH_CALLS: ApiMethod[] = ['auth.signIn', 'auth.answerChallenge', 'auth.chooseFactor', 'auth.refreshTokens', 'auth.revokeToken', 'auth.machineToken', 'mfa.associateSoftwareToken', 'mfa.verifySoftwareToken', 'mfa.preferSoftwareToken'];

export class FakeCognito implements CognitoApi {
  readonly calls: FakeCall[] = [];
  readonly data = {
    pools: [] as UserPoolDetails[],
    clients: [] as AppClient[],
    /** Users by pool id. */
    users: new Map<string, User[]>(),
    groups: [] as Group[],
    resourceServers: [] as ResourceServer[],
    /** Federated identity providers by pool id. */
    identityProviders: new Map<string, IdentityProvider[]>(),
    /** The account's Lambda functions (functions.list pages them with pageSize). */
    functions: [] as LambdaFunction[],
    /** The statements functions.allowCognito added, as "functionArn poolArn". */
    invokePermissions: new Set<string>(),
    identityPools: [] as IdentityPool[],
    /** Each identity pool's roles, by its id. */
    identityPoolRoles: new Map<string, IdentityPoolRoles>(),
    /** The account's IAM roles that Cognito Identity may assume. */
    iamRoles: [] as IdentityRole[],
  };
  pageSize = 2;
  /** The next call of that method fails with this error (once). */
  failNext = new Map<ApiMethod, Error>();
  /** What clients.describe tells, by client id; by default AWS's default flows and no secret. */
  clientDetails = new Map<string, Partial<AppClientDetails>>();
  /** The answers auth.signIn, auth.answerChallenge and auth.chooseFactor give, in order (a thrown Error is thrown). */
  authSteps: (AuthStep | Error)[] = [];
  /** What auth.refreshTokens answers. */
  refreshedTokens: Tokens = { accessToken: 'refreshed-access', idToken: 'refreshed-id', expiresIn: 3600 };
  /** The base32 secret mfa.associateSoftwareToken answers (the RFC 6238 appendix's key, "12345678901234567890"). */
  softwareTokenSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  /** Attributes beyond email/phone, by pool id and username. */
  attributes = new Map<string, UserAttribute[]>();
  /** Group memberships as "poolId/group/username". */
  members = new Set<string>();
  /** Passwords set, as [username, permanent] (the password itself is not kept). */
  passwordsSet: [string, boolean][] = [];
  /** Pools with deletion protection on, and pools with a domain, by id. */
  protectedPools = new Set<string>();
  poolDomains = new Map<string, string>();
  /** The managed login version of each domain (by prefix); domains.create sets it, 1 when a test sets none. */
  domainVersions = new Map<string, ManagedLoginVersion>();
  /** App clients with a managed-login branding style, as "poolId/clientId". */
  brandedClients = new Set<string>();
  /** What pools.getMfaConfig tells, by pool id; by default the mode Describe tells and no factor. */
  mfaConfigs = new Map<string, PoolMfaConfig>();
  /** Users' MFA settings as "poolId/username"; users.getDetails tells them as UserMFASettingList does. */
  userMfa = new Map<string, UserMfaPreference>();
  private counter = 0;

  get writeCalls(): FakeCall[] {
    return this.calls.filter((c) => WRITES.includes(c.method));
  }

  addPool(name: string, details: Partial<UserPoolDetails> = {}): UserPoolDetails {
    const pool: UserPoolDetails = {
      id: `us-east-1_${name.replace(/\W/g, '')}${++this.counter}`,
      name,
      signIn: 'username',
      passwordPolicy: COGNITO_DEFAULT_PASSWORD_POLICY,
      autoVerifiedAttributes: [],
      smsConfigured: true,
      attributes: [],
      ...details,
    };
    this.data.pools.push(pool);
    return pool;
  }

  readonly pools: PoolsApi = {
    list: async (nextToken) => {
      this.record('pools.list', [nextToken]);
      return this.page(this.data.pools.map(({ id, name }) => ({ id, name })), nextToken);
    },
    describe: async (userPoolId) => {
      this.record('pools.describe', [userPoolId]);
      const pool = this.requirePool(userPoolId);
      const settings = { usernameAttributes: [], aliasAttributes: [], mfa: 'OFF', emailSending: "Cognito's default e-mail (50 a day)", triggers: [], ...pool.settings };
      return { ...pool, settings: { ...settings, deletionProtection: this.protectedPools.has(userPoolId), domain: this.poolDomains.get(userPoolId) } };
    },
    create: async (request) => {
      this.record('pools.create', [request]);
      const pool = this.addPool(request.name, { signIn: request.signIn, passwordPolicy: request.passwordPolicy });
      return { id: pool.id, name: pool.name };
    },
    delete: async (userPoolId) => {
      this.record('pools.delete', [userPoolId]);
      if (this.protectedPools.has(userPoolId)) throw new CognitoError('Cognito rejected the request: The user pool cannot be deleted because deletion protection is activated; correct the input and try again.', 'invalidParameter', 'InvalidParameterException');
      this.data.pools = this.data.pools.filter((p) => p.id !== userPoolId);
    },
    setDeletionProtection: async (userPoolId, active) => {
      this.record('pools.setDeletionProtection', [userPoolId, active]);
      if (active) this.protectedPools.add(userPoolId);
      else this.protectedPools.delete(userPoolId);
    },
    addCustomAttributes: async (userPoolId, attributes) => {
      this.record('pools.addCustomAttributes', [userPoolId, attributes]);
      const pool = this.requirePool(userPoolId);
      pool.attributes = [...pool.attributes, ...attributes.map((a) => ({ ...a, name: `custom:${a.name}`, required: false, custom: true }))];
    },
    update: async (userPoolId, change) => {
      this.record('pools.update', [userPoolId, change]);
      const pool = this.requirePool(userPoolId);
      const { passwordPolicy, deletionProtection, autoVerifiedAttributes, email, sms, lambdaTrigger, ...settings } = change;
      if (deletionProtection === true) this.protectedPools.add(userPoolId);
      if (deletionProtection === false) this.protectedPools.delete(userPoolId);
      if (autoVerifiedAttributes) pool.autoVerifiedAttributes = [...autoVerifiedAttributes];
      if (email) pool.messaging = { ...pool.messaging, email };
      if (sms) pool.messaging = { email: pool.messaging?.email ?? { kind: 'cognito' }, sms };
      const { temporaryPasswordDays, passwordHistorySize, ...policy } = passwordPolicy ?? {};
      if (passwordPolicy) pool.passwordPolicy = policy as UserPoolDetails['passwordPolicy'];
      const kept = { usernameAttributes: [], aliasAttributes: [], mfa: 'OFF', deletionProtection: false, emailSending: "Cognito's default e-mail (50 a day)", triggers: [], ...pool.settings };
      pool.settings = { ...kept, ...settings, ...(passwordPolicy ? { temporaryPasswordDays, passwordHistorySize: passwordHistorySize ?? kept.passwordHistorySize } : {}) };
      if (lambdaTrigger) pool.settings = { ...pool.settings, ...this.withTrigger(pool.settings, lambdaTrigger) };
    },
    getMfaConfig: async (userPoolId) => {
      this.record('pools.getMfaConfig', [userPoolId]);
      const pool = this.requirePool(userPoolId);
      return this.mfaConfigs.get(userPoolId) ?? { mode: (pool.settings?.mfa ?? 'OFF') as PoolMfaConfig['mode'], factors: [] };
    },
    setMfaConfig: async (userPoolId, change) => {
      this.record('pools.setMfaConfig', [userPoolId, change]);
      const pool = this.requirePool(userPoolId);
      this.mfaConfigs.set(userPoolId, { mode: change.mode, factors: change.mode === 'OFF' ? [] : [...change.factors] });
      if (pool.settings) pool.settings = { ...pool.settings, mfa: change.mode };
    },
  };

  /** The triggers after one is attached, replaced or detached, as Describe would then tell them. */
  private withTrigger(settings: NonNullable<UserPoolDetails['settings']>, { trigger, functionArn, version }: LambdaTriggerChange): Pick<NonNullable<UserPoolDetails['settings']>, 'triggers' | 'preTokenVersion'> {
    const triggers = settings.triggers.filter((t) => t.name !== trigger);
    if (functionArn) triggers.push({ name: trigger, arn: functionArn });
    const preTokenVersion = trigger === 'PreTokenGeneration' ? (functionArn ? (version ?? settings.preTokenVersion ?? 'V1_0') : undefined) : settings.preTokenVersion;
    return { triggers, preTokenVersion };
  }

  readonly functions: FunctionsApi = {
    list: async (nextToken) => {
      this.record('functions.list', [nextToken]);
      return this.page(this.data.functions, nextToken);
    },
    allowCognito: async (functionArn, poolArn) => {
      this.record('functions.allowCognito', [functionArn, poolArn]);
      const key = `${functionArn} ${poolArn}`;
      const alreadyThere = this.data.invokePermissions.has(key);
      this.data.invokePermissions.add(key);
      return { statementId: `cognito-idp-${poolArn.split('/').pop()}`, alreadyThere };
    },
  };

  /** Identity pools in memory; credentials are made up from the pool and the identity, never real. */
  readonly identityPools: IdentityPoolsApi = {
    list: async (nextToken) => {
      this.record('identityPools.list', [nextToken]);
      return this.page(this.data.identityPools.map(({ id, name }) => ({ id, name })), nextToken);
    },
    describe: async (id) => {
      this.record('identityPools.describe', [id]);
      return this.requireIdentityPool(id);
    },
    create: async (request) => {
      this.record('identityPools.create', [request]);
      const pool: IdentityPool = {
        id: `eu-west-1:0000aaaa-bbbb-cccc-dddd-${String(this.data.identityPools.length + 1).padStart(12, '0')}`,
        name: request.name,
        allowGuests: request.allowGuests,
        classicFlow: false,
        trustedClients: [request.client],
        loginProviders: {},
        openIdConnectProviderArns: [],
        samlProviderArns: [],
        tags: {},
      };
      this.data.identityPools.push(pool);
      return pool;
    },
    addTrustedClient: async (id, client) => {
      this.record('identityPools.addTrustedClient', [id, client]);
      this.requireIdentityPool(id).trustedClients.push(client);
    },
    delete: async (id) => {
      this.record('identityPools.delete', [id]);
      this.requireIdentityPool(id);
      this.data.identityPools = this.data.identityPools.filter((p) => p.id !== id);
    },
    roles: async (id) => {
      this.record('identityPools.roles', [id]);
      this.requireIdentityPool(id);
      return this.data.identityPoolRoles.get(id) ?? { mappings: {} };
    },
    setRoles: async (id, roles) => {
      this.record('identityPools.setRoles', [id, roles]);
      this.requireIdentityPool(id);
      this.data.identityPoolRoles.set(id, { ...roles, mappings: this.data.identityPoolRoles.get(id)?.mappings ?? {} });
    },
    credentials: async (id, login) => {
      this.record('identityPools.credentials', [id, login?.providerName]);
      const pool = this.requireIdentityPool(id);
      if (!login && !pool.allowGuests) throw new CognitoError('This identity pool does not allow guest access; turn it on, or get credentials with a signed-in user.', 'signInRefused', 'NotAuthorizedException');
      return {
        identityId: `${id.split(':')[0]}:identity-${login ? 'user' : 'guest'}`,
        credentials: { accessKeyId: 'ASIAFAKEFAKEFAKE0001', secretAccessKey: 'fake-secret-access-key-0001', sessionToken: 'fake-session-token-0001', expiration: new Date('2026-05-01T09:00:00Z') },
      };
    },
  };

  readonly roles: RolesApi = {
    listForIdentityPools: async (marker) => {
      this.record('roles.listForIdentityPools', [marker]);
      return this.page(this.data.iamRoles, marker);
    },
  };

  readonly clients: AppClientsApi = {
    list: async (userPoolId, nextToken) => {
      this.record('clients.list', [userPoolId, nextToken]);
      this.requirePool(userPoolId);
      return this.page(this.data.clients.filter((c) => c.userPoolId === userPoolId), nextToken);
    },
    describe: async (userPoolId, clientId) => {
      this.record('clients.describe', [userPoolId, clientId]);
      const client = this.data.clients.find((c) => c.clientId === clientId && c.userPoolId === userPoolId);
      if (!client) throw new CognitoError('That user pool or app client no longer exists; refresh the Cognito view.', 'notFound', 'ResourceNotFoundException');
      return { ...client, authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], hasSecret: false, ...this.clientDetails.get(clientId) };
    },
    create: async (request) => {
      this.record('clients.create', [request]);
      this.requirePool(request.userPoolId);
      const client = { userPoolId: request.userPoolId, clientId: `client${++this.counter}`, name: request.name };
      this.data.clients.push(client);
      return client;
    },
    updateAuthFlows: async (userPoolId, clientId, authFlows) => {
      this.record('clients.updateAuthFlows', [userPoolId, clientId, authFlows]);
      this.clientDetails.set(clientId, { ...this.clientDetails.get(clientId), authFlows });
    },
    update: async (userPoolId, clientId, change) => {
      this.record('clients.update', [userPoolId, clientId, change]);
      const index = this.data.clients.findIndex((c) => c.clientId === clientId && c.userPoolId === userPoolId);
      if (index < 0) throw new CognitoError('That user pool or app client no longer exists; refresh the Cognito view.', 'notFound', 'ResourceNotFoundException');
      if (change.name !== undefined) this.data.clients[index] = { ...this.data.clients[index], name: change.name };
      const known = this.clientDetails.get(clientId) ?? {};
      const settings = known.settings && {
        ...known.settings,
        ...(change.accessToken && { accessToken: change.accessToken }),
        ...(change.idToken && { idToken: change.idToken }),
        ...(change.refreshToken && { refreshToken: change.refreshToken }),
        ...(change.readAttributes && { readAttributes: change.readAttributes }),
        ...(change.writeAttributes && { writeAttributes: change.writeAttributes }),
        ...(change.preventUserExistenceErrors !== undefined && { preventUserExistenceErrors: change.preventUserExistenceErrors ? 'ENABLED' : 'LEGACY' }),
        ...(change.tokenRevocation !== undefined && { tokenRevocation: change.tokenRevocation }),
        ...(change.authSessionMinutes !== undefined && { authSessionMinutes: change.authSessionMinutes }),
        ...(change.refreshTokenRotation && { rotationGracePeriodSeconds: change.refreshTokenRotation.enabled ? (change.refreshTokenRotation.gracePeriodSeconds ?? 0) : undefined }),
        ...(change.oauth && {
          oauthEnabled: change.oauth.enabled,
          oauthFlows: change.oauth.flows,
          oauthScopes: change.oauth.scopes,
          callbackUrls: change.oauth.callbackUrls,
          logoutUrls: change.oauth.logoutUrls,
          identityProviders: change.oauth.identityProviders,
        }),
      };
      this.clientDetails.set(clientId, {
        ...known,
        ...(settings && { settings }),
        ...(change.name !== undefined && { name: change.name }),
        ...(change.authFlows && { authFlows: change.authFlows }),
        ...(change.refreshTokenRotation && { rotatesRefreshTokens: change.refreshTokenRotation.enabled }),
      });
    },
    delete: async (userPoolId, clientId) => {
      this.record('clients.delete', [userPoolId, clientId]);
      this.data.clients = this.data.clients.filter((c) => c.clientId !== clientId);
    },
  };

  readonly users: UsersApi = {
    list: async (userPoolId, options = {}) => {
      this.record('users.list', [userPoolId, options]);
      this.requirePool(userPoolId);
      return this.page(this.data.users.get(userPoolId) ?? [], options.nextToken);
    },
    listRecords: async (userPoolId, options = {}) => {
      this.record('users.listRecords', [userPoolId, options]);
      this.requirePool(userPoolId);
      const records = (this.data.users.get(userPoolId) ?? []).map((u) => ({
        username: u.username,
        status: u.status,
        enabled: u.enabled,
        attributes: [...(u.email ? [{ name: 'email', value: u.email }] : []), ...(this.attributes.get(`${userPoolId}/${u.username}`) ?? [])],
        mfaMethods: [],
      }));
      return this.page(records, options.nextToken);
    },
    get: async (userPoolId, username) => {
      this.record('users.get', [userPoolId, username]);
      const user = (this.data.users.get(userPoolId) ?? []).find((u) => u.username === username);
      if (!user) throw new CognitoError('There is no user with that username in this pool; check the username.', 'notFound', 'UserNotFoundException');
      return user;
    },
    getDetails: async (userPoolId, username) => {
      this.record('users.getDetails', [userPoolId, username]);
      const user = this.requireUser(userPoolId, username);
      const groups = this.data.groups.filter((g) => g.userPoolId === userPoolId && this.members.has(`${userPoolId}/${g.name}/${username}`)).map((g) => g.name);
      const mfa = this.userMfa.get(`${userPoolId}/${username}`);
      const setting: Record<MfaFactor, string> = { totp: 'SOFTWARE_TOKEN_MFA', sms: 'SMS_MFA', email: 'EMAIL_OTP' };
      return {
        ...user,
        attributes: this.attributes.get(`${userPoolId}/${username}`) ?? [],
        mfaMethods: (mfa?.enabled ?? []).map((f) => setting[f]),
        preferredMfa: mfa?.preferred && setting[mfa.preferred],
        groups,
      };
    },
    create: async (request) => {
      this.record('users.create', [request]);
      this.requirePool(request.userPoolId);
      if ((this.data.users.get(request.userPoolId) ?? []).some((u) => u.username === request.username)) {
        throw new CognitoError('A user with that username already exists in this pool; choose another username.', 'alreadyExists', 'UsernameExistsException');
      }
      const user = { username: request.username, status: 'FORCE_CHANGE_PASSWORD', enabled: true, email: request.email };
      if (request.otherAttributes?.length) this.attributes.set(`${request.userPoolId}/${request.username}`, request.otherAttributes);
      this.data.users.set(request.userPoolId, [...(this.data.users.get(request.userPoolId) ?? []), user]);
      return user;
    },
    setPassword: async (userPoolId, username, _password, permanent) => {
      this.record('users.setPassword', [userPoolId, username, '<password>', permanent]);
      this.passwordsSet.push([username, permanent]);
      this.changeUser(userPoolId, username, { status: permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD' });
    },
    setEnabled: async (userPoolId, username, enabled) => {
      this.record('users.setEnabled', [userPoolId, username, enabled]);
      this.changeUser(userPoolId, username, { enabled });
    },
    confirm: async (userPoolId, username) => {
      this.record('users.confirm', [userPoolId, username]);
      this.changeUser(userPoolId, username, { status: 'CONFIRMED' });
    },
    delete: async (userPoolId, username) => {
      this.record('users.delete', [userPoolId, username]);
      this.requireUser(userPoolId, username);
      this.data.users.set(userPoolId, (this.data.users.get(userPoolId) ?? []).filter((u) => u.username !== username));
    },
    updateAttributes: async (userPoolId, username, attributes) => {
      this.record('users.updateAttributes', [userPoolId, username, attributes]);
      this.requireUser(userPoolId, username);
      const key = `${userPoolId}/${username}`;
      const kept = (this.attributes.get(key) ?? []).filter((a) => !attributes.some((b) => b.name === a.name));
      this.attributes.set(key, [...kept, ...attributes]);
      const email = attributes.find((a) => a.name === 'email')?.value;
      if (email) this.changeUser(userPoolId, username, { email });
    },
    deleteAttributes: async (userPoolId, username, names) => {
      this.record('users.deleteAttributes', [userPoolId, username, names]);
      const key = `${userPoolId}/${username}`;
      this.attributes.set(key, (this.attributes.get(key) ?? []).filter((a) => !names.includes(a.name)));
    },
    resetPassword: async (userPoolId, username) => {
      this.record('users.resetPassword', [userPoolId, username]);
      this.changeUser(userPoolId, username, { status: 'RESET_REQUIRED' });
    },
    resendInvitation: async (userPoolId, username, mediums) => {
      this.record('users.resendInvitation', [userPoolId, username, mediums]);
      this.requireUser(userPoolId, username);
    },
    signOutEverywhere: async (userPoolId, username) => {
      this.record('users.signOutEverywhere', [userPoolId, username]);
      this.requireUser(userPoolId, username);
    },
    setMfaPreference: async (userPoolId, username, preference, touched) => {
      this.record('users.setMfaPreference', [userPoolId, username, preference, touched]);
      this.requireUser(userPoolId, username);
      const key = `${userPoolId}/${username}`;
      const before = this.userMfa.get(key) ?? { enabled: [] };
      // As AdminSetUserMFAPreference: a factor not named keeps its setting.
      const enabled = [...before.enabled.filter((f) => !touched.includes(f)), ...preference.enabled.filter((f) => touched.includes(f))];
      const preferred = preference.preferred ?? (before.preferred && !touched.includes(before.preferred) ? before.preferred : undefined);
      this.userMfa.set(key, { enabled, preferred });
    },
  };

  readonly groups: GroupsApi = {
    list: async (userPoolId, nextToken) => {
      this.record('groups.list', [userPoolId, nextToken]);
      this.requirePool(userPoolId);
      return this.page(this.data.groups.filter((g) => g.userPoolId === userPoolId), nextToken);
    },
    listMembers: async (userPoolId, groupName, nextToken) => {
      this.record('groups.listMembers', [userPoolId, groupName, nextToken]);
      const members = (this.data.users.get(userPoolId) ?? []).filter((u) => this.members.has(`${userPoolId}/${groupName}/${u.username}`));
      return this.page(members, nextToken);
    },
    create: async (request) => {
      this.record('groups.create', [request]);
      this.requirePool(request.userPoolId);
      if (this.data.groups.some((g) => g.userPoolId === request.userPoolId && g.name === request.name)) {
        throw new CognitoError('A group with that name already exists in this pool; choose another name.', 'alreadyExists', 'GroupExistsException');
      }
      const group = { ...request };
      this.data.groups.push(group);
      return group;
    },
    update: async (request) => {
      this.record('groups.update', [request]);
      const group = this.data.groups.find((g) => g.userPoolId === request.userPoolId && g.name === request.name);
      if (!group) throw new CognitoError('That group no longer exists; refresh the tree.', 'notFound', 'ResourceNotFoundException');
      // As UpdateGroup does: a member left out keeps its value.
      for (const key of ['description', 'precedence', 'roleArn'] as const) if (request[key] !== undefined) Object.assign(group, { [key]: request[key] });
      return { ...group };
    },
    delete: async (userPoolId, groupName) => {
      this.record('groups.delete', [userPoolId, groupName]);
      this.data.groups = this.data.groups.filter((g) => !(g.userPoolId === userPoolId && g.name === groupName));
    },
    addUser: async (userPoolId, username, groupName) => {
      this.record('groups.addUser', [userPoolId, username, groupName]);
      this.requireUser(userPoolId, username);
      this.members.add(`${userPoolId}/${groupName}/${username}`);
    },
    removeUser: async (userPoolId, username, groupName) => {
      this.record('groups.removeUser', [userPoolId, username, groupName]);
      this.members.delete(`${userPoolId}/${groupName}/${username}`);
    },
  };

  readonly auth: AuthApi = {
    signIn: async (request) => {
      this.record('auth.signIn', [request]);
      return this.nextAuthStep();
    },
    answerChallenge: async (answer) => {
      this.record('auth.answerChallenge', [answer]);
      return this.nextAuthStep();
    },
    chooseFactor: async (answer) => {
      this.record('auth.chooseFactor', [answer]);
      return this.nextAuthStep();
    },
    refreshTokens: async (request) => {
      this.record('auth.refreshTokens', [request]);
      return this.refreshedTokens;
    },
    revokeToken: async (request) => {
      this.record('auth.revokeToken', [request]);
    },
    machineToken: async (request) => {
      this.record('auth.machineToken', [request]);
      return this.tokenEndpoint(request);
    },
    codeTokens: async (request) => {
      this.record('auth.codeTokens', [request]);
      return this.codeExchange(request);
    },
    userInfo: async (baseUrl) => {
      this.record('auth.userInfo', [baseUrl]);
      return this.userInfoAnswer;
    },
  };

  /** The token endpoint's authorization code grant, as a test sets it. */
  codeExchange: (request: CodeTokenRequest) => Promise<Tokens> = async () => ({ accessToken: 'code.access.token', refreshToken: 'code.refresh.token', expiresIn: 3600 });

  /** What the userInfo endpoint answers. */
  userInfoAnswer: Record<string, unknown> = { sub: 'fake-sub', email: 'fake@example.com' };

  /** The token endpoint's client-credentials grant, as a test sets it (a refusal thrown from it). */
  tokenEndpoint: (request: MachineTokenRequest) => Promise<Tokens> = async () => ({ accessToken: 'machine.access.token', expiresIn: 3600 });

  /** With a Session proof it answers a new Session each step, as Cognito does, so a test sees which one went where. */
  readonly mfa: MfaApi = {
    associateSoftwareToken: async (proof) => {
      this.record('mfa.associateSoftwareToken', [proof]);
      return { secretCode: this.softwareTokenSecret, session: proof.session === undefined ? undefined : `${proof.session}+associated` };
    },
    verifySoftwareToken: async (request) => {
      this.record('mfa.verifySoftwareToken', [request]);
      return { session: request.session === undefined ? undefined : `${request.session}+verified` };
    },
    preferSoftwareToken: async (accessToken) => {
      this.record('mfa.preferSoftwareToken', [accessToken]);
    },
  };

  readonly resourceServers: ResourceServersApi = {
    list: async (userPoolId, nextToken) => {
      this.record('resourceServers.list', [userPoolId, nextToken]);
      this.requirePool(userPoolId);
      return this.page(this.data.resourceServers.filter((s) => s.userPoolId === userPoolId), nextToken);
    },
    describe: async (userPoolId, identifier) => {
      this.record('resourceServers.describe', [userPoolId, identifier]);
      return structuredClone(this.requireResourceServer(userPoolId, identifier));
    },
    create: async (server) => {
      this.record('resourceServers.create', [server]);
      this.requirePool(server.userPoolId);
      if (this.data.resourceServers.some((s) => s.userPoolId === server.userPoolId && s.identifier === server.identifier)) {
        throw new CognitoError('A resource server with that identifier already exists in this pool; choose another identifier.', 'alreadyExists', 'InvalidParameterException');
      }
      this.data.resourceServers.push(structuredClone(server));
      return structuredClone(server);
    },
    update: async (server) => {
      this.record('resourceServers.update', [server]);
      const known = this.requireResourceServer(server.userPoolId, server.identifier);
      // As UpdateResourceServer: the whole server is replaced by the request.
      Object.assign(known, structuredClone(server));
      return structuredClone(server);
    },
    delete: async (userPoolId, identifier) => {
      this.record('resourceServers.delete', [userPoolId, identifier]);
      this.requireResourceServer(userPoolId, identifier);
      this.data.resourceServers = this.data.resourceServers.filter((s) => !(s.userPoolId === userPoolId && s.identifier === identifier));
    },
  };

  readonly identityProviders: IdentityProvidersApi = {
    list: async (userPoolId, nextToken) => {
      this.record('identityProviders.list', [userPoolId, nextToken]);
      this.requirePool(userPoolId);
      return this.page(this.data.identityProviders.get(userPoolId) ?? [], nextToken);
    },
  };

  private requireResourceServer(userPoolId: string, identifier: string): ResourceServer {
    const server = this.data.resourceServers.find((s) => s.userPoolId === userPoolId && s.identifier === identifier);
    if (!server) throw new CognitoError('That resource server no longer exists; refresh the Cognito view.', 'notFound', 'ResourceNotFoundException');
    return server;
  }

  /** As Cognito answers (test/double/domains.ts): one domain per pool, one pool per prefix, one style per client. */
  readonly domains: DomainsApi = {
    create: async (userPoolId, domain, managedLoginVersion) => {
      this.record('domains.create', [userPoolId, domain, managedLoginVersion]);
      this.requirePool(userPoolId);
      if (this.poolDomains.has(userPoolId)) throw new CognitoError('Cognito rejected the request: User pool already has a domain configured; correct the input and try again.', 'invalidParameter', 'InvalidParameterException');
      if ([...this.poolDomains.values()].includes(domain)) throw new CognitoError('Cognito rejected the request: Domain already associated with another user pool; correct the input and try again.', 'invalidParameter', 'InvalidParameterException');
      this.poolDomains.set(userPoolId, domain);
      this.domainVersions.set(domain, managedLoginVersion);
    },
    describe: async (domain) => {
      this.record('domains.describe', [domain]);
      const userPoolId = [...this.poolDomains].find(([, d]) => d === domain)?.[0];
      return userPoolId === undefined ? undefined : { domain, userPoolId, managedLoginVersion: this.domainVersions.get(domain) ?? 1, status: 'ACTIVE' };
    },
    delete: async (userPoolId, domain) => {
      this.record('domains.delete', [userPoolId, domain]);
      if (this.poolDomains.get(userPoolId) !== domain) throw new CognitoError('Cognito rejected the request: No such domain or user pool exists; correct the input and try again.', 'invalidParameter', 'InvalidParameterException');
      this.poolDomains.delete(userPoolId);
      this.domainVersions.delete(domain);
    },
    hasBranding: async (userPoolId, clientId) => {
      this.record('domains.hasBranding', [userPoolId, clientId]);
      return this.brandedClients.has(`${userPoolId}/${clientId}`);
    },
    assignDefaultBranding: async (userPoolId, clientId) => {
      this.record('domains.assignDefaultBranding', [userPoolId, clientId]);
      const key = `${userPoolId}/${clientId}`;
      if (this.brandedClients.has(key)) throw new CognitoError('This app client already has a managed login branding style; it needs no default one.', 'alreadyExists', 'ManagedLoginBrandingExistsException');
      this.brandedClients.add(key);
    },
  };

  private requireUser(userPoolId: string, username: string): User {
    const user = (this.data.users.get(userPoolId) ?? []).find((u) => u.username === username);
    if (!user) throw new CognitoError('There is no user with that username in this pool; check the username.', 'notFound', 'UserNotFoundException');
    return user;
  }

  private changeUser(userPoolId: string, username: string, change: Partial<User>): void {
    const user = this.requireUser(userPoolId, username);
    this.data.users.set(userPoolId, (this.data.users.get(userPoolId) ?? []).map((u) => (u === user ? { ...u, ...change } : u)));
  }

  private nextAuthStep(): AuthStep {
    const next = this.authSteps.shift();
    if (!next) throw new Error('FakeCognito: no scripted auth step left');
    if (next instanceof Error) throw next;
    return next;
  }

  private record(method: ApiMethod, args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failNext.get(method);
    if (failure) {
      this.failNext.delete(method);
      throw failure;
    }
  }

  private requirePool(id: string): UserPoolDetails {
    const pool = this.data.pools.find((p) => p.id === id);
    if (!pool) throw new CognitoError('That user pool or app client no longer exists; refresh the Cognito view.', 'notFound', 'ResourceNotFoundException');
    return pool;
  }

  private requireIdentityPool(id: string): IdentityPool {
    const pool = this.data.identityPools.find((p) => p.id === id);
    if (!pool) throw new CognitoError('That identity pool no longer exists; refresh the Cognito view.', 'notFound', 'ResourceNotFoundException');
    return pool;
  }

  /** Tokens are opaque ("t:" + offset) so tests cannot confuse them with page numbers. */
  private page<T>(all: T[], token?: string): Page<T> {
    const start = token ? Number(token.slice(2)) : 0;
    const end = start + this.pageSize;
    return { items: all.slice(start, end), nextToken: end < all.length ? `t:${end}` : undefined };
  }
}
