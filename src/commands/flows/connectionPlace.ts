import { regionOf, type LoginLocation } from '../../connection/poolUrls';
import type { ConnectionSettings } from '../../shared/settings';
import type { FlowDeps } from './deps';

// Where a flow's connection is, from its settings: an emulator's endpoint, the region to name in configuration
// and provider names, and where its pools serve managed login. Flows of several folders ask this; it reads the
// connection directory only, never Cognito.

function settingsOf(deps: FlowDeps, connectionId: string): ConnectionSettings | undefined {
  return deps.connections.list().find((c) => c.id === connectionId)?.settings;
}

/** The region to name in configuration: the connection's (an emulator's pool ids carry none), else the pool id's. */
export function regionFor(deps: FlowDeps, connectionId: string, userPoolId: string): string {
  const settings = settingsOf(deps, connectionId);
  return settings?.endpoint ? (settings.region ?? 'us-east-1') : regionOf(userPoolId);
}

export function endpointOf(deps: FlowDeps, connectionId: string): string | undefined {
  return settingsOf(deps, connectionId)?.endpoint;
}

/** Where the connection's pools serve managed login, as managedLoginBaseUrl reads it. */
export function loginLocationOf(deps: FlowDeps, connectionId: string): LoginLocation {
  const settings = settingsOf(deps, connectionId);
  return { endpoint: settings?.endpoint, managedLoginUrl: settings?.managedLoginUrl };
}
