// Cognito's request-rate quotas (developer guide, "Quotas in Amazon Cognito": operation categories,
// default requests per second, per account and region, shared by all pools). Bulk work aims at 90 %
// of the rate so other tools on the same account keep some room.

export type QuotaCategory =
  | 'UserAuthentication'
  | 'UserCreation'
  | 'UserAccountRecovery'
  | 'UserRead'
  | 'UserUpdate'
  | 'UserToken'
  | 'UserResourceRead'
  | 'UserResourceUpdate'
  | 'UserList'
  | 'UserPoolRead'
  | 'UserPoolUpdate'
  | 'UserPoolResourceRead'
  | 'UserPoolResourceUpdate'
  | 'UserPoolClientRead'
  | 'UserPoolClientUpdate';

/**
 * Default requests per second. The operations each bulk action uses: AdminCreateUser → UserCreation;
 * AdminEnable/DisableUser, AdminDeleteUser, attribute changes → UserUpdate; AdminAdd/RemoveUserFromGroup
 * (a group membership) → UserResourceUpdate; ListUsers, ListUsersInGroup → UserList; ListGroups →
 * UserPoolResourceRead; CreateGroup → UserPoolResourceUpdate.
 */
export const DEFAULT_RATES: Record<QuotaCategory, number> = {
  UserAuthentication: 120,
  UserCreation: 50,
  UserAccountRecovery: 30,
  UserRead: 120,
  UserUpdate: 25,
  UserToken: 120,
  UserResourceRead: 50,
  UserResourceUpdate: 25,
  UserList: 30,
  UserPoolRead: 15,
  UserPoolUpdate: 15,
  UserPoolResourceRead: 20,
  UserPoolResourceUpdate: 15,
  UserPoolClientRead: 15,
  UserPoolClientUpdate: 15,
};

/** The share of the quota bulk work uses. */
export const QUOTA_SHARE = 0.9;

/** Requests per second for a category: 90 % of the default, or of `cognito.maxRequestsPerSecond` when set. */
export function paceFor(category: QuotaCategory, configuredMax?: number): number {
  const quota = configuredMax && configuredMax > 0 ? configuredMax : DEFAULT_RATES[category];
  return Math.max(0.1, quota * QUOTA_SHARE);
}
