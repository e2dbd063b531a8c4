import * as vscode from 'vscode';
import type { ConnectionSettingsAccess } from '../commands/flows/manageConnections';
import type { SettingsWriter } from '../commands/flows/selectConnection';
import type { AwsBundle } from '../aws/awsBundle';
import { readConnectionList, readSingleSettings } from '../connection/vscodeSettings';

// How the connection commands (Select Profile / Region, Add / Remove Connection) read and write settings.

/** Profile and region are the person's own choice: user settings, unless a trusted workspace sets them
 *  (then a user setting would have no effect, so the workspace value is the one changed). An untrusted
 *  workspace's values of these restricted settings have no effect, so the user setting is the one that counts. */
const settingsWriter: SettingsWriter = {
  update: async (key: string, value: unknown) => {
    const config = vscode.workspace.getConfiguration('cognito');
    const inWorkspace = vscode.workspace.isTrusted && config.inspect(key)?.workspaceValue !== undefined;
    await config.update(key, value, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  },
};

export const connectionSettingsAccess = (aws: () => AwsBundle): ConnectionSettingsAccess => ({
  writer: settingsWriter,
  currentList: () => {
    const list = readConnectionList();
    return Array.isArray(list) ? list : [];
  },
  currentSingle: async () => {
    const settings = readSingleSettings();
    const region = await aws().resolveRegion(settings);
    return { profile: settings.profile, region, endpoint: settings.endpoint };
  },
});
