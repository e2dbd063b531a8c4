import * as vscode from 'vscode';

// Opens a terminal with "aws sso login --profile NAME" for an expired or missing SSO session. The
// person runs it (it opens a browser); refreshing the view afterwards picks up the new token.

export function openSsoLoginTerminal(profile: string): void {
  const terminal = vscode.window.createTerminal({ name: 'AWS SSO login' });
  terminal.show();
  terminal.sendText(`aws sso login --profile ${shellQuote(profile)}`);
}

/** Profile names are plain in practice; quote anything else so it cannot run as shell syntax. */
function shellQuote(value: string): string {
  return /^[\w.@+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
