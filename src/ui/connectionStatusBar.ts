import * as vscode from 'vscode';
import { displayEndpoint } from '../connection/endpoint';
import { profileName, type ConnectionSettings } from '../connection/settings';

// "profile · region" (or the emulator endpoint) in the status bar; a click lists the Cognito
// "Select …" commands. The region shown is the resolved one once the first call has resolved it.

export class ConnectionStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cognito.connection', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Cognito Connection';
    this.item.command = { command: 'workbench.action.quickOpen', title: 'Select AWS Profile or Region', arguments: ['>Cognito: Select '] };
  }

  show(settings: ConnectionSettings, resolvedRegion?: string): void {
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
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
