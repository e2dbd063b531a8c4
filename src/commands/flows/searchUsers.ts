import { checkFilterValue, SEARCHABLE_ATTRIBUTES, userFilter, type FilterOperator, type SearchableAttribute, type UserFilter } from '../../shared/userFilter';
import type { PoolRef } from '../../connection/connections';
import type { PickItem } from '../../ui/prompter';
import type { FlowDeps } from './deps';
import { runFlow } from './steps';
import { poolStep } from './targetSteps';

// Search Users: a ListUsers filter on a pool's "Users" folder (server-side, never a scan):
//   1. the pool (only from the palette)   2. attribute   3. equals / starts with   4. value
// The folder then lists the matches, shows the filter, and offers to clear it.

const TITLE = 'Search Users';

const ATTRIBUTE_HINTS: Partial<Record<SearchableAttribute, string>> = {
  'cognito:user_status': 'CONFIRMED, UNCONFIRMED, FORCE_CHANGE_PASSWORD, …',
  status: 'Enabled or Disabled',
  phone_number: 'E.164, e.g. +1415',
};

interface SearchAnswers {
  pool: PoolRef;
  attribute: SearchableAttribute;
  operator: FilterOperator;
  value: string;
}

export async function searchUsers(deps: FlowDeps, pool?: PoolRef): Promise<UserFilter> {
  return runFlow<SearchAnswers, UserFilter>({
    title: TITLE,
    given: { pool },
    steps: [
      poolStep(deps),
      {
        fills: 'attribute',
        ask: ({ pool: { pool: target } }, step) =>
          deps.prompter.pick(
            SEARCHABLE_ATTRIBUTES.map((a): PickItem<SearchableAttribute> => ({ label: a, description: ATTRIBUTE_HINTS[a], value: a })),
            { ...step, placeholder: `Search the users of "${target.name}" by` },
          ),
      },
      {
        fills: 'operator',
        ask: ({ attribute }, step) =>
          deps.prompter.pick<FilterOperator>(
            [
              { label: 'starts with', value: 'startsWith' },
              { label: 'equals', value: 'equals' },
            ],
            { ...step, placeholder: `${attribute} …` },
          ),
      },
      {
        fills: 'value',
        ask: ({ attribute, operator }, step) =>
          deps.prompter.input({
            ...step,
            prompt: `${attribute} ${operator === 'equals' ? 'equals' : 'starts with'}`,
            placeholder: ATTRIBUTE_HINTS[attribute],
            validate: (text) => checkFilterValue(text, attribute, operator),
          }),
      },
    ],
    execute: async ({ pool: ref, attribute, operator, value }) => {
      const filter = userFilter(attribute, operator, value);
      await deps.tree.filterUsers(ref, filter);
      return filter;
    },
  });
}
