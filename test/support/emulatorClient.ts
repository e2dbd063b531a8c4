// The AWS SDK's Cognito client on a local emulator (cognito-local) or the Cognito double, for tests and the demo
// seeding that check or set up the emulator directly, independently of the extension's own client code.
// The keys are placeholders: the emulators check no signature, and the tests never read the developer's own
// AWS setup (test/runners/awsIsolation.ts).
import { CognitoIdentityProviderClient, type CognitoIdentityProviderClientConfig } from '@aws-sdk/client-cognito-identity-provider';

export const EMULATOR_REGION = 'us-east-1';

/** A client for the emulator at endpoint; `config` adds to or overrides the defaults (e.g. retries). Destroy it when done. */
export function emulatorClient(endpoint: string, config: CognitoIdentityProviderClientConfig = {}): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint,
    region: EMULATOR_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    ...config,
  });
}
