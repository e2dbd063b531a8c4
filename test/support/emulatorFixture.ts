// Mocha global fixture for the integration level: one fresh cognito-local for the whole run.
// scripts/test-all.js loads it; plain mocha does too with `--require out/test/support/emulatorFixture.js`.
import { CognitoLocal, startCognitoLocal } from './cognitoLocal';

let emulator: CognitoLocal | undefined;

export async function mochaGlobalSetup(): Promise<void> {
  emulator = await startCognitoLocal();
  process.env.COGNITO_LOCAL_ENDPOINT = emulator.endpoint;
}

export async function mochaGlobalTeardown(): Promise<void> {
  await emulator?.stop();
  emulator = undefined;
  delete process.env.COGNITO_LOCAL_ENDPOINT;
}
