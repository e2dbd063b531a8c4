import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { importUsers } from '../../src/commands/flows/users/importUsers';
import type { AttributeSchema, CreateUserRequest, UserAttribute } from '../../src/cognito/types';
import { FakeCognito } from './support/fakeCognito';
import { flowRun } from './support/flowHarness';

// Import Users with the data that tells its rules apart: a disabled user who HAS an e-mail address (so only
// "disabled" can keep the invitation from going out), and a re-run over a user already there whose address
// the file marks verified (so only the re-run's own step can verify it).

const SCHEMA: AttributeSchema[] = [
  { name: 'email', type: 'String', mutable: true, required: false, custom: false },
  { name: 'email_verified', type: 'Boolean', mutable: true, required: false, custom: false },
];

function jsonLines(users: object[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-import-edges-')), 'people.jsonl');
  fs.writeFileSync(file, users.map((u) => JSON.stringify(u)).join('\n'));
  return file;
}

describe('Import Users, the rules that test data must tell apart', () => {
  it('never sends an e-mail invitation to a disabled user, even one with an address', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('copy', { attributes: SCHEMA });
    const file = jsonLines([{ username: 'dora', attributes: { email: 'dora@example.com' }, enabled: false }]);
    const run = flowRun([{ file }, { pick: 'Send invitations by e-mail' }], cognito);
    await importUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    const [request] = cognito.calls.filter((c) => c.method === 'createUser').map((c) => c.args[0] as CreateUserRequest);
    assert.equal(request.invitation, 'SUPPRESS');
    assert.notEqual(request.temporaryPassword, undefined, 'a generated password nobody is told');
  });

  it('a re-run verifies the address of a user already there when the file verifies that same address', async () => {
    const cognito = new FakeCognito();
    const pool = cognito.addPool('copy', { attributes: SCHEMA });
    cognito.users.set(pool.id, [{ username: 'cara', status: 'CONFIRMED', enabled: true, email: 'cara@example.com' }]);
    cognito.attributes.set(`${pool.id}/cara`, [{ name: 'email', value: 'cara@example.com' }, { name: 'email_verified', value: 'false' }]);
    const file = jsonLines([{ username: 'cara', attributes: { email: 'cara@example.com', email_verified: 'true' } }]);
    const run = flowRun([{ file }, { pick: 'No invitations' }], cognito);
    const result = await importUsers(run.deps, { connectionId: run.deps.connections.list()[0].id, pool });
    assert.equal(result.alreadyThere, 1);
    const writes = cognito.calls.filter((c) => c.method === 'updateUserAttributes').map((c) => c.args[2] as UserAttribute[]);
    assert.deepEqual(writes, [[{ name: 'email_verified', value: 'true' }]]);
  });
});
