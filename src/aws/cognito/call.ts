import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { callCognito, type ServiceContext } from '../serviceCall';

// What the user pool call classes share (one SDK client and one `call`); the call itself is serviceCall.ts's.

export { callCognito };
export type { CallLog, CallLogEntry, ServiceContext } from '../serviceCall';

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
