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
import type { CognitoApi, FunctionsApi } from '../../src/shared/types';
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

/** The extension's API on this client; `functions` on a Lambda client sent to the same endpoint, as lazyCognito() does. */
export function doubleService(client: CognitoIdentityProviderClient): CognitoApi {
  const identity = sameEndpointIdentity(client);
  return { ...cognitoService(client, { region: EMULATOR_REGION }), functions: sameEndpointFunctions(client), identityPools: identity.identityPools, roles: identity.roles };
}

/** Cognito Identity and IAM at the client's endpoint, as lazyCognito() sends them, built on the first call. */
function sameEndpointIdentity(client: CognitoIdentityProviderClient): Pick<CognitoApi, 'identityPools' | 'roles'> {
  let built: ReturnType<typeof createIdentityService> | undefined;
  const service = async () => (built ??= createIdentityService({ region: EMULATOR_REGION, endpoint: await endpointOf(client), credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }));
  return {
    identityPools: forwarding(async () => (await service()).identityPools),
    roles: forwarding(async () => (await service()).roles),
  };
}

/** An API whose every method awaits the real one first. */
function forwarding<T extends object>(real: () => Promise<T>): T {
  return new Proxy({} as T, { get: (_, method) => async (...args: unknown[]) => ((await real()) as Record<string | symbol, (...a: unknown[]) => unknown>)[method](...args) });
}

async function endpointOf(client: CognitoIdentityProviderClient): Promise<string | undefined> {
  const endpoint = await client.config.endpoint?.();
  return endpoint ? `${endpoint.protocol}//${endpoint.hostname}${endpoint.port ? `:${endpoint.port}` : ''}${endpoint.path}` : undefined;
}

function sameEndpointFunctions(client: CognitoIdentityProviderClient): FunctionsApi {
  const functions = async () => createFunctionsService({ region: EMULATOR_REGION, endpoint: await endpointOf(client), credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }).functions;
  return {
    list: async (nextToken) => (await functions()).list(nextToken),
    allowCognito: async (functionArn, poolArn) => (await functions()).allowCognito(functionArn, poolArn),
  };
}
