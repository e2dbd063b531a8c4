import type { PoolRef } from '../../../connection/connections';
import { CognitoError } from '../../../shared/errors';
import { MFA_MODE_NAMES } from '../../../shared/signInNames';
import { factorsText, MFA_FACTOR_NAMES, MFA_FACTORS, type MfaFactor, type MfaMode, type PoolMfaChange, type PoolMfaConfig } from '../../../shared/types';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { poolNode } from '../../../tree/nodes';
import { CURRENT, currentStep, type PoolEditAnswers } from './poolEdit';
import { mfaFactorRefusal } from './signInFeatures';

// Edit MFA…: off, optional or required, then which factors (authenticator app, SMS, e-mail), through
// SetUserPoolMfaConfig, which takes the whole MFA configuration (PoolsApi.setMfaConfig sends the SMS and
// e-mail messages back as they are). What AWS refuses is refused here first, in one sentence: optional or
// required with no factor ("ON/OPTIONAL needs at least one factor"), e-mail without the Essentials or Plus
// plan and Amazon SES sending, SMS without an SMS role (signInFeatures.ts). With MFA off no factor is asked.

const TITLE = 'Edit MFA';

const MODES: { label: string; detail: string; value: MfaMode }[] = [
  { label: 'Off', detail: 'No user is asked for a second factor', value: 'OFF' },
  { label: 'Optional', detail: 'Users who turned a factor on are asked for it', value: 'OPTIONAL' },
  { label: 'Required', detail: 'Every user must pass a second factor to sign in', value: 'ON' },
];
const FACTOR_DETAILS: Record<MfaFactor, string> = {
  totp: 'A code from an app the user sets up (TOTP)',
  sms: 'A code sent by SMS to the verified phone number',
  email: 'A code sent to the verified e-mail address',
};

interface Answers extends PoolEditAnswers {
  mfa: PoolMfaConfig;
  mode: MfaMode;
  factors: MfaFactor[];
}

export async function editMfa(deps: FlowDeps, given?: PoolRef): Promise<PoolMfaChange> {
  return runFlow<Answers, PoolMfaChange>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep(deps),
      currentStep(deps),
      { fills: 'mfa', load: ({ pool: { connectionId, pool } }) => deps.connections.cognito(connectionId).pools.getMfaConfig(pool.id) },
      {
        fills: 'mode',
        ask: ({ pool, mfa }, step) =>
          deps.prompter.pick(
            MODES.map((m) => (m.value === mfa.mode ? { ...m, description: CURRENT } : m)),
            { ...step, placeholder: `Multi-factor authentication for the users of ${pool.pool.name}` },
          ),
      },
      {
        fills: 'factors',
        skip: (a) => a.mode === 'OFF',
        ask: async ({ pool, current, mfa, mode }, step) => {
          // A factor on now stays offered even when it could not be turned on again, so it can be turned off.
          const offered = MFA_FACTORS.filter((f) => mfaFactorRefusal(f, current) === undefined || mfa.factors.includes(f));
          const notOffered = MFA_FACTORS.filter((f) => !offered.includes(f)).map((f) => `${MFA_FACTOR_NAMES[f]} ${mfaFactorRefusal(f, current)}`);
          const factors = await deps.prompter.pickMany(
            offered.map((f) => ({ label: capitalized(MFA_FACTOR_NAMES[f]), detail: FACTOR_DETAILS[f], value: f, picked: mfa.factors.includes(f) })),
            { ...step, placeholder: ['The factors users may use (at least one)', ...notOffered].join('. ') },
          );
          if (factors.length === 0) {
            throw new CognitoError(`MFA ${MFA_MODE_NAMES[mode]} needs at least one factor; tick one, or choose Off for ${pool.pool.name}.`, 'invalidParameter');
          }
          return factors;
        },
      },
      confirmChanges(deps, {
        subject: ({ pool }) => `the MFA of ${pool.pool.name}`,
        changes: (a) => [
          { setting: 'MFA', before: MFA_MODE_NAMES[a.mfa.mode], after: MFA_MODE_NAMES[a.mode] },
          { setting: 'Factors', before: factorsText(a.mfa.mode === 'OFF' ? [] : a.mfa.factors), after: factorsText(chosen(a).factors) },
        ],
        consequence: (a) =>
          ({
            OFF: "No user is asked for a second factor any more; users' own MFA settings are kept.",
            OPTIONAL: 'Users who turned a factor on are asked for it at sign-in; the others sign in as before.',
            ON: 'Every user must pass a second factor at the next sign-in; a user with none set up is asked to set one up.',
          })[a.mode],
      }),
    ],
    execute: async (a) => {
      const change = chosen(a);
      const { connectionId, pool } = a.pool;
      await deps.feedback.progress(`Saving the MFA of ${pool.name}…`, () => deps.connections.cognito(connectionId).pools.setMfaConfig(pool.id, change));
      deps.details.changed(poolNode(connectionId, pool).key); // Pool Details shows the MFA
      deps.feedback.status(`$(check) Saved the MFA of ${pool.name}`);
      return change;
    },
  });
}

/** Off sends no factor (AWS refuses factors beside MFA off). */
const chosen = (a: Answers): PoolMfaChange => ({ mode: a.mode, factors: a.mode === 'OFF' ? [] : MFA_FACTORS.filter((f) => a.factors.includes(f)) });

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
