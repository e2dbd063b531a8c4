import type { PasswordPolicyChange } from '../../../shared/types';
import type { PoolRef } from '../../../connection/connections';
import { checkMinimumLength, checkPasswordHistorySize, checkTemporaryPasswordDays } from '../../../validation/poolSettings';
import { confirmChanges, type SettingChange } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { currentStep, sendPoolChange, settingsOf, yesNo, type PoolEditAnswers } from './poolEdit';

// Edit Password Policy…: minimum length (6–99), the character classes, how long a temporary password stays
// valid (1–365 days) and, where the feature plan has it, how many previous passwords a user may not reuse
// (0–24). The Lite plan has no password history (it is an Essentials feature), so on Lite that question is
// not asked and the prompt before it says why.

const TITLE = 'Edit Password Policy';

type CharacterClass = 'requireUppercase' | 'requireLowercase' | 'requireNumbers' | 'requireSymbols';
const CLASSES: { value: CharacterClass; label: string }[] = [
  { value: 'requireUppercase', label: 'Upper case letters' },
  { value: 'requireLowercase', label: 'Lower case letters' },
  { value: 'requireNumbers', label: 'Numbers' },
  { value: 'requireSymbols', label: 'Symbols' },
];

interface Answers extends PoolEditAnswers {
  minimumLength: number;
  classes: CharacterClass[];
  temporaryDays: number;
  historySize: number;
}

const onLite = (a: Partial<Answers>) => a.current !== undefined && settingsOf(a.current).plan === 'LITE';

export async function editPasswordPolicy(deps: FlowDeps, given?: PoolRef): Promise<PasswordPolicyChange> {
  return runFlow<Answers, PasswordPolicyChange>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep(deps),
      currentStep(deps),
      {
        fills: 'minimumLength',
        ask: async ({ current }, step) =>
          Number(await deps.prompter.input({ ...step, prompt: 'Minimum password length, from 6 to 99 characters', value: String(current.passwordPolicy.minimumLength), validate: checkMinimumLength })),
      },
      {
        fills: 'classes',
        ask: ({ current }, step) =>
          deps.prompter.pickMany(
            CLASSES.map((c) => ({ ...c, picked: current.passwordPolicy[c.value] })),
            { ...step, placeholder: 'Characters every password must contain (none ticked: any characters)' },
          ),
      },
      {
        fills: 'temporaryDays',
        ask: async (a, step) =>
          Number(
            await deps.prompter.input({
              ...step,
              prompt: `Days a temporary password stays valid, from 1 to 365${onLite(a) ? ". (Password history is not asked: the pool's Lite plan does not have it.)" : ''}`,
              value: String(settingsOf(a.current).temporaryPasswordDays ?? 7),
              validate: checkTemporaryPasswordDays,
            }),
          ),
      },
      {
        fills: 'historySize',
        skip: onLite,
        ask: async ({ current }, step) =>
          Number(
            await deps.prompter.input({
              ...step,
              prompt: 'Previous passwords a user may not reuse, from 0 (any) to 24',
              value: String(settingsOf(current).passwordHistorySize ?? 0),
              validate: checkPasswordHistorySize,
            }),
          ),
      },
      confirmChanges(deps, {
        subject: ({ pool }) => `the password policy of ${pool.pool.name}`,
        changes: (a) => policyChanges(a, newPolicy(a)),
        consequence: () => 'Existing passwords keep working; the policy applies to new and changed passwords.',
      }),
    ],
    execute: async (a) => {
      const policy = newPolicy(a);
      await sendPoolChange(deps, a.pool, { passwordPolicy: policy }, 'password policy');
      return policy;
    },
  });
}

function newPolicy(a: Answers): PasswordPolicyChange {
  const classes = new Set(a.classes);
  return {
    minimumLength: a.minimumLength,
    requireUppercase: classes.has('requireUppercase'),
    requireLowercase: classes.has('requireLowercase'),
    requireNumbers: classes.has('requireNumbers'),
    requireSymbols: classes.has('requireSymbols'),
    temporaryPasswordDays: a.temporaryDays,
    // Sent only where the plan has history: the Lite plan is refused the member.
    ...(onLite(a) ? {} : { passwordHistorySize: a.historySize }),
  };
}

function policyChanges({ current }: Answers, after: PasswordPolicyChange): SettingChange[] {
  const before = current.passwordPolicy;
  const settings = settingsOf(current);
  const days = (n: number | undefined) => (n === 1 ? '1 day' : `${n ?? 7} days`);
  const history = (n: number | undefined) => (n ? `the last ${n}` : 'none');
  return [
    { setting: 'Minimum length', before: String(before.minimumLength), after: String(after.minimumLength) },
    ...CLASSES.map((c) => ({ setting: `${c.label} required`, before: yesNo(before[c.value]), after: yesNo(after[c.value]) })),
    { setting: 'Temporary passwords valid for', before: days(settings.temporaryPasswordDays), after: days(after.temporaryPasswordDays) },
    ...(after.passwordHistorySize === undefined ? [] : [{ setting: 'Previous passwords refused', before: history(settings.passwordHistorySize), after: history(after.passwordHistorySize) }]),
  ];
}
