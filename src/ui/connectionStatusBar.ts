import * as vscode from 'vscode';
import type { Connection } from '../connection/connections';
import { displayEndpoint } from '../connection/endpoint';
import { profileName } from '../shared/settings';

// The connection in the status bar: "profile · region" (or the emulator endpoint) for the single
// connection, "N connections" with a tooltip listing them for `cognito.connections`. A click lists
// the Cognito connection commands. The region shown is the resolved one once a call has resolved it.

export class ConnectionStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cognito.connection', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Cognito Connection';
  }

  showSingle(connection: Connection, resolvedRegion?: string): void {
    const { settings } = connection;
    if (settings.endpoint) {
      const shown = displayEndpoint(settings.endpoint);
      this.item.text = `$(plug) Cognito: ${shown.replace(/^https?:\/\//, '')}`;
      this.item.tooltip = `Cognito endpoint ${shown} (setting cognito.endpoint)`;
    } else {
      const profile = profileName(settings, process.env);
      const region = settings.region ?? resolvedRegion ?? '…';
      this.item.text = `$(cloud) ${profile} · ${region}`;
      this.item.tooltip = `Cognito: AWS profile "${profile}", region ${region}. Click to change.`;
    }
    this.item.command = { command: 'workbench.action.quickOpen', title: 'Select AWS Profile or Region', arguments: ['>Cognito: Select '] };
    this.item.show();
  }

  showList(connections: Connection[]): void {
    this.item.text = connections.length === 1 ? `$(cloud) ${connections[0].label}` : `$(cloud) ${connections.length} connections`;
    const lines = connections.map((c) => `${c.label}: ${c.settings.endpoint ? displayEndpoint(c.settings.endpoint) : `profile ${profileName(c.settings, process.env)}`} · ${c.settings.region}`);
    this.item.tooltip = ['Cognito connections (setting cognito.connections):', ...lines].join('\n');
    this.item.command = { command: 'workbench.action.quickOpen', title: 'Add or Remove a Connection', arguments: ['>Cognito: '] };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
