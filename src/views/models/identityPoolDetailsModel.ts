import type { IdentityPool, IdentityPoolRoles } from '../../shared/types';
import type { Field, ViewModel } from '../../shared/views/viewModel';
import { action, idField, listText, textField } from './fields';

// Identity Pool Details: what DescribeIdentityPool and GetIdentityPoolRoles tell, read-only. The user pool app
// clients it trusts are named by provider and client id (and by the user pool's and client's names where the
// caller knows them), each with its copy button; the roles by ARN; role mappings by provider with their kind.

/** Names the caller found for a trusted client: the user pool's name and the app client's. */
export type ClientNames = Record<string, { poolName?: string; clientName?: string }>;

export function identityPoolDetailsModel(pool: IdentityPool, roles: IdentityPoolRoles | { unavailable: string }, names: ClientNames = {}): ViewModel {
  const trusted: Field[] = pool.trustedClients.flatMap((client, i) => {
    const named = names[`${client.providerName} ${client.clientId}`];
    return [
      idField(`provider:${i}`, named?.poolName ? `User pool ${named.poolName}` : 'User pool provider', client.providerName),
      idField(`client:${i}`, named?.clientName ? `App client ${named.clientName}` : 'App client id', client.clientId, {
        hint: client.serverSideTokenCheck ? 'Server-side token check: tokens revoked or signed out everywhere are refused' : undefined,
      }),
    ];
  });
  return {
    title: `Identity pool ${pool.name}`,
    lead: 'An identity pool turns a signed-in user’s ID token (or a guest) into temporary AWS credentials for its roles.',
    actions: [action('cognito.copyIdentityPoolId', 'Copy Identity Pool Id', 'copy'), action('cognito.getAwsCredentials', 'Get AWS Credentials…', 'key'), action('cognito.deleteIdentityPool', 'Delete Identity Pool…', 'trash')],
    sections: [
      {
        title: 'Identity pool',
        fields: [
          textField('name', 'Name', pool.name),
          idField('id', 'Identity pool Id', pool.id),
          textField('guests', 'Guest access', pool.allowGuests ? 'on: guests get the unauthenticated role' : 'off'),
          textField('classicFlow', 'Basic (classic) flow', pool.classicFlow ? 'on' : 'off'),
        ],
      },
      { title: 'Trusted user pools and app clients', fields: trusted.length > 0 ? trusted : [textField('trusted', 'Trusted app clients', 'none: no user pool token is accepted')] },
      { title: 'Roles', fields: roleFields(roles) },
      {
        title: 'Other sign-in providers',
        fields: [
          textField('loginProviders', 'Social providers', listText(Object.keys(pool.loginProviders))),
          textField('oidc', 'OpenID Connect providers', listText(pool.openIdConnectProviderArns)),
          textField('saml', 'SAML providers', listText(pool.samlProviderArns)),
          textField('developer', 'Developer provider', pool.developerProviderName ?? 'none'),
          textField('tags', 'Tags', listText(Object.entries(pool.tags).map(([key, value]) => `${key}=${value}`))),
        ],
      },
    ],
  };
}

function roleFields(roles: IdentityPoolRoles | { unavailable: string }): Field[] {
  if ('unavailable' in roles) return [textField('roles', 'Roles', roles.unavailable)];
  const mappings = Object.entries(roles.mappings);
  return [
    roles.authenticated ? idField('authenticatedRole', 'Authenticated role', roles.authenticated) : textField('authenticatedRole', 'Authenticated role', 'none'),
    roles.unauthenticated ? idField('unauthenticatedRole', 'Unauthenticated (guest) role', roles.unauthenticated) : textField('unauthenticatedRole', 'Unauthenticated (guest) role', 'none'),
    textField('roleMappings', 'Role mappings', mappings.length === 0 ? 'none: the roles above' : mappings.map(([provider, m]) => `${provider}: ${m.type === 'Rules' ? `${m.rules} rules` : 'from the token'}${m.ambiguousRoleResolution ? `, else ${m.ambiguousRoleResolution}` : ''}`).join('; ')),
  ];
}
