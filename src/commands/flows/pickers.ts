import { CognitoError } from '../../shared/errors';
import { listAll } from '../../shared/paging';
import type { AppClient, CognitoApi, User, UserPool } from '../../shared/types';
import { checkFilterValue, userFilter } from '../../shared/userFilter';
import { connectionPlace, type Connection, type ConnectionDirectory, type PoolRef } from '../../connection/connections';
import { NothingToPick, type PickItem, type Prompter, type StepInfo } from '../../ui/prompter';

// Quick picks for a target connection, pool or app client, used when a command runs from the palette
// instead of a tree node. They list every page (a pick has no "Load more"), up to a bound that keeps
// a huge account from loading forever. With several connections the pool pick lists the pools of all
// of them, each with its connection, so no extra step is needed.

/** Pickers list every page up to this many (a pick has no "Load more"). */
export const MAX_PAGES = 50;

export async function pickUserPool(prompter: Prompter, connections: ConnectionDirectory, step: StepInfo): Promise<PoolRef> {
  const all = connections.list();
  const items = all.length === 1 ? poolItems(connections, all[0], false) : poolItemsOfAll(connections, all);
  const chosen = await prompter.pick(nonEmpty(items, `There are no user pools ${all.length === 1 ? 'in this region' : 'in any connection'} yet; create one first.`), {
    ...step,
    placeholder: 'Choose a user pool',
  });
  if (chosen instanceof CognitoError) throw chosen;
  return chosen;
}

/** Asked only when there are several connections; otherwise the one there is. */
export async function pickConnection(prompter: Prompter, connections: ConnectionDirectory, step: StepInfo): Promise<Connection> {
  const all = connections.list();
  const sole = soleConnection(connections);
  if (sole) return sole;
  return prompter.pick(
    all.map((c): PickItem<Connection> => ({ label: c.label, description: connectionPlace(c), value: c })),
    { ...step, placeholder: 'Choose a connection' },
  );
}

/** The one connection there is, or undefined when there are several to choose from; none is a sentence. */
export function soleConnection(connections: ConnectionDirectory): Connection | undefined {
  const all = connections.list();
  if (all.length === 0) throw new NothingToPick('No connection can be used; fix the cognito.connections setting.');
  return all.length === 1 ? all[0] : undefined;
}

/** A user of the pool, found by a server-side search as the person types: username prefix, or e-mail prefix when the text has an @. */
export async function pickUser(prompter: Prompter, cognito: CognitoApi, pool: UserPool, step: StepInfo, placeholder = `A user of "${pool.name}": type to search`): Promise<User> {
  return prompter.searchPick<User>({
    ...step,
    placeholder,
    search: async (text) => {
      const value = text.trim();
      const filter = value && !checkFilterValue(value) ? userFilter(value.includes('@') ? 'email' : 'username', 'startsWith', value).expression : undefined;
      const page = await cognito.users.list(pool.id, { filter });
      return page.items.map((user) => ({ label: user.username, description: [user.status, user.email].filter(Boolean).join(' · '), value: user }));
    },
  });
}

export async function pickAppClient(prompter: Prompter, cognito: CognitoApi, pool: UserPool, step: StepInfo): Promise<AppClient> {
  const items = listAll((token) => cognito.clients.list(pool.id, token), MAX_PAGES).then((clients) =>
    clients.map((client): PickItem<AppClient> => ({ label: client.name, description: client.clientId, value: client })),
  );
  return prompter.pick(nonEmpty(items, `The pool "${pool.name}" has no app clients yet; create one first.`), {
    ...step,
    placeholder: `Choose an app client of ${pool.name}`,
  });
}

async function poolItems(connections: ConnectionDirectory, connection: Connection, named: boolean): Promise<PickItem<PoolRef>[]> {
  const pools = await listAll((token) => connections.cognito(connection.id).pools.list(token), MAX_PAGES);
  return pools.map((pool) => ({
    label: pool.name,
    description: named ? `${pool.id} · ${connection.label}` : pool.id,
    value: { connectionId: connection.id, pool },
  }));
}

/** Every connection's pools; a connection that fails is one item that says why (choosing it shows the sentence). */
async function poolItemsOfAll(connections: ConnectionDirectory, all: Connection[]): Promise<PickItem<PoolRef | CognitoError>[]> {
  const results = await Promise.allSettled(all.map((c) => poolItems(connections, c, true)));
  const items: PickItem<PoolRef | CognitoError>[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') items.push(...result.value);
    else {
      const error = result.reason instanceof CognitoError ? result.reason : new CognitoError(`Listing the pools of ${all[i].label} failed unexpectedly; try again.`, 'unknown');
      items.push({ label: `$(warning) ${all[i].label}`, description: 'could not be listed', detail: error.message, value: error });
    }
  });
  if (results.every((r) => r.status === 'rejected')) throw items[0].value;
  return items;
}

/** Nothing to choose from is an error worth a sentence, not an empty pick. */
async function nonEmpty<T>(items: Promise<PickItem<T>[]>, message: string): Promise<PickItem<T>[]> {
  const list = await items;
  if (list.length === 0) throw new NothingToPick(message);
  return list;
}

