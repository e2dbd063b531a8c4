import type { ProfileInfo } from '../../aws/profiles';
import { COGNITO_REGIONS, checkRegion } from '../../connection/regions';
import { StepCounter, type PickItem, type Prompter } from '../../ui/prompter';

// Select AWS Profile / Select Region: a pick that writes the cognito.profile or cognito.region
// setting. The extension refreshes the tree when the setting changes.

export interface SettingsWriter {
  update(key: 'profile' | 'region', value: string | undefined): Promise<void>;
  update(key: 'connections', value: unknown[] | undefined): Promise<void>;
}

export const KIND_LABELS: Record<ProfileInfo['kind'], string> = {
  sso: 'SSO',
  keys: 'access keys',
  process: 'credential process',
  role: 'assume role',
  other: '',
};

const DEFAULT_CHAIN = Symbol('default chain');

export async function selectProfile(prompter: Prompter, profiles: Promise<ProfileInfo[]>, settings: SettingsWriter, current?: string): Promise<string | undefined> {
  const items = profiles.then((list): PickItem<string | typeof DEFAULT_CHAIN>[] => [
    { label: '$(debug-restart) Default credential chain', detail: 'Environment variables, AWS_PROFILE, then the "default" profile, as the AWS CLI', value: DEFAULT_CHAIN },
    ...list.map((p) => ({
      label: p.name,
      description: [KIND_LABELS[p.kind], p.region, p.name === current ? '(current)' : ''].filter(Boolean).join(' · '),
      value: p.name,
    })),
  ]);
  const chosen = await prompter.pick(items, { ...new StepCounter('Select AWS Profile', 1).next(), placeholder: 'Profiles from your AWS config and credentials files' });
  const profile = chosen === DEFAULT_CHAIN ? undefined : chosen;
  await settings.update('profile', profile);
  return profile;
}

const PROFILE_REGION = Symbol('profile region');
const OTHER = Symbol('other region');

export async function selectRegion(prompter: Prompter, settings: SettingsWriter, current?: string): Promise<string | undefined> {
  const steps = new StepCounter('Select Region', 1);
  const chosen = await prompter.pick<string | typeof PROFILE_REGION | typeof OTHER>(
    [
      { label: '$(account) The profile’s region', detail: "From the profile's config, else AWS_REGION, else us-east-1", value: PROFILE_REGION },
      ...COGNITO_REGIONS.map((r) => ({ label: r.id, description: [r.name, r.id === current ? '(current)' : ''].filter(Boolean).join(' · '), value: r.id })),
      { label: 'Other region…', value: OTHER },
    ],
    { ...steps.next(), placeholder: 'Region of the user pools to show' },
  );
  let region: string | undefined;
  if (chosen === PROFILE_REGION) region = undefined;
  else if (chosen === OTHER) region = (await prompter.input({ ...steps.same(), prompt: 'Region id', placeholder: 'eu-west-1', validate: checkRegion })).trim();
  else region = chosen;
  await settings.update('region', region);
  return region;
}
