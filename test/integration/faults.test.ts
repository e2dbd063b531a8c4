import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ListUserPoolClientsCommand, ListUserPoolsCommand, ListUsersCommand, ListUsersInGroupCommand, AdminGetUserCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createAppClient } from '../../src/commands/flows/createAppClient';
import type { FlowDeps } from '../../src/commands/flows/deps';
import { createUser } from '../../src/commands/flows/createUser';
import { createUserPool } from '../../src/commands/flows/createUserPool';
import { addUsersToGroup } from '../../src/commands/flows/groups/groupActions';
import { setUserPassword } from '../../src/commands/flows/users/setUserPassword';
import { deleteUsers } from '../../src/commands/flows/users/userActions';
import { LazyCognito } from '../../src/connection/lazyCognito';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { startCognitoDouble, type CognitoDouble } from '../double/cognitoDouble';
import { onDefault, singleConnection } from '../support/connections';
import { emulatorClient } from '../support/emulatorClient';
import { flowRun, settle, type FlowRun } from '../unit/support/flowHarness';
import type { Answer } from '../unit/support/scriptedPrompter';

// The reliability table of the README, produced here: every write the extension makes, under each fault
// the AWS-faithful double can inject on exactly that call, through the extension's own flows, SDK client
// and retries. For each: what the person is told, and what is left in the pool (read with a plain SDK
// client). Nothing may be created twice or lost, and nothing may end "failed" when it happened.
// `UPDATE_FAULT_TABLE=1` writes the table into the README; otherwise the README must hold it as produced.

interface Fault {
  name: string;
  inject: (double: CognitoDouble, operation: string) => void;
}

const FAULTS: Fault[] = [
  { name: 'Throttled twice', inject: (d, op) => d.throttleNext(2, op) },
  { name: 'Connection dropped before Cognito acted', inject: (d, op) => d.dropNext(1, op) },
  { name: 'Answer lost after Cognito acted', inject: (d, op) => d.loseAnswerNext(1, op) },
  { name: 'HTTP 500, nothing done', inject: (d, op) => d.failNext(1, 500, op) },
];

interface Operation {
  name: string;
  /** The Cognito call the fault is aimed at. */
  call: string;
  run: (deps: FlowDeps, key: string) => Promise<unknown>;
  answers: (key: string) => Answer[];
  /** What is in the pool afterwards, as a plain SDK client reads it. */
  left: (key: string) => Promise<string>;
  setUp?: (key: string) => Promise<void>;
}

describe('reliability: every write under every fault', function () {
  this.timeout(120_000);
  let double: CognitoDouble;
  let sdk: CognitoIdentityProviderClient;
  let cognito: LazyCognito;
  let poolId: string;
  const rows: string[] = [];

  before(async () => {
    double = await startCognitoDouble({ pools: [{ name: 'faults', groups: [{ name: 'testers' }] }] });
    poolId = double.pools[0].id;
    sdk = emulatorClient(double.endpoint);
    cognito = new LazyCognito(() => ({ region: 'us-east-1', endpoint: double.endpoint }));
  });
  after(async () => {
    sdk?.destroy();
    await double?.stop();
  });

  const pool = () => onDefault({ id: poolId, name: 'faults' });
  const ref = async (username: string) => ({ connectionId: SINGLE_CONNECTION_ID, userPoolId: poolId, user: await cognito.getUser(poolId, username) });
  const createFor = async (username: string) => {
    await cognito.createUser({ userPoolId: poolId, username, temporaryPassword: 'Temp-Passw0rd!', emailVerified: false, phoneNumberVerified: false, invitation: 'SUPPRESS' });
  };
  const count = (n: number, what: string) => `${n} ${what}`;

  const OPERATIONS: Operation[] = [
    {
      name: 'Create User Pool',
      call: 'CreateUserPool',
      run: (deps) => createUserPool(deps),
      answers: (key) => [{ input: `pool-${key}` }, { pick: 'Create pool' }],
      left: async (key) => count(((await sdk.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools ?? []).filter((p) => p.Name === `pool-${key}`).length, 'pool(s) of that name'),
    },
    {
      name: 'Create App Client',
      call: 'CreateUserPoolClient',
      run: (deps) => createAppClient(deps, pool()),
      answers: (key) => [{ input: `client-${key}` }, { pick: 'No client secret' }, { pickMany: ['Secure Remote Password (SRP)'] }],
      left: async (key) => count(((await sdk.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 }))).UserPoolClients ?? []).filter((c) => c.ClientName === `client-${key}`).length, 'client(s) of that name'),
    },
    {
      name: 'Create User',
      call: 'AdminCreateUser',
      run: (deps) => createUser(deps, pool()),
      answers: (key) => [{ input: `user-${key}` }, { input: '' }, { input: '' }, { pick: "Don't send an invitation" }, { input: 'Temp-Passw0rd!' }],
      left: async (key) => count(((await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Filter: `username = "user-${key}"` }))).Users ?? []).length, 'user(s) of that name'),
    },
    {
      name: 'Set Password (permanent)',
      call: 'AdminSetUserPassword',
      setUp: (key) => createFor(`pw-${key}`),
      run: async (deps, key) => setUserPassword(deps, await ref(`pw-${key}`)),
      answers: () => [{ pick: 'Permanent' }, { pick: 'Type a password' }, { input: 'Perm-Passw0rd!' }],
      left: async (key) => `the user is ${(await sdk.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: `pw-${key}` }))).UserStatus}`,
    },
    {
      name: 'Delete User',
      call: 'AdminDeleteUser',
      setUp: (key) => createFor(`del-${key}`),
      run: async (deps, key) => deleteUsers(deps, [await ref(`del-${key}`)]),
      answers: () => [{ confirm: true }],
      left: async (key) => count(((await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Filter: `username = "del-${key}"` }))).Users ?? []).length, 'user(s) of that name'),
    },
    {
      name: 'Add to Group',
      call: 'AdminAddUserToGroup',
      setUp: (key) => createFor(`grp-${key}`),
      run: async (deps, key) => addUsersToGroup(deps, [await ref(`grp-${key}`)], 'faults'),
      answers: () => [{ pick: 'testers' }],
      left: async (key) => `${((await sdk.send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: 'testers' }))).Users ?? []).filter((u) => u.Username === `grp-${key}`).length} membership(s)`,
    },
  ];

  for (const operation of OPERATIONS) {
    for (const [i, fault] of FAULTS.entries()) {
      it(`${operation.name}: ${fault.name}`, async () => {
        const key = `f${i}`;
        await operation.setUp?.(key);
        const run = flowRun(operation.answers(key));
        run.deps.connections = singleConnection(cognito);
        fault.inject(double, operation.call);
        let said: string;
        try {
          await operation.run(run.deps, key);
          await settle();
          said = told(run);
        } catch (error) {
          said = `Error: ${error instanceof Error ? error.message : String(error)}`;
        }
        const left = await operation.left(key);
        rows.push(`| ${fault.name} | ${operation.name} | ${anonymous(said)} | ${left} |`);
        assert.ok(!/^[2-9]/.test(left), `nothing twice: ${left}`);
        assert.ok(!said.startsWith('Error'), `each of these faults is recovered from, and the person told so: ${said} / ${left}`);
      });
    }
  }

  after(() => {
    const table = ['| Fault | Operation | What the person sees | What is left in the pool |', '|---|---|---|---|', ...rows].join('\n');
    const readme = path.resolve(__dirname, '../../../README.md');
    const text = fs.readFileSync(readme, 'utf8');
    const start = '<!-- fault table: produced by test/integration/faults.test.ts -->';
    const end = '<!-- end of fault table -->';
    if (process.env.UPDATE_FAULT_TABLE === '1') {
      fs.writeFileSync(readme, text.replace(new RegExp(`${start}[^]*?${end}`), `${start}\n${table}\n${end}`));
    } else if (rows.length === OPERATIONS.length * FAULTS.length) {
      assert.ok(text.includes(`${start}\n${table}\n${end}`), 'the README holds the fault table as this test produces it (UPDATE_FAULT_TABLE=1 rewrites it)');
    }
  });
});

/** The one thing the person was told: a failure summary, a notification, or the status bar's line. */
function told(run: FlowRun): string {
  return run.notifications[0]?.message ?? run.statusMessages.at(-1)?.replace(/^\$\(check\) /, '') ?? '(nothing)';
}

/** Generated ids vary from run to run; the table shows their place. */
function anonymous(text: string): string {
  return text.replace(/us-east-1_\w+/g, '<pool id>').replace(/App Client Id: \w+/g, 'App Client Id: <id>').replace(/\|/g, '\\|');
}
