import type { AwsCredentials } from '../shared/types';

// Temporary AWS credentials as the places that take them expect: environment variables for a POSIX shell
// and for PowerShell (the AWS CLI and SDKs read AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN),
// a profile block for ~/.aws/credentials, and the environment of a terminal. The values are base64 and
// alphanumerics, but each is quoted as its shell needs anyway, so nothing in one can break out.

export function environmentOf(credentials: AwsCredentials, region: string): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_SESSION_TOKEN: credentials.sessionToken,
    AWS_REGION: region,
  };
}

/** `export NAME='value'` lines; a single quote inside becomes '\''. */
export function posixExports(credentials: AwsCredentials, region: string): string {
  return Object.entries(environmentOf(credentials, region))
    .map(([name, value]) => `export ${name}='${value.replace(/'/g, `'\\''`)}'`)
    .join('\n');
}

/** `$Env:NAME = 'value'` lines; a single quote inside is doubled. */
export function powerShellAssignments(credentials: AwsCredentials, region: string): string {
  return Object.entries(environmentOf(credentials, region))
    .map(([name, value]) => `$Env:${name} = '${value.replace(/'/g, "''")}'`)
    .join('\n');
}

/** A `[profile]` block for the shared credentials file (region is read from the config file, so it is left out). */
export function credentialsFileProfile(credentials: AwsCredentials, profile: string): string {
  return [`[${profile}]`, `aws_access_key_id = ${credentials.accessKeyId}`, `aws_secret_access_key = ${credentials.secretAccessKey}`, `aws_session_token = ${credentials.sessionToken}`].join('\n');
}
