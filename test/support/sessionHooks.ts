// Mocha session hooks for plain-Node tests: one line in a describe block starts what its tests talk to
// before the first of them and stops it after the last, instead of a before/after pair in every file.
// Each returns a handle whose fields are ready inside tests (and in the block's later before hooks); read
// earlier, they throw a sentence saying so rather than hand out undefined.
import type { CognitoIdentityProviderClient, CognitoIdentityProviderClientConfig } from '@aws-sdk/client-cognito-identity-provider';
import { startCognitoDouble, type CognitoDouble, type CognitoDoubleOptions } from '../double/cognitoDouble';
import { cognitoLocalEndpoint, startCognitoLocal, type CognitoLocal, type CognitoLocalOptions } from './cognitoLocal';
import { emulatorClient } from './emulatorClient';
import { startedIn } from './startedIn';

export interface EmulatorHandle {
  readonly endpoint: string;
  /** A plain SDK client on it: to set up and to read back, never through the extension. */
  readonly client: CognitoIdentityProviderClient;
}

export interface DoubleHandle extends EmulatorHandle {
  readonly double: CognitoDouble;
}

/** How a handle's SDK client is made: extra client config, or a maker (e.g. doubleClient's 1 ms retries). */
export type ClientMaker = CognitoIdentityProviderClientConfig | ((endpoint: string) => CognitoIdentityProviderClient);

function makeClient(endpoint: string, maker: ClientMaker): CognitoIdentityProviderClient {
  return typeof maker === 'function' ? maker(endpoint) : emulatorClient(endpoint, maker);
}

/** The level's own cognito-local (COGNITO_LOCAL_ENDPOINT, started by the runner), with an SDK client on it. */
export function useEmulator(client: ClientMaker = {}): EmulatorHandle {
  const state = startedIn<{ endpoint: string; client: CognitoIdentityProviderClient }>('the emulator client');
  before(() => {
    const endpoint = cognitoLocalEndpoint();
    state.set({ endpoint, client: makeClient(endpoint, client) });
  });
  after(() => {
    state.peek()?.client.destroy();
    state.set(undefined);
  });
  return {
    get endpoint() {
      return state.get().endpoint;
    },
    get client() {
      return state.get().client;
    },
  };
}

/** A service the block starts for itself (an emulator, the double), with an SDK client on it; stopped after. */
function useOwnService<S extends { endpoint: string; stop(): Promise<void> }>(what: string, start: () => Promise<S>, client: ClientMaker, startTimeoutMs = 0) {
  const state = startedIn<{ service: S; client: CognitoIdentityProviderClient }>(what);
  before(async function () {
    this.timeout(Math.max(this.timeout(), startTimeoutMs));
    const service = await start();
    state.set({ service, client: makeClient(service.endpoint, client) });
  });
  after(async () => {
    const started = state.peek();
    state.set(undefined);
    started?.client.destroy();
    await started?.service.stop();
  });
  return state;
}

/** A cognito-local of the block's own (a fresh folder and port), e.g. the second of two connections. */
export function useOwnEmulator(options: CognitoLocalOptions = {}, client: ClientMaker = {}): EmulatorHandle & { readonly emulator: CognitoLocal } {
  // A cold start of the emulator takes seconds on a busy machine.
  const state = useOwnService('the block’s own cognito-local', () => startCognitoLocal(options), client, 40_000);
  return {
    get emulator() {
      return state.get().service;
    },
    get endpoint() {
      return state.get().service.endpoint;
    },
    get client() {
      return state.get().client;
    },
  };
}

/** The AWS-faithful double (test/double/), started with these options for the block, with an SDK client on it. */
export function useDouble(options: CognitoDoubleOptions = {}, client: ClientMaker = {}): DoubleHandle {
  const state = useOwnService('the double', () => startCognitoDouble(options), client);
  return {
    get double() {
      return state.get().service;
    },
    get endpoint() {
      return state.get().service.endpoint;
    },
    get client() {
      return state.get().client;
    },
  };
}
