import type { CallLog, CallLogEntry } from '../shared/callLogLine';
import { toCognitoError, type CognitoError } from '../shared/errors';

// One SDK call of any AWS service the extension calls (Cognito user pools, Lambda, Cognito Identity, IAM): timed,
// recorded in the call log with its request id, and any failure turned into a CognitoError. Every AWS bundle
// (aws.js, lambda.js, identity.js) carries this small file.

export type { CallLog, CallLogEntry };

export interface ServiceContext {
  region: string;
  profile?: string;
  /** Requests go to a custom endpoint (an emulator), not AWS's regional one. */
  customEndpoint?: boolean;
  log?: CallLog;
}

/** `convert`: another service's refusals in its own sentences (Lambda's, Cognito Identity's); Cognito's by default. */
export async function callCognito<Output extends { $metadata?: { requestId?: string } }>(
  context: ServiceContext,
  operation: string,
  send: () => Promise<Output>,
  convert: (error: unknown) => CognitoError = (error) => toCognitoError(error, { operation, profile: context.profile, region: context.region, customEndpoint: context.customEndpoint }),
): Promise<Output> {
  const started = Date.now();
  const { region, log } = context;
  try {
    const out = await send();
    log?.call({ operation, region, ms: Date.now() - started, requestId: out.$metadata?.requestId });
    return out;
  } catch (error) {
    const requestId = (error as { $metadata?: { requestId?: string } })?.$metadata?.requestId;
    const cognitoError = convert(error);
    cognitoError.attempts = (error as { $metadata?: { attempts?: number } })?.$metadata?.attempts;
    log?.call({ operation, region, ms: Date.now() - started, requestId, error: cognitoError.awsName ?? cognitoError.kind });
    throw cognitoError;
  }
}

