import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  CreateGroupCommand,
  CreateUserPoolCommand,
  ListGroupsCommand,
  ListUsersCommand,
  ListUsersInGroupCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { exportUsers } from '../../src/commands/flows/users/exportUsers';
import { importUsers } from '../../src/commands/flows/users/importUsers';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { onDefault, singleConnection } from '../support/connections';
import { listAll } from '../support/paging';
import { flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';
import { GUIDE_CSV_HEADER, readUserImportCsv } from '../double/userImportCsv';
import { cognitoLocalEndpoint } from '../support/cognitoLocal';
import { useEmulator } from '../support/sessionHooks';

// Export from one cognito-local pool and import into another through the extension's own wiring; both
// pools are then read with a plain SDK client and compared: usernames, attributes, groups, enabled.

const AWKWARD_NAME = 'Zoë "Z" O\'Neil, Jr.';
/** Values Cognito's import format carries (commas, quotes inside, backslashes, Unicode), on user1. */
const CARRIED = { given_name: 'C:\\Users\\ann', family_name: 'Lee, Jr.', middle_name: '日本語 🙂', address: '1 Main St,, Flat 2, Springfield,', nickname: 'O"Brien' };

describe('export and import between two cognito-local pools', function () {
  this.timeout(60_000);
  const emulator = useEmulator();
  let cognito: LazyCognito;
  let sourceId: string;
  // Made in before(), not when the file loads: after() removes it, and mutation testing runs the file again.
  let dir: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-export-'));
    cognito = lazyCognito(() => ({ region: 'us-east-1', endpoint: cognitoLocalEndpoint() }));
    sourceId = (await emulator.client.send(new CreateUserPoolCommand({ PoolName: `export source ${Date.now()}` }))).UserPool?.Id ?? '';
    for (let i = 0; i < 12; i++) {
      const attributes = [
        { Name: 'email', Value: `user${i}@example.com` },
        { Name: 'email_verified', Value: 'true' },
        ...(i === 0 ? [{ Name: 'name', Value: AWKWARD_NAME }] : []),
        ...(i === 1 ? Object.entries(CARRIED).map(([Name, Value]) => ({ Name, Value })) : []),
      ];
      await emulator.client.send(new AdminCreateUserCommand({ UserPoolId: sourceId, Username: `user${i}`, TemporaryPassword: 'Temp-Passw0rd!', MessageAction: 'SUPPRESS', UserAttributes: attributes }));
    }
    await emulator.client.send(new AdminDisableUserCommand({ UserPoolId: sourceId, Username: 'user3' }));
    await emulator.client.send(new CreateGroupCommand({ UserPoolId: sourceId, GroupName: 'admins' }));
    await emulator.client.send(new AdminAddUserToGroupCommand({ UserPoolId: sourceId, Username: 'user1', GroupName: 'admins' }));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function deps(answers: Answer[]) {
    const run = flowRun(answers);
    run.deps.connections = singleConnection(cognito);
    return run;
  }

  async function newPool(name: string): Promise<string> {
    return (await emulator.client.send(new CreateUserPoolCommand({ PoolName: `${name} ${Date.now()}` }))).UserPool?.Id ?? '';
  }

  type Snapshot = Record<string, { enabled?: boolean; attributes: Record<string, string | undefined>; admin: boolean }>;

  /** A pool as a plain SDK client sees it: username → attributes (without sub), enabled, groups. */
  async function snapshot(poolId: string): Promise<Snapshot> {
    const users = await listAll(async (token) => {
      const out = await emulator.client.send(new ListUsersCommand({ UserPoolId: poolId, PaginationToken: token }));
      return { items: out.Users ?? [], nextToken: out.PaginationToken };
    });
    const hasAdmins = ((await emulator.client.send(new ListGroupsCommand({ UserPoolId: poolId }))).Groups ?? []).some((g) => g.GroupName === 'admins');
    const admins = hasAdmins ? ((await emulator.client.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: 'admins' }))).Users ?? []).map((u) => u.Username) : [];
    return Object.fromEntries(
      users.map((u) => [
        u.Username,
        {
          enabled: u.Enabled,
          attributes: Object.fromEntries((u.Attributes ?? []).filter((a) => a.Name !== 'sub').map((a) => [a.Name, a.Value])),
          admin: admins.includes(u.Username),
        },
      ]),
    );
  }

  it('JSON Lines with groups: the users come back with the same usernames, attributes, groups and state', async () => {
    const file = path.join(dir, 'users.jsonl');
    const exported = await exportUsers(deps([{ pick: 'JSON Lines' }, { pick: 'With groups' }, { file }]).deps, onDefault({ id: sourceId, name: 'source' }));
    assert.equal(exported.written, 12);
    const targetId = await newPool('json target');
    const result = await importUsers(deps([{ file }, { pick: 'No invitations' }]).deps, onDefault({ id: targetId, name: 'target' }));
    assert.equal(result.created, 12);
    assert.deepEqual(await snapshot(targetId), await snapshot(sourceId));
  });

  it('CSV in Cognito’s layout: the users come back with the same usernames and attributes', async () => {
    const file = path.join(dir, 'users.csv');
    await exportUsers(deps([{ pick: 'CSV' }, { file }]).deps, onDefault({ id: sourceId, name: 'source' }));
    const targetId = await newPool('csv target');
    await importUsers(deps([{ file }, { pick: 'No invitations' }]).deps, onDefault({ id: targetId, name: 'target' }));
    const [source, target] = [await snapshot(sourceId), await snapshot(targetId)];
    const attributesOf = (snap: Snapshot) => Object.fromEntries(Object.entries(snap).map(([name, user]) => [name, user.attributes]));
    assert.deepEqual(attributesOf(target), attributesOf(source));
    assert.equal(target.user0.attributes.name, AWKWARD_NAME);
  });

  it('CSV in Cognito’s layout is what Cognito’s import job documents: each row splits into exactly the header’s columns, and each value reads back as the user’s value', async () => {
    const file = path.join(dir, 'for-cognito.csv');
    await exportUsers(deps([{ pick: 'CSV' }, { file }]).deps, onDefault({ id: sourceId, name: 'source' }));
    // Read by the developer guide's rules (test/double/userImportCsv.ts), against the pool read with a plain SDK client.
    const rows = readUserImportCsv(fs.readFileSync(file), GUIDE_CSV_HEADER);
    const source = await snapshot(sourceId);
    assert.deepEqual(rows.filter((r) => 'refused' in r), [], 'no user refused');
    const read = Object.fromEntries(rows.map((r) => ('values' in r ? [r.values['cognito:username'], r.values] : [])));
    assert.deepEqual(Object.keys(read).sort(), Object.keys(source).sort());
    for (const [username, user] of Object.entries(source)) {
      for (const column of GUIDE_CSV_HEADER.filter((c) => !c.startsWith('cognito:'))) {
        const expected = user.attributes[column] ?? (column.endsWith('_verified') ? 'false' : '');
        assert.equal(read[username][column], expected, `${username}'s ${column}`);
      }
    }
    assert.equal(read.user0.name, AWKWARD_NAME);
    assert.deepEqual(Object.fromEntries(Object.keys(CARRIED).map((c) => [c, read.user1[c]])), CARRIED);
  });

  it('cancelled mid-import, then re-run: every user once', async () => {
    const file = path.join(dir, 'again.jsonl');
    await exportUsers(deps([{ pick: 'JSON Lines' }, { pick: 'Without groups' }, { file }]).deps, onDefault({ id: sourceId, name: 'source' }));
    const targetId = await newPool('rerun target');
    const first = deps([{ file }, { pick: 'No invitations' }]);
    first.cancelAfter = 4;
    const partial = await importUsers(first.deps, onDefault({ id: targetId, name: 'target' }));
    assert.ok(partial.cancelled > 0, 'the cancel stopped it early');
    const rest = await importUsers(deps([{ file }, { pick: 'No invitations' }]).deps, onDefault({ id: targetId, name: 'target' }));
    assert.equal(rest.alreadyThere, partial.created);
    assert.deepEqual(Object.keys(await snapshot(targetId)).sort(), Object.keys(await snapshot(sourceId)).sort());
  });
});
