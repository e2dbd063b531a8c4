import type { PoolRef } from '../../../connection/connections';
import { NothingToPick } from '../../../ui/prompter';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { currentStep, sendPoolChange, settingsOf, type PoolEditAnswers } from './poolEdit';

// Turn On / Turn Off Deletion Protection: two commands, since the pool's row cannot tell which applies
// (ListUserPools does not return it, and a Describe per row would cost a read per pool). Each reads the
// pool first and, when it already is so, says so and sends nothing.

export async function setDeletionProtection(deps: FlowDeps, active: boolean, given?: PoolRef): Promise<void> {
  const state = active ? 'on' : 'off';
  return runFlow<PoolEditAnswers, void>({
    title: `Turn ${active ? 'On' : 'Off'} Deletion Protection`,
    given: { pool: given },
    steps: [
      poolStep(deps),
      currentStep(deps),
      {
        confirm: async ({ pool, current }) => {
          if ((settingsOf(current).deletionProtection === true) === active) throw new NothingToPick(`Deletion protection of ${pool.pool.name} is already ${state}.`);
        },
      },
      confirmChanges(deps, {
        subject: ({ pool }) => `deletion protection of ${pool.pool.name}`,
        changes: () => [{ setting: 'Deletion protection', before: active ? 'off' : 'on', after: state }],
        consequence: () =>
          active
            ? 'The pool cannot be deleted until protection is turned off again; nothing else changes.'
            : 'Anyone allowed cognito-idp:DeleteUserPool can then delete the pool with all its users; nothing else changes.',
        action: `Turn ${active ? 'On' : 'Off'}`,
      }),
    ],
    execute: ({ pool }) => sendPoolChange(deps, pool, { deletionProtection: active }, 'deletion protection'),
  });
}
