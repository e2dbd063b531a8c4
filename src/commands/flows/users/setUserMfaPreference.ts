import { CognitoError } from '../../../shared/errors';
import { factorOfSetting, factorsText, MFA_FACTOR_NAMES, MFA_FACTORS, type MfaFactor, type PoolMfaConfig, type UserDetails, type UserMfaPreference } from '../../../shared/types';
import { userNode } from '../../../tree/nodes';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { givenUsers, userSteps, type UsersAnswers, type UserRef } from './userTargets';

// Set MFA Preference…: which second factors a user has on, and the one tried first, as an administrator sets
// them (AdminSetUserMFAPreference). Only factors the pool has on are offered (GetUserPoolMfaConfig), and of
// those only what AWS would accept for this user: SMS needs a phone_number, e-mail an email attribute, and an
// authenticator app one the user set up themselves (AssociateSoftwareToken and VerifySoftwareToken take the
// user's own access token, so an administrator can keep or turn off an app, never add one: AdminGetUser
// lists it in UserMFASettingList only once set up). What is not offered is named with its reason.

const TITLE = 'Set MFA Preference';
const NO_PREFERENCE = 'none';

interface Answers extends UsersAnswers {
  known: { details: UserDetails; mfa: PoolMfaConfig };
  enabled: MfaFactor[];
  preferred: MfaFactor | typeof NO_PREFERENCE;
}

export async function setUserMfaPreference(deps: FlowDeps, given?: UserRef): Promise<UserMfaPreference> {
  return runFlow<Answers, UserMfaPreference>({
    title: TITLE,
    given: givenUsers(given),
    steps: [
      ...userSteps<Answers>(deps),
      {
        fills: 'known',
        load: async ({ refs: [{ connectionId, userPoolId, user }] }) => {
          const cognito = deps.connections.cognito(connectionId);
          const [details, mfa] = await Promise.all([cognito.users.getDetails(userPoolId, user.username), cognito.pools.getMfaConfig(userPoolId)]);
          return { details, mfa };
        },
      },
      {
        fills: 'enabled',
        ask: ({ refs: [{ user }], known }, step) => {
          const { offered, reasons } = offeredFactors(known);
          if (offered.length === 0) throw new CognitoError(`No MFA factor can be turned on for ${user.username}: ${reasons.join('; ')}.`, 'invalidParameter');
          const now = currentOf(known.details);
          return deps.prompter.pickMany(
            offered.map((f) => ({ label: MFA_FACTOR_NAMES[f], value: f, picked: now.enabled.includes(f) })),
            { ...step, placeholder: [`The factors ${user.username} has on (none ticked: all off)`, ...reasons].join('. ') },
          );
        },
      },
      {
        fills: 'preferred',
        // With one factor on it is the preferred one; with none there is nothing to prefer.
        skip: (a) => a.enabled !== undefined && a.enabled.length < 2,
        ask: ({ refs: [{ user }], known, enabled }, step) => {
          const now = currentOf(known.details).preferred ?? NO_PREFERENCE;
          const items: { label: string; detail?: string; value: MfaFactor | typeof NO_PREFERENCE }[] = [
            ...MFA_FACTORS.filter((f) => enabled.includes(f)).map((f) => ({ label: MFA_FACTOR_NAMES[f], value: f })),
            { label: 'No preferred factor', detail: 'Cognito asks the user to choose at each sign-in', value: NO_PREFERENCE },
          ];
          return deps.prompter.pick(
            items.map((item) => (item.value === now ? { ...item, description: 'current' } : item)),
            { ...step, placeholder: `The factor Cognito asks ${user.username} for first` },
          );
        },
      },
      confirmChanges(deps, {
        subject: ({ refs: [{ user }] }) => `the MFA of ${user.username}`,
        changes: (a) => {
          const before = currentOf(a.known.details);
          const after = chosen(a);
          return [
            { setting: 'Factors on', before: factorsText(before.enabled), after: factorsText(after.enabled) },
            { setting: 'Preferred', before: before.preferred ? MFA_FACTOR_NAMES[before.preferred] : 'none', after: after.preferred ? MFA_FACTOR_NAMES[after.preferred] : 'none' },
          ];
        },
        consequence: (a) => (chosen(a).enabled.length === 0 && a.known.mfa.mode === 'ON' ? 'MFA is required in this pool: with no factor on, the user is asked to set one up at the next sign-in.' : 'Applies from the next sign-in; sessions already open are not affected.'),
      }),
    ],
    execute: async (a) => {
      const [{ connectionId, userPoolId, user }] = a.refs;
      const preference = chosen(a);
      // Named in the request: the factors offered, and those the user has on (to turn them off).
      const touched = offeredFactors(a.known).offered;
      await deps.feedback.progress(`Setting the MFA of ${user.username}…`, () => deps.connections.cognito(connectionId).users.setMfaPreference(userPoolId, user.username, preference, touched));
      deps.details.changed(userNode(connectionId, userPoolId, user).key); // User Details shows the MFA
      deps.feedback.status(`$(check) Set the MFA of ${user.username}`);
      return preference;
    },
  });
}

/** The user's factors on and preferred one, from UserMFASettingList and PreferredMfaSetting. */
function currentOf(details: UserDetails): UserMfaPreference {
  const enabled = details.mfaMethods.map(factorOfSetting).filter((f): f is MfaFactor => f !== undefined);
  return { enabled, preferred: details.preferredMfa ? factorOfSetting(details.preferredMfa) : undefined };
}

/** What may be set for this user (and what the user has on now, so it can be turned off), and why the rest is not offered. */
function offeredFactors({ details, mfa }: Answers['known']): { offered: MfaFactor[]; reasons: string[] } {
  const has = (name: string) => details.attributes.some((a) => a.name === name && a.value !== '');
  const on = currentOf(details).enabled;
  const poolOn = mfa.mode === 'OFF' ? [] : mfa.factors;
  const reason = (f: MfaFactor): string | undefined => {
    if (!poolOn.includes(f)) return `${MFA_FACTOR_NAMES[f]} is not on in the pool (Edit MFA…)`;
    if (f === 'sms' && !has('phone_number')) return `SMS needs a phone_number, which ${details.username} does not have`;
    if (f === 'email' && !has('email')) return `e-mail needs an email attribute, which ${details.username} does not have`;
    if (f === 'totp' && !on.includes('totp')) return `an authenticator app is set up by ${details.username} themselves`;
    return undefined;
  };
  const offered = MFA_FACTORS.filter((f) => on.includes(f) || reason(f) === undefined);
  return { offered, reasons: MFA_FACTORS.filter((f) => !offered.includes(f)).map((f) => reason(f) as string) };
}

function chosen(a: Answers): UserMfaPreference {
  const enabled = MFA_FACTORS.filter((f) => a.enabled.includes(f));
  const preferred = enabled.length === 1 ? enabled[0] : a.preferred === NO_PREFERENCE || a.preferred === undefined ? undefined : a.preferred;
  return { enabled, ...(preferred ? { preferred } : {}) };
}
