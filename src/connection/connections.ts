import type { AppClient, CognitoApi, UserPool } from '../shared/types';
import { checkEndpoint, displayEndpoint } from './endpoint';
import { checkRegion } from './regions';
import type { ConnectionSettings } from '../shared/settings';

// A connection is one place user pools live: an AWS profile in a region, or an emulator endpoint.
// The `cognito.connections` setting lists several; empty, the single connection comes from
// cognito.profile / cognito.region / cognito.endpoint. Nodes and flows name a connection by its id.

export interface Connection {
  /** Stable while its profile, region and endpoint stay the same; part of every node key below it. */
  id: string;
  /** What the tree shows: the entry's label, else "profile · region", else the endpoint. */
  label: string;
  settings: ConnectionSettings;
}

/** One entry of the `cognito.connections` setting, as written to settings.json. */
export interface ConnectionEntry {
  profile?: string;
  region: string;
  endpoint?: string;
  label?: string;
  /** Sign requests to an endpoint that is not Cognito's own with the person's AWS credentials. */
  sendAwsCredentials?: boolean;
  /** Where this connection's pools serve managed login and the OAuth endpoints, when not at the prefix domain
   *  (a custom domain) or the endpoint's own origin (an emulator that serves them elsewhere). */
  managedLoginUrl?: string;
}

/** Where a connection-aware command acts: a pool of one connection (pool and folder nodes fit this). */
export interface PoolRef {
  connectionId: string;
  pool: UserPool;
}

/** An app client of one connection (app-client nodes fit this). */
export interface ClientRef {
  connectionId: string;
  client: AppClient;
}

/** What flows and the tree need to know about connections. */
export interface ConnectionDirectory {
  /** The connections in tree order. */
  list(): Connection[];
  /** The service for one connection: one SDK client per connection, made on its first call. */
  cognito(connectionId: string): CognitoApi;
}

/** The id of the one connection when `cognito.connections` is empty. */
export const SINGLE_CONNECTION_ID = 'default';

export interface ParsedConnections {
  connections: Connection[];
  /** One sentence per entry that could not be used; the others still load. */
  problems: string[];
}

export function parseConnections(raw: unknown): ParsedConnections {
  if (raw === undefined || raw === null) return { connections: [], problems: [] };
  if (!Array.isArray(raw)) return { connections: [], problems: ['The setting cognito.connections must be a list of { "profile", "region", "endpoint", "label" } entries.'] };
  const connections: Connection[] = [];
  const problems: string[] = [];
  raw.forEach((value, index) => {
    const entry = parseEntry(value);
    const where = `Connection ${index + 1} in cognito.connections`;
    if (typeof entry === 'string') {
      problems.push(`${where}: ${entry}`);
      return;
    }
    const connection = toConnection(entry);
    const same = connections.find((c) => c.id === connection.id);
    if (same) problems.push(`${where} repeats the connection "${same.label}"; it is shown once.`);
    else connections.push(connection);
  });
  return { connections, problems };
}

export function toConnection(entry: ConnectionEntry): Connection {
  const settings: ConnectionSettings = {
    profile: entry.profile,
    region: entry.region,
    endpoint: entry.endpoint,
    ...(entry.sendAwsCredentials === true ? { sendAwsCredentials: true } : {}),
    ...(entry.managedLoginUrl ? { managedLoginUrl: entry.managedLoginUrl } : {}),
  };
  return { id: connectionId(settings), label: entry.label ?? defaultLabel(settings), settings };
}

/** Profile, region and endpoint decide the id; encoded so it cannot contain the "/" and "#" of node keys. */
export function connectionId(settings: ConnectionSettings): string {
  return encodeURIComponent([settings.profile ?? '', settings.region ?? '', settings.endpoint ?? ''].join('|'));
}

export function defaultLabel(settings: ConnectionSettings): string {
  if (settings.endpoint) return `${displayEndpoint(settings.endpoint).replace(/^https?:\/\//, '')} · ${settings.region ?? ''}`.replace(/ · $/, '');
  return `${settings.profile ?? 'default'} · ${settings.region ?? ''}`.replace(/ · $/, '');
}

/** Where a connection points, for a pick or beside a label: "dev · eu-west-1", "127.0.0.1:9229 · us-east-1"
 *  (an endpoint without any user:password part). */
export function connectionPlace(connection: Connection): string {
  const { profile, region, endpoint } = connection.settings;
  const where = endpoint ? displayEndpoint(endpoint).replace(/^https?:\/\//, '') : (profile ?? 'default credentials');
  return [where, region].filter(Boolean).join(' · ');
}

/** The entry, or the one sentence that says what is wrong with it. */
function parseEntry(value: unknown): ConnectionEntry | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not an object like { "profile": "dev", "region": "eu-west-1" }.';
  const fields = value as Record<string, unknown>;
  for (const name of ['profile', 'region', 'endpoint', 'label', 'managedLoginUrl'] as const) {
    if (fields[name] !== undefined && typeof fields[name] !== 'string') return `"${name}" must be text.`;
  }
  const text = (name: string) => (fields[name] as string | undefined)?.trim() || undefined;
  const region = text('region');
  const endpoint = text('endpoint');
  if (!region) return 'has no "region"; add one such as "eu-west-1".';
  // Checked by form, not against a list, so a region AWS opens after this release still works.
  if (checkRegion(region)) return `"${region}" is not a region id; use one such as "eu-west-1".`;
  const endpointProblem = endpoint ? checkEndpoint(endpoint) : undefined;
  if (endpointProblem) return endpointProblem;
  const send = fields.sendAwsCredentials;
  if (send !== undefined && typeof send !== 'boolean') return '"sendAwsCredentials" must be true or false.';
  const managedLoginUrl = text('managedLoginUrl');
  const loginProblem = managedLoginUrl ? checkEndpoint(managedLoginUrl) : undefined;
  if (loginProblem) return `"managedLoginUrl": ${loginProblem.replace('The endpoint', 'it')}`;
  return { profile: text('profile'), region, endpoint, label: text('label'), sendAwsCredentials: send, ...(managedLoginUrl && { managedLoginUrl }) };
}
