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
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  ListUsersCommand,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { CallsOn } from './call';
import { CognitoError } from '../../shared/errors';
import { toUser } from './mapUser';
import { listAll } from '../../shared/paging';
import {
  MAX_PAGE_SIZE,
  type CreateUserRequest,
  type InvitationDelivery,
  type ListUsersOptions,
  type MfaFactor,
  type Page,
  type User,
  type UserAttribute,
  type UserDetails,
  type UserMfaPreference,
  type UserRecord,
  type UsersApi,
} from '../../shared/types';

// A pool's users and the life of one user: listing, creating, details, password, enable/disable, confirm,
// delete, attributes, reset, invitation, global sign-out. Passwords go to Cognito and nowhere else.

const GROUP_PAGES = 20;

export class UserCalls extends CallsOn implements UsersApi {
  async list(userPoolId: string, options: ListUsersOptions = {}): Promise<Page<User>> {
    const out = await this.call('ListUsers', () => this.client.send(new ListUsersCommand({ UserPoolId: userPoolId, Limit: MAX_PAGE_SIZE, PaginationToken: options.nextToken, Filter: options.filter })),
    );
    return { items: (out.Users ?? []).map(toUser), nextToken: out.PaginationToken || undefined };
  }

  async listRecords(userPoolId: string, options: ListUsersOptions = {}): Promise<Page<UserRecord>> {
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

  async create(request: CreateUserRequest): Promise<User> {
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
      return { ...(await this.get(request.userPoolId, request.username)), recovered: true };
    }
  }

  async get(userPoolId: string, username: string): Promise<User> {
    const out = await this.adminGetUser(userPoolId, username);
    return toUser({ Username: out.Username, UserStatus: out.UserStatus, Enabled: out.Enabled, Attributes: out.UserAttributes });
  }

  async getDetails(userPoolId: string, username: string): Promise<UserDetails> {
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

  async setPassword(userPoolId: string, username: string, password: string, permanent: boolean): Promise<void> {
    await this.call('AdminSetUserPassword', () => this.client.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: username, Password: password, Permanent: permanent })));
  }

  async setEnabled(userPoolId: string, username: string, enabled: boolean): Promise<void> {
    const input = { UserPoolId: userPoolId, Username: username };
    if (enabled) await this.call('AdminEnableUser', () => this.client.send(new AdminEnableUserCommand(input)));
    else await this.call('AdminDisableUser', () => this.client.send(new AdminDisableUserCommand(input)));
  }

  async confirm(userPoolId: string, username: string): Promise<void> {
    await this.call('AdminConfirmSignUp', () => this.client.send(new AdminConfirmSignUpCommand({ UserPoolId: userPoolId, Username: username })));
  }

  async delete(userPoolId: string, username: string): Promise<void> {
    try {
      await this.call('AdminDeleteUser', () => this.client.send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: username })));
    } catch (error) {
      // "No such user" on a retry: the first attempt deleted the user and its answer was lost. Done.
      if (!(error instanceof CognitoError && error.awsName === 'UserNotFoundException' && (error.attempts ?? 1) > 1)) throw error;
    }
  }

  async updateAttributes(userPoolId: string, username: string, attributes: UserAttribute[]): Promise<void> {
    await this.call('AdminUpdateUserAttributes', () =>
      this.client.send(new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: username, UserAttributes: attributes.map((a) => ({ Name: a.name, Value: a.value })) })),
    );
  }

  async deleteAttributes(userPoolId: string, username: string, names: string[]): Promise<void> {
    await this.call('AdminDeleteUserAttributes', () => this.client.send(new AdminDeleteUserAttributesCommand({ UserPoolId: userPoolId, Username: username, UserAttributeNames: names })));
  }

  async resetPassword(userPoolId: string, username: string): Promise<void> {
    await this.call('AdminResetUserPassword', () => this.client.send(new AdminResetUserPasswordCommand({ UserPoolId: userPoolId, Username: username })));
  }

  /** By exactly the mediums given: Cognito sends one message per medium (and SMS when none is named). */
  async resendInvitation(userPoolId: string, username: string, mediums: Exclude<InvitationDelivery, 'SUPPRESS'>[]): Promise<void> {
    await this.call('AdminCreateUser', () => this.client.send(new AdminCreateUserCommand({ UserPoolId: userPoolId, Username: username, MessageAction: 'RESEND', DesiredDeliveryMediums: mediums })));
  }

  async signOutEverywhere(userPoolId: string, username: string): Promise<void> {
    await this.call('AdminUserGlobalSignOut', () => this.client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: username })));
  }

  /** Each factor touched gets its Enabled and PreferredMfa; a factor left out of the request stays as it is
   *  (AdminSetUserMFAPreference changes only the settings it is sent), so one the pool does not offer is never named. */
  async setMfaPreference(userPoolId: string, username: string, preference: UserMfaPreference, touched: readonly MfaFactor[]): Promise<void> {
    const setting = (factor: MfaFactor) => (touched.includes(factor) ? { Enabled: preference.enabled.includes(factor), PreferredMfa: preference.preferred === factor } : undefined);
    await this.call('AdminSetUserMFAPreference', () =>
      this.client.send(
        new AdminSetUserMFAPreferenceCommand({
          UserPoolId: userPoolId,
          Username: username,
          SoftwareTokenMfaSettings: setting('totp'),
          SMSMfaSettings: setting('sms'),
          EmailMfaSettings: setting('email'),
        }),
      ),
    );
  }

  private adminGetUser(userPoolId: string, username: string) {
    return this.call('AdminGetUser', () => this.client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username })));
  }
}
