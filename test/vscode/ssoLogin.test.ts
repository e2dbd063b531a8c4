// Sign In with AWS SSO in the real extension host: the terminal runs `aws` with the profile as an argument
// (no shell reads the name), and a profile that is not in the person's AWS config opens no terminal.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activated } from '../support/extensionHost';

describe('Sign In with AWS SSO', () => {
  const saved = { ...process.env };
  let dir: string;
  // A name as odd as the credentials file allows (its section names are taken as written; the config file's
  // `[profile …]` allows fewer characters): each shell would read its quote, `$(…)` and `&` differently.
  const oddName = "o'brien$(id)&dir";

  before(async () => {
    await activated();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sso-login-'));
    const session = ['sso_session = corp', 'sso_account_id = 111122223333', 'sso_role_name = Admin'];
    const config = ['[profile corp-sso]', ...session, '[sso-session corp]', 'sso_start_url = https://example.awsapps.com/start', 'sso_region = eu-central-1'];
    fs.writeFileSync(path.join(dir, 'config'), config.join('\n'));
    fs.writeFileSync(path.join(dir, 'credentials'), [`[${oddName}]`, 'aws_access_key_id = AKIAODDNAMEEXAMPLE', 'aws_secret_access_key = odd-secret'].join('\n'));
    // The extension host is this process: the extension reads the same environment, when the command runs.
    process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'credentials');
  });

  after(() => {
    process.env = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the command for the one connection (no profile set: AWS_PROFILE names it); answers the terminals it opened. */
  async function signInWith(profile: string): Promise<vscode.Terminal[]> {
    process.env.AWS_PROFILE = profile;
    const before = new Set(vscode.window.terminals);
    await vscode.commands.executeCommand('cognito.ssoLogin');
    return vscode.window.terminals.filter((t) => !before.has(t));
  }

  it('runs aws sso login with the profile as an argument, not as typed text', async () => {
    for (const profile of ['corp-sso', oddName]) {
      const opened = await signInWith(profile);
      try {
        assert.equal(opened.length, 1, `one terminal for ${profile}`);
        const options = opened[0].creationOptions as vscode.TerminalOptions;
        assert.equal(options.shellPath, 'aws');
        assert.deepEqual(options.shellArgs, ['sso', 'login', '--profile', profile]);
      } finally {
        for (const terminal of opened) terminal.dispose();
      }
    }
  });

  it('opens no terminal for a profile that is not in the AWS config', async () => {
    const opened = await signInWith('production-from-the-workspace');
    for (const terminal of opened) terminal.dispose();
    assert.equal(opened.length, 0);
  });
});
