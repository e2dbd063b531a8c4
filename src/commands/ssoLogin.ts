import * as vscode from 'vscode';
import type { ProfileInfo } from '../aws/profiles';
import { ssoLoginCommand } from './ssoLoginCommand';

// Opens a terminal that runs "aws sso login --profile NAME" for an expired or missing SSO session. The terminal
// runs `aws` itself, with the profile as an argument (ssoLoginCommand.ts), and stays open when it ends, so the
// person sees the code to confirm in the browser and how it went; refreshing the view afterwards picks up the
// new token.

export async function openSsoLoginTerminal(profile: string, profiles: () => Promise<ProfileInfo[]>): Promise<void> {
  const { shellPath, shellArgs } = ssoLoginCommand(profile, await profiles());
  const terminal = vscode.window.createTerminal({ name: 'AWS SSO login', shellPath, shellArgs });
  terminal.show();
}
