import { addPermissionCommand } from '../../../shared/functionPermission';
import { functionNameOf } from '../../../validation/lambdaArn';
import type { FlowDeps } from '../deps';

// After a function is attached: Cognito can call it only once the function's resource-based policy allows
// it (lambda:InvokeFunction for cognito-idp.amazonaws.com, from this pool's ARN). The console adds that
// statement itself; UpdateUserPool does not. So the flow offers to add it (AddPermission), or copies the
// AWS CLI command that adds the same statement, for someone who lacks lambda:AddPermission or wants to
// keep it in code.

export const ALLOW = 'Allow Cognito to Invoke';
export const COPY = 'Copy the Command';

export async function offerInvokePermission(deps: FlowDeps, connectionId: string, functionArn: string, poolArn: string | undefined): Promise<void> {
  const name = functionNameOf(functionArn);
  if (!poolArn) {
    // An endpoint that tells no pool ARN: no statement can name it, and an emulator invokes nothing.
    deps.feedback.status(`$(check) ${name} attached`);
    return;
  }
  const choice = await deps.feedback.info(`${name} is attached. Cognito can call it only when the function's policy allows it (lambda:InvokeFunction from this pool).`, ALLOW, COPY);
  if (choice === ALLOW) {
    const cognito = deps.connections.cognito(connectionId);
    const added = await deps.feedback.progress(`Allowing Cognito to invoke ${name}…`, () => cognito.functions.allowCognito(functionArn, poolArn));
    deps.feedback.status(added.alreadyThere ? `$(check) ${name} already allowed Cognito to invoke it (statement ${added.statementId})` : `$(check) Cognito may now invoke ${name} (statement ${added.statementId})`);
  } else if (choice === COPY) {
    await deps.clipboard.writeText(addPermissionCommand(functionArn, poolArn));
    deps.feedback.status('$(check) Copied the aws lambda add-permission command');
  }
}
