import { checkFilterValue, SEARCHABLE_ATTRIBUTES, userFilter, type FilterOperator, type SearchableAttribute, type UserFilter } from '../../cognito/userFilter';
import type { PoolRef } from '../../connection/connections';
import { StepCounter, type PickItem } from '../../ui/prompter';
import type { FlowDeps } from './deps';
import { pickUserPool } from './pickers';

// Search Users: a ListUsers filter on a pool's "Users" folder (server-side, never a scan):
//   1. the pool (only from the palette)   2. attribute   3. equals / starts with   4. value
// The folder then lists the matches, shows the filter, and offers to clear it.

const TITLE = 'Search Users';

const ATTRIBUTE_HINTS: Partial<Record<SearchableAttribute, string>> = {
  'cognito:user_status': 'CONFIRMED, UNCONFIRMED, FORCE_CHANGE_PASSWORD, …',
  status: 'Enabled or Disabled',
  phone_number: 'E.164, e.g. +1415',
};

export async function searchUsers(deps: FlowDeps, pool?: PoolRef): Promise<UserFilter> {
  const steps = new StepCounter(TITLE, pool ? 3 : 4);
  const ref = pool ?? (await pickUserPool(deps.prompter, deps.connections, steps.next()));
  const target = ref.pool;
  const attribute = await deps.prompter.pick(
    SEARCHABLE_ATTRIBUTES.map((a): PickItem<SearchableAttribute> => ({ label: a, description: ATTRIBUTE_HINTS[a], value: a })),
    { ...steps.next(), placeholder: `Search the users of "${target.name}" by` },
  );
  const operator = await deps.prompter.pick<FilterOperator>(
    [
      { label: 'starts with', value: 'startsWith' },
      { label: 'equals', value: 'equals' },
    ],
    { ...steps.next(), placeholder: `${attribute} …` },
  );
  const value = await deps.prompter.input({
    ...steps.next(),
    prompt: `${attribute} ${operator === 'equals' ? 'equals' : 'starts with'}`,
    placeholder: ATTRIBUTE_HINTS[attribute],
    validate: (text) => checkFilterValue(text, attribute, operator),
  });
  const filter = userFilter(attribute, operator, value);
  await deps.tree.filterUsers(ref, filter);
  return filter;
}
