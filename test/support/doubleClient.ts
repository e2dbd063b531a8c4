// The SDK client and the per-resource CognitoApi the integration tests point at the double.
// Retries: by default the SDK's own standard strategy (same error classification, same default of 3
// attempts, same retry quota) with a fixed 1 ms backoff instead of the SDK's random exponential one (up
// to 1 s, then 2 s, for throttling), so fault tests stay fast. `sdkDefaultRetries` leaves the client
// exactly as the extension builds it.
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { ConfiguredRetryStrategy, DEFAULT_MAX_ATTEMPTS } from '@smithy/core/retry';
import { cognitoService } from '../../src/aws/cognito/service';
import { createFunctionsService } from '../../src/aws/lambda/index';
import { createIdentityService } from '../../src/aws/identity/index';
import { LazyStart, lazyApi, resourcesOf } from '../../src/connection/lazyApi';
import type { CognitoApi } from '../../src/shared/types';
import { emulatorClient, EMULATOR_REGION } from './emulatorClient';

export interface DoubleClientOptions {
  /** Default: the SDK's default, 3. */
  maxAttempts?: number;
  /** Keep the SDK's default retry strategy and backoff (what the extension uses). */
  sdkDefaultRetries?: boolean;
}

export function doubleClient(endpoint: string, options: DoubleClientOptions = {}): CognitoIdentityProviderClient {
  return emulatorClient(
    endpoint,
    options.sdkDefaultRetries ? { maxAttempts: options.maxAttempts } : { retryStrategy: new ConfiguredRetryStrategy(options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, 1) },
  );
}

/** The extension's API on this client; `functions`, `identityPools` and `roles` on the Lambda, Cognito Identity
 *  and IAM clients sent to the same endpoint, each built on its first call, as lazyCognito() does. */
export function doubleService(client: CognitoIdentityProviderClient): CognitoApi {
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const lambda = new LazyStart(async () => createFunctionsService({ region: EMULATOR_REGION, endpoint: await endpointOf(client), credentials }));
  const identity = new LazyStart(async () => createIdentityService({ region: EMULATOR_REGION, endpoint: await endpointOf(client), credentials }));
  const otherServices = lazyApi<Pick<CognitoApi, 'functions' | 'identityPools' | 'roles'>>(
    { ...resourcesOf(() => lambda.get(), ['functions']), ...resourcesOf(() => identity.get(), ['identityPools', 'roles']) },
    (error) => error,
  );
  return { ...cognitoService(client, { region: EMULATOR_REGION }), ...otherServices };
}

async function endpointOf(client: CognitoIdentityProviderClient): Promise<string | undefined> {
  const endpoint = await client.config.endpoint?.();
  return endpoint ? `${endpoint.protocol}//${endpoint.hostname}${endpoint.port ? `:${endpoint.port}` : ''}${endpoint.path}` : undefined;
}
