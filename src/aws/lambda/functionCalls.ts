import { AddPermissionCommand, ListFunctionsCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { CognitoError, toCognitoError } from '../../shared/errors';
import type { CallLog } from '../../shared/callLogLine';
import { callCognito } from '../serviceCall';
import type { FunctionsApi, InvokePermission, LambdaFunction, Page } from '../../shared/types';
import { cognitoStatementId } from '../../shared/functionPermission';

// The Lambda calls Edit Lambda Triggers needs, on their own SDK client (dist/lambda.js): list the account's
// functions in the pool's region, and add the resource-based policy statement that lets Cognito invoke one.

export interface LambdaContext {
  region: string;
  profile?: string;
  customEndpoint?: boolean;
  log?: CallLog;
}

/** ListFunctions' largest page ("MaxItems … Valid Range: Minimum value of 1. Maximum value of 10000"); the
 *  service returns at most 50 a page whatever is asked, so 50 is asked. */
const PAGE_SIZE = 50;

export class FunctionCalls implements FunctionsApi {
  constructor(
    private readonly client: LambdaClient,
    private readonly context: LambdaContext,
  ) {}

  async list(nextToken?: string): Promise<Page<LambdaFunction>> {
    const out = await this.call('ListFunctions', () => this.client.send(new ListFunctionsCommand({ Marker: nextToken, MaxItems: PAGE_SIZE })));
    return {
      items: (out.Functions ?? []).map((f) => ({ name: f.FunctionName ?? '', arn: f.FunctionArn ?? '', runtime: f.Runtime, description: f.Description || undefined })),
      nextToken: out.NextMarker || undefined,
    };
  }

  async allowCognito(functionArn: string, poolArn: string): Promise<InvokePermission> {
    const statementId = cognitoStatementId(poolArn);
    try {
      await this.call('AddPermission', () =>
        this.client.send(new AddPermissionCommand({ FunctionName: functionArn, StatementId: statementId, Action: 'lambda:InvokeFunction', Principal: 'cognito-idp.amazonaws.com', SourceArn: poolArn })),
      );
      return { statementId, alreadyThere: false };
    } catch (error) {
      // "ResourceConflictException: The statement id (…) provided already exists": the extension's own
      // statement for this pool, added before. Allowing twice is no error.
      if (error instanceof CognitoError && error.awsName === 'ResourceConflictException') return { statementId, alreadyThere: true };
      throw error;
    }
  }

  private call<Output extends { $metadata?: { requestId?: string } }>(operation: string, send: () => Promise<Output>): Promise<Output> {
    return callCognito(this.context, operation, send, (error) => lambdaError(error, operation, this.context));
  }
}

/** Lambda's own refusals in a sentence; the rest (credentials, network, throttling) as every call's. */
function lambdaError(error: unknown, operation: string, context: LambdaContext): CognitoError {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'AccessDeniedException' || name === 'AccessDenied') {
    return new CognitoError(`Access denied: your credentials lack the IAM permission lambda:${operation}; ask for it or choose another profile.`, 'accessDenied', name);
  }
  if (name === 'ResourceNotFoundException') return new CognitoError('There is no Lambda function with that ARN in this account and region; check the ARN.', 'notFound', name);
  if (name === 'ResourceConflictException') return new CognitoError('The function already has a policy statement of that id.', 'alreadyExists', name);
  if (name === 'InvalidParameterValueException') {
    return new CognitoError(`Lambda rejected the request: ${((error as { message?: string }).message ?? '').split('\n')[0]}`, 'invalidParameter', name);
  }
  return toCognitoError(error, { operation, profile: context.profile, region: context.region, customEndpoint: context.customEndpoint });
}
