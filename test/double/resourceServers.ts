// Resource servers, from the API reference: CreateResourceServer, DescribeResourceServer, ListResourceServers,
// UpdateResourceServer and DeleteResourceServer, with ResourceServerType and ResourceServerScopeType.
// - Identifier 1–256 of [\x21\x23-\x5B\x5D-\x7E]+ and Name 1–256 of [\w\s+=,.@-]+, both required (Create and
//   Update); Scopes at most 100 items, each ScopeName 1–256 of [\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+ (no "/", so
//   `<identifier>/<scope>` reads one way) and ScopeDescription 1–256, both required.
// - UpdateResourceServer takes the whole server: "If you don't provide a value for an attribute, it is set to
//   the default value" (UpdateResourceServer, API reference), so Scopes left out leave the server with none.
// - ListResourceServers' MaxResults is 1–50; it pages with NextToken like every other listing.
// - A server that does not exist is ResourceNotFoundException (each operation's Errors); an identifier the pool
//   already has is InvalidParameterException, and a pool at its quota of 25 resource servers (developer guide,
//   "Quotas in Amazon Cognito", resource quotas: "Resource servers per user pool: 25") LimitExceededException,
//   both listed in CreateResourceServer's Errors. The messages' wording is the double's own.
// App clients may name `<identifier>/<scope>` of these in AllowedOAuthScopes (appClientRequests.ts).
import type { SeededPool } from './data';
import { listMember, stringMember, stringViolation } from './members';
import type { Pager } from './pages';
import { poolOf, tokenOf, validationError } from './requests';
import { ServiceError, type Input, type Operation } from './server';

export interface DoubleResourceServer {
  identifier: string;
  name: string;
  scopes: { ScopeName: string; ScopeDescription: string }[];
}

const MAX_SERVERS = 25;
const MAX_SCOPES = 100;
const MAX_RESULTS = 50;
const SCOPE_NAME = { member: 'scopeName', min: 1, max: 256, pattern: '[\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+' };
const SCOPE_DESCRIPTION = { member: 'scopeDescription', min: 1, max: 256 };

const identifierMember = (input: Input) => stringMember(input, 'Identifier', { member: 'identifier', min: 1, max: 256, pattern: '[\\x21\\x23-\\x5B\\x5D-\\x7E]+' });

function serverType(pool: SeededPool, server: DoubleResourceServer) {
  return { UserPoolId: pool.id, Identifier: server.identifier, Name: server.name, Scopes: server.scopes.map((s) => ({ ...s })) };
}

/** Identifier, Name and Scopes of a Create or Update request, checked in that order before the pool. */
function readServer(input: Input): DoubleResourceServer {
  const identifier = identifierMember(input);
  const name = stringMember(input, 'Name', { member: 'name', min: 1, max: 256, pattern: '[\\w\\s+=,.@-]+' });
  const scopes =
    listMember(input, 'Scopes', 'scopes', false, (item) => {
      if (typeof item !== 'object' || item === null) throw new ServiceError('SerializationException', 'Unexpected value for Scopes');
      const { ScopeName, ScopeDescription } = item as Record<string, unknown>;
      if (typeof ScopeName !== 'string' || typeof ScopeDescription !== 'string') return 'Member must not be null';
      const violation = stringViolation(SCOPE_NAME, ScopeName) ?? stringViolation(SCOPE_DESCRIPTION, ScopeDescription);
      return violation ?? { value: { ScopeName, ScopeDescription } };
    }) ?? [];
  if (scopes.length > MAX_SCOPES) throw validationError('scopes', `[${scopes.length} scopes]`, `Member must have length less than or equal to ${MAX_SCOPES}`);
  return { identifier, name, scopes };
}

function serverOf(pool: SeededPool, identifier: string): DoubleResourceServer {
  const server = pool.resourceServers.get(identifier);
  if (!server) throw new ServiceError('ResourceNotFoundException', `Resource server ${identifier} does not exist in user pool ${pool.id}.`);
  return server;
}

/** MaxResults: 1–50 (ListResourceServers, API reference); absent, a full page of 50. */
function maxResults(input: Input): number {
  const value = input.MaxResults;
  if (value === undefined || value === null) return MAX_RESULTS;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new ServiceError('SerializationException', 'NUMBER_VALUE can not be converted to an Integer');
  if (value < 1) throw validationError('maxResults', value, 'Member must have value greater than or equal to 1');
  if (value > MAX_RESULTS) throw validationError('maxResults', value, `Member must have value less than or equal to ${MAX_RESULTS}`);
  return value;
}

export function resourceServerOperations(pools: readonly SeededPool[], pager: Pager): Record<string, Operation> {
  return {
    CreateResourceServer(input) {
      const server = readServer(input);
      const pool = poolOf(pools, input);
      if (pool.resourceServers.has(server.identifier)) throw new ServiceError('InvalidParameterException', `A resource server with identifier ${server.identifier} already exists in this user pool.`);
      if (pool.resourceServers.size >= MAX_SERVERS) throw new ServiceError('LimitExceededException', `The user pool already has ${MAX_SERVERS} resource servers, the most it may have.`);
      pool.resourceServers.set(server.identifier, server);
      return { ResourceServer: serverType(pool, server) };
    },

    DescribeResourceServer(input) {
      const identifier = identifierMember(input);
      const pool = poolOf(pools, input);
      return { ResourceServer: serverType(pool, serverOf(pool, identifier)) };
    },

    /** The request replaces the whole server: scopes it leaves out are gone. */
    UpdateResourceServer(input) {
      const server = readServer(input);
      const pool = poolOf(pools, input);
      serverOf(pool, server.identifier);
      pool.resourceServers.set(server.identifier, server);
      return { ResourceServer: serverType(pool, server) };
    },

    DeleteResourceServer(input) {
      const identifier = identifierMember(input);
      const pool = poolOf(pools, input);
      serverOf(pool, identifier);
      pool.resourceServers.delete(identifier);
      return {};
    },

    ListResourceServers(input) {
      const limit = maxResults(input);
      const token = tokenOf(input, 'NextToken');
      const pool = poolOf(pools, input);
      const servers = [...pool.resourceServers.values()];
      const page = pager.page(`ListResourceServers/${pool.id}`, token, limit, servers.length, (i) => servers[i]);
      return { ResourceServers: page.items.map((s) => serverType(pool, s)), NextToken: page.nextToken };
    },
  };
}

/** Every custom scope the pool's resource servers define, as app clients name them: `<identifier>/<scope>`. */
export function customScopesOf(pool: SeededPool): Set<string> {
  return new Set([...pool.resourceServers.values()].flatMap((s) => s.scopes.map((scope) => `${s.identifier}/${scope.ScopeName}`)));
}
