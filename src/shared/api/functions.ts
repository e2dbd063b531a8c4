import type { Page } from './page';

// Lambda functions, as far as a pool's triggers need them: the account's functions in the pool's region to
// pick from, and the resource-based policy statement that lets Cognito invoke one. A second AWS service
// (Lambda, its own SDK client in dist/lambda.js), implemented by src/aws/lambda/functionCalls.ts and
// joined to the Cognito API in src/connection/lazyCognito.ts.

export interface LambdaFunction {
  name: string;
  arn: string;
  /** "nodejs22.x"; absent for a container image. */
  runtime?: string;
  description?: string;
}

/** What AddPermission did: a new statement, or one of the extension's own that was already there. */
export interface InvokePermission {
  /** The statement id the extension chose (functionPermission.ts). */
  statementId: string;
  alreadyThere: boolean;
}

export interface FunctionsApi {
  /** ListFunctions, one page. */
  list(nextToken?: string): Promise<Page<LambdaFunction>>;
  /** AddPermission: lambda:InvokeFunction for the principal cognito-idp.amazonaws.com from this pool (SourceArn). */
  allowCognito(functionArn: string, poolArn: string): Promise<InvokePermission>;
}
