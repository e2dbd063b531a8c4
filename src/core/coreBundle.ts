// Loads the core bundle (dist/core.js: connections, tree, status bar, commands) when the view first asks for
// its nodes or a command first runs. esbuild.js turns the require below into require('./core.js').

export type CoreBundle = typeof import('./index');

let loaded: CoreBundle | undefined;

export function coreBundle(): CoreBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./index') as CoreBundle;
  return loaded;
}
