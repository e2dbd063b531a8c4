import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { AuthCalls } from './authCalls';
import { ClientCalls } from './clientCalls';
import { DomainCalls } from './domainCalls';
import { GroupCalls } from './groupCalls';
import { IdentityProviderCalls } from './identityProviderCalls';
import { MfaCalls } from './mfaCalls';
import { PoolCalls } from './poolCalls';
import { ResourceServerCalls } from './resourceServerCalls';
import { UserCalls } from './userCalls';
import type { ServiceContext } from './call';
import { reportMaybeActed } from './maybeActed';
import type { UserPoolsApi } from '../../shared/types';

export type { CallLog, CallLogEntry, ServiceContext } from './call';

/**
 * The only code that speaks to Cognito through the AWS SDK; everything else uses CognitoApi. One call
 * class per resource, each implementing its resource's API in full, all on one SDK client: nothing here
 * passes calls on. A new resource of this service is one more call class and one more line below.
 */
export function cognitoService(client: CognitoIdentityProviderClient, context: ServiceContext): UserPoolsApi {
  client.middlewareStack.use(reportMaybeActed as unknown as Parameters<typeof client.middlewareStack.use>[0]);
  return {
    pools: new PoolCalls(client, context),
    clients: new ClientCalls(client, context),
    users: new UserCalls(client, context),
    groups: new GroupCalls(client, context),
    auth: new AuthCalls(client, context),
    mfa: new MfaCalls(client, context),
    resourceServers: new ResourceServerCalls(client, context),
    identityProviders: new IdentityProviderCalls(client, context),
    domains: new DomainCalls(client, context),
  };
}
