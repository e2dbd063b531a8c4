import type { Page } from './page';
import type { MfaFactor, UserMfaPreference } from './poolMfa';

// A pool's users: what the extension knows about one, what export writes, and what it asks of Cognito
// about them (UsersApi, implemented by src/aws/cognito/userCalls.ts). Passwords go to Cognito only.

export interface User {
  /** Created, though Cognito's answer was lost on the way (a retry found it existing). */
  recovered?: true;
  username: string;
  /** CONFIRMED, FORCE_CHANGE_PASSWORD, UNCONFIRMED, RESET_REQUIRED, EXTERNAL_PROVIDER, … */
  status: string;
  enabled: boolean;
  email?: string;
  phoneNumber?: string;
}

export interface UserAttribute {
  name: string;
  value: string;
}

/** Everything AdminGetUser and AdminListGroupsForUser tell about one user. */
export interface UserDetails extends User {
  attributes: UserAttribute[];
  created?: Date;
  modified?: Date;
  /** The MFA methods the user has set up (SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP) and the preferred one. */
  mfaMethods: string[];
  preferredMfa?: string;
  groups: string[];
}

/** How Cognito delivers the invitation with the temporary password; SUPPRESS sends nothing. */
export type InvitationDelivery = 'EMAIL' | 'SMS' | 'SUPPRESS';

export interface CreateUserRequest {
  userPoolId: string;
  username: string;
  /** Empty or absent: Cognito generates one. Never logged. */
  temporaryPassword?: string;
  email?: string;
  emailVerified: boolean;
  phoneNumber?: string;
  phoneNumberVerified: boolean;
  invitation: InvitationDelivery;
  /** Any further attributes (import): name and value as Cognito stores them. */
  otherAttributes?: UserAttribute[];
}

/** A user as export writes it: every attribute, status, enabled and times (ListUsers tells all of it). */
export interface UserRecord {
  username: string;
  status: string;
  enabled: boolean;
  created?: Date;
  modified?: Date;
  attributes: UserAttribute[];
  /** MFA methods set up the old way (MFAOptions); ListUsers does not tell the newer settings. */
  mfaMethods: string[];
}

export interface ListUsersOptions {
  nextToken?: string;
  /** A ListUsers filter expression, already escaped (see shared/userFilter.ts). */
  filter?: string;
}

/** A pool's users, one at a time (bulk work calls these once per user). */
export interface UsersApi {
  /** ListUsers, one page, as the tree shows users. */
  list(userPoolId: string, options?: ListUsersOptions): Promise<Page<User>>;
  /** ListUsers with everything export writes; one page per call, so memory stays flat. */
  listRecords(userPoolId: string, options?: ListUsersOptions): Promise<Page<UserRecord>>;
  /** AdminGetUser, as the tree shows a user. */
  get(userPoolId: string, username: string): Promise<User>;
  /** AdminGetUser and AdminListGroupsForUser. */
  getDetails(userPoolId: string, username: string): Promise<UserDetails>;
  /** AdminCreateUser; "already exists" on the SDK's retry is the first attempt's user. */
  create(request: CreateUserRequest): Promise<User>;
  /** AdminSetUserPassword: permanent makes the user CONFIRMED; temporary, FORCE_CHANGE_PASSWORD. Never logged. */
  setPassword(userPoolId: string, username: string, password: string, permanent: boolean): Promise<void>;
  /** AdminEnableUser or AdminDisableUser. */
  setEnabled(userPoolId: string, username: string, enabled: boolean): Promise<void>;
  /** AdminConfirmSignUp, for UNCONFIRMED users. */
  confirm(userPoolId: string, username: string): Promise<void>;
  /** AdminDeleteUser. */
  delete(userPoolId: string, username: string): Promise<void>;
  /** AdminUpdateUserAttributes. */
  updateAttributes(userPoolId: string, username: string, attributes: UserAttribute[]): Promise<void>;
  /** AdminDeleteUserAttributes. */
  deleteAttributes(userPoolId: string, username: string, names: string[]): Promise<void>;
  /** AdminResetUserPassword. */
  resetPassword(userPoolId: string, username: string): Promise<void>;
  /** AdminCreateUser with MessageAction RESEND: a new temporary password, by each medium given. */
  resendInvitation(userPoolId: string, username: string, mediums: Exclude<InvitationDelivery, 'SUPPRESS'>[]): Promise<void>;
  /** AdminUserGlobalSignOut. */
  signOutEverywhere(userPoolId: string, username: string): Promise<void>;
  /** AdminSetUserMFAPreference: each factor of `touched` on when in `preference.enabled`, else off. */
  setMfaPreference(userPoolId: string, username: string, preference: UserMfaPreference, touched: readonly MfaFactor[]): Promise<void>;
}
