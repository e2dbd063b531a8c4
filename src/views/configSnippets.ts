import { issuerUrl } from '../connection/poolUrls';
import { displayEndpoint } from '../connection/endpoint';

// Copy Configuration For…: ready-to-paste text built from an app client's real ids, region and
// endpoint. Never a secret: a client with one gets a placeholder where its SECRET_HASH goes, and an
// endpoint's user:password is left out.

export interface SnippetInput {
  userPoolId: string;
  clientId: string;
  region: string;
  /** An emulator endpoint; undefined for AWS. */
  endpoint?: string;
  hasSecret: boolean;
}

export type SnippetFormat = 'amplify' | 'dotenv' | 'jwtVerify' | 'cli';

export const SNIPPET_FORMATS: { format: SnippetFormat; label: string; detail: string }[] = [
  { format: 'amplify', label: 'Amplify JS v6', detail: 'Amplify.configure({ Auth: { Cognito: … } })' },
  { format: 'dotenv', label: '.env file', detail: 'COGNITO_REGION, COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID…' },
  { format: 'jwtVerify', label: 'aws-jwt-verify', detail: 'CognitoJwtVerifier.create(…) to check tokens in your API' },
  { format: 'cli', label: 'AWS CLI initiate-auth', detail: 'aws cognito-idp initiate-auth … (USER_PASSWORD_AUTH)' },
];

export function configSnippet(format: SnippetFormat, given: SnippetInput): string {
  // A snippet is pasted into code and chat: never the endpoint's user:password.
  const input = { ...given, endpoint: given.endpoint && displayEndpoint(given.endpoint) };
  switch (format) {
    case 'amplify':
      return amplify(input);
    case 'dotenv':
      return dotenv(input);
    case 'jwtVerify':
      return jwtVerify(input);
    case 'cli':
      return cli(input);
  }
}

function amplify({ userPoolId, clientId, endpoint }: SnippetInput): string {
  return [
    "import { Amplify } from 'aws-amplify';",
    '',
    'Amplify.configure({',
    '  Auth: {',
    '    Cognito: {',
    `      userPoolId: ${quote(userPoolId)},`,
    `      userPoolClientId: ${quote(clientId)},`,
    ...(endpoint ? [`      userPoolEndpoint: ${quote(endpoint)}, // the local emulator`] : []),
    '    },',
    '  },',
    '});',
    '',
  ].join('\n');
}

function dotenv({ userPoolId, clientId, region, endpoint }: SnippetInput): string {
  return [
    `COGNITO_REGION=${region}`,
    `COGNITO_USER_POOL_ID=${userPoolId}`,
    `COGNITO_CLIENT_ID=${clientId}`,
    endpoint ? `COGNITO_ENDPOINT=${endpoint}` : `COGNITO_ISSUER=${issuerUrl(userPoolId)}`,
    '',
  ].join('\n');
}

function jwtVerify({ userPoolId, clientId, endpoint }: SnippetInput): string {
  return [
    "import { CognitoJwtVerifier } from 'aws-jwt-verify';",
    '',
    ...(endpoint ? [`// This pool is on an emulator (${endpoint}): aws-jwt-verify fetches keys over https only; hand it the`, '// emulator\'s JWKS with verifier.cacheJwks(jwks) first.'] : []),
    'export const verifier = CognitoJwtVerifier.create({',
    `  userPoolId: ${quote(userPoolId)},`,
    "  tokenUse: 'id', // or 'access'",
    `  clientId: ${quote(clientId)},`,
    '});',
    '',
    '// const payload = await verifier.verify(token);',
    '',
  ].join('\n');
}

function cli({ clientId, region, endpoint, hasSecret }: SnippetInput): string {
  const parameters = ['USERNAME=<username>', 'PASSWORD=<password>', ...(hasSecret ? ['SECRET_HASH=<secret-hash>'] : [])].join(',');
  return [
    'aws cognito-idp initiate-auth',
    `--region ${region}`,
    ...(endpoint ? [`--endpoint-url ${endpoint}`] : []),
    `--client-id ${clientId}`,
    '--auth-flow USER_PASSWORD_AUTH',
    `--auth-parameters ${parameters}`,
  ].join(' \\\n  ') + '\n';
}

function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
