// App clients of the double: what a client is configured with (the members of CreateUserPoolClient and
// UpdateUserPoolClient, as AWS keeps them), the effective settings sign-in reads from that, and
// DescribeUserPoolClient's UserPoolClientType. A seeded client looks like one made in the console: flows,
// token validities in minutes and PreventUserExistenceErrors ENABLED spelled out. A client made through
// the API holds what its request said and nothing more; AWS's defaults stand in for the rest (API
// reference, CreateUserPoolClient): ExplicitAuthFlows SRP + custom + refresh, ID and access tokens 1 hour,
// units hours / hours / days, refresh tokens 30 days, PreventUserExistenceErrors LEGACY, token revocation
// on, AuthSessionValidity 3 minutes, no OAuth, no refresh token rotation.
import { createHash } from 'node:crypto';

export type PreventUserExistenceErrors = 'ENABLED' | 'LEGACY';
export type TimeUnit = 'seconds' | 'minutes' | 'hours' | 'days';
export const TIME_UNITS: readonly TimeUnit[] = ['seconds', 'minutes', 'hours', 'days'];

export interface TokenValidityUnits {
  AccessToken?: TimeUnit;
  IdToken?: TimeUnit;
  RefreshToken?: TimeUnit;
}

/** A client's configuration as AWS stores it: a member left out of the request stays undefined here. */
export interface AppClientSettings {
  name: string;
  explicitAuthFlows?: string[];
  /** In TokenValidityUnits.RefreshToken (default days); always set (30 days when not given). */
  refreshTokenValidity: number;
  accessTokenValidity?: number;
  idTokenValidity?: number;
  tokenValidityUnits?: TokenValidityUnits;
  readAttributes?: string[];
  writeAttributes?: string[];
  supportedIdentityProviders?: string[];
  callbackURLs?: string[];
  logoutURLs?: string[];
  defaultRedirectURI?: string;
  allowedOAuthFlows?: string[];
  allowedOAuthScopes?: string[];
  allowedOAuthFlowsUserPoolClient: boolean;
  analyticsConfiguration?: unknown;
  preventUserExistenceErrors: PreventUserExistenceErrors;
  enableTokenRevocation: boolean;
  enablePropagateAdditionalUserContextData: boolean;
  /** Minutes, 3–15. */
  authSessionValidity: number;
  refreshTokenRotation?: RefreshTokenRotation;
}

/** RefreshTokenRotationType (API reference): Feature ENABLED | DISABLED, RetryGracePeriodSeconds 0–60. */
export interface RefreshTokenRotation {
  Feature: 'ENABLED' | 'DISABLED';
  RetryGracePeriodSeconds?: number;
}

export interface AppClientSeed {
  name: string;
  /** Default, as AWS for a client created without them: ALLOW_USER_SRP_AUTH, ALLOW_CUSTOM_AUTH, ALLOW_REFRESH_TOKEN_AUTH. */
  explicitAuthFlows?: string[];
  /** A generated client secret (then SECRET_HASH is required). Default false. */
  generateSecret?: boolean;
  /** Default ENABLED, as the console sets it (the API's own default is LEGACY). */
  preventUserExistenceErrors?: PreventUserExistenceErrors;
  /** Default true, as for every client created since 2021. */
  enableTokenRevocation?: boolean;
  /** Minutes. Default 60. */
  accessTokenValidity?: number;
  /** Minutes. Default 60. */
  idTokenValidity?: number;
  /** Days. Default 30. */
  refreshTokenValidity?: number;
  /** RefreshTokenRotation as configured (default: none, i.e. rotation off). */
  refreshTokenRotation?: RefreshTokenRotation;
}

/** A client as sign-in sees it (effective values), with its stored configuration. */
export interface DoubleAppClient {
  clientId: string;
  name: string;
  /** The flows in force: the configured ones, or AWS's default three. */
  explicitAuthFlows: readonly string[];
  clientSecret?: string;
  preventUserExistenceErrors: PreventUserExistenceErrors;
  enableTokenRevocation: boolean;
  accessTokenMinutes: number;
  idTokenMinutes: number;
  refreshTokenDays: number;
  /** How long a challenge's Session stays good. */
  authSessionMinutes: number;
  /** Refresh token rotation is on: seconds a rotated-out refresh token stays good, else undefined. */
  rotationGraceSeconds?: number;
  created: Date;
  modified: Date;
  settings: Readonly<AppClientSettings>;
}

export const DEFAULT_AUTH_FLOWS: readonly string[] = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
/** Minutes a challenge's Session stays good: AWS's default AuthSessionValidity. */
export const AUTH_SESSION_MINUTES = 3;
export const DEFAULT_REFRESH_DAYS = 30;

/** The sign-in flows of AuthFlow that a client's ExplicitAuthFlows enable. */
export type SignInFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'ADMIN_USER_PASSWORD_AUTH' | 'REFRESH_TOKEN_AUTH' | 'USER_AUTH';

export function flowEnabled(client: DoubleAppClient, flow: SignInFlow): boolean {
  // RefreshTokenRotationType (API reference): "Refresh token rotation must be completed with
  // GetTokensFromRefreshToken"; REFRESH_TOKEN_AUTH is for clients without rotation only.
  if (flow === 'REFRESH_TOKEN_AUTH' && client.rotationGraceSeconds !== undefined) return false;
  const flows = new Set(client.explicitAuthFlows);
  if ([...flows].some((f) => f.startsWith('ALLOW_'))) return flows.has(`ALLOW_${flow}`);
  // The legacy values (no ALLOW_ prefix) only ever added password flows to SRP and refresh, which
  // stay on unless CUSTOM_AUTH_FLOW_ONLY.
  switch (flow) {
    case 'USER_PASSWORD_AUTH':
      return flows.has('USER_PASSWORD_AUTH');
    case 'ADMIN_USER_PASSWORD_AUTH':
      return flows.has('ADMIN_NO_SRP_AUTH');
    case 'USER_SRP_AUTH':
      return !flows.has('CUSTOM_AUTH_FLOW_ONLY');
    case 'REFRESH_TOKEN_AUTH':
      return true;
    case 'USER_AUTH':
      // Choice-based sign-in came with the ALLOW_ names only (ExplicitAuthFlows: ALLOW_USER_AUTH).
      return false;
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** 51 lower-case letters and digits, the shape of AWS's client secrets; stable for a client. */
export function secretFor(clientId: string): string {
  const digits = BigInt(`0x${hash(`secret/${clientId}`)}${hash(`secret2/${clientId}`)}`).toString(36);
  return digits.slice(0, 51).padStart(51, '0');
}

const SECONDS: Record<TimeUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

/** A validity in seconds: `value` in `unit`. */
export const inSeconds = (value: number, unit: TimeUnit) => value * SECONDS[unit];

/** The client sign-in sees, from its stored configuration. */
export function appClientOf(clientId: string, clientSecret: string | undefined, settings: AppClientSettings, created: Date, modified: Date): DoubleAppClient {
  const units = settings.tokenValidityUnits ?? {};
  const minutes = (value: number | undefined, unit: TimeUnit | undefined) => (value === undefined ? 60 : inSeconds(value, unit ?? 'hours') / 60);
  return {
    clientId,
    name: settings.name,
    explicitAuthFlows: settings.explicitAuthFlows ?? DEFAULT_AUTH_FLOWS,
    clientSecret,
    preventUserExistenceErrors: settings.preventUserExistenceErrors,
    enableTokenRevocation: settings.enableTokenRevocation,
    accessTokenMinutes: minutes(settings.accessTokenValidity, units.AccessToken),
    idTokenMinutes: minutes(settings.idTokenValidity, units.IdToken),
    refreshTokenDays: inSeconds(settings.refreshTokenValidity, units.RefreshToken ?? 'days') / 86_400,
    authSessionMinutes: settings.authSessionValidity,
    // RetryGracePeriodSeconds has no documented default; 0 (no grace) is the value that turns it off.
    rotationGraceSeconds: settings.refreshTokenRotation?.Feature === 'ENABLED' ? (settings.refreshTokenRotation.RetryGracePeriodSeconds ?? 0) : undefined,
    created,
    modified,
    settings,
  };
}

/** A seeded client: configured as the console configures one, dated like its pool. */
export function makeAppClient(clientId: string, seed: AppClientSeed, created: Date): DoubleAppClient {
  const settings: AppClientSettings = {
    name: seed.name,
    explicitAuthFlows: [...(seed.explicitAuthFlows ?? DEFAULT_AUTH_FLOWS)],
    refreshTokenValidity: seed.refreshTokenValidity ?? DEFAULT_REFRESH_DAYS,
    accessTokenValidity: seed.accessTokenValidity ?? 60,
    idTokenValidity: seed.idTokenValidity ?? 60,
    tokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
    allowedOAuthFlowsUserPoolClient: false,
    preventUserExistenceErrors: seed.preventUserExistenceErrors ?? 'ENABLED',
    enableTokenRevocation: seed.enableTokenRevocation ?? true,
    enablePropagateAdditionalUserContextData: false,
    authSessionValidity: AUTH_SESSION_MINUTES,
    refreshTokenRotation: seed.refreshTokenRotation && { ...seed.refreshTokenRotation },
  };
  return appClientOf(clientId, seed.generateSecret ? secretFor(clientId) : undefined, settings, created, created);
}

/** DescribeUserPoolClient's UserPoolClientType: what is configured, in AWS's order (absent members left out). */
export function describeAppClient(client: DoubleAppClient, poolId: string) {
  const s = client.settings;
  const list = (items: readonly string[] | undefined) => (items === undefined ? undefined : [...items]);
  return {
    UserPoolId: poolId,
    ClientName: s.name,
    ClientId: client.clientId,
    ClientSecret: client.clientSecret,
    LastModifiedDate: client.modified.getTime() / 1000,
    CreationDate: client.created.getTime() / 1000,
    RefreshTokenValidity: s.refreshTokenValidity,
    AccessTokenValidity: s.accessTokenValidity,
    IdTokenValidity: s.idTokenValidity,
    TokenValidityUnits: s.tokenValidityUnits && { ...s.tokenValidityUnits },
    ReadAttributes: list(s.readAttributes),
    WriteAttributes: list(s.writeAttributes),
    ExplicitAuthFlows: list(s.explicitAuthFlows),
    SupportedIdentityProviders: list(s.supportedIdentityProviders),
    CallbackURLs: list(s.callbackURLs),
    LogoutURLs: list(s.logoutURLs),
    DefaultRedirectURI: s.defaultRedirectURI,
    AllowedOAuthFlows: list(s.allowedOAuthFlows),
    AllowedOAuthScopes: list(s.allowedOAuthScopes),
    AllowedOAuthFlowsUserPoolClient: s.allowedOAuthFlowsUserPoolClient,
    AnalyticsConfiguration: s.analyticsConfiguration,
    PreventUserExistenceErrors: s.preventUserExistenceErrors,
    EnableTokenRevocation: s.enableTokenRevocation,
    EnablePropagateAdditionalUserContextData: s.enablePropagateAdditionalUserContextData,
    AuthSessionValidity: s.authSessionValidity,
    RefreshTokenRotation: s.refreshTokenRotation && { ...s.refreshTokenRotation },
  };
}
