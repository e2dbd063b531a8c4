// Tests never reach AWS, nor read the developer's own AWS setup: no keys or profile in the environment,
// shared config files that do not exist, and no instance-metadata look-ups (169.254.169.254). Every
// level calls this first; the processes it starts (cognito-local, code-server and so the extension
// host) inherit it. The extension signs requests to loopback emulators with placeholder keys of its own.
import * as os from 'node:os';
import * as path from 'node:path';

const CREDENTIAL_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
];

export function isolateAwsEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of CREDENTIAL_VARIABLES) delete env[name];
  const nowhere = path.join(os.tmpdir(), 'cognito-tests-no-aws-config');
  env.AWS_CONFIG_FILE = path.join(nowhere, 'config');
  env.AWS_SHARED_CREDENTIALS_FILE = path.join(nowhere, 'credentials');
  env.AWS_EC2_METADATA_DISABLED = 'true';
  env.AWS_REGION = 'us-east-1';
}
