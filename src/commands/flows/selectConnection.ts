import type { ProfileInfo } from '../../aws/profiles';
import { COGNITO_REGIONS, checkRegion } from '../../connection/regions';
import type { PickItem, Prompter, StepInfo } from '../../ui/prompter';
import { runFlow } from './steps';

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
  return runFlow<{ chosen: string | typeof DEFAULT_CHAIN }, string | undefined>({
    title: 'Select AWS Profile',
    given: {},
    steps: [{ fills: 'chosen', ask: (_, step) => prompter.pick(items, { ...step, placeholder: 'Profiles from your AWS config and credentials files' }) }],
    execute: async ({ chosen }) => {
      const profile = chosen === DEFAULT_CHAIN ? undefined : chosen;
      await settings.update('profile', profile);
      return profile;
    },
  });
}

const PROFILE_REGION = Symbol('profile region');
const OTHER = Symbol('other region');

export async function selectRegion(prompter: Prompter, settings: SettingsWriter, current?: string): Promise<string | undefined> {
  return runFlow<{ region: string | undefined }, string | undefined>({
    title: 'Select Region',
    given: {},
    steps: [{ fills: 'region', ask: (_, step) => askRegion(prompter, step, current) }],
    execute: async ({ region }) => {
      await settings.update('region', region);
      return region;
    },
  });
}

/** A region id, or undefined for the profile's own region. */
async function askRegion(prompter: Prompter, step: StepInfo, current: string | undefined): Promise<string | undefined> {
  const chosen = await prompter.pick<string | typeof PROFILE_REGION | typeof OTHER>(
    [
      { label: '$(account) The profile’s region', detail: "From the profile's config, else AWS_REGION, else us-east-1", value: PROFILE_REGION },
      ...COGNITO_REGIONS.map((r) => ({ label: r.id, description: [r.name, r.id === current ? '(current)' : ''].filter(Boolean).join(' · '), value: r.id })),
      { label: 'Other region…', value: OTHER },
    ],
    { ...step, placeholder: 'Region of the user pools to show' },
  );
  if (chosen === PROFILE_REGION) return undefined;
  if (chosen === OTHER) return (await prompter.input({ ...step, prompt: 'Region id', placeholder: 'eu-west-1', validate: checkRegion })).trim();
  return chosen;
}
