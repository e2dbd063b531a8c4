// Root hooks for the mocha that Stryker runs (stryker.config.mjs, mochaOptions.require). Stryker creates its
// own Mocha and has no forbidOnly option, so a `.only` would quietly narrow every mutant's run to that test;
// this hook fails the run instead, as runMocha does for the test levels (test/runners/mocha.ts).
import type { Suite } from 'mocha';

export const mochaHooks = {
  beforeAll(this: Mocha.Context): void {
    // Mocha keeps the marks after filtering, so the root suite still says whether a `.only` was used.
    const root = this.test?.parent as (Suite & { hasOnly(): boolean }) | undefined;
    if (root?.hasOnly()) throw new Error('`.only` found in a test file: remove it (it.only / describe.only)');
  },
};
