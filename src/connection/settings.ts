// Which Cognito the extension talks to. Plain data so it can be compared and passed to the lazily
// loaded AWS bundle.

export interface ConnectionSettings {
  /** Named AWS profile from the shared config/credentials files. */
  profile: string;
  /** Explicit region; undefined means "the profile's region, else AWS_REGION, else us-east-1". */
  region?: string;
  /** A custom endpoint such as a local cognito-local; undefined for real AWS. */
  endpoint?: string;
}

export const FALLBACK_REGION = 'us-east-1';

export interface RawSettings {
  profile?: string;
  region?: string;
  endpoint?: string;
}

/** Settings win; then the environment the AWS CLI also reads. */
export function resolveSettings(raw: RawSettings, env: NodeJS.ProcessEnv): ConnectionSettings {
  return {
    profile: raw.profile?.trim() || env.AWS_PROFILE || 'default',
    region: raw.region?.trim() || undefined,
    endpoint: raw.endpoint?.trim() || undefined,
  };
}
