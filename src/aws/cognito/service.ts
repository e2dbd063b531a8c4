import {
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { AuthCalls } from './authCalls';
import { ClientCalls } from './clientCalls';
import { PoolCalls } from './poolCalls';
import { GroupCalls } from './groupCalls';
import { toUser } from './mapUser';
import { UserCalls } from './userCalls';
import { CallsOn, type ServiceContext } from './call';
import { listAll } from '../../cognito/paging';

/** How far the follow-up reads after a lost answer look (pages of 60). */
const LOOK_BACK_PAGES = 20;
import { CognitoError } from '../../cognito/errors';
import { reportMaybeActed } from './maybeActed';
import { sendOnce } from './sendOnce';
import { signInToPoolSettings } from '../../cognito/signIn';
import {
  MAX_PAGE_SIZE,
  type AppClient,
  type CognitoApi,
  type CreateAppClientRequest,
  type CreateUserPoolRequest,
  type CreateUserRequest,
  type ListUsersOptions,
  type Page,
  type User,
  type UserRecord,
  type UserPool,
} from '../../cognito/types';

export type { CallLog, CallLogEntry, ServiceContext } from './call';

/** The only code that speaks to Cognito through the AWS SDK; everything else uses CognitoApi. */
export class CognitoService extends CallsOn implements CognitoApi {
  private readonly auth: AuthCalls;
  private readonly users: UserCalls;
  private readonly groups: GroupCalls;
  private readonly pools: PoolCalls;
  private readonly clients: ClientCalls;

  constructor(client: CognitoIdentityProviderClient, context: ServiceContext) {
    super(client, context);
    client.middlewareStack.use(reportMaybeActed as unknown as Parameters<typeof client.middlewareStack.use>[0]);
    this.auth = new AuthCalls(client, context);
    this.users = new UserCalls(client, context);
    this.groups = new GroupCalls(client, context);
    this.pools = new PoolCalls(client, context);
    this.clients = new ClientCalls(client, context);
  }

  // One pool (poolCalls.ts) and one app client (clientCalls.ts).
  describeUserPool: CognitoApi['describeUserPool'] = (...args) => this.pools.describeUserPool(...args);
  setDeletionProtection: CognitoApi['setDeletionProtection'] = (...args) => this.pools.setDeletionProtection(...args);
  deleteUserPool: CognitoApi['deleteUserPool'] = (...args) => this.pools.deleteUserPool(...args);
  describeAppClient: CognitoApi['describeAppClient'] = (...args) => this.clients.describeAppClient(...args);
  updateAppClientAuthFlows: CognitoApi['updateAppClientAuthFlows'] = (...args) => this.clients.updateAppClientAuthFlows(...args);
  deleteAppClient: CognitoApi['deleteAppClient'] = (...args) => this.clients.deleteAppClient(...args);

  // One user's life (userCalls.ts) and groups (groupCalls.ts), each in its own file.
  getUser: CognitoApi['getUser'] = (...args) => this.users.getUser(...args);
  getUserDetails: CognitoApi['getUserDetails'] = (...args) => this.users.getUserDetails(...args);
  setUserPassword: CognitoApi['setUserPassword'] = (...args) => this.users.setUserPassword(...args);
  setUserEnabled: CognitoApi['setUserEnabled'] = (...args) => this.users.setUserEnabled(...args);
  confirmUser: CognitoApi['confirmUser'] = (...args) => this.users.confirmUser(...args);
  deleteUser: CognitoApi['deleteUser'] = (...args) => this.users.deleteUser(...args);
  updateUserAttributes: CognitoApi['updateUserAttributes'] = (...args) => this.users.updateUserAttributes(...args);
  deleteUserAttributes: CognitoApi['deleteUserAttributes'] = (...args) => this.users.deleteUserAttributes(...args);
  resetUserPassword: CognitoApi['resetUserPassword'] = (...args) => this.users.resetUserPassword(...args);
  resendInvitation: CognitoApi['resendInvitation'] = (...args) => this.users.resendInvitation(...args);
  signOutEverywhere: CognitoApi['signOutEverywhere'] = (...args) => this.users.signOutEverywhere(...args);
  listGroups: CognitoApi['listGroups'] = (...args) => this.groups.listGroups(...args);
  listUsersInGroup: CognitoApi['listUsersInGroup'] = (...args) => this.groups.listUsersInGroup(...args);
  createGroup: CognitoApi['createGroup'] = (...args) => this.groups.createGroup(...args);
  deleteGroup: CognitoApi['deleteGroup'] = (...args) => this.groups.deleteGroup(...args);
  addUserToGroup: CognitoApi['addUserToGroup'] = (...args) => this.groups.addUserToGroup(...args);
  removeUserFromGroup: CognitoApi['removeUserFromGroup'] = (...args) => this.groups.removeUserFromGroup(...args);

  signIn: CognitoApi['signIn'] = (...args) => this.auth.signIn(...args);
  answerChallenge: CognitoApi['answerChallenge'] = (...args) => this.auth.answerChallenge(...args);
  refreshTokens: CognitoApi['refreshTokens'] = (...args) => this.auth.refreshTokens(...args);
  revokeToken: CognitoApi['revokeToken'] = (...args) => this.auth.revokeToken(...args);

  async listUserPools(nextToken?: string): Promise<Page<UserPool>> {
    const out = await this.call('ListUserPools', () => this.client.send(new ListUserPoolsCommand({ MaxResults: MAX_PAGE_SIZE, NextToken: nextToken })));
    return {
      items: (out.UserPools ?? []).map((p) => ({ id: p.Id ?? '', name: p.Name ?? '', creationDate: p.CreationDate })),
      nextToken: out.NextToken || undefined,
    };
  }

  async listAppClients(userPoolId: string, nextToken?: string): Promise<Page<AppClient>> {
    const out = await this.call('ListUserPoolClients', () => this.client.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: MAX_PAGE_SIZE, NextToken: nextToken })),
    );
    // Deliberately only id and name: some emulators return ClientSecret here too, and it must go no further.
    return {
      items: (out.UserPoolClients ?? []).map((c) => ({ userPoolId, clientId: c.ClientId ?? '', name: c.ClientName ?? '' })),
      nextToken: out.NextToken || undefined,
    };
  }

  async listUsers(userPoolId: string, options: ListUsersOptions = {}): Promise<Page<User>> {
    const out = await this.call('ListUsers', () => this.client.send(new ListUsersCommand({ UserPoolId: userPoolId, Limit: MAX_PAGE_SIZE, PaginationToken: options.nextToken, Filter: options.filter })),
    );
    return { items: (out.Users ?? []).map(toUser), nextToken: out.PaginationToken || undefined };
  }

  async listUserRecords(userPoolId: string, options: ListUsersOptions = {}): Promise<Page<UserRecord>> {
    const out = await this.call('ListUsers', () =>
      this.client.send(new ListUsersCommand({ UserPoolId: userPoolId, Limit: MAX_PAGE_SIZE, PaginationToken: options.nextToken, Filter: options.filter })),
    );
    return {
      items: (out.Users ?? []).map((u) => ({
        username: u.Username ?? '',
        status: u.UserStatus ?? 'UNKNOWN',
        enabled: u.Enabled ?? true,
        created: u.UserCreateDate,
        modified: u.UserLastModifiedDate,
        attributes: (u.Attributes ?? []).map((a) => ({ name: a.Name ?? '', value: a.Value ?? '' })),
        mfaMethods: (u.MFAOptions ?? []).map((o) => `${o.DeliveryMedium ?? ''}_MFA`),
      })),
      nextToken: out.PaginationToken || undefined,
    };
  }

  async createUserPool(request: CreateUserPoolRequest): Promise<UserPool> {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.sendCreateUserPool(request);
      } catch (error) {
        if (!(error instanceof CognitoError && error.awsName === 'AnswerLost')) throw error;
        // The answer was lost after the request was sent: the pool may exist. Look, rather than create
        // twice; only when it is not there is sending again safe.
        // Unable to look (the endpoint went away too), the person is told to refresh and look.
        const found = await this.findCreatedPool(request.name, started).catch(() => Promise.reject(error));
        if (found) return { ...found, recovered: true };
        if (attempt === 2) throw error;
      }
    }
  }

  private async sendCreateUserPool(request: CreateUserPoolRequest): Promise<UserPool> {
    const policy = request.passwordPolicy;
    const out = await this.call('CreateUserPool', () => this.client.send(once(new CreateUserPoolCommand({
        PoolName: request.name,
        ...signInToPoolSettings(request.signIn),
        AutoVerifiedAttributes: request.autoVerifyEmail ? ['email'] : undefined,
        UsernameConfiguration: { CaseSensitive: false },
        Policies: {
          PasswordPolicy: {
            MinimumLength: policy.minimumLength,
            RequireUppercase: policy.requireUppercase,
            RequireLowercase: policy.requireLowercase,
            RequireNumbers: policy.requireNumbers,
            RequireSymbols: policy.requireSymbols,
            TemporaryPasswordValidityDays: 7,
          },
        },
      }))),
    );
    const pool = out.UserPool ?? {};
    return { id: pool.Id ?? '', name: pool.Name ?? request.name, arn: pool.Arn, creationDate: pool.CreationDate };
  }

  async createAppClient(request: CreateAppClientRequest): Promise<AppClient> {
    const before = await this.clientIdsNamed(request.userPoolId, request.name).catch(() => undefined);
    for (let attempt = 1; ; attempt++) {
      try {
        const out = await this.call('CreateUserPoolClient', () => this.client.send(once(new CreateUserPoolClientCommand({
            UserPoolId: request.userPoolId,
            ClientName: request.name,
            GenerateSecret: request.generateSecret,
            ExplicitAuthFlows: request.authFlows,
          }))),
        );
        const client = out.UserPoolClient ?? {};
        return { userPoolId: request.userPoolId, clientId: client.ClientId ?? '', name: client.ClientName ?? request.name };
      } catch (error) {
        if (!(error instanceof CognitoError && error.awsName === 'AnswerLost') || !before) throw error;
        // A client of this name that was not there before the call is the one it made; none: send again.
        const made = (await this.clientIdsNamed(request.userPoolId, request.name).catch(() => Promise.reject(error))).filter((id) => !before.includes(id));
        if (made.length === 1) return { userPoolId: request.userPoolId, clientId: made[0], name: request.name, recovered: true };
        if (made.length > 1 || attempt === 2) throw error;
      }
    }
  }

  async createUser(request: CreateUserRequest): Promise<User> {
    const attributes: AttributeType[] = [];
    if (request.email) {
      attributes.push({ Name: 'email', Value: request.email });
      if (request.emailVerified) attributes.push({ Name: 'email_verified', Value: 'true' });
    }
    if (request.phoneNumber) {
      attributes.push({ Name: 'phone_number', Value: request.phoneNumber });
      if (request.phoneNumberVerified) attributes.push({ Name: 'phone_number_verified', Value: 'true' });
    }
    attributes.push(...(request.otherAttributes ?? []).map((a) => ({ Name: a.name, Value: a.value })));
    const suppress = request.invitation === 'SUPPRESS';
    try {
      const out = await this.call('AdminCreateUser', () => this.client.send(new AdminCreateUserCommand({
          UserPoolId: request.userPoolId,
          Username: request.username,
          TemporaryPassword: request.temporaryPassword || undefined,
          UserAttributes: attributes,
          MessageAction: suppress ? 'SUPPRESS' : undefined,
          DesiredDeliveryMediums: suppress ? undefined : [request.invitation as 'EMAIL' | 'SMS'],
        })),
      );
      return out.User ? toUser(out.User) : { username: request.username, status: 'FORCE_CHANGE_PASSWORD', enabled: true, email: request.email };
    } catch (error) {
      // "Already exists" on a retry: the first attempt most likely made the user and its answer was lost
      // (AdminCreateUser is safe to retry for that reason). Say created, with what Cognito has now.
      if (!(error instanceof CognitoError && error.awsName === 'UsernameExistsException' && (error.attempts ?? 1) > 1)) throw error;
      return { ...(await this.users.getUser(request.userPoolId, request.username)), recovered: true };
    }
  }

  /** The newest pool of that name created since `since` (less a minute of clock difference), if any. */
  private async findCreatedPool(name: string, since: number): Promise<UserPool | undefined> {
    const candidates = (await listAll((token) => this.listUserPools(token), LOOK_BACK_PAGES)).filter(
      (p) => p.name === name && (!p.creationDate || p.creationDate.getTime() >= since - 60_000),
    );
    return candidates.sort((a, b) => (b.creationDate?.getTime() ?? 0) - (a.creationDate?.getTime() ?? 0))[0];
  }

  private async clientIdsNamed(userPoolId: string, name: string): Promise<string[]> {
    return (await listAll((token) => this.listAppClients(userPoolId, token), LOOK_BACK_PAGES)).filter((c) => c.name === name).map((c) => c.clientId);
  }
}

/** The command, sent without retries once Cognito may have acted (see sendOnce.ts). */
function once<C>(command: C): C {
  (command as unknown as { middlewareStack: { use(pluggable: typeof sendOnce): void } }).middlewareStack.use(sendOnce);
  return command;
}
