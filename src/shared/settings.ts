// Which Cognito the extension talks to. Plain data so it can be compared and passed to the lazily
// loaded AWS bundle.

export interface ConnectionSettings {
  /** A profile chosen in the settings. Undefined: the SDK's own default chain (environment keys,
   *  AWS_PROFILE, the "default" profile, …), exactly as the AWS CLI resolves it. */
  profile?: string;
  /** Explicit region; undefined means "the profile's region, else AWS_REGION, else us-east-1". */
  region?: string;
  /** A custom endpoint such as a local cognito-local; undefined for real AWS. */
  endpoint?: string;
  /** Sign requests to an endpoint that is not Cognito's own with the person's AWS credentials (awsHosts.ts).
   *  Only a cognito.connections entry can say so; absent means no. */
  sendAwsCredentials?: true;
  /** Where managed login and the OAuth endpoints are, over the prefix domain or the endpoint's origin; only a
   *  cognito.connections entry can say so. */
  managedLoginUrl?: string;
}

export const FALLBACK_REGION = 'us-east-1';

export interface RawSettings {
  profile?: string;
  region?: string;
  endpoint?: string;
}

export function resolveSettings(raw: RawSettings): ConnectionSettings {
  return {
    profile: raw.profile?.trim() || undefined,
    region: raw.region?.trim() || undefined,
    endpoint: raw.endpoint?.trim() || undefined,
  };
}

// cognito.maxRequestsPerSecond stands in for Cognito's quota of every operation category. Its bound,
// 1,000 requests a second, is eight times Cognito's highest default rate (120/s: UserAuthentication,
// UserRead; developer guide, "Quotas in Amazon Cognito"). An account can buy more (provisioned capacity,
// since January 2024, with no ceiling the guide names), but one editor window at 1,000 calls a second
// already deletes 100,000 users in under two minutes; a larger number would only say "do not pace",
// which a settings.json must not be able to say. The package.json schema has the same maximum, and a
// settings file can hold any number anyway, so the value is bounded here, where it is read.
export const MAX_REQUESTS_PER_SECOND = 1000;

/** The rate setting as bulk work paces itself: a positive number, at most MAX_REQUESTS_PER_SECOND;
 *  anything else (empty, zero, text) means Cognito's default quota of each category. */
export function requestRateSetting(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  return Math.min(value, MAX_REQUESTS_PER_SECOND);
}

/** The profile name in effect, for display and for "aws sso login --profile NAME". */
export function profileName(settings: ConnectionSettings, env: NodeJS.ProcessEnv): string {
  return settings.profile ?? env.AWS_PROFILE ?? 'default';
}

// cognito.managedLogin.callbackPort: the loopback port Sign In with Managed Login listens on for its redirect,
// `http://localhost:<port>/callback`. It is part of a callback URL registered on the app client, so it stays
// the same from one sign-in to the next (an ephemeral port would need a new URL each time). The default is
// one few programs use; ports below 1024 need privileges a VS Code window does not have.
export const DEFAULT_CALLBACK_PORT = 47300;

/** The callback port setting: an integer from 1024 to 65535, anything else the default. */
export function callbackPortSetting(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1024 && value <= 65535 ? value : DEFAULT_CALLBACK_PORT;
}
