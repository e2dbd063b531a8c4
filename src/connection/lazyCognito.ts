import { CognitoError, toCognitoError } from '../shared/errors';
import type { CallLog } from '../shared/callLogLine';
import type { CognitoApi } from '../shared/types';
import { awsBundle } from '../aws/awsBundle';
import { checkEndpoint } from './endpoint';
import { LazyStart, lazyApi, resourcesOf } from './lazyApi';
import type { ConnectionSettings } from '../shared/settings';

// A CognitoApi that loads the AWS bundle and builds the real service on its first call, so activation
// never pays for the SDK. Errors leave as this bundle's CognitoError, whichever bundle threw them, named
// by the call (`users.setEnabled`) when nothing better names them.
//
// Identity pools (Cognito Identity, a second SDK client) will be a second LazyStart here, beside the
// first, whose resources join the same lazyApi() call: `...resourcesOf(identity, ['identityPools'])`.

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
  const service = async () => (await userPools.get()).service;
  const api = lazyApi<CognitoApi>({ ...resourcesOf(service, ['pools', 'clients', 'users', 'groups', 'auth']) }, (error, operation) => toCognitoError(error, { operation }));
  return {
    ...api,
    reset: () => userPools.reset(),
    region: async () => (await userPools.get()).region,
  };
}
