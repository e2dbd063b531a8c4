// Loads the AWS bundle (dist/aws.js) on first use. esbuild.js turns the require below into
// require('./aws.js'), a separate file next to extension.js, so activation never pays for the SDK.

export type AwsBundle = typeof import('../aws/index');

let loaded: AwsBundle | undefined;

export function awsBundle(): AwsBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('../aws/index') as AwsBundle;
  return loaded;
}
