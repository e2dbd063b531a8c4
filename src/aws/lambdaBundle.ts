// Loads the Lambda bundle (dist/lambda.js) on the first Lambda call (listing functions for a trigger, or
// letting Cognito invoke one). esbuild.js turns the require below into require('./lambda.js'), a file of
// its own beside aws.js: the Lambda SDK client is needed by one flow, so neither activation nor the first
// Cognito call pays for it.

export type LambdaBundle = typeof import('./lambda/index');

let loaded: LambdaBundle | undefined;

export function lambdaBundle(): LambdaBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./lambda/index') as LambdaBundle;
  return loaded;
}
