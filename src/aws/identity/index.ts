// Entry of the identity bundle (dist/identity.js): Cognito Identity's and IAM's SDK clients and the calls the
// identity-pool flows make with them, apart from dist/aws.js so that the user pool calls never load them;
// src/aws/identityBundle.ts requires this file (esbuild makes that require('./identity.js')) on the first call.
import { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import { IAMClient } from '@aws-sdk/client-iam';
import type { CallLog } from '../../shared/callLogLine';
import type { IdentityPoolsApi, RolesApi } from '../../shared/types';
import type { LambdaConnection } from '../lambda/index';
import { IdentityPoolCalls } from './identityPoolCalls';
import { RoleCalls } from './roleCalls';

/** The same connection a Lambda client gets: the Cognito connection's region, endpoint and credentials. */
export type IdentityConnection = LambdaConnection & { log?: CallLog };

export function createIdentityService(connection: IdentityConnection): { identityPools: IdentityPoolsApi; roles: RolesApi } {
  const { region, endpoint, credentials, profile, log } = connection;
  // An emulator serves Cognito Identity and IAM at the endpoint it serves user pools at.
  const context = { region, profile, customEndpoint: endpoint !== undefined, log };
  return {
    identityPools: new IdentityPoolCalls(new CognitoIdentityClient({ region, endpoint, credentials }), context),
    roles: new RoleCalls(new IAMClient({ region, endpoint, credentials }), context),
  };
}
