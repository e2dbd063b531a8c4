import type { PoolRef } from '../../../connection/connections';
import { RECOVERY_ORDERS, recoveryText } from '../../../shared/accountRecovery';
import type { RecoveryOption } from '../../../shared/types';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { CURRENT, currentStep, sendPoolChange, settingsOf, type PoolEditAnswers } from './poolEdit';

// Edit Account Recovery…: where a forgotten-password code goes, picked among exactly the orders AWS accepts
// (src/shared/accountRecovery.ts says which, and why).

const TITLE = 'Edit Account Recovery';

interface Answers extends PoolEditAnswers {
  order: RecoveryOption[];
}

export async function editAccountRecovery(deps: FlowDeps, given?: PoolRef): Promise<RecoveryOption[]> {
  return runFlow<Answers, RecoveryOption[]>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep(deps),
      currentStep(deps),
      {
        fills: 'order',
        ask: ({ current }, step) => {
          const now = (settingsOf(current).accountRecovery ?? []).join();
          return deps.prompter.pick(
            RECOVERY_ORDERS.map((o) => (o.value.join() === now ? { ...o, description: CURRENT } : o)),
            { ...step, placeholder: 'Where a forgotten-password code goes (only to a verified address or number)' },
          );
        },
      },
      confirmChanges(deps, {
        subject: ({ pool }) => `account recovery of ${pool.pool.name}`,
        changes: ({ current, order }) => [{ setting: 'Account recovery', before: recoveryText(settingsOf(current).accountRecovery ?? []), after: recoveryText(order) }],
        consequence: ({ order }) =>
          order[0] === 'admin_only'
            ? 'Users can no longer reset a forgotten password themselves; an administrator resets it. Codes already sent stay valid until they expire.'
            : 'The next forgotten password follows this order; codes already sent stay valid until they expire.',
      }),
    ],
    execute: async ({ pool, order }) => {
      await sendPoolChange(deps, pool, { accountRecovery: order }, 'account recovery');
      return order;
    },
  });
}
