// App clients as resources, from the API reference: CreateUserPoolClient (a new 26-character id, a
// generated 51-character secret with GenerateSecret, or the ClientSecret given), UpdateUserPoolClient
// (the whole configuration replaced: what the request leaves out goes back to its default; the name, id
// and secret stay), DeleteUserPoolClient, DescribeUserPoolClient and ListUserPoolClients. The request
// rules are in appClientRequests.ts.
import { createHash } from 'node:crypto';
import { checkClientSettings, readClientRequest } from './appClientRequests';
import { appClientOf, describeAppClient, secretFor } from './appClients';
import type { SeededPool } from './data';
import type { Pager } from './pages';
import { pageSize, poolOf, tokenOf } from './requests';
import { ServiceError, type Input, type Operation } from './server';
import { clientOf } from './signInRules';

export function clientOperations(pools: readonly SeededPool[], pager: Pager): Record<string, Operation> {
  let made = 0;

  function newClientId(pool: SeededPool): string {
    let id: string;
    do id = createHash('sha256').update(`client/${pool.id}/created/${made++}`).digest('hex').slice(0, 26);
    while (pool.clients.find(id) !== undefined);
    return id;
  }

  /** Members first, then the pool, then the client (its slot, to replace or delete it). */
  function target<T>(input: Input, more: () => T) {
    const extra = more();
    const pool = poolOf(pools, input);
    const { client } = clientOf(pools, input, pool);
    return { pool, client, slot: pool.clients.find(client.clientId) as number, extra };
  }

  return {
    ListUserPoolClients(input) {
      const pool = poolOf(pools, input);
      const maxResults = pageSize(input, 'MaxResults', 1, false);
      const page = pager.page(`ListUserPoolClients/${pool.id}`, tokenOf(input, 'NextToken'), maxResults, pool.clients.slots, (i) => pool.clients.at(i));
      return {
        UserPoolClients: page.items.map((c) => ({ ClientId: c.clientId, UserPoolId: pool.id, ClientName: c.name })),
        NextToken: page.nextToken,
      };
    },

    DescribeUserPoolClient(input) {
      const { pool, client } = target(input, () => undefined);
      return { UserPoolClient: describeAppClient(client, pool.id) };
    },

    CreateUserPoolClient(input) {
      const request = readClientRequest(input, true);
      const pool = poolOf(pools, input);
      if (request.generateSecret && request.clientSecret !== undefined) {
        // The reference: "You cannot specify both GenerateSecret as true and provide a ClientSecret value." Wording not documented.
        throw new ServiceError('InvalidParameterException', 'GenerateSecret cannot be true when a ClientSecret is provided.');
      }
      const hasSecret = request.generateSecret || request.clientSecret !== undefined;
      checkClientSettings(pool, request.settings, hasSecret, true);
      const clientId = newClientId(pool);
      const now = new Date(pool.now());
      const secret = request.clientSecret ?? (request.generateSecret ? secretFor(clientId) : undefined);
      const client = appClientOf(clientId, secret, { ...request.settings, name: request.name as string }, now, now);
      pool.clients.add(client);
      return { UserPoolClient: describeAppClient(client, pool.id) };
    },

    /** Replaces the configuration: what the request leaves out is back at its default. */
    UpdateUserPoolClient(input) {
      const { pool, client, slot, extra: request } = target(input, () => readClientRequest(input, false));
      checkClientSettings(pool, request.settings, client.clientSecret !== undefined, false);
      const settings = { ...request.settings, name: request.name ?? client.name };
      const updated = appClientOf(client.clientId, client.clientSecret, settings, client.created, new Date(pool.now()));
      pool.clients.replace(slot, updated);
      return { UserPoolClient: describeAppClient(updated, pool.id) };
    },

    DeleteUserPoolClient(input) {
      const { pool, slot } = target(input, () => undefined);
      pool.clients.delete(slot);
      return {};
    },
  };
}
