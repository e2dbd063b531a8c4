import {
  AdminConfirmSignUpCommand,
  AdminCreateUserCommand,
  AdminDeleteUserAttributesCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminResetUserPasswordCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CallsOn } from './call';
import { CognitoError } from '../../cognito/errors';
import { toUser } from './mapUser';
import { listAll } from '../../cognito/paging';
import { MAX_PAGE_SIZE, type InvitationDelivery, type User, type UserAttribute, type UserDetails } from '../../cognito/types';

// The life of one user: details, password, enable/disable, confirm, delete, attributes, reset,
// invitation, global sign-out. Passwords go to Cognito and nowhere else.

const GROUP_PAGES = 20;

export class UserCalls extends CallsOn {
  async getUser(userPoolId: string, username: string): Promise<User> {
    const out = await this.adminGetUser(userPoolId, username);
    return toUser({ Username: out.Username, UserStatus: out.UserStatus, Enabled: out.Enabled, Attributes: out.UserAttributes });
  }

  async getUserDetails(userPoolId: string, username: string): Promise<UserDetails> {
    const out = await this.adminGetUser(userPoolId, username);
    const groups = await listAll(async (token) => {
      const listed = await this.call('AdminListGroupsForUser', () =>
        this.client.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username, Limit: MAX_PAGE_SIZE, NextToken: token })),
      );
      return { items: (listed.Groups ?? []).map((g) => g.GroupName ?? ''), nextToken: listed.NextToken || undefined };
    }, GROUP_PAGES);
    return {
      ...toUser({ Username: out.Username, UserStatus: out.UserStatus, Enabled: out.Enabled, Attributes: out.UserAttributes }),
      attributes: (out.UserAttributes ?? []).map((a) => ({ name: a.Name ?? '', value: a.Value ?? '' })),
      created: out.UserCreateDate,
      modified: out.UserLastModifiedDate,
      mfaMethods: out.UserMFASettingList ?? (out.MFAOptions ?? []).map((o) => `${o.DeliveryMedium ?? ''}_MFA`),
      preferredMfa: out.PreferredMfaSetting,
      groups,
    };
  }

  async setUserPassword(userPoolId: string, username: string, password: string, permanent: boolean): Promise<void> {
    await this.call('AdminSetUserPassword', () => this.client.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: username, Password: password, Permanent: permanent })));
  }

  async setUserEnabled(userPoolId: string, username: string, enabled: boolean): Promise<void> {
    const input = { UserPoolId: userPoolId, Username: username };
    if (enabled) await this.call('AdminEnableUser', () => this.client.send(new AdminEnableUserCommand(input)));
    else await this.call('AdminDisableUser', () => this.client.send(new AdminDisableUserCommand(input)));
  }

  async confirmUser(userPoolId: string, username: string): Promise<void> {
    await this.call('AdminConfirmSignUp', () => this.client.send(new AdminConfirmSignUpCommand({ UserPoolId: userPoolId, Username: username })));
  }

  async deleteUser(userPoolId: string, username: string): Promise<void> {
    try {
      await this.call('AdminDeleteUser', () => this.client.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: username })));
    } catch (error) {
      // "No such user" on a retry: the first attempt deleted the user and its answer was lost. Done.
      if (!(error instanceof CognitoError && error.awsName === 'UserNotFoundException' && (error.attempts ?? 1) > 1)) throw error;
    }
  }

  async updateUserAttributes(userPoolId: string, username: string, attributes: UserAttribute[]): Promise<void> {
    await this.call('AdminUpdateUserAttributes', () =>
      this.client.send(new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: username, UserAttributes: attributes.map((a) => ({ Name: a.name, Value: a.value })) })),
    );
  }

  async deleteUserAttributes(userPoolId: string, username: string, names: string[]): Promise<void> {
    await this.call('AdminDeleteUserAttributes', () => this.client.send(new AdminDeleteUserAttributesCommand({ UserPoolId: userPoolId, Username: username, UserAttributeNames: names })));
  }

  async resetUserPassword(userPoolId: string, username: string): Promise<void> {
    await this.call('AdminResetUserPassword', () => this.client.send(new AdminResetUserPasswordCommand({ UserPoolId: userPoolId, Username: username })));
  }

  /** By exactly the mediums given: Cognito sends one message per medium (and SMS when none is named). */
  async resendInvitation(userPoolId: string, username: string, mediums: Exclude<InvitationDelivery, 'SUPPRESS'>[]): Promise<void> {
    await this.call('AdminCreateUser', () => this.client.send(new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: username, MessageAction: 'RESEND', DesiredDeliveryMediums: mediums })));
  }

  async signOutEverywhere(userPoolId: string, username: string): Promise<void> {
    await this.call('AdminUserGlobalSignOut', () => this.client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username })));
  }

  private adminGetUser(userPoolId: string, username: string) {
    return this.call('AdminGetUser', () => this.client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username })));
  }
}
