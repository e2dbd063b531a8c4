import type { AppClientDetails, TokenValidity } from '../../shared/types';
import { lifetimeText } from '../../validation/appClientSettings';
import type { Field, ViewModel } from '../../shared/views/viewModel';
import { action, dateField, idField, listText, textField } from './fields';

// Show App Client Details: what DescribeUserPoolClient tells, and the client's commands. The secret is
// never in it: a client's details carry only whether it has one.

/** @param emulator the client is on an emulator, which the AWS Console does not know */
export function appClientDetailsModel(client: AppClientDetails, poolName: string, emulator = false): ViewModel {
  const s = client.settings;
  const unknown = (value: string | undefined) => value ?? 'unknown';
  const lifetime = (value: TokenValidity | undefined, range: string) => (value ? `${lifetimeText(value)} (${range})` : 'unknown');
  const editSettings = [action('cognito.editAppClientSettings', 'Edit App Client Settings…', 'edit')];
  const editLifetimes = [action('cognito.editTokenValidity', 'Edit Token Validity…', 'edit')];
  const editPermissions = [action('cognito.editAttributePermissions', 'Edit Attribute Permissions…', 'edit')];
  const rotates = client.rotatesRefreshTokens === true;
  // A view offers each command once (its buttons are found by command id): beside the first value it edits.
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
          textField('name', 'Name', client.name, { actions: editSettings }),
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
          textField('authSession', 'Sign-in session lasts', s ? `${s.authSessionMinutes} minutes between steps (3–15)` : 'unknown'),
        ],
      },
      {
        title: 'Tokens',
        fields: [
          textField('accessTokenValidity', 'Access token valid for', lifetime(s?.accessToken, '5 minutes – 1 day'), { actions: editLifetimes }),
          textField('idTokenValidity', 'ID token valid for', lifetime(s?.idToken, '5 minutes – 1 day')),
          textField('refreshTokenValidity', 'Refresh token valid for', lifetime(s?.refreshToken, '60 minutes – 10 years')),
          textField('refreshTokenRotation', 'Refresh token rotation', rotates ? `on (the previous token works ${s?.rotationGracePeriodSeconds ?? 0} s more, 0–60)` : 'off'),
        ],
      },
      {
        title: 'OAuth',
        fields: [
          textField('oauth', 'OAuth for this client', oauthText(s?.oauthEnabled), { actions: [action('cognito.editOAuthSettings', 'Edit OAuth Settings…', 'edit')] }),
          textField('oauthFlows', 'Flows', listText(s?.oauthFlows)),
          textField('oauthScopes', 'Scopes', listText(s?.oauthScopes)),
          ...urlFields('callbackUrl', 'Callback URL', 'Callback URLs', s?.callbackUrls),
          ...urlFields('signOutUrl', 'Sign-out URL', 'Sign-out URLs', s?.logoutUrls),
          s?.defaultRedirectUri ? idField('defaultRedirectUri', 'Default redirect URI', s.defaultRedirectUri) : textField('defaultRedirectUri', 'Default redirect URI', 'none'),
          textField('identityProviders', 'Identity providers', listText(s?.identityProviders)),
        ],
      },
      {
        title: 'Attributes',
        fields: [
          textField('readAttributes', 'Read', attributesText(s?.readAttributes), { actions: editPermissions }),
          textField('writeAttributes', 'Write', attributesText(s?.writeAttributes)),
        ],
      },
    ],
  };
}

/** Cognito reports no list when the client keeps its default permissions. */
function attributesText(names: readonly string[] | undefined): string {
  if (names === undefined) return 'unknown';
  return names.length > 0 ? listText(names) : 'Cognito’s default (every standard attribute)';
}

/** AllowedOAuthFlowsUserPoolClient. Off, Cognito keeps the lists below but managed login and the token
 *  endpoint refuse the client (CreateUserPoolClient, API reference). */
function oauthText(enabled: boolean | undefined): string {
  if (enabled === undefined) return 'unknown';
  return enabled ? 'on' : 'off (the settings below are kept, unused)';
}

/** One field per URL, each with its copy button but no open one: a callback or sign-out URL is the app's,
 *  opening it from here only lands on the app without a sign-in. Named by the URL so its id stays the same
 *  when another is added; one "none" field when there are none. */
function urlFields(idPrefix: string, label: string, noneLabel: string, urls: readonly string[] | undefined): Field[] {
  const distinct = [...new Set(urls ?? [])];
  if (distinct.length === 0) return [textField(`${idPrefix}s`, noneLabel, 'none')];
  return distinct.map((url) => idField(`${idPrefix}:${url}`, label, url));
}
