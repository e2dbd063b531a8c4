// Loads the features bundle (dist/features.js: commands, flows, views) on the first command. esbuild.js turns
// the require below into require('./features.js'), a separate file next to core.js, as with aws.js.

export type FeaturesBundle = typeof import('./index');

let loaded: FeaturesBundle | undefined;

export function featuresBundle(): FeaturesBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./index') as FeaturesBundle;
  return loaded;
}
