// Sign In as User in the real extension host against cognito-local: from the palette, as a user who
// must change the password, answering the new-password challenge. The Tokens view then names the user,
// the user's node shows CONFIRMED without a refresh, Copy ID Token puts a JWT naming the user on the real
// clipboard, and after Refresh Tokens and Sign Out no fragment of any token or password is in the log
// channel's file, the extension's global and workspace state, or the settings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { TreeNode } from '../../src/tree/nodes';
import type { Answer } from '../support/scriptedPrompter';
import { TOKENS_VIEW_TYPE } from '../../src/shared/views/viewMessages';
import { poolNode, runWithAnswers, useExtensionHost } from '../support/extensionHost';
import { activeWebviewType, renderedModel, sentTo, valueOf } from '../support/renderedViews';

const TEMPORARY = 'Vscode-Temp-1!';
const CHOSEN = 'Vscode-Chosen-1!';

describe('Sign In as User in the extension host', function () {
  const poolName = `vscode sign-in ${Date.now()}`;
  const host = useExtensionHost();
  let poolId: string;
  const seen: string[] = [];
  /** The Tokens view's tab: the rendered panel of erin's sign-in. */
  const TAB = 'erin tokens';

  before(async () => {
    poolId = (await host.client.send(new CreateUserPoolCommand({ PoolName: poolName }))).UserPool?.Id ?? '';
    await host.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'vscode-test', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }));
    await host.client.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'erin', TemporaryPassword: TEMPORARY, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: 'erin@example.com' }] }));
  });


  const runWith = (answers: Answer[], command: string, ...args: unknown[]) => runWithAnswers(host.api, answers, command, ...args);

  const children = async (node?: TreeNode): Promise<TreeNode[]> => (await host.api.treeDataProvider.getChildren(node)) ?? [];

  async function usersFolder(): Promise<TreeNode> {
    const pool = await poolNode(host.api, poolId);
    const folder = (await children(pool)).find((n) => n.kind === 'usersFolder');
    assert.ok(folder);
    return folder;
  }

  async function erinDescription(): Promise<string | undefined> {
    const erin = (await children(await usersFolder())).find((n) => n.kind === 'user' && n.user.username === 'erin');
    assert.ok(erin, 'erin is listed');
    return (await host.api.treeDataProvider.getTreeItem(erin)).description as string | undefined;
  }

  const tokensText = () => {
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.scheme, 'cognito-tokens', 'the Tokens view is the active editor');
    return editor.document.getText();
  };

  it('signs in from the palette, answering the new-password challenge, and shows the tokens and the user CONFIRMED', async () => {
    await vscode.commands.executeCommand('cognito.refresh');
    assert.match((await erinDescription()) ?? '', /^FORCE_CHANGE_PASSWORD/);
    await runWith([{ pick: poolName }, { pick: 'erin' }, { pick: 'vscode-test' }, { input: TEMPORARY }, { input: CHOSEN }], 'cognito.signInAsUser');

    const shown = await renderedModel(host.api, TAB, (model) => (model.tokens ?? []).length > 0);
    assert.equal(activeWebviewType(), TOKENS_VIEW_TYPE, 'the rendered Tokens view is the active tab');
    assert.equal(valueOf(shown, 'cognito:username'), 'erin');
    assert.deepEqual(shown.tokens?.map((t) => [t.id, t.signature.state]), [['id', 'verified'], ['access', 'verified']]);
    assert.equal((await host.client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: 'erin' }))).UserStatus, 'CONFIRMED');
    assert.match((await erinDescription()) ?? '', /^CONFIRMED/, 'the node shows the new state without a refresh');
  });

  it('Copy ID Token puts a JWT naming the user on the clipboard', async () => {
    await vscode.env.clipboard.writeText('before');
    await runWith([], 'cognito.copyIdToken');
    const token = await vscode.env.clipboard.readText();
    const [, payload] = token.split('.');
    assert.equal(JSON.parse(Buffer.from(payload, 'base64url').toString())['cognito:username'], 'erin');
    seen.push(token);
    await runWith([], 'cognito.copyAccessToken');
    seen.push(await vscode.env.clipboard.readText());
    await runWith([], 'cognito.copyRefreshToken');
    seen.push(await vscode.env.clipboard.readText());
  });

  it('a Tokens tab restored from the window before a reload says its sign-in is gone, and its copy buttons copy nothing', async () => {
    // What VS Code restores after a reload: the tab's URI, naming a sign-in of the window before (the
    // id a counter gives the first sign-in of every window), while erin is signed in in this one.
    const stale = vscode.Uri.from({ scheme: 'cognito-tokens', path: '/alice tokens.md', query: 'session=1' });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(stale), { preview: false });
    assert.match(tokensText(), /^# This sign-in is gone$/m);
    assert.doesNotMatch(tokensText(), /erin/, 'none of erin’s tokens in the stale tab');
    await vscode.env.clipboard.writeText('before');
    await runWith([], 'cognito.copyIdToken', stale);
    await runWith([], 'cognito.copyAccessToken');
    assert.equal(await vscode.env.clipboard.readText(), 'before', 'the stale tab’s copy buttons copied nothing');
    const clearedWhileHidden = sentTo(host.api, TAB).some((m) => (m.message as { type: string }).type === 'clear');
    assert.ok(clearedWhileHidden, 'erin’s panel was told to drop its tokens when the stale tab hid it');
    const rendersBefore = sentTo(host.api, TAB).length;
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    assert.equal(activeWebviewType(), TOKENS_VIEW_TYPE, 'erin’s own panel is active again');
    // Shown again, its page loads again and is sent the tokens again.
    await renderedModel(host.api, TAB, (model) => valueOf(model, 'cognito:username') === 'erin' && sentTo(host.api, TAB).length > rendersBefore);
  });

  it('refreshes and signs out, and leaves no token or password in the log, the state or the settings', async () => {
    await runWith([], 'cognito.refreshTokens');
    await runWith([], 'cognito.copyIdToken');
    seen.push(await vscode.env.clipboard.readText());
    const signingOut = sentTo(host.api, TAB).length;
    await runWith([], 'cognito.signOutUser');
    const gone = await renderedModel(host.api, TAB, (model) => /gone/.test(model.title));
    assert.equal(gone.tokens, undefined, 'the signed-out view holds no token');
    await vscode.env.clipboard.writeText('');

    const log = await logText((text) => text.includes('Signed out erin'));
    assert.match(log, /challenge NEW_PASSWORD_REQUIRED/, 'the log names the challenge');
    const stored = JSON.stringify(host.api.storedStateForTests());
    const settings = [JSON.stringify(vscode.workspace.getConfiguration('cognito')), readIfThere(path.join(host.api.globalStorageUri.fsPath, '..', '..', 'settings.json'))].join('\n');
    // The rendered views: tokens went only to the Tokens view, and only before the sign-out; passwords never.
    const messages = host.api.webviewMessagesForTests();
    const afterSignOut = JSON.stringify(sentTo(host.api, TAB).slice(signingOut));
    const notTokensViews = JSON.stringify(messages.filter((m) => m.viewType !== TOKENS_VIEW_TYPE));
    const passwords = [TEMPORARY, CHOSEN];
    const fragments = [...passwords, ...seen.flatMap(fragmentsOf)];
    for (const [where, text] of Object.entries({ log, stored, settings, afterSignOut, notTokensViews })) {
      for (const fragment of fragments) assert.ok(!text.includes(fragment), `${where} holds a fragment of a secret (${fragment.slice(0, 4)}…)`);
    }
    const everyMessage = JSON.stringify(messages);
    for (const password of passwords) assert.ok(!everyMessage.includes(password), 'no password in any message to or from a rendered view');
    assert.ok(seen.flatMap(fragmentsOf).some((fragment) => JSON.stringify(sentTo(host.api, TAB)).includes(fragment)), 'the Tokens view was sent the tokens while it showed them (so the scan above can fail)');
  });

  /** The output channel's file, somewhere in this session's log folder (its place differs between VS Code
   *  builds), flushed a little after writing. */
  async function logText(ready: (text: string) => boolean): Promise<string> {
    const logs = path.resolve(host.api.logUri.fsPath, '..', '..');
    let files: string[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      files = filesUnder(logs).filter((f) => path.basename(f).endsWith('Cognito.log'));
      const text = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
      if (ready(text)) return text;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.fail(`the Cognito log never showed the sign-out (files: ${files.join(', ') || 'none'}; all: ${filesUnder(logs).map((f) => path.relative(logs, f)).join(', ')})`);
  }
});

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** Pieces long enough to be unmistakable: each third of a token (header, claims, signature for a JWT). */
function fragmentsOf(token: string): string[] {
  const parts = token.includes('.') ? token.split('.') : [token.slice(0, token.length / 2), token.slice(token.length / 2)];
  return parts.filter((p) => p.length >= 16).map((p) => p.slice(0, 24));
}

function readIfThere(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
