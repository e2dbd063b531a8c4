import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
  type AttributeType,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { AuthCalls } from './authCalls';
import { callCognito, type ServiceContext } from './call';
import { signInToPoolSettings, signInFromPoolSettings } from './signIn';
import {
  COGNITO_DEFAULT_PASSWORD_POLICY,
  MAX_PAGE_SIZE,
  type AppClient,
  type CognitoApi,
  type CreateAppClientRequest,
  type CreateUserPoolRequest,
  type CreateUserRequest,
  type ListUsersOptions,
  type Page,
  type User,
  type UserPool,
  type UserPoolDetails,
} from './types';

export type { CallLog, CallLogEntry, ServiceContext } from './call';

/** The only code that speaks to Cognito through the AWS SDK; everything else uses CognitoApi. */
export class CognitoService implements CognitoApi {
  private readonly auth: AuthCalls;

  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly context: ServiceContext,
  ) {
    this.auth = new AuthCalls(client, context);
  }

  describeAppClient: CognitoApi['describeAppClient'] = (...args) => this.auth.describeAppClient(...args);
  signIn: CognitoApi['signIn'] = (...args) => this.auth.signIn(...args);
  answerChallenge: CognitoApi['answerChallenge'] = (...args) => this.auth.answerChallenge(...args);
  refreshTokens: CognitoApi['refreshTokens'] = (...args) => this.auth.refreshTokens(...args);
  revokeToken: CognitoApi['revokeToken'] = (...args) => this.auth.revokeToken(...args);

  async getUser(userPoolId: string, username: string): Promise<User> {
    const out = await this.call('AdminGetUser', () => this.client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username })));
    return toUser({ Username: out.Username, UserStatus: out.UserStatus, Enabled: out.Enabled, Attributes: out.UserAttributes });
  }

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

  async describeUserPool(userPoolId: string): Promise<UserPoolDetails> {
    const out = await this.call('DescribeUserPool', () => this.client.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId })));
    const pool = out.UserPool ?? {};
    const policy = pool.Policies?.PasswordPolicy;
    const defaults = COGNITO_DEFAULT_PASSWORD_POLICY;
    return {
      id: pool.Id ?? userPoolId,
      name: pool.Name ?? '',
      arn: pool.Arn,
      creationDate: pool.CreationDate,
      signIn: signInFromPoolSettings(pool.UsernameAttributes, pool.AliasAttributes),
      passwordPolicy: {
        minimumLength: policy?.MinimumLength ?? defaults.minimumLength,
        requireUppercase: policy?.RequireUppercase ?? defaults.requireUppercase,
        requireLowercase: policy?.RequireLowercase ?? defaults.requireLowercase,
        requireNumbers: policy?.RequireNumbers ?? defaults.requireNumbers,
        requireSymbols: policy?.RequireSymbols ?? defaults.requireSymbols,
      },
      autoVerifiedAttributes: pool.AutoVerifiedAttributes ?? [],
      smsConfigured: Boolean(pool.SmsConfiguration?.SnsCallerArn),
    };
  }

  async createUserPool(request: CreateUserPoolRequest): Promise<UserPool> {
    const policy = request.passwordPolicy;
    const out = await this.call('CreateUserPool', () => this.client.send(new CreateUserPoolCommand({
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
      })),
    );
    const pool = out.UserPool ?? {};
    return { id: pool.Id ?? '', name: pool.Name ?? request.name, arn: pool.Arn, creationDate: pool.CreationDate };
  }

  async createAppClient(request: CreateAppClientRequest): Promise<AppClient> {
    const out = await this.call('CreateUserPoolClient', () => this.client.send(new CreateUserPoolClientCommand({
        UserPoolId: request.userPoolId,
        ClientName: request.name,
        GenerateSecret: request.generateSecret,
        ExplicitAuthFlows: request.authFlows,
      })),
    );
    const client = out.UserPoolClient ?? {};
    return { userPoolId: request.userPoolId, clientId: client.ClientId ?? '', name: client.ClientName ?? request.name };
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
    const suppress = request.invitation === 'SUPPRESS';
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
  }

  /** Runs one SDK call, records it in the call log, and turns any failure into a CognitoError. */
  private call<Output extends { $metadata?: { requestId?: string } }>(operation: string, send: () => Promise<Output>): Promise<Output> {
    return callCognito(this.context, operation, send);
  }
}

function toUser(user: UserType): User {
  const attribute = (name: string) => user.Attributes?.find((a) => a.Name === name)?.Value;
  return {
    username: user.Username ?? '',
    status: user.UserStatus ?? 'UNKNOWN',
    enabled: user.Enabled ?? true,
    email: attribute('email'),
    phoneNumber: attribute('phone_number'),
  };
}
