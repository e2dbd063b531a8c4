// Cognito's request-rate quotas (developer guide, "Quotas in Amazon Cognito": operation categories,
// default requests per second, per account and region, shared by all pools). Bulk work aims at 90 %
// of the rate so other tools on the same account keep some room.

export type QuotaCategory = 'UserCreation' | 'UserList' | 'UserRead' | 'UserUpdate' | 'UserAuthentication' | 'UserAccountRecovery' | 'UserPoolRead' | 'UserPoolClientRead';

export const DEFAULT_RATES: Record<QuotaCategory, number> = {
  UserCreation: 50,
  UserList: 30,
  UserRead: 120,
  UserUpdate: 25,
  UserAuthentication: 120,
  UserAccountRecovery: 30,
  UserPoolRead: 15,
  UserPoolClientRead: 15,
};

/** The share of the quota bulk work uses. */
export const QUOTA_SHARE = 0.9;

/** Requests per second for a category: 90 % of the default, or of `cognito.maxRequestsPerSecond` when set. */
export function paceFor(category: QuotaCategory, configuredMax?: number): number {
  const quota = configuredMax && configuredMax > 0 ? configuredMax : DEFAULT_RATES[category];
  return Math.max(0.1, quota * QUOTA_SHARE);
}
