import * as vscode from 'vscode';
import { resolveSettings, type ConnectionSettings } from './settings';

// The connection settings as VS Code hands them over. cognito.endpoint and cognito.connections are
// restricted configuration (package.json): in an untrusted workspace VS Code returns only the user's own values.

export function readSingleSettings(): ConnectionSettings {
  const config = vscode.workspace.getConfiguration('cognito');
  return resolveSettings({ profile: config.get('profile'), region: config.get('region'), endpoint: config.get('endpoint') });
}

export function readConnectionList(): unknown {
  return vscode.workspace.getConfiguration('cognito').get('connections');
}
