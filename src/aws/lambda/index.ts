// Entry of the Lambda bundle (dist/lambda.js): the Lambda SDK client and the calls Edit Lambda Triggers
// makes with it, apart from dist/aws.js so that the Cognito calls never load it; src/aws/lambdaBundle.ts
// requires this file (esbuild makes that require('./lambda.js')) on the first Lambda call.
import { LambdaClient, type LambdaClientConfig } from '@aws-sdk/client-lambda';
import type { CallLog } from '../../shared/callLogLine';
import type { FunctionsApi } from '../../shared/types';
import { FunctionCalls } from './functionCalls';

export interface LambdaConnection {
  region: string;
  /** An emulator's endpoint: Lambda calls go there too (the AWS-faithful double serves a few). */
  endpoint?: string;
  /** The Cognito connection's own credentials (aws.js resolved them), so this bundle has no provider chain of its own. */
  credentials: LambdaClientConfig['credentials'];
  profile?: string;
  log?: CallLog;
}

export function createFunctionsService(connection: LambdaConnection): { functions: FunctionsApi } {
  const client = new LambdaClient({ region: connection.region, endpoint: connection.endpoint, credentials: connection.credentials });
  return { functions: new FunctionCalls(client, { region: connection.region, profile: connection.profile, customEndpoint: connection.endpoint !== undefined, log: connection.log }) };
}
