// App clients of the double: the settings that sign-in depends on, with AWS's defaults for a new client.
import { createHash } from 'node:crypto';

export type PreventUserExistenceErrors = 'ENABLED' | 'LEGACY';

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
}

export interface DoubleAppClient {
  clientId: string;
  name: string;
  explicitAuthFlows: readonly string[];
  clientSecret?: string;
  preventUserExistenceErrors: PreventUserExistenceErrors;
  enableTokenRevocation: boolean;
  accessTokenMinutes: number;
  idTokenMinutes: number;
  refreshTokenDays: number;
}

export const DEFAULT_AUTH_FLOWS: readonly string[] = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
/** Minutes a challenge's Session stays good: AWS's default AuthSessionValidity. */
export const AUTH_SESSION_MINUTES = 3;

/** The sign-in flows of AuthFlow that a client's ExplicitAuthFlows enable. */
export type SignInFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'ADMIN_USER_PASSWORD_AUTH' | 'REFRESH_TOKEN_AUTH';

export function flowEnabled(client: DoubleAppClient, flow: SignInFlow): boolean {
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
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** 51 lower-case letters and digits, the shape of AWS's client secrets; stable for a client. */
function secretFor(clientId: string): string {
  const digits = BigInt(`0x${hash(`secret/${clientId}`)}${hash(`secret2/${clientId}`)}`).toString(36);
  return digits.slice(0, 51).padStart(51, '0');
}

export function makeAppClient(clientId: string, seed: AppClientSeed): DoubleAppClient {
  return {
    clientId,
    name: seed.name,
    explicitAuthFlows: seed.explicitAuthFlows ?? DEFAULT_AUTH_FLOWS,
    clientSecret: seed.generateSecret ? secretFor(clientId) : undefined,
    preventUserExistenceErrors: seed.preventUserExistenceErrors ?? 'ENABLED',
    enableTokenRevocation: seed.enableTokenRevocation ?? true,
    accessTokenMinutes: seed.accessTokenValidity ?? 60,
    idTokenMinutes: seed.idTokenValidity ?? 60,
    refreshTokenDays: seed.refreshTokenValidity ?? 30,
  };
}

/** DescribeUserPoolClient's UserPoolClientType. */
export function describeAppClient(client: DoubleAppClient, poolId: string, created: Date) {
  return {
    UserPoolId: poolId,
    ClientName: client.name,
    ClientId: client.clientId,
    ClientSecret: client.clientSecret,
    CreationDate: created.getTime() / 1000,
    LastModifiedDate: created.getTime() / 1000,
    RefreshTokenValidity: client.refreshTokenDays,
    AccessTokenValidity: client.accessTokenMinutes,
    IdTokenValidity: client.idTokenMinutes,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
    ExplicitAuthFlows: [...client.explicitAuthFlows],
    AllowedOAuthFlowsUserPoolClient: false,
    PreventUserExistenceErrors: client.preventUserExistenceErrors,
    EnableTokenRevocation: client.enableTokenRevocation,
    EnablePropagateAdditionalUserContextData: false,
    AuthSessionValidity: AUTH_SESSION_MINUTES,
  };
}
