// Cognito's request-rate quotas, from the developer guide's "Quotas in Amazon Cognito": operations fall
// into categories, each with a rate in requests per second shared by every user pool of the account and
// Region (here: the whole double). Over the rate Cognito answers TooManyRequestsException (HTTP 400).
// Modelled as a token bucket per category holding one second's quota (so a burst of that size passes at
// once) and refilled continuously on the double's clock. Also from the guide:
// - RespondToAuthChallenge and AdminRespondToAuthChallenge have their own bucket at three times the
//   UserAuthentication rate; beyond it they draw on UserAuthentication;
// - in the categories the guide marks "1" (UserPoolResourceRead/Update, UserPoolClientRead/Update) no
//   single operation may run above 5 RPS for one user pool (applied with 'cognito-defaults' only).
// The guide's table links out for each category's operations; where it does, the category follows the
// category's own description (e.g. "a group membership" reads and updates are UserResourceRead and
// UserResourceUpdate, groups themselves and the pool's domain UserPoolResourceRead and UserPoolResourceUpdate).
// Besides the quotas, `throttleFraction` throttles that share of all calls at random (seeded), counted
// with the quota throttles. Not modelled: per-user quotas (10 reads and 10 writes a second per user),
// UserFederation and ClientAuthentication (no such operations here), quota increases.
import { ServiceError, type Input } from './server';

export type QuotaCategory =
  | 'UserAuthentication'
  | 'UserCreation'
  | 'UserFederation'
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

/** Default quotas in requests per second, as the guide's table gives them. */
export const COGNITO_DEFAULT_QUOTAS: Readonly<Record<QuotaCategory, number>> = {
  UserAuthentication: 120,
  UserCreation: 50,
  UserFederation: 25,
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

const CATEGORY_OPERATIONS: Record<QuotaCategory, readonly string[]> = {
  UserAuthentication: ['InitiateAuth', 'AdminInitiateAuth', 'RespondToAuthChallenge', 'AdminRespondToAuthChallenge'],
  UserCreation: ['SignUp', 'ConfirmSignUp', 'AdminCreateUser', 'AdminConfirmSignUp'],
  UserFederation: [],
  UserAccountRecovery: ['AdminSetUserPassword', 'AdminResetUserPassword', 'ForgotPassword', 'ConfirmForgotPassword', 'ChangePassword'],
  UserRead: ['AdminGetUser', 'GetUser'],
  UserUpdate: [
    'AdminUpdateUserAttributes',
    'AdminDeleteUserAttributes',
    'AdminDeleteUser',
    'AdminEnableUser',
    'AdminDisableUser',
    'AdminUserGlobalSignOut',
    'UpdateUserAttributes',
    'DeleteUserAttributes',
    'DeleteUser',
    'GlobalSignOut',
    // The MFA settings of a user and their authenticator, as the developer guide's UserUpdate category lists them.
    'AdminSetUserMFAPreference',
    'SetUserMFAPreference',
    'AssociateSoftwareToken',
    'VerifySoftwareToken',
  ],
  UserToken: ['RevokeToken'],
  UserResourceRead: ['AdminListGroupsForUser', 'AdminGetDevice', 'AdminListDevices', 'GetDevice', 'ListDevices'],
  UserResourceUpdate: ['AdminAddUserToGroup', 'AdminRemoveUserFromGroup', 'AdminForgetDevice', 'ForgetDevice'],
  UserList: ['ListUsers', 'ListUsersInGroup'],
  UserPoolRead: ['DescribeUserPool', 'ListUserPools', 'GetUserPoolMfaConfig'],
  UserPoolUpdate: ['CreateUserPool', 'UpdateUserPool', 'DeleteUserPool', 'AddCustomAttributes', 'SetUserPoolMfaConfig'],
  UserPoolResourceRead: ['GetGroup', 'ListGroups', 'DescribeUserPoolDomain'],
  UserPoolResourceUpdate: ['CreateGroup', 'UpdateGroup', 'DeleteGroup', 'CreateUserPoolDomain', 'UpdateUserPoolDomain', 'DeleteUserPoolDomain'],
  UserPoolClientRead: ['DescribeUserPoolClient', 'ListUserPoolClients'],
  UserPoolClientUpdate: ['CreateUserPoolClient', 'UpdateUserPoolClient', 'DeleteUserPoolClient'],
};

export const OPERATION_CATEGORY: ReadonlyMap<string, QuotaCategory> = new Map(
  (Object.entries(CATEGORY_OPERATIONS) as Array<[QuotaCategory, readonly string[]]>).flatMap(([category, operations]) => operations.map((op) => [op, category] as const)),
);

const PER_POOL_CATEGORIES: ReadonlySet<QuotaCategory> = new Set(['UserPoolResourceRead', 'UserPoolResourceUpdate', 'UserPoolClientRead', 'UserPoolClientUpdate']);
const PER_POOL_RPS = 5;
const CHALLENGE_ANSWERS = new Set(['RespondToAuthChallenge', 'AdminRespondToAuthChallenge']);

export type QuotaSetting = 'cognito-defaults' | Partial<Record<QuotaCategory, number>>;

export interface CategoryUsage {
  /** Requests of the category (CloudWatch's CallCount). */
  calls: number;
  /** Of those, answered TooManyRequestsException by a quota or by throttleFraction (ThrottleCount). */
  throttled: number;
  /** Of the throttled, those refused because a quota was spent (not picked by throttleFraction): what a
   *  client that keeps to the quota never meets. */
  overQuota: number;
  /** The most requests of the category that arrived within one second of the double's clock (any window
   *  [t, t + 1 s)), throttled ones included: the rate Cognito saw, which the quota is about. */
  busiestSecond: number;
}

/** A bucket of one second's tokens, refilled at `rate` a second; a request takes one. */
class TokenBucket {
  private tokens: number;
  private last: number;
  /** One second's worth (at least one request, so a rate below 1 still lets some through). */
  private readonly capacity: number;

  constructor(
    private readonly rate: number,
    private readonly now: () => number,
  ) {
    this.capacity = rate > 0 ? Math.max(1, rate) : 0;
    this.tokens = this.capacity;
    this.last = now();
  }

  available(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + (Math.max(0, now - this.last) * this.rate) / 1000);
    this.last = now;
    return this.tokens >= 1;
  }

  take(): void {
    this.tokens -= 1;
  }
}

/** mulberry32: a small seeded generator, so "10 % throttled" is the same 10 % on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface QuotaOptions {
  quotas?: QuotaSetting;
  /** Share of calls (0–1) throttled at random, whatever the quotas. Read on every call. */
  throttleFraction: () => number;
  randomSeed?: number;
  now: () => number;
}

export class Quotas {
  private readonly rates: Partial<Record<QuotaCategory, number>>;
  private readonly perPool: boolean;
  private buckets = new Map<string, TokenBucket>();
  private usage = new Map<QuotaCategory, { calls: number; throttled: number; overQuota: number }>();
  /** When each request of a category arrived, on the double's clock. */
  private arrivals = new Map<QuotaCategory, number[]>();
  private readonly random: () => number;

  constructor(private readonly options: QuotaOptions) {
    this.rates = options.quotas === 'cognito-defaults' ? COGNITO_DEFAULT_QUOTAS : (options.quotas ?? {});
    this.perPool = options.quotas === 'cognito-defaults';
    this.random = seededRandom(options.randomSeed ?? 1);
  }

  /** TooManyRequestsException when this call is over a quota (or picked by throttleFraction), else undefined. */
  admit(operation: string, input: Input): ServiceError | undefined {
    const category = OPERATION_CATEGORY.get(operation);
    const usage = category && this.usageOf(category);
    if (usage) usage.calls++;
    if (category) this.arrivalsOf(category).push(this.options.now());
    const random = this.randomlyThrottled();
    const overQuota = !random && category !== undefined && !this.take(operation, category, input);
    if (!random && !overQuota) return undefined;
    if (usage) usage.throttled++;
    if (usage && overQuota) usage.overQuota++;
    return new ServiceError('TooManyRequestsException', 'Too many requests');
  }

  /** Calls and throttles per category since the start or the last reset. */
  report(): Partial<Record<QuotaCategory, CategoryUsage>> {
    return Object.fromEntries([...this.usage].map(([category, usage]) => [category, { ...usage, busiestSecond: busiestSecond(this.arrivalsOf(category)) }]));
  }

  /** Full buckets and zero counters. */
  reset(): void {
    this.buckets = new Map();
    this.usage = new Map();
    this.arrivals = new Map();
  }

  private randomlyThrottled(): boolean {
    const fraction = this.options.throttleFraction();
    return fraction > 0 && this.random() < fraction;
  }

  /** Takes a token from each bucket the call needs, or none when one of them is empty. */
  private take(operation: string, category: QuotaCategory, input: Input): boolean {
    const rate = this.rates[category];
    if (rate === undefined) return true;
    const needed: TokenBucket[] = [];
    if (CHALLENGE_ANSWERS.has(operation)) {
      // Up to three times the category's rate on their own; the excess counts towards the category.
      const own = this.bucket('challenge-answers', rate * 3);
      needed.push(own.available() ? own : this.bucket(category, rate));
    } else {
      needed.push(this.bucket(category, rate));
    }
    if (this.perPool && PER_POOL_CATEGORIES.has(category) && typeof input.UserPoolId === 'string') {
      needed.push(this.bucket(`${operation}/${input.UserPoolId}`, PER_POOL_RPS));
    }
    if (!needed.every((bucket) => bucket.available())) return false;
    for (const bucket of needed) bucket.take();
    return true;
  }

  private bucket(key: string, rate: number): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new TokenBucket(rate, this.options.now)));
    return bucket;
  }

  private usageOf(category: QuotaCategory): { calls: number; throttled: number; overQuota: number } {
    let usage = this.usage.get(category);
    if (!usage) this.usage.set(category, (usage = { calls: 0, throttled: 0, overQuota: 0 }));
    return usage;
  }

  private arrivalsOf(category: QuotaCategory): number[] {
    let arrivals = this.arrivals.get(category);
    if (!arrivals) this.arrivals.set(category, (arrivals = []));
    return arrivals;
  }
}

/** The most of these times within one second [t, t + 1000 ms): two pointers over the sorted times. */
function busiestSecond(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let first = 0, last = 0; last < sorted.length; last++) {
    while (sorted[last] - sorted[first] >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}
