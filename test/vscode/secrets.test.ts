// Secrets stay secret, across every flow that handles one: Create User (temporary password), Sign In as
// User (password, new password, tokens), Set Password, Export Users and Import Users, Set Up Authenticator
// App (the TOTP secret and codes; remembered, signed in with, copied, then forgotten). Afterwards
// nothing the extension wrote — the log channel's file, its global and workspace state, the settings,
// the exported file, the messages to its rendered views (tokens go only to a Tokens view, and only until
// the sign-out; a TOTP secret only to its set-up view, and only until the set-up ends) — holds any fragment
// of a password, token, TOTP secret or code it handled; and Forget Authenticator empties the secret storage.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CreateUserPoolClientCommand, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { TreeNode } from '../../src/tree/nodes';
import type { Answer } from '../support/scriptedPrompter';
import { TOKENS_VIEW_TYPE } from '../../src/shared/views/viewMessages';
import { poolNode, runWithAnswers, useExtensionHost } from '../support/extensionHost';
import { totpCode } from '../support/totp';
import { REMEMBERED_AUTHENTICATORS_STATE, secretStorageKey } from '../../src/shared/rememberedAuthenticators';

const TEMPORARY = 'Secret-Temp-7x!';
const CHOSEN = 'Secret-Chosen-8y!';
const SET = 'Secret-Set-9z!';

describe('no secret reaches what the extension writes', function () {
  const stamp = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-secrets-'));
  const secrets: string[] = [TEMPORARY, CHOSEN, SET];
  /** TOTP codes: 6 digits, looked for as a whole number, not inside a longer one. */
  const codes = new Set<string>();
  let totpSecret = '';
  let totpFrom = 0;
  const host = useExtensionHost();
  let poolId: string;
  let targetId: string;

  before(async () => {
    poolId = (await host.client.send(new CreateUserPoolCommand({ PoolName: `secrets ${stamp}`, MfaConfiguration: 'OPTIONAL' }))).UserPool?.Id ?? '';
    targetId = (await host.client.send(new CreateUserPoolCommand({ PoolName: `secrets copy ${stamp}` }))).UserPool?.Id ?? '';
    await host.client.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'secrets-web', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'], GenerateSecret: true }));
    await vscode.commands.executeCommand('cognito.refresh');
  });

  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const runWith = (answers: Answer[], command: string, ...args: unknown[]) => runWithAnswers(host.api, answers, command, ...args);

  const pool = (id: string) => poolNode(host.api, id);

  async function user(username: string): Promise<TreeNode> {
    const folder = ((await host.api.treeDataProvider.getChildren(await pool(poolId))) ?? []).find((n) => n.kind === 'usersFolder');
    assert.ok(folder);
    const found = ((await host.api.treeDataProvider.getChildren(folder)) ?? []).find((n) => n.kind === 'user' && n.user.username === username);
    assert.ok(found);
    return found;
  }

  async function clipboard(): Promise<string> {
    const text = await vscode.env.clipboard.readText();
    secrets.push(text);
    return text;
  }

  // The flows run before the scan, in a hook: a run filtered to the scan (--grep) still has what it scans.
  before('runs every flow that handles a secret', async function () {
    this.timeout(120_000);
    await runWith([{ input: 'sam' }, { input: 'sam@example.com' }, { pick: 'Yes' }, { input: '' }, { pick: "Don't send an invitation" }, { input: TEMPORARY }], 'cognito.createUser', await pool(poolId));
    await runWith([{ pick: 'secrets-web' }, { input: TEMPORARY }, { input: CHOSEN }], 'cognito.signInAsUser', await user('sam'));
    for (const command of ['cognito.copyIdToken', 'cognito.copyAccessToken', 'cognito.copyRefreshToken']) {
      await runWith([], command);
      assert.ok((await clipboard()).length > 20);
    }
    await runWith([], 'cognito.refreshTokens');
    await runWith([], 'cognito.copyIdToken');
    await clipboard();
    await runWith([], 'cognito.signOutUser');
    await runWith([{ pick: 'Permanent' }, { pick: 'Type a password' }, { input: SET }], 'cognito.setUserPassword', await user('sam'));
    const file = path.join(dir, 'export.jsonl');
    await runWith([{ pick: 'JSON Lines' }, { pick: 'With groups' }, { file }], 'cognito.exportUsers', await pool(poolId));
    await runWith([{ file }, { pick: 'No invitations' }], 'cognito.importUsers', await pool(targetId));
    // An authenticator app for sam, remembered; a sign-in that answers its code; Copy TOTP Code; Forget.
    totpFrom = Date.now();
    await runWith([{ pick: 'secrets-web' }, { input: SET }, { inputFrom: typedCode }, { pick: 'Yes' }], 'cognito.setUpAuthenticatorApp', await user('sam'));
    await runWith([], 'cognito.signOutUser');
    await runWith([{ pick: 'secrets-web' }, { input: SET }], 'cognito.signInAsUser', await user('sam'));
    await runWith([], 'cognito.signOutUser');
    await runWith([], 'cognito.copyTotpCode', await user('sam'));
    codes.add(await vscode.env.clipboard.readText());
    assert.ok(await host.api.storedSecretForTests(samKey()), 'remembered in the secret storage');
    assert.match(await samRow(), /\bremembered_totp\b/, 'the row offers Copy TOTP Code');
    await runWith([{ confirm: true }], 'cognito.forgetAuthenticator', await user('sam'));
    for (let t = totpFrom - 30_000; t <= Date.now() + 30_000; t += 30_000) codes.add(totpCode(totpSecret, t));
    await vscode.env.clipboard.writeText('');
  });

  const samRow = async () => String((await host.api.treeDataProvider.getTreeItem(await user('sam'))).contextValue);
  const samKey = () => secretStorageKey({ connectionId: 'default', userPoolId: poolId, username: 'sam' });

  /** What the person types into the code box: the code of the secret the set-up view shows, read from its messages. */
  async function typedCode(): Promise<string> {
    for (let attempt = 0; attempt < 100 && !totpSecret; attempt++) {
      const shown = host.api.webviewMessagesForTests().filter((m) => m.title === 'Authenticator app for sam' && m.direction === 'toWebview');
      totpSecret = /"id":"secret","label":"Secret","value":"([A-Z2-7]+)"/.exec(JSON.stringify(shown))?.[1] ?? '';
      if (!totpSecret) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(totpSecret, 'the set-up view showed the secret');
    secrets.push(totpSecret);
    const code = totpCode(totpSecret, Date.now());
    codes.add(code);
    return code;
  }

  it('Forget Authenticator leaves nothing in the secret storage, and the tree no Copy TOTP Code', async () => {
    assert.equal(await host.api.storedSecretForTests(samKey()), undefined);
    const { global } = host.api.storedStateForTests() as { global: Record<string, unknown> };
    assert.equal(global[REMEMBERED_AUTHENTICATORS_STATE], undefined, 'the list of remembered authenticators is empty');
    assert.doesNotMatch(await samRow(), /remembered_totp/);
  });

  it('finds no fragment of any password or token in the log, the state, the settings or the exported file', async () => {
    const written = {
      log: await logText((text) => text.includes('Export of') && text.includes('Imported into')),
      state: JSON.stringify(host.api.storedStateForTests()),
      settings: [JSON.stringify(vscode.workspace.getConfiguration('cognito')), readIfThere(path.join(host.api.globalStorageUri.fsPath, '..', '..', 'settings.json'))].join('\n'),
      export: fs.readFileSync(path.join(dir, 'export.jsonl'), 'utf8'),
      ...renderedViewMessages(),
    };
    const fragments = secrets.flatMap(fragmentsOf);
    assert.ok(fragments.length >= 10, 'the flows handled passwords and tokens');
    assert.ok(totpSecret && codes.size >= 3, 'the flows handled a TOTP secret and its codes');
    for (const [where, text] of Object.entries(written)) {
      for (const fragment of fragments) assert.ok(!text.includes(fragment), `${where} holds a fragment of a secret (${fragment.slice(0, 4)}…)`);
      for (const code of codes) assert.ok(!new RegExp(`(?<!\\d)${code}(?!\\d)`).test(text), `${where} holds a TOTP code`);
    }
    assert.match(written.log, /challenge NEW_PASSWORD_REQUIRED/, 'the log says what happened');
    assert.match(written.log, /Set up an authenticator app for sam/);
    assert.match(written.log, /challenge SOFTWARE_TOKEN_MFA/, 'the remembered authenticator answered');
    assert.equal(written.log.match(/Signed in as sam with/g)?.length, 3, 'the sign-in with the remembered authenticator went through');
  });

  /** The rendered views' messages that must hold no secret: all but the Tokens views', each Tokens view's
   *  last (after the sign-out), and every message once the tokens it was sent to show are taken out. */
  function renderedViewMessages(): Record<string, string> {
    const messages = host.api.webviewMessagesForTests();
    const tokensTitles = new Set(messages.filter((m) => m.viewType === TOKENS_VIEW_TYPE).map((m) => m.title));
    const lastToEach = [...tokensTitles].map((title) => messages.filter((m) => m.title === title && m.direction === 'toWebview').at(-1));
    // The set-up view of an authenticator shows its secret until the set-up ends; its last message holds none.
    const setUp = (m: { title: string }) => m.title.startsWith('Authenticator app for ');
    const lastToSetUp = messages.filter((m) => setUp(m) && m.direction === 'toWebview').at(-1);
    assert.ok(lastToSetUp, 'the set-up view was rendered');
    return {
      'messages of the details views': JSON.stringify(messages.filter((m) => m.viewType !== TOKENS_VIEW_TYPE && !setUp(m))),
      'the Tokens views after sign-out': JSON.stringify(lastToEach),
      'the authenticator set-up view once set up': JSON.stringify(lastToSetUp),
      // Everything else, the Tokens views' too, once their tokens (the one place they may be) are taken out.
      'any message besides its tokens': JSON.stringify(messages.filter((m) => !setUp(m)), (key, value: unknown) => (key === 'tokens' ? undefined : value)),
    };
  }

  async function logText(ready: (text: string) => boolean): Promise<string> {
    const logs = path.resolve(host.api.logUri.fsPath, '..', '..');
    for (let attempt = 0; attempt < 50; attempt++) {
      const text = filesUnder(logs)
        .filter((f) => path.basename(f).endsWith('Cognito.log'))
        .map((f) => fs.readFileSync(f, 'utf8'))
        .join('\n');
      if (ready(text)) return text;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.fail('the Cognito log never showed the export and import');
  }
});

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** Passwords whole; tokens by each part long enough to be unmistakable. */
function fragmentsOf(secret: string): string[] {
  if (secret.length < 40) return [secret];
  return secret.split('.').filter((p) => p.length >= 16).map((p) => p.slice(0, 24));
}

function readIfThere(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
