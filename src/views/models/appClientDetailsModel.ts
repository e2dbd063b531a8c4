import type { AppClientDetails } from '../../shared/types';
import type { Field, ViewModel } from '../../shared/views/viewModel';
import { action, dateField, idField, listText, textField, urlField } from './fields';

// Show App Client Details: what DescribeUserPoolClient tells, and the client's commands. The secret is
// never in it: a client's details carry only whether it has one.

/** @param emulator the client is on an emulator, which the AWS Console does not know */
export function appClientDetailsModel(client: AppClientDetails, poolName: string, emulator = false): ViewModel {
  const s = client.settings;
  const unknown = (value: string | undefined) => value ?? 'unknown';
  return {
    title: `App client ${client.name}`,
    actions: [
      action('cognito.signInAsUser', 'Sign In as User…', 'sign-in'),
      action('cognito.copyConfig', 'Copy Configuration For…', 'copy'),
      ...(emulator ? [] : [action('cognito.openInConsole', 'Open in AWS Console', 'link-external')]),
      action('cognito.deleteAppClient', 'Delete App Client', 'trash'),
    ],
    sections: [
      {
        title: 'Overview',
        fields: [
          idField('clientId', 'App Client Id', client.clientId),
          textField('poolName', 'User pool', poolName),
          idField('poolId', 'Pool Id', client.userPoolId),
          textField('clientSecret', 'Client secret', client.hasSecret ? 'yes (not shown here; read it in the AWS Console when you need it)' : 'no (a public client)'),
          dateField('created', 'Created', s?.created),
          dateField('lastModified', 'Last modified', s?.lastModified),
        ],
      },
      {
        title: 'Sign-in',
        fields: [
          textField('authFlows', 'Authentication flows', listText(client.authFlows), {
            mono: client.authFlows.length > 0,
            actions: [action('cognito.editAppClientAuthFlows', 'Edit Authentication Flows…', 'edit')],
          }),
          textField('preventUserExistenceErrors', 'Prevent user existence errors', unknown(s?.preventUserExistenceErrors)),
          textField('tokenRevocation', 'Token revocation', s?.tokenRevocation === undefined ? 'unknown' : s.tokenRevocation ? 'on' : 'off'),
        ],
      },
      {
        title: 'Tokens',
        fields: [
          textField('accessTokenValidity', 'Access token valid for', unknown(s?.accessTokenValidity)),
          textField('idTokenValidity', 'ID token valid for', unknown(s?.idTokenValidity)),
          textField('refreshTokenValidity', 'Refresh token valid for', unknown(s?.refreshTokenValidity)),
        ],
      },
      {
        title: 'OAuth',
        fields: [
          textField('oauthFlows', 'Flows', listText(s?.oauthFlows)),
          textField('oauthScopes', 'Scopes', listText(s?.oauthScopes)),
          ...urlFields('callbackUrl', 'Callback URL', 'Callback URLs', s?.callbackUrls),
          ...urlFields('signOutUrl', 'Sign-out URL', 'Sign-out URLs', s?.logoutUrls),
          textField('identityProviders', 'Identity providers', listText(s?.identityProviders)),
        ],
      },
      {
        title: 'Attributes',
        fields: [textField('readAttributes', 'Read', listText(s?.readAttributes)), textField('writeAttributes', 'Write', listText(s?.writeAttributes))],
      },
    ],
  };
}

/** One field per URL (each with its own copy and open buttons), named by the URL so its id stays the same
 *  when another is added; one "none" field when there are none. */
function urlFields(idPrefix: string, label: string, noneLabel: string, urls: readonly string[] | undefined): Field[] {
  const distinct = [...new Set(urls ?? [])];
  if (distinct.length === 0) return [textField(`${idPrefix}s`, noneLabel, 'none')];
  return distinct.map((url) => urlField(`${idPrefix}:${url}`, label, url));
}
