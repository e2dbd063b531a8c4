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

/** The profile name in effect, for display and for "aws sso login --profile NAME". */
export function profileName(settings: ConnectionSettings, env: NodeJS.ProcessEnv): string {
  return settings.profile ?? env.AWS_PROFILE ?? 'default';
}
