import { CognitoError } from '../../../src/cognito/errors';
import type {
  UserRecord,
  AuthFlow,
  CreateGroupRequest,
  Group,
  UserAttribute,
  UserDetails,
  AppClient,
  AppClientDetails,
  AuthStep,
  ChallengeAnswer,
  RefreshRequest,
  RevokeRequest,
  SignInRequest,
  Tokens,
  CognitoApi,
  CreateAppClientRequest,
  CreateUserPoolRequest,
  CreateUserRequest,
  ListUsersOptions,
  Page,
  User,
  UserPool,
  UserPoolDetails,
} from '../../../src/cognito/types';
import { COGNITO_DEFAULT_PASSWORD_POLICY } from '../../../src/cognito/types';

// An in-memory CognitoApi for unit tests of flows and the tree model: it records every call, pages
// with a small page size and opaque tokens, and can be told to fail. Integration tests use the real
// CognitoService against cognito-local or the AWS-faithful double instead.

export interface FakeCall {
  method: keyof CognitoApi;
  args: unknown[];
}

const WRITES: (keyof CognitoApi)[] = [
  'createUserPool',
  'createAppClient',
  'createUser',
  'setUserPassword',
  'setUserEnabled',
  'confirmUser',
  'deleteUser',
  'updateUserAttributes',
  'deleteUserAttributes',
  'resetUserPassword',
  'resendInvitation',
  'signOutEverywhere',
  'createGroup',
  'deleteGroup',
  'addUserToGroup',
  'removeUserFromGroup',
  'updateAppClientAuthFlows',
  'deleteAppClient',
  'deleteUserPool',
  'setDeletionProtection',
];

/** Every call that sends a password, a challenge answer or a token to Cognito. */
export const AUTH_CALLS: (keyof CognitoApi)[] = ['signIn', 'answerChallenge', 'refreshTokens', 'revokeToken'];

export class FakeCognito implements CognitoApi {
  readonly calls: FakeCall[] = [];
  pools: UserPoolDetails[] = [];
  clients: AppClient[] = [];
  users = new Map<string, User[]>();
  pageSize = 2;
  /** The next call of that method fails with this error (once). */
  failNext = new Map<keyof CognitoApi, Error>();
  /** What describeAppClient tells, by client id; by default AWS's default flows and no secret. */
  clientDetails = new Map<string, Partial<AppClientDetails>>();
  /** The answers signIn and answerChallenge give, in order (a thrown Error is thrown). */
  authSteps: (AuthStep | Error)[] = [];
  /** What refreshTokens answers. */
  refreshedTokens: Tokens = { accessToken: 'refreshed-access', idToken: 'refreshed-id', expiresIn: 3600 };
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
    this.pools.push(pool);
    return pool;
  }

  async listUserPools(nextToken?: string): Promise<Page<UserPool>> {
    this.record('listUserPools', [nextToken]);
    return this.page(this.pools.map(({ id, name }) => ({ id, name })), nextToken);
  }

  async listAppClients(userPoolId: string, nextToken?: string): Promise<Page<AppClient>> {
    this.record('listAppClients', [userPoolId, nextToken]);
    this.requirePool(userPoolId);
    return this.page(this.clients.filter((c) => c.userPoolId === userPoolId), nextToken);
  }

  async listUsers(userPoolId: string, options: ListUsersOptions = {}): Promise<Page<User>> {
    this.record('listUsers', [userPoolId, options]);
    this.requirePool(userPoolId);
    return this.page(this.users.get(userPoolId) ?? [], options.nextToken);
  }

  async listUserRecords(userPoolId: string, options: ListUsersOptions = {}): Promise<Page<UserRecord>> {
    this.record('listUserRecords', [userPoolId, options]);
    this.requirePool(userPoolId);
    const records = (this.users.get(userPoolId) ?? []).map((u) => ({
      username: u.username,
      status: u.status,
      enabled: u.enabled,
      attributes: [...(u.email ? [{ name: 'email', value: u.email }] : []), ...(this.attributes.get(`${userPoolId}/${u.username}`) ?? [])],
      mfaMethods: [],
    }));
    return this.page(records, options.nextToken);
  }

  async describeUserPool(userPoolId: string): Promise<UserPoolDetails> {
    this.record('describeUserPool', [userPoolId]);
    const pool = this.requirePool(userPoolId);
    const settings = { usernameAttributes: [], aliasAttributes: [], mfa: 'OFF', emailSending: "Cognito's default e-mail (50 a day)", triggers: [], ...pool.settings };
    return { ...pool, settings: { ...settings, deletionProtection: this.protectedPools.has(userPoolId), domain: this.poolDomains.get(userPoolId) } };
  }

  async createUserPool(request: CreateUserPoolRequest): Promise<UserPool> {
    this.record('createUserPool', [request]);
    const pool = this.addPool(request.name, { signIn: request.signIn, passwordPolicy: request.passwordPolicy });
    return { id: pool.id, name: pool.name };
  }

  async createAppClient(request: CreateAppClientRequest): Promise<AppClient> {
    this.record('createAppClient', [request]);
    this.requirePool(request.userPoolId);
    const client = { userPoolId: request.userPoolId, clientId: `client${++this.counter}`, name: request.name };
    this.clients.push(client);
    return client;
  }

  async createUser(request: CreateUserRequest): Promise<User> {
    this.record('createUser', [request]);
    this.requirePool(request.userPoolId);
    if ((this.users.get(request.userPoolId) ?? []).some((u) => u.username === request.username)) {
      throw new CognitoError('A user with that username already exists in this pool; choose another username.', 'alreadyExists', 'UsernameExistsException');
    }
    const user = { username: request.username, status: 'FORCE_CHANGE_PASSWORD', enabled: true, email: request.email };
    if (request.otherAttributes?.length) this.attributes.set(`${request.userPoolId}/${request.username}`, request.otherAttributes);
    this.users.set(request.userPoolId, [...(this.users.get(request.userPoolId) ?? []), user]);
    return user;
  }

  async getUser(userPoolId: string, username: string): Promise<User> {
    this.record('getUser', [userPoolId, username]);
    const user = (this.users.get(userPoolId) ?? []).find((u) => u.username === username);
    if (!user) throw new CognitoError('There is no user with that username in this pool; check the username.', 'notFound', 'UserNotFoundException');
    return user;
  }

  async describeAppClient(userPoolId: string, clientId: string): Promise<AppClientDetails> {
    this.record('describeAppClient', [userPoolId, clientId]);
    const client = this.clients.find((c) => c.clientId === clientId && c.userPoolId === userPoolId);
    if (!client) throw new CognitoError('That user pool or app client no longer exists; refresh the Cognito view.', 'notFound', 'ResourceNotFoundException');
    return { ...client, authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], hasSecret: false, ...this.clientDetails.get(clientId) };
  }

  async signIn(request: SignInRequest): Promise<AuthStep> {
    this.record('signIn', [request]);
    return this.nextAuthStep();
  }

  async answerChallenge(answer: ChallengeAnswer): Promise<AuthStep> {
    this.record('answerChallenge', [answer]);
    return this.nextAuthStep();
  }

  async refreshTokens(request: RefreshRequest): Promise<Tokens> {
    this.record('refreshTokens', [request]);
    return this.refreshedTokens;
  }

  async revokeToken(request: RevokeRequest): Promise<void> {
    this.record('revokeToken', [request]);
  }

  /** Attributes beyond email/phone, by pool id and username. */
  attributes = new Map<string, UserAttribute[]>();
  groups: Group[] = [];
  /** Group memberships as "poolId/group/username". */
  members = new Set<string>();
  /** Passwords set, as [username, permanent] (the password itself is not kept). */
  passwordsSet: [string, boolean][] = [];

  async getUserDetails(userPoolId: string, username: string): Promise<UserDetails> {
    this.record('getUserDetails', [userPoolId, username]);
    const user = this.requireUser(userPoolId, username);
    const groups = this.groups.filter((g) => g.userPoolId === userPoolId && this.members.has(`${userPoolId}/${g.name}/${username}`)).map((g) => g.name);
    return { ...user, attributes: this.attributes.get(`${userPoolId}/${username}`) ?? [], mfaMethods: [], groups };
  }

  async setUserPassword(userPoolId: string, username: string, _password: string, permanent: boolean): Promise<void> {
    this.record('setUserPassword', [userPoolId, username, '<password>', permanent]);
    this.passwordsSet.push([username, permanent]);
    this.changeUser(userPoolId, username, { status: permanent ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD' });
  }

  async setUserEnabled(userPoolId: string, username: string, enabled: boolean): Promise<void> {
    this.record('setUserEnabled', [userPoolId, username, enabled]);
    this.changeUser(userPoolId, username, { enabled });
  }

  async confirmUser(userPoolId: string, username: string): Promise<void> {
    this.record('confirmUser', [userPoolId, username]);
    this.changeUser(userPoolId, username, { status: 'CONFIRMED' });
  }

  async deleteUser(userPoolId: string, username: string): Promise<void> {
    this.record('deleteUser', [userPoolId, username]);
    this.requireUser(userPoolId, username);
    this.users.set(userPoolId, (this.users.get(userPoolId) ?? []).filter((u) => u.username !== username));
  }

  async updateUserAttributes(userPoolId: string, username: string, attributes: UserAttribute[]): Promise<void> {
    this.record('updateUserAttributes', [userPoolId, username, attributes]);
    this.requireUser(userPoolId, username);
    const key = `${userPoolId}/${username}`;
    const kept = (this.attributes.get(key) ?? []).filter((a) => !attributes.some((b) => b.name === a.name));
    this.attributes.set(key, [...kept, ...attributes]);
    const email = attributes.find((a) => a.name === 'email')?.value;
    if (email) this.changeUser(userPoolId, username, { email });
  }

  async deleteUserAttributes(userPoolId: string, username: string, names: string[]): Promise<void> {
    this.record('deleteUserAttributes', [userPoolId, username, names]);
    const key = `${userPoolId}/${username}`;
    this.attributes.set(key, (this.attributes.get(key) ?? []).filter((a) => !names.includes(a.name)));
  }

  async resetUserPassword(userPoolId: string, username: string): Promise<void> {
    this.record('resetUserPassword', [userPoolId, username]);
    this.changeUser(userPoolId, username, { status: 'RESET_REQUIRED' });
  }

  async resendInvitation(userPoolId: string, username: string, mediums: ('EMAIL' | 'SMS')[]): Promise<void> {
    this.record('resendInvitation', [userPoolId, username, mediums]);
    this.requireUser(userPoolId, username);
  }

  async signOutEverywhere(userPoolId: string, username: string): Promise<void> {
    this.record('signOutEverywhere', [userPoolId, username]);
    this.requireUser(userPoolId, username);
  }

  async listGroups(userPoolId: string, nextToken?: string): Promise<Page<Group>> {
    this.record('listGroups', [userPoolId, nextToken]);
    this.requirePool(userPoolId);
    return this.page(this.groups.filter((g) => g.userPoolId === userPoolId), nextToken);
  }

  async listUsersInGroup(userPoolId: string, groupName: string, nextToken?: string): Promise<Page<User>> {
    this.record('listUsersInGroup', [userPoolId, groupName, nextToken]);
    const members = (this.users.get(userPoolId) ?? []).filter((u) => this.members.has(`${userPoolId}/${groupName}/${u.username}`));
    return this.page(members, nextToken);
  }

  async createGroup(request: CreateGroupRequest): Promise<Group> {
    this.record('createGroup', [request]);
    this.requirePool(request.userPoolId);
    if (this.groups.some((g) => g.userPoolId === request.userPoolId && g.name === request.name)) {
      throw new CognitoError('A group with that name already exists in this pool; choose another name.', 'alreadyExists', 'GroupExistsException');
    }
    const group = { ...request };
    this.groups.push(group);
    return group;
  }

  async deleteGroup(userPoolId: string, groupName: string): Promise<void> {
    this.record('deleteGroup', [userPoolId, groupName]);
    this.groups = this.groups.filter((g) => !(g.userPoolId === userPoolId && g.name === groupName));
  }

  async addUserToGroup(userPoolId: string, username: string, groupName: string): Promise<void> {
    this.record('addUserToGroup', [userPoolId, username, groupName]);
    this.requireUser(userPoolId, username);
    this.members.add(`${userPoolId}/${groupName}/${username}`);
  }

  async removeUserFromGroup(userPoolId: string, username: string, groupName: string): Promise<void> {
    this.record('removeUserFromGroup', [userPoolId, username, groupName]);
    this.members.delete(`${userPoolId}/${groupName}/${username}`);
  }

  /** Pools with deletion protection on, and pools with a domain, by id. */
  protectedPools = new Set<string>();
  poolDomains = new Map<string, string>();

  async updateAppClientAuthFlows(userPoolId: string, clientId: string, authFlows: AuthFlow[]): Promise<void> {
    this.record('updateAppClientAuthFlows', [userPoolId, clientId, authFlows]);
    this.clientDetails.set(clientId, { ...this.clientDetails.get(clientId), authFlows });
  }

  async deleteAppClient(userPoolId: string, clientId: string): Promise<void> {
    this.record('deleteAppClient', [userPoolId, clientId]);
    this.clients = this.clients.filter((c) => c.clientId !== clientId);
  }

  async deleteUserPool(userPoolId: string): Promise<void> {
    this.record('deleteUserPool', [userPoolId]);
    if (this.protectedPools.has(userPoolId)) throw new CognitoError('Cognito rejected the request: The user pool cannot be deleted because deletion protection is activated; correct the input and try again.', 'invalidParameter', 'InvalidParameterException');
    this.pools = this.pools.filter((p) => p.id !== userPoolId);
  }

  async setDeletionProtection(userPoolId: string, active: boolean): Promise<void> {
    this.record('setDeletionProtection', [userPoolId, active]);
    if (active) this.protectedPools.add(userPoolId);
    else this.protectedPools.delete(userPoolId);
  }

  private requireUser(userPoolId: string, username: string): User {
    const user = (this.users.get(userPoolId) ?? []).find((u) => u.username === username);
    if (!user) throw new CognitoError('There is no user with that username in this pool; check the username.', 'notFound', 'UserNotFoundException');
    return user;
  }

  private changeUser(userPoolId: string, username: string, change: Partial<User>): void {
    const user = this.requireUser(userPoolId, username);
    this.users.set(userPoolId, (this.users.get(userPoolId) ?? []).map((u) => (u === user ? { ...u, ...change } : u)));
  }

  private nextAuthStep(): AuthStep {
    const next = this.authSteps.shift();
    if (!next) throw new Error('FakeCognito: no scripted auth step left');
    if (next instanceof Error) throw next;
    return next;
  }

  private record(method: keyof CognitoApi, args: unknown[]): void {
    this.calls.push({ method, args });
    const failure = this.failNext.get(method);
    if (failure) {
      this.failNext.delete(method);
      throw failure;
    }
  }

  private requirePool(id: string): UserPoolDetails {
    const pool = this.pools.find((p) => p.id === id);
    if (!pool) throw new CognitoError('That user pool or app client no longer exists; refresh the Cognito view.', 'notFound', 'ResourceNotFoundException');
    return pool;
  }

  /** Tokens are opaque ("t:" + offset) so tests cannot confuse them with page numbers. */
  private page<T>(all: T[], token?: string): Page<T> {
    const start = token ? Number(token.slice(2)) : 0;
    const end = start + this.pageSize;
    return { items: all.slice(start, end), nextToken: end < all.length ? `t:${end}` : undefined };
  }
}
