import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';
import { FALLBACK_REGION, profileName, type ConnectionSettings } from '../shared/settings';

// AWS profiles as the AWS CLI sees them: ~/.aws/config and ~/.aws/credentials, or the files named by
// AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE. Read with the SDK's own ini loader, fresh each time
// so a profile added in a terminal shows up without a reload.

export type ProfileKind = 'sso' | 'keys' | 'process' | 'role' | 'other';

export interface ProfileInfo {
  name: string;
  region?: string;
  kind: ProfileKind;
}

/** Sections of the config file that are not profiles. */
const NOT_PROFILES = /^(sso-session|services)\./;

export async function listProfiles(): Promise<ProfileInfo[]> {
  const { configFile, credentialsFile } = await loadSharedConfigFiles({ ignoreCache: true });
  const names = new Set([...Object.keys(configFile), ...Object.keys(credentialsFile)].filter((name) => !NOT_PROFILES.test(name)));
  return [...names].sort().map((name) => {
    const settings = { ...credentialsFile[name], ...configFile[name] };
    return { name, region: settings.region, kind: profileKind(settings) };
  });
}

/** The region to use: the setting, else the profile's, else AWS_REGION / AWS_DEFAULT_REGION, else us-east-1. */
export async function resolveRegion(settings: ConnectionSettings, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (settings.region) return settings.region;
  const profile = profileName(settings, env);
  const fromProfile = (await listProfiles().catch(() => [])).find((p) => p.name === profile)?.region;
  return fromProfile ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? FALLBACK_REGION;
}

/** Whether a profile chosen in the settings exists, so a typo gets a clear sentence, not a chain of provider errors. */
export async function profileExists(name: string): Promise<boolean> {
  return (await listProfiles().catch(() => [])).some((p) => p.name === name);
}

function profileKind(settings: Record<string, string | undefined>): ProfileKind {
  if (settings.sso_session || settings.sso_start_url) return 'sso';
  if (settings.credential_process) return 'process';
  if (settings.role_arn) return 'role';
  if (settings.aws_access_key_id) return 'keys';
  return 'other';
}
