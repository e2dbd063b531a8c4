import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { CognitoError } from '../shared/errors';
import { cognitoService, type CallLog } from './cognito/service';
import type { UserPoolsApi } from '../shared/types';
import { signsWithAwsCredentials } from '../connection/awsHosts';
import { profileName, type ConnectionSettings } from '../shared/settings';
import { profileExists, resolveRegion } from './profiles';

/** What an endpoint that is not Cognito's own is signed with (awsHosts.ts): emulators do not check
 *  credentials, but the SDK still signs every request, and the person's keys are not for other hosts. */
export const PLACEHOLDER_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export interface Connected {
  service: UserPoolsApi;
  region: string;
  /** What the service signs with, handed to the Lambda client too (src/aws/lambda/index.ts), so dist/lambda.js
   *  needs no credential chain of its own. */
  credentials: ReturnType<typeof credentialsFor> | typeof PLACEHOLDER_CREDENTIALS;
  profile?: string;
}

export async function createCognitoService(settings: ConnectionSettings, log?: CallLog): Promise<Connected> {
  const region = await resolveRegion(settings);
  const signsForAws = signsWithAwsCredentials(settings);
  if (signsForAws && settings.profile && !(await profileExists(settings.profile))) {
    // Its own kind: the tree shows this sentence as an error node, not the generic no-credentials welcome.
    throw new CognitoError(`The AWS profile "${settings.profile}" is not in your AWS config or credentials file; select another profile.`, 'missingProfile');
  }
  const credentials = signsForAws ? credentialsFor(settings.profile) : PLACEHOLDER_CREDENTIALS;
  const client = new CognitoIdentityProviderClient({ region, endpoint: settings.endpoint, credentials });
  const context = { region, profile: profileName(settings, process.env), customEndpoint: settings.endpoint !== undefined, log };
  return { service: cognitoService(client, context), region, credentials, profile: context.profile };
}

/**
 * The whole chain, as the AWS CLI: environment, SSO, credential_process, assume-role, files, …
 * A profile is named only when one is chosen, since naming one makes the chain skip the environment.
 */
export function credentialsFor(profile: string | undefined) {
  return fromNodeProviderChain(profile ? { profile } : {});
}
