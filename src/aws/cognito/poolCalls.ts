import {
  AddCustomAttributesCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  ListUserPoolsCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import { CallsOn } from './call';
import { CognitoError, withRolePassed } from '../../shared/errors';
import { listAll } from '../../shared/paging';
import { signInToPoolSettings } from '../../shared/signIn';
import { toSchemaAttribute } from './customAttributeRequest';
import { toPoolDetails } from './mapPool';
import { awsPasswordPolicy, poolChangeRequest } from './poolChangeRequest';
import { mfaConfigRequest, toPoolMfaConfig } from './poolMfaRequest';
import { sendingRefused } from './poolMessagingUpdate';
import { LOOK_BACK_PAGES, once } from './sendOnce';
import { MAX_PAGE_SIZE, type CreateUserPoolRequest, type CustomAttributeRequest, type Page, type PoolChange, type PoolMfaChange, type PoolMfaConfig, type PoolsApi, type UserPool, type UserPoolDetails } from '../../shared/types';

// The account's pools: list them, create one, describe one, change its settings (deletion protection, policies,
// e-mail and SMS sending, Lambda triggers among them), add custom attributes, delete one. UpdateUserPool resets every setting the request leaves out, so it is always sent the whole current
// configuration with one change (poolUpdate.ts says which members, and why).

export class PoolCalls extends CallsOn implements PoolsApi {
  async list(nextToken?: string): Promise<Page<UserPool>> {
    const out = await this.call('ListUserPools', () => this.client.send(new ListUserPoolsCommand({ MaxResults: MAX_PAGE_SIZE, NextToken: nextToken })));
    return {
      items: (out.UserPools ?? []).map((p) => ({ id: p.Id ?? '', name: p.Name ?? '', creationDate: p.CreationDate })),
      nextToken: out.NextToken || undefined,
    };
  }

  async describe(userPoolId: string): Promise<UserPoolDetails> {
    return toPoolDetails(await this.read(userPoolId), userPoolId);
  }

  async create(request: CreateUserPoolRequest): Promise<UserPool> {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.sendCreate(request);
      } catch (error) {
        if (!(error instanceof CognitoError && error.awsName === 'AnswerLost')) throw error;
        // The answer was lost after the request was sent: the pool may exist. Look, rather than create
        // twice; only when it is not there is sending again safe.
        // Unable to look (the endpoint went away too), the person is told to refresh and look.
        const found = await this.findCreated(request.name, started).catch(() => Promise.reject(error));
        if (found) return { ...found, recovered: true };
        if (attempt === 2) throw error;
      }
    }
  }

  async setDeletionProtection(userPoolId: string, active: boolean): Promise<void> {
    await this.update(userPoolId, { deletionProtection: active });
  }

  async update(userPoolId: string, change: PoolChange): Promise<void> {
    const pool = await this.read(userPoolId);
    const request = { ...poolChangeRequest(pool, change), UserPoolId: userPoolId };
    const smsRole = request.SmsConfiguration?.SnsCallerArn;
    try {
      await this.call('UpdateUserPool', () => this.client.send(new UpdateUserPoolCommand(request)));
    } catch (error) {
      // A new e-mail or SMS sending that Cognito tried and refused is told what to fix in the role or identity.
      const refused = change.email || change.sms ? sendingRefused(error, change.sms?.roleArn) : error;
      // Sending an SMS configuration passes its role to Cognito, which needs iam:PassRole too.
      throw refused === error && smsRole && error instanceof CognitoError ? withRolePassed(error, 'UpdateUserPool', smsRole) : refused;
    }
  }

  async getMfaConfig(userPoolId: string): Promise<PoolMfaConfig> {
    return toPoolMfaConfig(await this.readMfaConfig(userPoolId));
  }

  async setMfaConfig(userPoolId: string, change: PoolMfaChange): Promise<void> {
    // The whole MFA configuration is sent: the messages of the factors kept on come from what is there now.
    const [current, pool] = await Promise.all([this.readMfaConfig(userPoolId), this.read(userPoolId)]);
    const request = { ...mfaConfigRequest(current, pool, change), UserPoolId: userPoolId };
    await this.call('SetUserPoolMfaConfig', () => this.client.send(new SetUserPoolMfaConfigCommand(request)));
  }

  async addCustomAttributes(userPoolId: string, attributes: CustomAttributeRequest[]): Promise<void> {
    await this.call('AddCustomAttributes', () => this.client.send(new AddCustomAttributesCommand({ UserPoolId: userPoolId, CustomAttributes: attributes.map(toSchemaAttribute) })));
  }

  async delete(userPoolId: string): Promise<void> {
    await this.call('DeleteUserPool', () => this.client.send(new DeleteUserPoolCommand({ UserPoolId: userPoolId })));
  }

  /** The pool as DescribeUserPool returns it. */
  private async read(userPoolId: string): Promise<UserPoolType> {
    return (await this.call('DescribeUserPool', () => this.client.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId })))).UserPool ?? {};
  }

  private async readMfaConfig(userPoolId: string) {
    return this.call('GetUserPoolMfaConfig', () => this.client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: userPoolId })));
  }

  private async sendCreate(request: CreateUserPoolRequest): Promise<UserPool> {
    const out = await this.call('CreateUserPool', () => this.client.send(once(new CreateUserPoolCommand({
        PoolName: request.name,
        ...signInToPoolSettings(request.signIn),
        AutoVerifiedAttributes: request.autoVerifyEmail ? ['email'] : undefined,
        UsernameConfiguration: { CaseSensitive: false },
        // Seven days for a temporary password: the console's default.
        Policies: { PasswordPolicy: awsPasswordPolicy({ ...request.passwordPolicy, temporaryPasswordDays: 7 }) },
      }))),
    );
    const pool = out.UserPool ?? {};
    return { id: pool.Id ?? '', name: pool.Name ?? request.name, arn: pool.Arn, creationDate: pool.CreationDate };
  }

  /** The newest pool of that name created since `since` (less a minute of clock difference), if any. */
  private async findCreated(name: string, since: number): Promise<UserPool | undefined> {
    const candidates = (await listAll((token) => this.list(token), LOOK_BACK_PAGES)).filter(
      (p) => p.name === name && (!p.creationDate || p.creationDate.getTime() >= since - 60_000),
    );
    return candidates.sort((a, b) => (b.creationDate?.getTime() ?? 0) - (a.creationDate?.getTime() ?? 0))[0];
  }
}
