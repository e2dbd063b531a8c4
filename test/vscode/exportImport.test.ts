// Export Users and Import Users in the real extension host: the commands run on pool nodes, the file
// dialogs answered with a path (the scripted prompter stands for them), and the target pool is read back
// from cognito-local with a plain SDK client.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AdminCreateUserCommand, CreateUserPoolCommand, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { Answer } from '../support/scriptedPrompter';
import { poolNode, runWithAnswers, useExtensionHost } from '../support/extensionHost';

describe('export and import in the extension host', function () {
  const stamp = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-vscode-export-'));
  const host = useExtensionHost();
  let sourceId: string;
  let targetId: string;

  before(async () => {
    sourceId = (await host.client.send(new CreateUserPoolCommand({ PoolName: `export from ${stamp}` }))).UserPool?.Id ?? '';
    targetId = (await host.client.send(new CreateUserPoolCommand({ PoolName: `import into ${stamp}` }))).UserPool?.Id ?? '';
    for (const username of ['kim', 'lee', 'max']) {
      await host.client.send(new AdminCreateUserCommand({ UserPoolId: sourceId, Username: username, TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] }));
    }
    await vscode.commands.executeCommand('cognito.refresh');
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const runWith = (answers: Answer[], command: string, ...args: unknown[]) => runWithAnswers(host.api, answers, command, ...args);

  const pool = (id: string) => poolNode(host.api, id);

  const usersOf = async (poolId: string) =>
    ((await host.client.send(new ListUsersCommand({ UserPoolId: poolId }))).Users ?? []).map((u) => [u.Username, u.Attributes?.find((a) => a.Name === 'email')?.Value]).sort();

  it('exports a pool’s users to a file and imports them into another pool', async () => {
    const file = path.join(dir, 'users.jsonl');
    await runWith([{ pick: 'JSON Lines' }, { pick: 'With groups' }, { file }], 'cognito.exportUsers', await pool(sourceId));
    assert.equal(fs.readFileSync(file, 'utf8').trim().split('\n').length, 3);
    await runWith([{ file }, { pick: 'No invitations' }], 'cognito.importUsers', await pool(targetId));
    assert.deepEqual(await usersOf(targetId), await usersOf(sourceId));
  });
});
