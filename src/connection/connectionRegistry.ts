import { CognitoError } from '../shared/errors';
import type { CallLog } from '../shared/callLogLine';
import { lazyCognito, type LazyCognito } from './lazyCognito';
import { defaultLabel, parseConnections, SINGLE_CONNECTION_ID, type Connection, type ConnectionDirectory } from './connections';
import type { ConnectionSettings } from '../shared/settings';

// The connections in force and one LazyCognito per connection, made on first use and kept while the
// connection's settings stay the same: one SDK client per connection, never one per call, and the
// SDK still loads only on the first AWS call.

export interface ConnectionSettingsSource {
  /** The single connection's settings (cognito.profile / region / endpoint). */
  single(): ConnectionSettings;
  /** The raw `cognito.connections` value. */
  list(): unknown;
}

export class ConnectionRegistry implements ConnectionDirectory {
  private connections: Connection[] = [];
  private listed = false;
  private problemList: string[] = [];
  private readonly services = new Map<string, { settings: string; service: LazyCognito }>();

  constructor(
    private readonly source: ConnectionSettingsSource,
    private readonly log?: CallLog,
  ) {
    this.reload();
  }

  /** Reads the settings again; services of connections whose settings changed are dropped. */
  reload(): void {
    const raw = this.source.list();
    const { connections, problems } = parseConnections(raw);
    this.listed = Array.isArray(raw) ? raw.length > 0 : raw !== undefined && raw !== null;
    this.problemList = problems;
    const single = this.source.single();
    this.connections = this.listed ? connections : [{ id: SINGLE_CONNECTION_ID, label: defaultLabel(single), settings: single }];
    for (const [id, entry] of [...this.services]) {
      const current = this.connections.find((c) => c.id === id);
      if (!current || JSON.stringify(current.settings) !== entry.settings) this.services.delete(id);
    }
  }

  /** True when the tree's roots are connections (the setting lists some), false for the single connection. */
  get usesList(): boolean {
    return this.listed;
  }

  /** Sentences for the entries of cognito.connections that could not be used. */
  problems(): string[] {
    return this.problemList;
  }

  list(): Connection[] {
    return this.connections;
  }

  get(connectionId: string): Connection | undefined {
    return this.connections.find((c) => c.id === connectionId);
  }

  cognito(connectionId: string): LazyCognito {
    const connection = this.get(connectionId);
    if (!connection) throw new CognitoError('That connection was removed from the settings; refresh the Cognito view.', 'notFound');
    let entry = this.services.get(connectionId);
    if (!entry) {
      const settings = connection.settings;
      entry = { settings: JSON.stringify(settings), service: lazyCognito(() => settings, this.log) };
      this.services.set(connectionId, entry);
    }
    return entry.service;
  }
}
