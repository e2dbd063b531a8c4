// The resource-based policy statement that lets a pool invoke its trigger's function: lambda:InvokeFunction
// for the principal cognito-idp.amazonaws.com, only from this pool (SourceArn), as the developer guide's
// "Lambda triggers" page asks (`aws lambda add-permission … --principal cognito-idp.amazonaws.com
// --source-arn <pool ARN>`). The flow adds it (AddPermission) or shows the command to copy.

/** One statement per pool, so adding it again is recognised ("already exists") and two pools' statements
 *  do not clash. AddPermission's StatementId: 1–100 of `([a-zA-Z0-9-_.]+)` (API reference). */
export function cognitoStatementId(poolArn: string): string {
  const poolId = poolArn.split('/').pop() ?? poolArn;
  return `cognito-idp-${poolId}`.replace(/[^a-zA-Z0-9-_.]/g, '-').slice(0, 100);
}

/** The AWS CLI command that adds the same statement, for someone who prefers to run it (or lacks lambda:AddPermission). */
export function addPermissionCommand(functionArn: string, poolArn: string): string {
  const region = functionArn.split(':')[3];
  return [
    'aws lambda add-permission',
    `--function-name ${functionArn}`,
    `--statement-id ${cognitoStatementId(poolArn)}`,
    '--action lambda:InvokeFunction',
    '--principal cognito-idp.amazonaws.com',
    `--source-arn ${poolArn}`,
    ...(region ? [`--region ${region}`] : []),
  ].join(' ');
}
