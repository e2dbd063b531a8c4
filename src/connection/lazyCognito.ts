import { CognitoError, toCognitoError } from '../shared/errors';
import type { CallLog } from '../shared/callLogLine';
import type { CognitoApi } from '../shared/types';
import { awsBundle } from '../aws/awsBundle';
import { identityBundle } from '../aws/identityBundle';
import { lambdaBundle } from '../aws/lambdaBundle';
import { checkEndpoint } from './endpoint';
import { LazyStart, lazyApi, resourcesOf } from './lazyApi';
import type { ConnectionSettings } from '../shared/settings';

// A CognitoApi that loads the AWS bundle and builds the real service on its first call, so activation
// never pays for the SDK. Errors leave as this bundle's CognitoError, whichever bundle threw them, named
// by the call (`users.setEnabled`) when nothing better names them.
//
// Lambda (a pool's trigger functions) is a second service: a second LazyStart loads dist/lambda.js on the
// first `functions` call, with the region and credentials the first one resolved (an endpoint connection
// sends Lambda calls to the same endpoint), and its resource joins the same lazyApi() call. Identity pools
// (Cognito Identity, and IAM's roles for them) are a third, the same way, from dist/identity.js.

export interface LazyCognito extends CognitoApi {
  /** Settings changed: the next call builds the service anew. */
  reset(): void;
  /** The region in use, once resolved (it may come from the profile). */
  region(): Promise<string>;
}

export function lazyCognito(settings: () => ConnectionSettings, log?: CallLog): LazyCognito {
  const userPools = new LazyStart(async () => {
    const current = settings();
    const endpointProblem = current.endpoint ? checkEndpoint(current.endpoint) : undefined;
    if (endpointProblem) throw new CognitoError(`${endpointProblem.replace(/\.$/, '')} (setting cognito.endpoint).`, 'invalidParameter');
    return awsBundle().createCognitoService(current, log);
  });
  const lambda = new LazyStart(async () => {
    const { region, credentials, profile } = await userPools.get();
    return lambdaBundle().createFunctionsService({ region, endpoint: settings().endpoint, credentials, profile, log });
  });
  const identity = new LazyStart(async () => {
    const { region, credentials, profile } = await userPools.get();
    return identityBundle().createIdentityService({ region, endpoint: settings().endpoint, credentials, profile, log });
  });
  const service = async () => (await userPools.get()).service;
  const api = lazyApi<CognitoApi>(
    { ...resourcesOf(service, ['pools', 'clients', 'users', 'groups', 'auth', 'mfa', 'domains', 'resourceServers', 'identityProviders']), ...resourcesOf(() => lambda.get(), ['functions']), ...resourcesOf(() => identity.get(), ['identityPools', 'roles']) },
    (error, operation) => toCognitoError(error, { operation }),
  );
  return {
    ...api,
    reset: () => {
      userPools.reset();
      lambda.reset();
      identity.reset();
    },
    region: async () => (await userPools.get()).region,
  };
}
