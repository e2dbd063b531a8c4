// Reading CreateUserPoolClient and UpdateUserPoolClient requests into a client's configuration: members
// checked as the service model constrains them, what the request leaves out at AWS's default (on update
// too: "If you don't provide a value for an attribute, Amazon Cognito sets it to its default value"; only
// the name, the id and the secret stay), then the rules AWS applies to the whole, in its words where they
// are seen: token validities within 5 minutes–1 day (ID, access) and 60 minutes–10 years (refresh) in
// their units ("Invalid range for token validity."), read and write attributes from the schema (every
// required attribute writable, `*_verified` and `sub` not), identity providers the pool has (only
// COGNITO: the double has no federation), and the OAuth rules (flows and scopes together, client
// credentials alone and only with a secret, callback URLs for the code and implicit grants, the standard
// scopes and the custom scopes `<identifier>/<scope>` of the pool's resource servers, resourceServers.ts; a
// DefaultRedirectURI among the CallbackURLs), and refresh token rotation (RefreshTokenRotationType:
// Feature ENABLED | DISABLED, RetryGracePeriodSeconds 0–60) never beside ALLOW_REFRESH_TOKEN_AUTH, and
// choice-based sign-in (ALLOW_USER_AUTH) only in the Essentials feature plan or higher.
import { inSeconds, TIME_UNITS, DEFAULT_REFRESH_DAYS, AUTH_SESSION_MINUTES, type AppClientSettings, type RefreshTokenRotation, type TimeUnit, type TokenValidityUnits } from './appClients';
import { ownList } from './clientAttributeLists';
import type { SeededPool } from './data';
import { booleanMember, enumListMember, enumMember, integerMember, NAME_PATTERN, optionalString, stringListMember, structMember } from './members';
import { validationError } from './requests';
import { customScopesOf } from './resourceServers';
import { ServiceError, type Input } from './server';

export const CLIENT_NAME_RULE = { min: 1, max: 128, pattern: '[\\w\\s+=,.@-]+' };
const FLOWS = [
  'ADMIN_NO_SRP_AUTH',
  'CUSTOM_AUTH_FLOW_ONLY',
  'USER_PASSWORD_AUTH',
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_CUSTOM_AUTH',
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_USER_AUTH',
] as const;
const URL_RULE = { min: 1, max: 1024, pattern: NAME_PATTERN };
const STANDARD_SCOPES = new Set(['phone', 'email', 'openid', 'profile', 'aws.cognito.signin.user.admin']);

export interface ClientRequest {
  /** ClientName; undefined when UpdateUserPoolClient leaves it out (the name stays). */
  name?: string;
  settings: Omit<AppClientSettings, 'name'>;
  /** CreateUserPoolClient only. */
  generateSecret: boolean;
  clientSecret?: string;
}

export function readClientRequest(input: Input, creating: boolean): ClientRequest {
  const name = optionalString(input, 'ClientName', { member: 'clientName', required: creating, ...CLIENT_NAME_RULE });
  const units = structMember(input, 'TokenValidityUnits');
  const unit = (key: keyof TokenValidityUnits) => (units ? enumMember(units, key, `tokenValidityUnits.${key.charAt(0).toLowerCase()}${key.slice(1)}`, TIME_UNITS) : undefined);
  const tokenValidityUnits = units && dropUndefined({ AccessToken: unit('AccessToken'), IdToken: unit('IdToken'), RefreshToken: unit('RefreshToken') });
  const refresh = integerMember(input, 'RefreshTokenValidity', 'refreshTokenValidity', 0, 315_360_000);
  const refreshUnit: TimeUnit = tokenValidityUnits?.RefreshToken ?? 'days';
  const settings: Omit<AppClientSettings, 'name'> = {
    // "You can't set RefreshTokenValidity to 0. If you do, Amazon Cognito overrides the value with the default value of 30 days."
    refreshTokenValidity: refresh ? refresh : inSeconds(DEFAULT_REFRESH_DAYS, 'days') / inSeconds(1, refreshUnit),
    accessTokenValidity: integerMember(input, 'AccessTokenValidity', 'accessTokenValidity', 1, 86_400),
    idTokenValidity: integerMember(input, 'IdTokenValidity', 'idTokenValidity', 1, 86_400),
    tokenValidityUnits,
    readAttributes: ownList(stringListMember(input, 'ReadAttributes', 'readAttributes', { min: 1, max: 2048 })),
    writeAttributes: ownList(stringListMember(input, 'WriteAttributes', 'writeAttributes', { min: 1, max: 2048 })),
    explicitAuthFlows: enumListMember(input, 'ExplicitAuthFlows', 'explicitAuthFlows', FLOWS),
    supportedIdentityProviders: stringListMember(input, 'SupportedIdentityProviders', 'supportedIdentityProviders', { min: 1, max: 32, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\p{Z}]+' }),
    callbackURLs: stringListMember(input, 'CallbackURLs', 'callbackURLs', URL_RULE, 100),
    logoutURLs: stringListMember(input, 'LogoutURLs', 'logoutURLs', URL_RULE, 100),
    defaultRedirectURI: optionalString(input, 'DefaultRedirectURI', { member: 'defaultRedirectURI', ...URL_RULE }),
    allowedOAuthFlows: enumListMember(input, 'AllowedOAuthFlows', 'allowedOAuthFlows', ['code', 'implicit', 'client_credentials'] as const, 3),
    allowedOAuthScopes: stringListMember(input, 'AllowedOAuthScopes', 'allowedOAuthScopes', { min: 1, max: 256, pattern: '[\\x21\\x23-\\x5B\\x5D-\\x7E]+' }, 50),
    allowedOAuthFlowsUserPoolClient: booleanMember(input, 'AllowedOAuthFlowsUserPoolClient') ?? false,
    analyticsConfiguration: structMember(input, 'AnalyticsConfiguration') && structuredClone(input.AnalyticsConfiguration),
    preventUserExistenceErrors: enumMember(input, 'PreventUserExistenceErrors', 'preventUserExistenceErrors', ['LEGACY', 'ENABLED'] as const) ?? 'LEGACY',
    enableTokenRevocation: booleanMember(input, 'EnableTokenRevocation') ?? true,
    enablePropagateAdditionalUserContextData: booleanMember(input, 'EnablePropagateAdditionalUserContextData') ?? false,
    authSessionValidity: integerMember(input, 'AuthSessionValidity', 'authSessionValidity', 3, 15) ?? AUTH_SESSION_MINUTES,
    refreshTokenRotation: rotationMember(input),
  };
  if (!creating) return { name, settings, generateSecret: false };
  const generateSecret = booleanMember(input, 'GenerateSecret') ?? false;
  const clientSecret = optionalString(input, 'ClientSecret', { member: 'clientSecret', min: 24, max: 64, pattern: '[\\w+]+', sensitive: true });
  return { name, settings, generateSecret, clientSecret };
}

/** RefreshTokenRotation: Feature is required in the structure; RetryGracePeriodSeconds 0–60. */
function rotationMember(input: Input): RefreshTokenRotation | undefined {
  const rotation = structMember(input, 'RefreshTokenRotation');
  if (!rotation) return undefined;
  const feature = enumMember(rotation, 'Feature', 'refreshTokenRotation.feature', ['ENABLED', 'DISABLED'] as const);
  if (!feature) throw validationError('refreshTokenRotation.feature', null, 'Member must not be null');
  const grace = integerMember(rotation, 'RetryGracePeriodSeconds', 'refreshTokenRotation.retryGracePeriodSeconds', 0, 60);
  return grace === undefined ? { Feature: feature } : { Feature: feature, RetryGracePeriodSeconds: grace };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const invalid = (message: string) => new ServiceError('InvalidParameterException', message);
const invalidFlow = (message: string) => new ServiceError('InvalidOAuthFlowException', message);

/** The rules on the whole configuration, once the pool and (on update) the client are known. */
export function checkClientSettings(pool: SeededPool, settings: Omit<AppClientSettings, 'name'>, hasSecret: boolean, creating: boolean): void {
  const units = settings.tokenValidityUnits ?? {};
  const within = (value: number | undefined, unit: TimeUnit, min: number, max: number) => value === undefined || (inSeconds(value, unit) >= min && inSeconds(value, unit) <= max);
  if (
    !within(settings.accessTokenValidity, units.AccessToken ?? 'hours', 300, 86_400) ||
    !within(settings.idTokenValidity, units.IdToken ?? 'hours', 300, 86_400) ||
    !within(settings.refreshTokenValidity, units.RefreshToken ?? 'days', 3600, 315_360_000)
  ) {
    throw invalid('Invalid range for token validity.');
  }

  const flows = settings.explicitAuthFlows ?? [];
  if (flows.some((f) => f.startsWith('ALLOW_')) && flows.some((f) => !f.startsWith('ALLOW_'))) {
    // The reference: the legacy values can't be assigned together with ALLOW_ values. Wording not documented.
    throw invalid('ExplicitAuthFlows cannot combine the legacy values ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY and USER_PASSWORD_AUTH with ALLOW_ values.');
  }

  if (flows.includes('ALLOW_USER_AUTH') && pool.settings.tier === 'LITE') {
    // ExplicitAuthFlows (API reference): for ALLOW_USER_AUTH "your user pool must be in the Essentials tier
    // or higher"; FeatureUnavailableInTierException is the error both operations list. Wording the double's own.
    throw new ServiceError('FeatureUnavailableInTierException', 'ALLOW_USER_AUTH is not available in the Lite feature plan of this user pool.');
  }
  if (settings.refreshTokenRotation?.Feature === 'ENABLED' && flows.includes('ALLOW_REFRESH_TOKEN_AUTH')) {
    // Developer guide, "Refresh tokens" › "Refresh token rotation": rotation "isn't compatible with the
    // authentication flow REFRESH_TOKEN_AUTH. To implement refresh token rotation, you must disable this
    // authentication flow in your app client". The wording is AWS's as public projects quote it (not in the
    // reference). Flows left out (AWS's default three, refresh among them) are not refused: not documented.
    throw invalid('ALLOW_REFRESH_TOKEN_AUTH is not a permitted ExplicitAuthFlow when refresh token rotation is enabled.');
  }

  const doing = creating ? 'creating' : 'updating';
  const attributes = new Map(pool.schema.map((a) => [a.name, a]));
  if (settings.readAttributes?.some((name) => !attributes.has(name))) throw invalid(`Invalid read attributes specified while ${doing} a client`); // by analogy with the write wording
  const writes = settings.writeAttributes;
  if (
    writes &&
    (writes.some((name) => !attributes.has(name) || ['sub', 'email_verified', 'phone_number_verified'].includes(name)) ||
      pool.schema.some((a) => a.required && a.name !== 'sub' && !writes.includes(a.name)))
  ) {
    throw invalid(`Invalid write attributes specified while ${doing} a client`);
  }

  const provider = settings.supportedIdentityProviders?.find((p) => p !== 'COGNITO');
  if (provider !== undefined) throw invalid(`The provider ${provider} does not exist for User Pool ${pool.id}`);

  checkOAuth(pool, settings, hasSecret);
}

function checkOAuth(pool: SeededPool, settings: Omit<AppClientSettings, 'name'>, hasSecret: boolean): void {
  const flows = settings.allowedOAuthFlows ?? [];
  const scopes = settings.allowedOAuthScopes ?? [];
  if (settings.allowedOAuthFlowsUserPoolClient && (flows.length === 0 || scopes.length === 0)) {
    throw invalid('AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.');
  }
  // AllowedOAuthScopes (CreateUserPoolClient, API reference): the standard scopes, or custom scopes "created in
  // Resource Servers"; any other is ScopeDoesNotExistException (both operations' Errors).
  const custom = customScopesOf(pool);
  const unknownScope = scopes.find((s) => !STANDARD_SCOPES.has(s) && !custom.has(s));
  if (unknownScope !== undefined) throw new ServiceError('ScopeDoesNotExistException', `Invalid scope requested: ${unknownScope}`);
  const grants = flows.includes('code') || flows.includes('implicit');
  if (flows.includes('client_credentials')) {
    if (grants) throw invalidFlow('client_credentials flow can not be selected along with code flow or implicit flow.');
    if (!hasSecret) throw invalidFlow('client_credentials flow can not be selected if client does not have a client secret.');
    if (scopes.includes('openid')) throw invalidFlow('openid is not supported with client_credentials flow');
  }
  if (settings.allowedOAuthFlowsUserPoolClient && grants && (settings.callbackURLs ?? []).length === 0) {
    throw invalidFlow('CallbackUrls can not be empty when code flow or implicit flow is selected');
  }
  // DefaultRedirectURI (CreateUserPoolClient, API reference): "Must be in the CallbackURLs list." Wording the double's own.
  if (settings.defaultRedirectURI !== undefined && !(settings.callbackURLs ?? []).includes(settings.defaultRedirectURI)) {
    throw invalid('DefaultRedirectURI must be one of the CallbackURLs.');
  }
  // CallbackURLs (CreateUserPoolClient, API reference): "A redirect URI must: Be an absolute URI. […] Not include a
  // fragment component", and "Amazon Cognito requires HTTPS over HTTP except for http://localhost for testing
  // purposes only" (an app's own scheme, myapp://, is allowed). Since August 2025 the loopback IP literals too: an
  // AWS engineer in microsoft/vscode#256122, "Cognito now supports adding the loopback IP literal as a callback URL
  // on the userpool client in all regions". Wording the double's own.
  for (const url of settings.callbackURLs ?? []) {
    const refused = callbackRefusal(url);
    if (refused) throw invalid(refused);
  }
}

const PLAIN_HTTP_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function callbackRefusal(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `Invalid CallbackURL ${url}: it must be an absolute URI.`;
  }
  if (url.includes('#')) return `Invalid CallbackURL ${url}: it must not include a fragment.`;
  if (parsed.protocol === 'http:' && !PLAIN_HTTP_HOSTS.has(parsed.hostname)) return `Invalid CallbackURL ${url}: HTTPS is required except for http://localhost and the loopback IP literals.`;
  return undefined;
}
