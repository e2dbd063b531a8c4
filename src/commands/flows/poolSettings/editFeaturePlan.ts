import type { PoolRef } from '../../../connection/connections';
import { CognitoError } from '../../../shared/errors';
import type { FeaturePlan, PoolMfaConfig } from '../../../shared/types';
import type { PickItem } from '../../../ui/prompter';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { CURRENT, currentStep, sendPoolChange, type PoolEditAnswers } from './poolEdit';
import { PLAN_NAMES } from '../../../shared/signInNames';
import { andList, lostOn, PLAN_ORDER, planOf } from './signInFeatures';

// Edit Feature Plan…: Lite, Essentials or Plus (UpdateUserPool's UserPoolTier, through the one PoolChange).
// Each choice says in one sentence what it adds, or what the pool uses that it would lose. A plan that lacks
// a setting the pool uses is refused before anything is sent ("FeatureUnavailableInTierException: a feature
// you attempted to configure isn't available in your current feature plan", UpdateUserPool's errors), naming
// the settings to turn off first. E-mail MFA is not in DescribeUserPool, so GetUserPoolMfaConfig is read too;
// where that read fails (a role without cognito-idp:GetUserPoolMfaConfig) the plan can still be changed, e-mail
// MFA is then not checked here, and AWS's own refusal of it comes back as one sentence.

const TITLE = 'Edit Feature Plan';

interface Answers extends PoolEditAnswers {
  mfa: PoolMfaConfig | undefined;
  plan: FeaturePlan;
}

const ADDS: Record<FeaturePlan, string> = {
  LITE: '',
  ESSENTIALS: 'password history, e-mail MFA, passwordless sign-in (e-mail and SMS codes, passkeys) and access-token customization (pre token generation V2_0, V3_0)',
  PLUS: 'threat protection (compromised-credential checks and adaptive authentication)',
};

export async function editFeaturePlan(deps: FlowDeps, given?: PoolRef): Promise<FeaturePlan> {
  return runFlow<Answers, FeaturePlan>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep(deps),
      currentStep(deps),
      { fills: 'mfa', load: ({ pool: { connectionId, pool } }) => deps.connections.cognito(connectionId).pools.getMfaConfig(pool.id).catch(() => undefined) },
      {
        fills: 'plan',
        ask: async (a, step) => {
          const plan = await deps.prompter.pick(planItems(a), { ...step, placeholder: `The feature plan of ${a.pool.pool.name} (billed per monthly active user)` });
          const lost = lostOn(plan, a.current, a.mfa);
          if (lost.length > 0) {
            throw new CognitoError(`${a.pool.pool.name} cannot move to ${PLAN_NAMES[plan]}: it uses ${andList(lost)}, which ${PLAN_NAMES[plan]} does not have; turn ${lost.length > 1 ? 'them' : 'it'} off first.`, 'invalidParameter');
          }
          return plan;
        },
      },
      confirmChanges(deps, {
        subject: ({ pool }) => `the feature plan of ${pool.pool.name}`,
        changes: (a) => [{ setting: 'Feature plan', before: PLAN_NAMES[planOf(a.current)], after: PLAN_NAMES[a.plan] }],
        consequence: (a) => `${effect(a, a.plan)} Billing follows the plan from now on; users, app clients and settings stay as they are.`,
      }),
    ],
    execute: async (a) => {
      await sendPoolChange(deps, a.pool, { plan: a.plan }, 'feature plan');
      return a.plan;
    },
  });
}

function planItems(a: Answers): PickItem<FeaturePlan>[] {
  const now = planOf(a.current);
  return PLAN_ORDER.map((plan) => ({ label: PLAN_NAMES[plan], ...(plan === now ? { description: CURRENT } : {}), detail: effect(a, plan), value: plan }));
}

/** One sentence: what moving to `plan` adds, loses, or why it cannot be done now. */
function effect(a: Answers, plan: FeaturePlan): string {
  const now = planOf(a.current);
  if (plan === now) return `The plan ${a.pool.pool.name} is on now.`;
  const lost = lostOn(plan, a.current, a.mfa);
  if (lost.length > 0) return `Refused while the pool uses ${andList(lost)}, which ${PLAN_NAMES[plan]} does not have.`;
  const up = PLAN_ORDER.indexOf(plan) > PLAN_ORDER.indexOf(now);
  if (up) {
    const added = PLAN_ORDER.slice(PLAN_ORDER.indexOf(now) + 1, PLAN_ORDER.indexOf(plan) + 1).map((p) => ADDS[p]);
    return `Adds ${andList(added)}.`;
  }
  const dropped = PLAN_ORDER.slice(PLAN_ORDER.indexOf(plan) + 1, PLAN_ORDER.indexOf(now) + 1).map((p) => ADDS[p]);
  // Nothing of what is lost is in use (else refused above): say so, so the person knows it is safe.
  return `Loses ${andList(dropped)}, none of which this pool uses.`;
}
