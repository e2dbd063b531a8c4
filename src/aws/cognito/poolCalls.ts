import { DeleteUserPoolCommand, DescribeUserPoolCommand, UpdateUserPoolCommand, type UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { CallsOn } from './call';
import { CognitoError, withRolePassed } from '../../cognito/errors';
import { toPoolDetails } from './mapPool';
import { updatableSettings } from './poolUpdate';
import type { UserPoolDetails } from '../../cognito/types';

// One pool: describe it, turn deletion protection off (or on), delete it. UpdateUserPool resets every
// setting the request leaves out, so it is always sent the whole current configuration with one change
// (poolUpdate.ts says which members, and why).

export class PoolCalls extends CallsOn {
  async describeUserPool(userPoolId: string): Promise<UserPoolDetails> {
    return toPoolDetails(await this.describe(userPoolId), userPoolId);
  }

  async setDeletionProtection(userPoolId: string, active: boolean): Promise<void> {
    const pool = await this.describe(userPoolId);
    const smsRole = pool.SmsConfiguration?.SnsCallerArn;
    try {
      await this.call('UpdateUserPool', () => this.client.send(new UpdateUserPoolCommand({ ...updatableSettings(pool), UserPoolId: userPoolId, DeletionProtection: active ? 'ACTIVE' : 'INACTIVE' })));
    } catch (error) {
      // Re-sending the SMS configuration passes its role again, which needs iam:PassRole too.
      throw smsRole && error instanceof CognitoError ? withRolePassed(error, 'UpdateUserPool', smsRole) : error;
    }
  }

  async deleteUserPool(userPoolId: string): Promise<void> {
    await this.call('DeleteUserPool', () => this.client.send(new DeleteUserPoolCommand({ UserPoolId: userPoolId })));
  }

  private async describe(userPoolId: string): Promise<UserPoolType> {
    return (await this.call('DescribeUserPool', () => this.client.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId })))).UserPool ?? {};
  }
}
