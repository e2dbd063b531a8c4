// Loads the sign-in bundle (dist/signin.js: SRP and the tokens' signature check) on its first use. esbuild.js
// turns the require below into require('./signin.js'), a file of its own beside aws.js.

export type SignInBundle = typeof import('./signIn/index');

let loaded: SignInBundle | undefined;

export function signInBundle(): SignInBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./signIn/index') as SignInBundle;
  return loaded;
}
