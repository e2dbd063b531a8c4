import type { PoolRef } from '../../../connection/connections';
import { NothingToPick } from '../../../ui/prompter';
import { MAX_TAGS, checkTagKey, checkTagValue } from '../../../validation/poolSettings';
import { confirmChanges, type SettingChange } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { currentStep, sendPoolChange, settingsOf, type PoolEditAnswers } from './poolEdit';

// Edit Tags…: add a tag, or change or remove one of the pool's tags, one at a time. The whole set is sent
// as UserPoolTags in the one UpdateUserPool (it replaces the pool's tags), with AWS's rules for keys and
// values checked as you type and at most 50 tags.

const TITLE = 'Edit Tags';
const ADD = Symbol('add');

type Operation = 'change' | 'remove';

interface Answers extends PoolEditAnswers {
  target: string | typeof ADD;
  newKey: string;
  operation: Operation;
  value: string;
}

const tagsOf = (a: { current: PoolEditAnswers['current'] }) => settingsOf(a.current).tags ?? {};
const shown = (value: string) => JSON.stringify(value);

export async function editTags(deps: FlowDeps, given?: PoolRef): Promise<Record<string, string>> {
  return runFlow<Answers, Record<string, string>>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep(deps),
      currentStep(deps),
      {
        fills: 'target',
        ask: (a, step) => {
          const tags = Object.entries(tagsOf(a));
          const full = tags.length >= MAX_TAGS;
          const items = [
            ...(full ? [] : [{ label: 'Add a tag…', value: ADD as Answers['target'] }]),
            ...tags.map(([key, value]) => ({ label: key, description: value === '' ? '(empty)' : value, value: key as Answers['target'] })),
          ];
          if (items.length === 0) throw new NothingToPick('Nothing to edit.');
          return deps.prompter.pick(items, { ...step, placeholder: full ? `The pool has ${MAX_TAGS} tags, AWS's most: change or remove one` : 'Add a tag, or pick one to change or remove' });
        },
      },
      {
        fills: 'newKey',
        skip: (a) => a.target !== undefined && a.target !== ADD,
        ask: (a, step) => deps.prompter.input({ ...step, prompt: 'Tag key: 1–128 letters, numbers, spaces and _ . : / = + - @ (not aws:)', placeholder: 'team', validate: (key) => checkTagKey(key, Object.keys(tagsOf(a))) }),
      },
      {
        fills: 'operation',
        skip: (a) => a.target === undefined || a.target === ADD,
        ask: ({ target }, step) =>
          deps.prompter.pick<Operation>(
            [
              { label: 'Change its value', value: 'change' },
              { label: 'Remove the tag', value: 'remove' },
            ],
            { ...step, placeholder: `The tag ${String(target)}` },
          ),
      },
      {
        fills: 'value',
        skip: (a) => a.operation === 'remove',
        ask: (a, step) =>
          deps.prompter.input({
            ...step,
            prompt: `Value of ${keyOf(a)}: up to 256 letters, numbers, spaces and _ . : / = + - @ (may be empty)`,
            value: a.target === ADD ? '' : tagsOf(a)[keyOf(a)],
            validate: checkTagValue,
          }),
      },
      confirmChanges(deps, {
        subject: ({ pool }) => `the tags of ${pool.pool.name}`,
        changes: (a) => [tagChange(a)],
        consequence: () => 'Tags only label the pool: users and sign-ins are not affected, but IAM policies and cost reports that read this tag see the change.',
      }),
    ],
    execute: async (a) => {
      const tags = newTags(a);
      await sendPoolChange(deps, a.pool, { tags }, 'tags');
      return tags;
    },
  });
}

const keyOf = (a: Pick<Answers, 'target' | 'newKey'>) => (a.target === ADD ? a.newKey : a.target);

function newTags(a: Answers): Record<string, string> {
  const tags = { ...tagsOf(a) };
  if (a.operation === 'remove') delete tags[keyOf(a)];
  else tags[keyOf(a)] = a.value;
  return tags;
}

function tagChange(a: Answers): SettingChange {
  const key = keyOf(a);
  const before = tagsOf(a)[key];
  return { setting: `Tag ${key}`, before: before === undefined ? 'none' : shown(before), after: a.operation === 'remove' ? 'removed' : shown(a.value) };
}
