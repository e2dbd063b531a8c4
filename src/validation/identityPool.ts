// Cognito Identity's rules for what the identity-pool flows type (API reference): IdentityPoolName is 1–128
// characters of `[\w\s+=,.@-]+` (CreateIdentityPool); a role is an IAM role ARN of 20–2048 characters
// (SetIdentityPoolRoles' Roles values; the ARN's form from IAM's identifiers reference).

const NAME = /^[\w\s+=,.@-]+$/;
const ROLE_ARN = /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

export function checkIdentityPoolName(value: string): string | undefined {
  if (value.length === 0) return 'Enter a name for the identity pool.';
  if (value.length > 128) return `An identity pool name has at most 128 characters (now ${value.length}).`;
  if (!NAME.test(value)) return 'An identity pool name has letters, digits, spaces and + = , . @ _ - only.';
  return undefined;
}

export function checkRoleArn(value: string): string | undefined {
  const arn = value.trim();
  if (arn.length === 0) return 'Enter the ARN of an IAM role, such as arn:aws:iam::123456789012:role/CognitoAuthenticated.';
  if (arn.length < 20 || arn.length > 2048) return 'A role ARN has 20 to 2048 characters.';
  if (!ROLE_ARN.test(arn)) return 'That is not an IAM role ARN; it looks like arn:aws:iam::123456789012:role/CognitoAuthenticated.';
  return undefined;
}
