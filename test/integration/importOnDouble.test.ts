// Import Users against the AWS-faithful double, with throttling injected where it hurt: the file's state
// (disabled, groups) must reach every user whatever is retried, no invitation may go to a user the file
// marks disabled, and under e-mail invitations no user may be left with a password nobody knows. Read
// back with a plain SDK client and the double's record of delivered invitations.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AdminGetUserCommand, ListUsersInGroupCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { importUsers } from '../../src/commands/flows/users/importUsers';
import { CognitoError } from '../../src/shared/errors';
import { startCognitoDouble, type CognitoDouble } from '../double/cognitoDouble';
import { doubleClient, doubleService } from '../support/doubleClient';
import { onDefault, singleConnection } from '../support/connections';
import { emulatorClient } from '../support/emulatorClient';
import { flowRun } from '../support/flowHarness';
import type { Answer } from '../support/scriptedPrompter';

describe('Import Users against the AWS-faithful double', function () {
  this.timeout(30_000);
  let double: CognitoDouble;
  let sdk: CognitoIdentityProviderClient;
  let extensionClient: CognitoIdentityProviderClient;
  let dir: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cognito-import-double-'));
    double = await startCognitoDouble({
      region: 'eu-west-2',
      pools: [
        {
          name: 'imports',
          groups: [{ name: 'auditors', precedence: 4 }],
          extraUsers: [
            { username: 'dora', attributes: { email: 'dora@example.org' } },
            { username: 'ezra', attributes: { email: 'ezra@example.org' } },
          ],
        },
      ],
    });
    sdk = emulatorClient(double.endpoint);
    // One attempt per SDK call, so each injected throttle reaches the extension's own pacing and retries.
    extensionClient = doubleClient(double.endpoint, { maxAttempts: 1 });
  });
  afterEach(async () => {
    sdk.destroy();
    extensionClient.destroy();
    await double.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const pool = () => double.pools[0];
  function run(answers: Answer[]) {
    const flow = flowRun(answers);
    flow.deps.connections = singleConnection(doubleService(extensionClient));
    return flow;
  }
  function jsonLines(users: object[]): string {
    const file = path.join(dir, 'people.jsonl');
    fs.writeFileSync(file, users.map((u) => JSON.stringify(u)).join('\n'));
    return file;
  }
  const enabled = async (username: string) => (await sdk.send(new AdminGetUserCommand({ UserPoolId: pool().id, Username: username }))).Enabled;
  const attribute = async (username: string, name: string) =>
    (await sdk.send(new AdminGetUserCommand({ UserPoolId: pool().id, Username: username }))).UserAttributes?.find((a) => a.Name === name)?.Value;
  const auditors = async () => ((await sdk.send(new ListUsersInGroupCommand({ UserPoolId: pool().id, GroupName: 'auditors' }))).Users ?? []).map((u) => u.Username).sort();

  it('disables a user the file marks disabled even when AdminDisableUser is throttled past every retry, counts it created, and never invites it', async () => {
    const file = jsonLines([
      { username: 'ann', attributes: { email: 'ann@example.org' } },
      { username: 'ben', attributes: { email: 'ben@example.org' }, enabled: false, groups: ['auditors'] },
    ]);
    // More throttles than the pacer's own retries of one call: the whole user's job is retried.
    double.throttleNext(7, 'AdminDisableUser');
    const result = await importUsers(run([{ file }, { pick: 'Send invitations by e-mail' }]).deps, onDefault({ id: pool().id, name: 'imports' }));

    assert.equal(await enabled('ben'), false, 'ben is disabled, as the file says');
    assert.equal(await enabled('ann'), true);
    assert.deepEqual(await auditors(), ['ben']);
    assert.deepEqual({ created: result.created, alreadyThere: result.alreadyThere, failed: result.failed }, { created: 2, alreadyThere: 0, failed: [] });
    assert.deepEqual(
      pool().users.invitations.map((i) => [i.username, i.medium, i.destination]),
      [['ann', 'EMAIL', 'ann@example.org']],
      'the disabled user got no invitation',
    );
    const created = (username: string) => double.calls.find((c) => c.operation === 'AdminCreateUser' && (c.input as { Username?: string }).Username === username)?.input as { MessageAction?: string; TemporaryPassword?: string };
    assert.equal(created('ben').MessageAction, 'SUPPRESS');
    assert.ok(created('ben').TemporaryPassword, 'the disabled user gets a generated password nobody is told');
  });

  it('applies the file’s state to a user who is already there: disabled, in its groups, its address verified; counted as already there', async () => {
    const file = jsonLines([
      { username: 'dora', attributes: { email: 'dora@example.org', email_verified: 'true' }, enabled: false, groups: ['auditors'] },
      // Already there too, with another address than the file's: that address stays unverified.
      { username: 'ezra', attributes: { email: 'ezra@example.net', email_verified: 'true' } },
    ]);
    const result = await importUsers(run([{ file }, { pick: 'No invitations' }]).deps, onDefault({ id: pool().id, name: 'imports' }));
    assert.deepEqual([result.created, result.alreadyThere, result.failed], [0, 2, []]);
    assert.equal(await enabled('dora'), false);
    assert.equal(await attribute('dora', 'email_verified'), 'true');
    assert.equal(await attribute('ezra', 'email_verified'), undefined);
    assert.deepEqual(await auditors(), ['dora']);
    assert.deepEqual(pool().users.invitations, []);
  });

  it('under e-mail invitations refuses, before creating anyone, a file with an enabled user who has no e-mail address', async () => {
    const file = jsonLines([
      { username: 'ann', attributes: { email: 'ann@example.org' } },
      { username: 'finn', attributes: { phone_number: '+35312345678' } },
    ]);
    const flow = run([{ file }, { pick: 'Send invitations by e-mail' }]);
    await assert.rejects(importUsers(flow.deps, onDefault({ id: pool().id, name: 'imports' })), (error: unknown) => {
      assert.ok(error instanceof CognitoError);
      assert.match(error.message, /^people\.jsonl has 1 user without an e-mail address .*; nothing was imported\.$/);
      return true;
    });
    assert.deepEqual(double.calls.filter((c) => c.operation === 'AdminCreateUser'), []);
    assert.match(fs.readFileSync(`${file}.import-report.txt`, 'utf8'), /Line 2 \(finn\): no e-mail address/);
  });
});
