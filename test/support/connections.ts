import { CognitoError } from '../../src/shared/errors';
import type { CognitoApi, UserPool } from '../../src/shared/types';
import { SINGLE_CONNECTION_ID, toConnection, type Connection, type PoolRef } from '../../src/connection/connections';
import type { TreeModel, TreeSource } from '../../src/tree/model';
import { treeUpdates, type TreeUpdates } from '../../src/tree/treeUpdates';

// Connection directories for tests: the single connection (cognito.connections empty) or a listed
// set, each connection backed by the CognitoApi the test gives it.

export function singleConnection(cognito: CognitoApi): Directory {
  const connection: Connection = { id: SINGLE_CONNECTION_ID, label: 'default', settings: {} };
  return directory([[connection, cognito]], false);
}

/**
 * Regions of the listed connections, in order. None is us-east-1 (the default a connection without a
 * region falls back to), and each differs from the others, so code that reads the default or a
 * neighbour's region instead of the connection's own cannot pass.
 */
export const LISTED_REGIONS = ['eu-central-2', 'ap-southeast-4', 'sa-east-1', 'me-central-1'] as const;

/** Connections as `cognito.connections` would list them: one emulator endpoint per label, each in its own region. */
export function listedConnections(byLabel: Record<string, CognitoApi>, problems: string[] = []): Directory & { byLabel(label: string): Connection } {
  const entries = Object.entries(byLabel).map(([label, cognito], i): [Connection, CognitoApi] => [
    toConnection({ label, region: LISTED_REGIONS[i % LISTED_REGIONS.length], endpoint: `http://127.0.0.1:${9001 + i}` }),
    cognito,
  ]);
  const source = directory(entries, true, problems);
  return { ...source, byLabel: (label) => entries.find(([c]) => c.label === label)![0] };
}

/** A pool of the single connection, as flows take it. */
export function onDefault(pool: UserPool): PoolRef {
  return { connectionId: SINGLE_CONNECTION_ID, pool };
}

type Directory = TreeSource & { get(connectionId: string): Connection | undefined };

function directory(entries: [Connection, CognitoApi][], usesList: boolean, problems: string[] = []): Directory {
  return {
    usesList,
    get: (id) => entries.find(([c]) => c.id === id)?.[0],
    list: () => entries.map(([c]) => c),
    problems: () => problems,
    cognito: (id) => {
      const found = entries.find(([c]) => c.id === id);
      if (!found) throw new CognitoError('That connection was removed from the settings; refresh the Cognito view.', 'notFound');
      return found[1];
    },
  };
}

/** The extension's own tree updates on a model, with a view that is never visible (nothing to reveal). */
export function modelUpdates(model: TreeModel): TreeUpdates {
  return treeUpdates(model, { visible: false } as unknown as Parameters<typeof treeUpdates>[1]);
}
