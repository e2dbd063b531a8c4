// src/shared/ is what several bundles share, each bundle getting its own copy: the domain types and the
// per-resource APIs (api/), errors and their sentences, the cross-bundle `instanceof` mark, the settings,
// attribute rules, filters and paging. It never imports the AWS SDK; the code that calls Cognito through
// the SDK lives in src/aws/cognito/ and lands in dist/aws.js only (eslint.config.mjs and
// test/unit/bundleContents.test.ts hold that true).
//
// Plain domain types: what the rest of the extension knows about Cognito, one file per resource under
// api/ (its types and its API), gathered here so one import serves. No SDK types leak past src/aws/, so
// tree, flows and tests work with these alone.

import type { AppClientsApi } from './api/appClients';
import type { AuthApi } from './api/auth';
import type { DomainsApi } from './api/domains';
import type { FunctionsApi } from './api/functions';
import type { GroupsApi } from './api/groups';
import type { IdentityProvidersApi } from './api/identityProviders';
import type { IdentityPoolsApi, RolesApi } from './api/identityPools';
import type { MfaApi } from './api/mfa';
import type { PoolsApi } from './api/pools';
import type { ResourceServersApi } from './api/resourceServers';
import type { UsersApi } from './api/users';

export * from './api/page';
export * from './api/pools';
export * from './api/customAttributes';
export * from './api/poolMessaging';
export * from './api/poolMfa';
export * from './api/appClients';
export * from './api/appClientChange';
export * from './api/users';
export * from './api/groups';
export * from './api/auth';
export * from './api/mfa';
export * from './api/resourceServers';
export * from './api/identityProviders';
export * from './api/domains';
export * from './api/functions';
export * from './api/identityPools';

/**
 * Everything the extension asks of Cognito, one API per resource: `cognito.users.setEnabled(…)`.
 * src/aws/cognito/service.ts builds it from one call class per resource (the AWS SDK, in dist/aws.js);
 * src/connection/lazyCognito.ts hands out a stand-in that loads that bundle on the first call.
 *
 * Room to grow: a resource of the same service (resource servers) is one more member here, its
 * API file under api/, its call class, and one line in service.ts and in lazyCognito.ts. Identity pools
 * belong to a second service (Cognito Identity, its own SDK client): a member here like the others,
 * implemented in src/aws/ beside the first service's calls and loaded by a second loader in
 * lazyCognito.ts through the same lazyApi() — not a copy of this stack. Lambda is the first such service:
 * `functions` (a pool's trigger functions) comes from dist/lambda.js through a second LazyStart there;
 * `identityPools` and `roles` from dist/identity.js through a third.
 */
export interface CognitoApi extends UserPoolsApi {
  functions: FunctionsApi;
  /** Cognito Identity (dist/identity.js). */
  identityPools: IdentityPoolsApi;
  /** IAM's roles that identity pools may use (dist/identity.js). */
  roles: RolesApi;
}

/** What Cognito user pools' own SDK client serves (src/aws/cognito/service.ts): every resource but the other services'. */
export interface UserPoolsApi {
  pools: PoolsApi;
  clients: AppClientsApi;
  users: UsersApi;
  groups: GroupsApi;
  auth: AuthApi;
  mfa: MfaApi;
  resourceServers: ResourceServersApi;
  identityProviders: IdentityProvidersApi;
  domains: DomainsApi;
}
