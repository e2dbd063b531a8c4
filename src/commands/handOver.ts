// How a command reaches the bundle that runs it. activate() registers package.json's ids at once, but their
// code loads later (dist/core.js and dist/features.js, scripts/lazyBundles.js): every id is handed over
// through this one function to the bundle that runs commands, loaded on the first command.

/** What a bundle that runs commands offers: run one of package.json's commands with VS Code's arguments. */
export interface RunsCommands {
  runCommand(commandId: string, args: readonly unknown[]): Promise<void>;
}

/** Hands each command to `load()`'s bundle, which is required on the first command and kept from then on. */
export function handOver(load: () => RunsCommands): RunsCommands['runCommand'] {
  return (commandId, args) => load().runCommand(commandId, args);
}
