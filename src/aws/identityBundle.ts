// Loads the identity bundle (dist/identity.js) on the first identity-pool call. esbuild.js turns the require
// below into require('./identity.js'), a file of its own beside aws.js and lambda.js: the Cognito Identity and
// IAM clients serve the identity-pool flows only, so neither activation nor a user pool call pays for them.

export type IdentityBundle = typeof import('./identity/index');

let loaded: IdentityBundle | undefined;

export function identityBundle(): IdentityBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./identity/index') as IdentityBundle;
  return loaded;
}
