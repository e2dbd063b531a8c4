// Stands in for @aws-sdk/credential-provider-node in dist/lambda.js and dist/identity.js (esbuild.js,
// lambdaTakesGivenCredentials): the Lambda, Cognito Identity and IAM clients are always handed the Cognito
// connection's credentials (src/aws/lambda/index.ts, src/aws/identity/index.ts), so the SDK's default chain, with
// its SSO and STS clients (about 100 KB), is never used there. aws.js keeps the real one.

export function defaultProvider(): () => Promise<never> {
  return async () => {
    throw new Error('This client takes the Cognito connection\'s credentials; it has no credential chain of its own.');
  };
}
