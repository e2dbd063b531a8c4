import type { AppClient, CognitoApi, Page, UserPool } from '../../cognito/types';
import type { PickItem, Prompter, StepInfo } from '../../ui/prompter';

// Quick picks for a target pool or app client, used when a command runs from the palette instead of
// a tree node. They list every page (a pick has no "Load more"), up to a bound that keeps a huge
// account from loading forever.

const MAX_PAGES = 50;

export async function pickUserPool(prompter: Prompter, cognito: CognitoApi, step: StepInfo): Promise<UserPool> {
  const items = listAll((token) => cognito.listUserPools(token)).then((pools) =>
    pools.map((pool): PickItem<UserPool> => ({ label: pool.name, description: pool.id, value: pool })),
  );
  return prompter.pick(nonEmpty(items, 'There are no user pools in this region yet; create one first.'), {
    ...step,
    placeholder: 'Choose a user pool',
  });
}

export async function pickAppClient(prompter: Prompter, cognito: CognitoApi, pool: UserPool, step: StepInfo): Promise<AppClient> {
  const items = listAll((token) => cognito.listAppClients(pool.id, token)).then((clients) =>
    clients.map((client): PickItem<AppClient> => ({ label: client.name, description: client.clientId, value: client })),
  );
  return prompter.pick(nonEmpty(items, `The pool "${pool.name}" has no app clients yet; create one first.`), {
    ...step,
    placeholder: `Choose an app client of ${pool.name}`,
  });
}

async function listAll<T>(list: (token?: string) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await list(token);
    all.push(...result.items);
    token = result.nextToken;
    if (!token) break;
  }
  return all;
}

/** Nothing to choose from is an error worth a sentence, not an empty pick. */
async function nonEmpty<T>(items: Promise<PickItem<T>[]>, message: string): Promise<PickItem<T>[]> {
  const list = await items;
  if (list.length === 0) throw new NothingToPick(message);
  return list;
}

export class NothingToPick extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NothingToPick';
  }
}
