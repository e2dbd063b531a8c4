import * as assert from 'node:assert/strict';
import { DescribeUserPoolClientCommand, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { callLogLine } from '../../src/shared/callLogLine';
import { CognitoError } from '../../src/shared/errors';
import { COGNITO_DEFAULT_PASSWORD_POLICY } from '../../src/shared/types';
import { createAppClient } from '../../src/commands/flows/createAppClient';
import { createUser } from '../../src/commands/flows/createUser';
import { createUserPool } from '../../src/commands/flows/createUserPool';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import type { FlowDeps } from '../../src/commands/flows/deps';
import { flowRun } from '../support/flowHarness';
import { onDefault, singleConnection } from '../support/connections';
import type { Answer } from '../support/scriptedPrompter';
import { emulatorClient } from '../support/emulatorClient';
import { cognitoLocalEndpoint } from '../support/cognitoLocal';

// Each create flow, with scripted answers, through the extension's own wiring (LazyCognito → the
// AWS bundle → CognitoService → SDK) against a real cognito-local; results are read back from it.

const TEMPORARY_PASSWORD = 'Integration-Pa55!';

describe('create flows against cognito-local', function () {
  this.timeout(20_000);
  const logLines: string[] = [];
  let clientSecret = '';
  let cognito: LazyCognito;

  before(() => {
    // Not us-east-1: the log must name the connection's own region, not the default.
    cognito = lazyCognito(() => ({ profile: 'default', region: 'sa-east-1', endpoint: cognitoLocalEndpoint() }), {
      call: (entry) => logLines.push(callLogLine(entry)),
    });
  });

  /** Runs a flow with scripted answers through the real wiring; every answer must be used. */
  async function run<T>(answers: Answer[], flow: (deps: FlowDeps) => Promise<T>): Promise<T> {
    const scripted = flowRun(answers);
    scripted.deps.connections = singleConnection(cognito);
    const result = await flow(scripted.deps);
    scripted.prompter.assertDone();
    return result;
  }

  it('creates a pool, an app client and a user that the emulator then lists', async () => {
    // Named anew on each run: the later picks choose the pool by name, and mutation testing runs this
    // test many times against one emulator.
    const name = `integration pool ${Date.now()}`;
    const pool = await run([{ input: name }, { pick: 'Create pool' }], createUserPool);
    assert.match(pool.id, /^[\w-]+_[0-9a-zA-Z]+$/);
    const details = await cognito.pools.describe(pool.id);
    assert.equal(details.name, name);
    assert.equal(details.signIn, 'username');
    assert.deepEqual(details.passwordPolicy, { minimumLength: 8, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true });
    assert.ok((await cognito.pools.list()).items.some((p) => p.id === pool.id));

    const client = await run([{ pick: name }, { input: 'web' }, { pick: 'Generate a client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }], (deps) =>
      createAppClient(deps),
    );
    assert.deepEqual(Object.keys(client).sort(), ['clientId', 'name', 'userPoolId'], 'no secret in what the flow returns');
    clientSecret = await readClientSecret(pool.id, client.clientId);
    assert.ok(clientSecret, 'the emulator generated a secret');
    const clients = await cognito.clients.list(pool.id);
    assert.deepEqual(clients.items, [{ userPoolId: pool.id, clientId: client.clientId, name: 'web' }], 'listed without any secret');

    const user = await run(
      [
        { pick: name },
        { input: 'alice' },
        { input: 'alice@example.com' },
        { pick: 'Yes' },
        { input: '+14155550123' },
        { pick: 'No' },
        { pick: "Don't send an invitation" },
        { input: TEMPORARY_PASSWORD },
      ],
      (deps) => createUser(deps),
    );
    assert.equal(user.username, 'alice');
    const users = await cognito.users.list(pool.id);
    assert.deepEqual(users.items, [{ username: 'alice', status: 'FORCE_CHANGE_PASSWORD', enabled: true, email: 'alice@example.com', phoneNumber: '+14155550123' }]);
  });

  it('creates a pool with a custom password policy and sign-in, as the emulator itself reports them', async () => {
    const pool = await run(
      [{ input: 'custom policy pool' }, { pick: 'Password policy' }, { pick: 'Custom…' }, { input: '12' }, { pickMany: ['Lower-case letter', 'Number'] }, { pick: 'Create pool' }],
      createUserPool,
    );
    // Read with a plain SDK client: the extension's own describe fills in defaults for what is missing.
    const sdk = emulatorClient(cognitoLocalEndpoint());
    try {
      const described = (await sdk.send(new DescribeUserPoolCommand({ UserPoolId: pool.id }))).UserPool;
      assert.deepEqual(
        { ...described?.Policies?.PasswordPolicy, TemporaryPasswordValidityDays: undefined },
        { MinimumLength: 12, RequireUppercase: false, RequireLowercase: true, RequireNumbers: true, RequireSymbols: false, TemporaryPasswordValidityDays: undefined },
      );
    } finally {
      sdk.destroy();
    }
  });

  it('creates a user with an e-mail invitation and a generated password', async () => {
    const pool = await cognito.pools.create({ name: 'invites', signIn: 'username', passwordPolicy: COGNITO_DEFAULT_PASSWORD_POLICY, autoVerifyEmail: true });
    await run([{ input: 'bob' }, { input: 'bob@example.com' }, { pick: 'No' }, { input: '' }, { pick: 'Send by e-mail' }, { input: '' }], (deps) => createUser(deps, onDefault(pool)));
    const filtered = await cognito.users.list(pool.id, { filter: 'username = "bob"' });
    assert.deepEqual(filtered.items.map((u) => u.email), ['bob@example.com']);
  });

  it('maps an existing username and a missing pool to actionable sentences', async () => {
    const pool = await cognito.pools.create({ name: 'duplicates', signIn: 'username', passwordPolicy: COGNITO_DEFAULT_PASSWORD_POLICY, autoVerifyEmail: false });
    const carol = { userPoolId: pool.id, username: 'carol', emailVerified: false, phoneNumberVerified: false, invitation: 'SUPPRESS' as const, temporaryPassword: TEMPORARY_PASSWORD };
    await cognito.users.create(carol);
    await assert.rejects(cognito.users.create(carol), (error: CognitoError) => {
      assert.equal(error.kind, 'alreadyExists');
      assert.equal(error.message, 'A user with that username already exists in this pool; choose another username.');
      return true;
    });
    await assert.rejects(cognito.users.list('us-east-1_doesNotExist'), (error: CognitoError) => {
      assert.equal(error.kind, 'notFound');
      assert.match(error.message, /refresh the Cognito view/);
      return true;
    });
  });

  it('logs each call by operation and never a password or client secret', () => {
    // The calls above (all tests of this file run in order) used the password and created the secret.
    assert.ok(clientSecret.length > 0 && logLines.length > 0, 'the create tests above ran');
    const log = logLines.join('\n');
    assert.match(log, /^AdminCreateUser sa-east-1 \d+ ms/m);
    assert.match(log, /^AdminCreateUser sa-east-1 \d+ ms.* failed: UsernameExistsException$/m);
    assert.ok(!log.includes(TEMPORARY_PASSWORD), 'the temporary password is not logged');
    assert.ok(!log.includes(clientSecret), 'the client secret is not logged');
  });
});

/** Straight from the emulator, bypassing the extension, which never asks for it. */
async function readClientSecret(userPoolId: string, clientId: string): Promise<string> {
  const out = await emulatorClient(cognitoLocalEndpoint()).send(new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: clientId }));
  return out.UserPoolClient?.ClientSecret ?? '';
}
