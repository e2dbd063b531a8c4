import * as vscode from 'vscode';
import { callbackPortSetting, requestRateSetting, resolveSettings, type ConnectionSettings } from '../shared/settings';

// The connection settings as VS Code hands them over. cognito.profile, cognito.region, cognito.endpoint,
// cognito.connections and cognito.maxRequestsPerSecond are restricted configuration (package.json's
// untrustedWorkspaces): in a workspace the person has not trusted, get() leaves out the workspace's values of
// these and returns the person's own, so each is read with get() and never from inspect()'s workspace value.

export function readSingleSettings(): ConnectionSettings {
  const config = vscode.workspace.getConfiguration('cognito');
  return resolveSettings({ profile: config.get('profile'), region: config.get('region'), endpoint: config.get('endpoint') });
}

export function readConnectionList(): unknown {
  return vscode.workspace.getConfiguration('cognito').get('connections');
}

/** cognito.maxRequestsPerSecond, bounded (settings.ts); undefined for Cognito's default quotas. */
export function readMaxRequestsPerSecond(): number | undefined {
  return requestRateSetting(vscode.workspace.getConfiguration('cognito').get('maxRequestsPerSecond'));
}

/** cognito.managedLogin.callbackPort, bounded (settings.ts). */
export function readCallbackPort(): number {
  return callbackPortSetting(vscode.workspace.getConfiguration('cognito').get('managedLogin.callbackPort'));
}
