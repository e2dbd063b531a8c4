import * as assert from 'node:assert/strict';
import { AdminGetUserCommand, DescribeUserPoolClientCommand, DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { editUserAttribute } from '../../src/commands/flows/users/userAttributes';
import { COGNITO_DEFAULT_PASSWORD_POLICY } from '../../src/shared/types';
import { SINGLE_CONNECTION_ID } from '../../src/connection/connections';
import { lazyCognito, type LazyCognito } from '../../src/connection/lazyCognito';
import { singleConnection } from '../support/connections';
import { flowRun } from '../support/flowHarness';
import { PEOPLE_POOL, useUsersDouble } from '../support/usersDouble';

// Values unlike the ones a mistake produces, through the extension's own calls against the AWS-faithful
// double, read back with a plain SDK client: quotes, commas, a leading =, a newline, Unicode, the empty
// string and the maximum lengths (attribute values 2048 characters, pool and app client names 128).
// A value that a careless quote, trim, split or truncation changes comes back different.

const REGION = 'ap-southeast-4';

describe('unusual values reach Cognito unchanged (AWS-faithful double)', function () {
  this.timeout(30_000);
  const context = useUsersDouble({ pools: [PEOPLE_POOL], region: REGION });
  let cognito: LazyCognito;

  before(() => {
    cognito = lazyCognito(() => ({ region: REGION, endpoint: context().double.endpoint }));
  });

  async function nameOf(username: string): Promise<string | undefined> {
    const user = await context().client.send(new AdminGetUserCommand({ UserPoolId: context().poolId, Username: username }));
    return user.UserAttributes?.find((a) => a.Name === 'name')?.Value;
  }

  async function editName(value: string): Promise<void> {
    const run = flowRun([{ pick: 'name' }, { input: value }]);
    run.deps.connections = singleConnection(cognito);
    const user = { username: 'bob', status: 'CONFIRMED', enabled: true };
    await editUserAttribute(run.deps, { connectionId: SINGLE_CONNECTION_ID, userPoolId: context().poolId, user });
    run.prompter.assertDone();
  }

  for (const [what, value] of [
    ['quotes and commas', 'O’Brien, "Bob" \'the builder\', Jr.'],
    ['a leading =', '=HYPERLINK("https://example.com","x")'],
    ['a newline', 'line one\nline two'],
    ['Unicode', 'Zoë Ångström · 山田 太郎'],
    ['leading and trailing spaces', '  Bob  '],
    ['2048 characters, the most Cognito takes', 'ü'.repeat(2048)],
  ] as const) {
    it(`Edit Attribute sets a value with ${what}, read back unchanged`, async () => {
      await editName(value);
      assert.equal(await nameOf('bob'), value);
    });
  }

  it('Edit Attribute with an empty value removes the attribute (Cognito deletes an attribute set to "")', async () => {
    await editName('Bob');
    await editName('');
    assert.equal(await nameOf('bob'), undefined);
  });

  it('creates a pool and an app client whose names have 128 characters, a leading =, commas, spaces and + . @ - _', async () => {
    const poolName = `=Ops, QA+Dev @eu.central-2 _${'p'.repeat(128)}`.slice(0, 128);
    const pool = await cognito.pools.create({ name: poolName, signIn: 'username', passwordPolicy: COGNITO_DEFAULT_PASSWORD_POLICY, autoVerifyEmail: false });
    const described = await context().client.send(new DescribeUserPoolCommand({ UserPoolId: pool.id }));
    assert.equal(described.UserPool?.Name, poolName);

    const clientName = `=web, mobile+cli @v1.2-beta _${'c'.repeat(128)}`.slice(0, 128);
    const client = await cognito.clients.create({ userPoolId: pool.id, name: clientName, generateSecret: false, authFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
    const describedClient = await context().client.send(new DescribeUserPoolClientCommand({ UserPoolId: pool.id, ClientId: client.clientId }));
    assert.equal(describedClient.UserPoolClient?.ClientName, clientName);
  });
});
