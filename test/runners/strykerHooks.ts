// Root hooks for the mocha that Stryker runs (stryker.config.mjs, mochaOptions.require); Stryker creates its
// own Mocha, so what test/runners/level.ts does around the unit and integration levels happens here:
// - no `.only`: Stryker's mocha has no forbidOnly, and a `.only` would quietly narrow every mutant's run to
//   that test; the run fails instead, as runMocha does for the test levels (test/runners/mocha.ts);
// - tests never reach AWS nor read the developer's AWS setup (awsIsolation.ts);
// - one cognito-local for the integration tests. Stryker runs mocha once per mutant in a long-lived worker
//   process, so the emulator starts with the worker's first run and stops when the worker exits (the
//   harness kills it on exit and on SIGTERM), not around each run: a start per mutant would cost seconds.
import type { Suite } from 'mocha';
import { mochaGlobalSetup } from '../support/emulatorFixture';
import { isolateAwsEnvironment } from './awsIsolation';

isolateAwsEnvironment();

let emulator: Promise<void> | undefined;

function startEmulatorOnce(): Promise<void> {
  emulator ??= mochaGlobalSetup(); // the integration level's own fixture, never torn down here
  return emulator;
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context): Promise<void> {
    // Mocha keeps the marks after filtering, so the root suite still says whether a `.only` was used.
    const root = this.test?.parent as (Suite & { hasOnly(): boolean }) | undefined;
    if (root?.hasOnly()) throw new Error('`.only` found in a test file: remove it (it.only / describe.only)');
    await startEmulatorOnce();
  },
};
