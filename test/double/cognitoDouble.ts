// A Cognito user pools test double: an HTTP server that the real AWS SDK client talks to (set `endpoint`),
// for what cognito-local cannot show: paging, throttling and dropped connections.
//
// Faithful to AWS (service model and documented behaviour) in:
// - protocol: JSON 1.1 (`POST /`, `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`,
//   `application/x-amz-json-1.1`), errors as HTTP 400 `{"__type","message"}` plus `x-amzn-ErrorType`,
//   and `x-amzn-RequestId` on every answer, so the SDK surfaces `error.name` and `$metadata.requestId`;
// - limits: ListUserPools `MaxResults` required, 1–60; ListUserPoolClients `MaxResults` 1–60, default 60;
//   ListUsers `Limit` 0–60, default 60 (0 is taken as the default); a bad value is InvalidParameterException
//   with AWS's "1 validation error detected: …" wording; an unknown pool is ResourceNotFoundException;
// - paging: opaque tokens (NextToken, PaginationToken for ListUsers), refused when unknown or from another
//   listing; optionally pages shorter than the limit that still carry a token, and a token that leads to
//   an empty last page, both of which AWS does;
// - ListUsers `Filter`: `attr = "v"` / `attr ^= "v"` with `\"` and `\\` escapes, on the attributes AWS
//   allows (username, email, phone_number, name, given_name, family_name, preferred_username,
//   cognito:user_status, status, sub); anything else is InvalidParameterException;
// - faults: TooManyRequestsException (the SDK retries it as throttling) and a destroyed socket (the SDK
//   sees ECONNRESET "socket hang up" and retries it as transient).
// Not modelled: authentication (signatures are not checked), creation calls, quotas by rate, ordering
// guarantees (pools and users come back in seed order; AWS promises no order).
//
//   const double = await startCognitoDouble({ pools: [{ name: 'big', users: 100_000, appClients: 3 }] });
//   new CognitoIdentityProviderClient({ endpoint: double.endpoint, region: 'us-east-1', credentials: … });
//   double.throttleNext(1); … double.calls …; await double.stop();
import { seedPools, type DoubleUser, type PoolSeed, type SeededPool } from './data';
import { FilterError, matchesFilter, parseFilter } from './filter';
import { Pager } from './pages';
import { ServiceError, startJsonServer, type Faults, type Input, type Operation, type RecordedCall } from './server';

export type { PoolSeed, UserSeed, SeededPool } from './data';
export type { RecordedCall, Faults } from './server';

export interface CognitoDoubleOptions {
  pools?: PoolSeed[];
  /** Region in generated pool ids and ARNs. Default us-east-1. */
  region?: string;
  /** Most items any page holds, whatever the request asks. Default 60. */
  pageSizeCap?: number;
  /** Each page looks at no more than this many entries (before the ListUsers filter), so pages come back
   * shorter than the limit, with a token while the listing goes on. Default: off. */
  shortPages?: number;
  /** A listing that ends with a full page still gets a token, leading to an empty page. Default false. */
  emptyLastPage?: boolean;
  /** Fixed delay before every answer, in ms. Default 0. */
  latencyMs?: number;
}

export interface CognitoDouble {
  /** `http://127.0.0.1:<port>`, for the SDK client's `endpoint`. */
  endpoint: string;
  /** Every request, in order: operation, parsed input and outcome. Clear it with `calls.length = 0`. */
  calls: RecordedCall[];
  /** The seeded pools, in listing order (ids, and `user(i)` / `appClient(i)` to compute expectations). */
  pools: readonly SeededPool[];
  setFaults(faults: Partial<Faults>): void;
  /** The next n calls answer TooManyRequestsException. */
  throttleNext(n: number): void;
  /** The next n calls have their connection destroyed without an answer. */
  dropNext(n: number): void;
  stop(): Promise<void>;
}

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService';
const MAX_PAGE = 60;
const ACCOUNT = '123456789012';

export async function startCognitoDouble(options: CognitoDoubleOptions = {}): Promise<CognitoDouble> {
  const region = options.region ?? 'us-east-1';
  const pools = seedPools(options.pools ?? [], region);
  const pager = new Pager({ cap: options.pageSizeCap ?? MAX_PAGE, scanWindow: options.shortPages, emptyLastPage: options.emptyLastPage });
  const operations = cognitoOperations(pools, pager);
  const faults: Faults = { throttle: 0, drop: 0, latencyMs: options.latencyMs ?? 0 };
  const server = await startJsonServer(TARGET_PREFIX, operations, faults);
  return {
    endpoint: server.endpoint,
    calls: server.calls,
    pools,
    setFaults: (changes) => Object.assign(faults, changes),
    throttleNext: (n) => void (faults.throttle = n),
    dropNext: (n) => void (faults.drop = n),
    stop: server.stop,
  };
}

function cognitoOperations(pools: readonly SeededPool[], pager: Pager): Record<string, Operation> {
  const poolOf = (input: Input): SeededPool => {
    const id = input.UserPoolId;
    if (typeof id !== 'string') throw validationError('userPoolId', id, 'Member must not be null');
    if (id.length > 55 || !/^[\w-]+_[0-9a-zA-Z]+$/.test(id)) {
      throw validationError('userPoolId', id, 'Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+');
    }
    const pool = pools.find((p) => p.id === id);
    if (!pool) throw new ServiceError('ResourceNotFoundException', `User pool ${id} does not exist.`);
    return pool;
  };

  return {
    ListUserPools(input) {
      const maxResults = pageSize(input, 'MaxResults', 1, true);
      const page = pager.page('ListUserPools', tokenOf(input, 'NextToken'), maxResults, pools.length, (i) => pools[i]);
      return {
        UserPools: page.items.map((p) => ({ Id: p.id, Name: p.name, LambdaConfig: {}, CreationDate: seconds(p.created), LastModifiedDate: seconds(p.created) })),
        NextToken: page.nextToken,
      };
    },

    ListUserPoolClients(input) {
      const pool = poolOf(input);
      const maxResults = pageSize(input, 'MaxResults', 1, false);
      const page = pager.page(`ListUserPoolClients/${pool.id}`, tokenOf(input, 'NextToken'), maxResults, pool.appClientCount, (i) => pool.appClient(i));
      return {
        UserPoolClients: page.items.map((c) => ({ ClientId: c.clientId, UserPoolId: pool.id, ClientName: c.name })),
        NextToken: page.nextToken,
      };
    },

    ListUsers(input) {
      const pool = poolOf(input);
      const limit = pageSize(input, 'Limit', 0, false);
      const filterText = input.Filter === undefined ? undefined : String(input.Filter);
      let filter;
      try {
        filter = parseFilter(filterText);
      } catch (error) {
        if (error instanceof FilterError) throw new ServiceError('InvalidParameterException', error.message);
        throw error;
      }
      const wanted = Array.isArray(input.AttributesToGet) ? new Set(input.AttributesToGet.map(String)) : undefined;
      const listing = `ListUsers/${pool.id}/${filterText ?? ''}`;
      const page = pager.page(listing, tokenOf(input, 'PaginationToken'), limit, pool.userCount, (i) => {
        const user = pool.user(i);
        return !filter || matchesFilter(filter, user) ? user : undefined;
      });
      return { Users: page.items.map((u) => userType(u, wanted)), PaginationToken: page.nextToken };
    },

    DescribeUserPool(input) {
      const pool = poolOf(input);
      const region = pool.id.slice(0, pool.id.indexOf('_'));
      return {
        UserPool: {
          Id: pool.id,
          Name: pool.name,
          Arn: `arn:aws:cognito-idp:${region}:${ACCOUNT}:userpool/${pool.id}`,
          CreationDate: seconds(pool.created),
          LastModifiedDate: seconds(pool.created),
          EstimatedNumberOfUsers: pool.userCount,
          MfaConfiguration: 'OFF',
          UsernameConfiguration: { CaseSensitive: false },
          Policies: {
            PasswordPolicy: {
              MinimumLength: 8,
              RequireUppercase: true,
              RequireLowercase: true,
              RequireNumbers: true,
              RequireSymbols: true,
              TemporaryPasswordValidityDays: 7,
            },
          },
        },
      };
    },
  };
}

/** A page size member: absent gives 60 (or a validation error when required); 0 is the default too. */
function pageSize(input: Input, member: 'MaxResults' | 'Limit', min: number, required: boolean): number {
  const value = input[member];
  const name = member === 'Limit' ? 'limit' : 'maxResults';
  if (value === undefined || value === null) {
    if (required) throw validationError(name, value, 'Member must not be null');
    return MAX_PAGE;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ServiceError('SerializationException', `NUMBER_VALUE can not be converted to an Integer`);
  }
  if (value < min) throw validationError(name, value, `Member must have value greater than or equal to ${min}`);
  if (value > MAX_PAGE) throw validationError(name, value, `Member must have value less than or equal to ${MAX_PAGE}`);
  return value === 0 ? MAX_PAGE : value;
}

function tokenOf(input: Input, member: 'NextToken' | 'PaginationToken'): string | undefined {
  const token = input[member];
  if (token === undefined || token === null) return undefined;
  if (typeof token !== 'string' || token === '') throw validationError(member === 'NextToken' ? 'nextToken' : 'paginationToken', token, 'Member must have length greater than or equal to 1');
  return token;
}

function validationError(member: string, value: unknown, constraint: string): ServiceError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
  return new ServiceError('InvalidParameterException', `1 validation error detected: Value ${shown} at '${member}' failed to satisfy constraint: ${constraint}`);
}

function userType(user: DoubleUser, wanted: Set<string> | undefined) {
  const attributes = Object.entries(user.attributes).filter(([name]) => !wanted || wanted.has(name));
  return {
    Username: user.username,
    Attributes: attributes.map(([Name, Value]) => ({ Name, Value })),
    UserCreateDate: seconds(user.created),
    UserLastModifiedDate: seconds(user.created),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

/** JSON 1.1 sends timestamps as epoch seconds. */
function seconds(date: Date): number {
  return date.getTime() / 1000;
}
