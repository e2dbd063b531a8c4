import type { TimeUnitsType, TokenValidityUnitsType, UpdateUserPoolClientCommandInput, UserPoolClientType } from '@aws-sdk/client-cognito-identity-provider';
import type { AppClientChange, TokenValidity } from '../../shared/types';

// The members of UpdateUserPoolClient an AppClientChange sets, to be laid over the client's whole current
// configuration (clientCalls.ts updatableSettings). A token lifetime goes with its unit, and the units go
// as one structure with the other two units kept, since a unit left out is read as its default (hours,
// hours, days) and would turn "45 minutes" into 45 hours.

type ChangedMembers = Partial<Omit<UpdateUserPoolClientCommandInput, 'UserPoolId' | 'ClientId'>>;

export function changedMembers(current: UserPoolClientType, change: AppClientChange): ChangedMembers {
  const members: ChangedMembers = {};
  const units: TokenValidityUnitsType = { ...current.TokenValidityUnits };
  const lifetime = (validity: TokenValidity | undefined, unit: keyof TokenValidityUnitsType): number | undefined => {
    if (!validity) return undefined;
    units[unit] = validity.unit as TimeUnitsType;
    return validity.value;
  };
  if (change.name !== undefined) members.ClientName = change.name;
  if (change.accessToken) members.AccessTokenValidity = lifetime(change.accessToken, 'AccessToken');
  if (change.idToken) members.IdTokenValidity = lifetime(change.idToken, 'IdToken');
  if (change.refreshToken) members.RefreshTokenValidity = lifetime(change.refreshToken, 'RefreshToken');
  if (change.accessToken || change.idToken || change.refreshToken) members.TokenValidityUnits = units;
  // An empty list means Cognito's default set (it then reports none), so it goes as no list at all.
  if (change.readAttributes) members.ReadAttributes = change.readAttributes.length > 0 ? change.readAttributes : undefined;
  if (change.writeAttributes) members.WriteAttributes = change.writeAttributes.length > 0 ? change.writeAttributes : undefined;
  if (change.preventUserExistenceErrors !== undefined) members.PreventUserExistenceErrors = change.preventUserExistenceErrors ? 'ENABLED' : 'LEGACY';
  if (change.tokenRevocation !== undefined) members.EnableTokenRevocation = change.tokenRevocation;
  if (change.authSessionMinutes !== undefined) members.AuthSessionValidity = change.authSessionMinutes;
  if (change.refreshTokenRotation) {
    const { enabled, gracePeriodSeconds } = change.refreshTokenRotation;
    members.RefreshTokenRotation = enabled ? { Feature: 'ENABLED', RetryGracePeriodSeconds: gracePeriodSeconds ?? 0 } : { Feature: 'DISABLED' };
  }
  if (change.authFlows) members.ExplicitAuthFlows = change.authFlows;
  if (change.oauth) {
    const { enabled, flows, scopes, callbackUrls, logoutUrls, identityProviders } = change.oauth;
    members.AllowedOAuthFlowsUserPoolClient = enabled;
    members.AllowedOAuthFlows = flows;
    members.AllowedOAuthScopes = scopes;
    members.CallbackURLs = callbackUrls;
    members.LogoutURLs = logoutUrls;
    members.SupportedIdentityProviders = identityProviders;
    // DefaultRedirectURI must be one of the CallbackURLs (API reference): a default whose URL is gone goes too.
    if (current.DefaultRedirectURI !== undefined && !callbackUrls.includes(current.DefaultRedirectURI)) members.DefaultRedirectURI = undefined;
  }
  return members;
}

/** DescribeUserPoolClient's lifetime in its unit; AWS's default unit when the client names none, and its
 *  default lifetime (one hour, 30 days) when it sets none. */
export function lifetimeOf(value: number | undefined, unit: string | undefined, kind: 'access' | 'id' | 'refresh'): TokenValidity {
  const refresh = kind === 'refresh';
  if (value === undefined) return refresh ? { value: 30, unit: 'days' } : { value: 60, unit: 'minutes' };
  return { value, unit: (unit ?? (refresh ? 'days' : 'hours')) as TokenValidity['unit'] };
}
