import type { AppClientDetails, UserPoolDetails } from '../shared/types';

// Show Pool Details and Show App Client Details as Markdown. Neither holds a secret: an app client's
// secret is reported only as "has a secret".

export interface PoolUrls {
  issuer: string;
  jwks: string;
}

/** @param emulator the pool is on an emulator, which may not count users or make up an ARN as AWS does */
export function renderPoolDetails(pool: UserPoolDetails, urls: PoolUrls, emulator = false): string {
  const s = pool.settings;
  const policy = pool.passwordPolicy;
  const list = (values: string[] | undefined) => (values && values.length > 0 ? values.join(', ') : 'none');
  const required = pool.attributes.filter((a) => a.required).map((a) => a.name);
  const custom = pool.attributes.filter((a) => a.custom).map((a) => `${a.name} (${a.type.toLowerCase()}${a.mutable ? '' : ', immutable'})`);
  return [
    `# User pool ${pool.name}`,
    '',
    `- Pool Id: \`${pool.id}\``,
    `- ARN: ${pool.arn ? `\`${pool.arn}\`` : 'not told by this endpoint'}`,
    `- Issuer URL: ${urls.issuer}`,
    `- JWKS URL: ${urls.jwks}`,
    `- Created: ${pool.creationDate?.toLocaleString() ?? 'unknown'}; last modified: ${s?.lastModified?.toLocaleString() ?? 'unknown'}`,
    `- Estimated number of users: ${s?.estimatedUsers === undefined || (emulator && s.estimatedUsers === 0) ? 'not told by this endpoint' : s.estimatedUsers}`,
    `- Domain: ${s?.domain ?? 'none'}${s?.customDomain ? `; custom domain ${s.customDomain}` : ''}`,
    `- Deletion protection: ${s?.deletionProtection ? 'on' : 'off'}`,
    '',
    '## Sign-in',
    '',
    `- Sign in with: ${s?.usernameAttributes.length ? s.usernameAttributes.join(' or ') + ' (as the username)' : 'username'}${s?.aliasAttributes.length ? `; aliases: ${s.aliasAttributes.join(', ')}` : ''}`,
    `- Password policy: at least ${policy.minimumLength} characters${policy.requireUppercase ? ', upper case' : ''}${policy.requireLowercase ? ', lower case' : ''}${policy.requireNumbers ? ', a number' : ''}${policy.requireSymbols ? ', a symbol' : ''}`,
    `- MFA: ${s?.mfa ?? 'unknown'}`,
    `- Verified automatically: ${list(pool.autoVerifiedAttributes)}`,
    '',
    '## Attributes',
    '',
    `- Required: ${list(required)}`,
    `- Custom: ${list(custom)}`,
    '',
    '## Messages and triggers',
    '',
    `- E-mail: ${s?.emailSending ?? 'unknown'}${s?.emailFrom ? `, from ${s.emailFrom}` : ''}`,
    `- SMS: ${s?.smsRoleArn ? `through the SNS role \`${s.smsRoleArn}\`` : 'not set up'}`,
    `- Lambda triggers: ${s && s.triggers.length > 0 ? '' : 'none'}`,
    ...(s?.triggers ?? []).map((t) => `  - ${t.name}: \`${t.arn}\``),
    '',
  ].join('\n');
}

export function renderAppClientDetails(client: AppClientDetails, poolName: string): string {
  const s = client.settings;
  const list = (values: string[] | undefined) => (values && values.length > 0 ? values.join(', ') : 'none');
  return [
    `# App client ${client.name}`,
    '',
    `- App Client Id: \`${client.clientId}\``,
    `- User pool: ${poolName} (\`${client.userPoolId}\`)`,
    `- Client secret: ${client.hasSecret ? 'yes (not shown here; read it in the AWS Console when you need it)' : 'no (a public client)'}`,
    `- Created: ${s?.created?.toLocaleString() ?? 'unknown'}; last modified: ${s?.lastModified?.toLocaleString() ?? 'unknown'}`,
    '',
    '## Sign-in',
    '',
    `- Authentication flows: ${list(client.authFlows)}`,
    `- Prevent user existence errors: ${s?.preventUserExistenceErrors ?? 'unknown'}`,
    `- Token revocation: ${s?.tokenRevocation === undefined ? 'unknown' : s.tokenRevocation ? 'on' : 'off'}`,
    '',
    '## Tokens',
    '',
    `- Access token valid for: ${s?.accessTokenValidity ?? 'unknown'}`,
    `- ID token valid for: ${s?.idTokenValidity ?? 'unknown'}`,
    `- Refresh token valid for: ${s?.refreshTokenValidity ?? 'unknown'}`,
    '',
    '## OAuth',
    '',
    `- Flows: ${list(s?.oauthFlows)}`,
    `- Scopes: ${list(s?.oauthScopes)}`,
    `- Callback URLs: ${list(s?.callbackUrls)}`,
    `- Sign-out URLs: ${list(s?.logoutUrls)}`,
    `- Identity providers: ${list(s?.identityProviders)}`,
    '',
    '## Attributes',
    '',
    `- Read: ${list(s?.readAttributes)}`,
    `- Write: ${list(s?.writeAttributes)}`,
    '',
  ].join('\n');
}
