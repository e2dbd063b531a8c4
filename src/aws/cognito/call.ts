import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { CallLog, CallLogEntry } from '../../shared/callLogLine';
import { toCognitoError } from '../../shared/errors';

// One SDK call: timed, recorded in the call log, and any failure turned into a CognitoError.

export type { CallLog, CallLogEntry };

export interface ServiceContext {
  region: string;
  profile?: string;
  /** Requests go to a custom endpoint (an emulator), not AWS's regional one. */
  customEndpoint?: boolean;
  log?: CallLog;
}

export async function callCognito<Output extends { $metadata?: { requestId?: string } }>(
  context: ServiceContext,
  operation: string,
  send: () => Promise<Output>,
): Promise<Output> {
  const started = Date.now();
  const { region, profile, customEndpoint, log } = context;
  try {
    const out = await send();
    log?.call({ operation, region, ms: Date.now() - started, requestId: out.$metadata?.requestId });
    return out;
  } catch (error) {
    const requestId = (error as { $metadata?: { requestId?: string } })?.$metadata?.requestId;
    const cognitoError = toCognitoError(error, { operation, profile, region, customEndpoint });
    cognitoError.attempts = (error as { $metadata?: { attempts?: number } })?.$metadata?.attempts;
    log?.call({ operation, region, ms: Date.now() - started, requestId, error: cognitoError.awsName ?? cognitoError.kind });
    throw cognitoError;
  }
}

/** What the per-resource call classes (pools, app clients, users, groups, sign-in) share: the SDK
 *  client and one `call` that logs and maps errors. */
export abstract class CallsOn {
  constructor(
    protected readonly client: CognitoIdentityProviderClient,
    private readonly context: ServiceContext,
  ) {}

  protected call<Output extends { $metadata?: { requestId?: string } }>(operation: string, send: () => Promise<Output>): Promise<Output> {
    return callCognito(this.context, operation, send);
  }
}
