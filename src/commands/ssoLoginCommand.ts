import { CognitoError } from '../shared/errors';

// "aws sso login --profile NAME" as a program and its arguments, never as text for a shell to read: the
// terminal starts `aws` itself (ssoLogin.ts), so the profile name reaches it whole whatever the person's shell
// is (bash, PowerShell and cmd.exe each read quotes, `$`, `;` and `&` their own way). The name comes from the
// settings, and the terminal runs a command the person did not type, so only a profile of the person's own
// AWS config or credentials file is taken.

export interface SsoLoginCommand {
  shellPath: string;
  shellArgs: string[];
}

export function ssoLoginCommand(profile: string, known: readonly { name: string }[]): SsoLoginCommand {
  if (!known.some((p) => p.name === profile)) {
    throw new CognitoError(`The AWS profile "${profile}" is not in your AWS config; add it with "aws configure sso", then sign in again.`, 'missingProfile');
  }
  return { shellPath: 'aws', shellArgs: ['sso', 'login', '--profile', profile] };
}
