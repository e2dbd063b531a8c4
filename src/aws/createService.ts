import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';
import { CognitoService, type CallLog } from '../cognito/service';
import type { CognitoApi } from '../cognito/types';
import { isLoopback } from '../connection/endpoint';
import { FALLBACK_REGION, type ConnectionSettings } from '../connection/settings';

/** Emulators on this machine do not check credentials, but the SDK still signs requests. */
const EMULATOR_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export async function createCognitoService(settings: ConnectionSettings, log?: CallLog): Promise<{ service: CognitoApi; region: string }> {
  const region = settings.region ?? (await profileRegion(settings.profile)) ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? FALLBACK_REGION;
  const local = settings.endpoint !== undefined && isLoopback(new URL(settings.endpoint).hostname);
  const client = new CognitoIdentityProviderClient({
    region,
    endpoint: settings.endpoint,
    credentials: local ? EMULATOR_CREDENTIALS : fromNodeProviderChain({ profile: settings.profile }),
  });
  return { service: new CognitoService(client, { region, profile: settings.profile, log }), region };
}

async function profileRegion(profile: string): Promise<string | undefined> {
  try {
    const { configFile } = await loadSharedConfigFiles();
    return configFile[profile]?.region;
  } catch {
    return undefined;
  }
}
