import type { Page } from './page';

// A pool's resource servers (ResourceServersApi, implemented by src/aws/cognito/resourceServerCalls.ts): an
// API that app clients get access tokens for, and the custom scopes it defines. A client asks for a custom
// scope as `<identifier>/<scope name>` (AllowedOAuthScopes), and the access token carries it so.

export interface ResourceServerScope {
  name: string;
  description: string;
}

export interface ResourceServer {
  userPoolId: string;
  /** Unique in the pool and fixed once created: usually the API's URL (https://api.example.com). */
  identifier: string;
  name: string;
  scopes: ResourceServerScope[];
}

/** The scope as an app client names it: `<identifier>/<scope name>`. */
export function customScope(server: Pick<ResourceServer, 'identifier'>, scope: Pick<ResourceServerScope, 'name'>): string {
  return `${server.identifier}/${scope.name}`;
}

export interface ResourceServersApi {
  /** ListResourceServers, one page (MaxResults 50, AWS's most). */
  list(userPoolId: string, nextToken?: string): Promise<Page<ResourceServer>>;
  /** DescribeResourceServer. */
  describe(userPoolId: string, identifier: string): Promise<ResourceServer>;
  /** CreateResourceServer. */
  create(server: ResourceServer): Promise<ResourceServer>;
  /** UpdateResourceServer with the whole server: Cognito resets what an update leaves out, so the name and
   *  every scope to keep go with it. */
  update(server: ResourceServer): Promise<ResourceServer>;
  /** DeleteResourceServer. */
  delete(userPoolId: string, identifier: string): Promise<void>;
}
